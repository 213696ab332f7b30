import datetime

from newscorpus.annotate.timex import NAME, tag

SEED_ARTICLE_BODY = """\
The US and Turkey will continue discussions on the issue of purchase of Russian S-400 air defense systems, US Deputy Assistant Secretary of Bureau of European and Eurasian Affairs George Kent told reporters in Baku on May 2, AzVision.az reports.

"It is a serious issue that Turkey and the US so far have not agreed. But we will continue to discuss this issue."

On April 11, Turkish Foreign Minister Mevlut Cavusoglu said that specialists from the US and NATO could come to Turkey to make sure that Russian S-400 air defense systems do not pose a threat to NATO.

Meanwhile, US Secretary of State Michael Pompeo stated that the US believes that Turkey would not be able to have both US F-35 fighter-bombers and Russian S-400 anti-aircraft missile systems at the same time, as this is technically impossible.

Initial reports of negotiations between Russia and Turkey on the supply of S-400 surfaced in November 2016. The signing of a contract was confirmed by the Russian side on September 12, 2017. Turkish National Defense Minister Hulusi Akar said that the S-400 air defense systems would be deployed from October 2019. The supply of the S-400 air defense systems to Ankara cost $2.5 billion, head of the Rostec state corporation Sergey Chemezov said in December 2017.
"""


def test_seed_article_dates():
    found = tag(SEED_ARTICLE_BODY, datetime.date(2019, 5, 3))
    assert [(t["text"], t["type"], t["value"]) for t in found] == [
        ("May 2", "DATE", "2019-05-02"),
        ("April 11", "DATE", "2019-04-11"),
        ("November 2016", "DATE", "2016-11"),
        ("September 12, 2017", "DATE", "2017-09-12"),
        ("October 2019", "DATE", "2019-10"),
        ("December 2017", "DATE", "2017-12"),
    ]


def test_spans_are_offsets_into_the_text():
    text = "Talks began on May 2. They end next week."
    for timex in tag(text, datetime.date(2019, 5, 3)):
        assert text[timex["start"]:timex["end"]] == timex["text"]
        assert set(timex) == {"start", "end", "text", "type", "value"}


def test_prepositions_stay_outside_and_determiners_inside():
    found = tag("Sales fell over the past week and in March.", datetime.date(2019, 5, 3))
    assert [t["text"] for t in found] == ["the past week", "March"]


def test_longest_reading_wins_over_its_parts():
    found = tag("It was signed on Tuesday, September 12, 2017.", None)
    assert [(t["text"], t["value"]) for t in found] == [("Tuesday, September 12, 2017", "2017-09-12")]


def test_name_is_recorded_in_every_record():
    assert NAME == "timex_v2"
