import io

from newscorpus.build.progress import watch


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_bar_with_articles_per_second():
    stream = Terminal()
    with watch(lambda: 42, stream):
        pass
    assert "42" in stream.getvalue() and "articles/s" in stream.getvalue()


def test_elsewhere_plain_log_lines():
    stream = io.StringIO()
    with watch(lambda: 1234, stream):
        pass
    [line] = stream.getvalue().splitlines()
    assert line.startswith("1,234 articles, ") and line.endswith(" articles/s")
