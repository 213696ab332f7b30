import datetime

import pytest

from newscorpus.annotate.timex import tag

FRIDAY_MAY_3_2019 = datetime.date(2019, 5, 3)


@pytest.fixture
def timexes():
    """tag() reduced to (text, type, value) triples, anchored on Friday 2019-05-03 by default."""
    def run(text: str, anchor: datetime.date | None = FRIDAY_MAY_3_2019):
        return [(t["text"], t["type"], t["value"]) for t in tag(text, anchor)]
    return run
