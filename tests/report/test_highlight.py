import re
from html import unescape

from newscorpus.report.highlight import highlight


def visible_text(html: str) -> str:
    return unescape(re.sub(r'<span class="label">[^<]*</span>|<[^>]+>', "", html))


def test_entities_and_dates_are_marked_and_the_text_kept():
    text = "Talks in Baku on May 2 ended."
    html = highlight(text, [{"start": 9, "end": 13, "text": "Baku", "label": "GPE"}],
                     [{"start": 17, "end": 22, "text": "May 2", "type": "DATE", "value": "2019-05-02"}])
    assert '<mark class="ent label-GPE first last" data-label="GPE" title="GPE">Baku<span class="label">GPE</span></mark>' in html
    assert 'title="DATE 2019-05-02">May 2</span>' in html
    assert visible_text(html) == text


def test_overlapping_layers_split_into_pieces_that_keep_both_marks():
    text = "from last week on"
    html = highlight(text, [{"start": 5, "end": 14, "text": "last week", "label": "DATE"}],
                     [{"start": 0, "end": 9, "text": "from last", "type": "DATE", "value": "X"}])
    assert visible_text(html) == text
    assert html.count('data-value="X"') == 2 and html.count('data-label="DATE"') == 2
    assert html.count('<span class="label">DATE</span>') == 1  # the label once, after the mention's last piece


def test_article_content_never_becomes_markup():
    text = '<script>alert(1)</script> & "<img src=x onerror=alert(2)>"'
    html = highlight(text, [{"start": 0, "end": 8, "text": "<script>", "label": "ORG"}],
                     [{"start": 27, "end": 28, "text": '"', "type": "DATE", "value": '"><script>x</script>'}])
    assert "<script" not in html and "<img" not in html
    assert visible_text(html) == text


def test_a_short_form_shows_the_full_name_it_stands_for_on_hover():
    text = "Mevlut Cavusoglu spoke. Cavusoglu left."
    html = highlight(text, [
        {"start": 0, "end": 16, "text": "Mevlut Cavusoglu", "label": "PERSON", "canonical": "Mevlut Cavusoglu"},
        {"start": 24, "end": 33, "text": "Cavusoglu", "label": "PERSON", "canonical": "Mevlut Cavusoglu"}], [])
    assert re.findall(r'title="([^"]*)">', html) == ["PERSON", "PERSON: Mevlut Cavusoglu"]
