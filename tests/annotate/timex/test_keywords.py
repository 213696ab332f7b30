from newscorpus.annotate.timex.keywords import Keyword, keyword_windows


def test_windows_surround_keywords_of_each_kind():
    text = "Nothing here. " * 20 + "Prices rose in March." + " Nothing here." * 20
    windows = keyword_windows(text)
    assert set(windows) == {Keyword.MONTH}
    (start, end), = windows[Keyword.MONTH]
    assert start < text.index("March") < end
    assert text[start - 1] == " " and text[end] == " "


def test_text_without_keywords_has_no_windows():
    assert keyword_windows("The cat sat on the mat with 3 other cats.") == {}


def test_clipped_years_and_decades_are_year_keywords():
    assert set(keyword_windows("Lowest since '82.")) == {Keyword.YEAR}
    assert set(keyword_windows("Cars of the 70s.")) == {Keyword.YEAR}


def test_halves_and_holidays_have_their_own_kinds():
    assert set(keyword_windows("It took two and a half days.")) == {Keyword.FRACTION, Keyword.UNIT}
    assert set(keyword_windows("Shops shut at Christmas.")) == {Keyword.HOLIDAY}
