"""What a quotation says is anchored to when the text says it was said, where that is another year."""
import pytest


@pytest.mark.parametrize("text, expected", [
    ('In 1987 he told the Guardian: "Today we sign the treaty, and tomorrow we celebrate."',
     [("1987", "DATE", "1987"), ("Today", "DATE", "1987-XX-XX"), ("tomorrow", "DATE", "1987-XX-XX")]),
    ('"We are leaving the talks today," the minister said in a 1987 interview.',
     [("today", "DATE", "1987-XX-XX"), ("1987", "DATE", "1987")]),
    ('In a speech on March 3, 1987, the minister said: "Today we sign, and next week we celebrate."',
     [("March 3, 1987", "DATE", "1987-03-03"), ("Today", "DATE", "1987-03-03"), ("next week", "DATE", "1987-W11")]),
    ('Thatcher said in a 1987 interview:\n"We are leaving today."',
     [("1987", "DATE", "1987"), ("today", "DATE", "1987-XX-XX")]),
    ("``Today is a good day for the party,'' he wrote in 1999.",
     [("Today", "DATE", "1999-XX-XX"), ("1999", "DATE", "1999")]),
])
def test_a_quotation_said_in_another_year_is_anchored_there(timexes, text, expected):
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"We will sign the deal tomorrow," he said on Tuesday.',
     [("tomorrow", "DATE", "2019-05-04"), ("Tuesday", "DATE", "2019-04-30")]),
    ('"We will sign the deal tomorrow," he said, adding that the talks began in 1998.',
     [("tomorrow", "DATE", "2019-05-04"), ("1998", "DATE", "1998")]),
    ('Talks began in 1998. "We will sign the deal tomorrow," he said.',
     [("1998", "DATE", "1998"), ("tomorrow", "DATE", "2019-05-04")]),
])
def test_a_quotation_of_this_year_or_with_a_date_not_of_its_saying_keeps_the_publication_anchor(
        timexes, text, expected):
    assert timexes(text) == expected


def test_without_a_publication_date_a_quotation_takes_the_date_it_was_said(timexes):
    text = 'In a speech on March 3, 1987, the minister said: "Today we sign."'
    assert timexes(text, None) == [("March 3, 1987", "DATE", "1987-03-03"), ("Today", "DATE", "1987-03-03")]
