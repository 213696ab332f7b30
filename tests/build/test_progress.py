import io

from newscorpus.build import progress
from newscorpus.build.progress import Counts, Rate, describe, watch


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_counts_add_up_and_every_input_is_built_cached_or_rejected():
    total = Counts(built=3, cached=5, rejected=1, bytes=100) + Counts(built=1, bytes=20)
    assert total == Counts(4, 5, 1, 120)
    assert total.inputs == 10


def test_a_rate_is_never_measured_over_a_near_empty_interval_and_is_smoothed():
    rate = Rate(now=0.0)
    assert rate.update(256, now=0.1) is None  # 2,560 a second, if one believed 0.1 s
    assert rate.update(256, now=1.9) is None
    assert rate.update(100, now=2.0) == 50.0
    assert rate.update(100, now=2.5) == 50.0
    smoothed = rate.update(500, now=4.0)  # 200/s over the last 2 s
    assert smoothed == progress.SMOOTHING * 200 + (1 - progress.SMOOTHING) * 50


def test_the_line_says_the_share_the_counts_apart_the_rate_and_the_time_left():
    line = describe(Counts(built=120, cached=30, rejected=2, bytes=2**20), 4 * 2**20, rate=12.5, byte_rate=2**19)
    assert line == " 25% of 4.0 MiB: built 120, cached 30, rejected 2; 12.5 articles/s; ETA 0:06"
    assert describe(Counts(), 2**20, None, None).endswith("? articles/s; ETA ?")


def test_the_last_line_gives_the_mean_rate_and_how_long_the_build_took():
    line = describe(Counts(built=90, cached=10, bytes=2**20), 2**20, rate=0.0, byte_rate=None, took=75)
    assert line == "100% of 1.0 MiB: built 90, cached 10, rejected 0; 1.2 articles/s; took 1:15"


def test_a_terminal_gets_one_line_rewritten_in_place():
    stream = Terminal()
    with watch(lambda: Counts(built=42, bytes=10), 10, stream):
        pass
    assert stream.getvalue().startswith("\r\033[K100% of ") and "built 42" in stream.getvalue()
    assert stream.getvalue().endswith("\n")


def test_elsewhere_plain_log_lines():
    stream = io.StringIO()
    with watch(lambda: Counts(built=1234, bytes=5), 10, stream):
        pass
    [line] = stream.getvalue().splitlines()
    assert line.startswith(" 50% of 0.0 MiB: built 1,234, cached 0, rejected 0; ")
