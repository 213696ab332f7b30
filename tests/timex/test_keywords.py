from newscorpus.timex.keywords import keyword_windows


def test_windows_surround_keywords_of_each_kind():
    text = "Nothing here. " * 20 + "Prices rose in March." + " Nothing here." * 20
    windows = keyword_windows(text)
    assert set(windows) == {"month"}
    (start, end), = windows["month"]
    assert start < text.index("March") < end
    assert text[start - 1] == " " and text[end] == " "


def test_text_without_keywords_has_no_windows():
    assert keyword_windows("The cat sat on the mat with 3 other cats.") == {}
