"""News-page furniture is removed from the extracted paragraphs; prose that merely mentions the same words stays."""

import pytest
from lxml.html import document_fromstring

from newscorpus.ingest.boilerplate import clean_paragraphs, prune_layout

PROSE = "The council met on Monday and agreed to spend more on the roads this winter, after a year of complaints."


@pytest.mark.parametrize("furniture", [
    "Read more: Council approves harbour car park",
    "Related: Storm damages west quay wall",
    "Also on bay.example Council approves harbour car park",
    "Share this article",
    "Like this story? Share it with a friend!",
    "Follow us on Twitter and Facebook for the latest news from the bay.",
    "Sign up for our daily newsletter",
    "Have a tip? Tom Reilly may be reached at tom@bay.example.",
    "Photo: Harbour Archive",
    "Crowds at the quay on Tuesday. © Harbour Archive",
    "Advertisement",
    "Tags: ferries, harbour, islands",
    "Updated at 4:12 p.m.",
    "March 5, 2024 - 09:30 GMT",
    "Copyright 2024 The Bay Courier",
])
def test_furniture_is_removed(furniture):
    assert clean_paragraphs([PROSE, furniture, PROSE]) == [PROSE, PROSE]


def test_teaser_links_at_the_end_are_dropped():
    teasers = ["Council approves harbour car park [VIDEO]", "Storm damages west quay wall [PICS]"]
    assert clean_paragraphs([PROSE, *teasers]) == [PROSE]


@pytest.mark.parametrize("prose", [
    "More than 2,500 people signed the petition against the closure, the organisers said.",
    "Getty Images said on Monday it would appeal the ruling, which it called a blow to photographers everywhere "
    "and to the agencies that pay them.",
    "The ferry left at 4:12 p.m. on 5 March 2024 and reached the islands forty minutes later, ahead of the storm.",
    "Tagging along with the inspectors, the reporter counted eleven cracked pilings under the east quay.",
    "Share prices of the ferry operator fell by four percent after the vote.",
])
def test_prose_mentioning_the_same_words_stays(prose):
    assert clean_paragraphs([PROSE, prose]) == [PROSE, prose]


def test_a_line_of_furniture_is_at_most_thirty_words_long():
    topics = "bay sea port quay pier boat ship crew fare tide wind rain fog road bus rail farm fish art film food jobs " \
             "law vote tax cost pay aid care town".split()
    thirty, more = "Tags: " + ", ".join(topics[:29]), "Tags: " + ", ".join(topics)
    assert clean_paragraphs([PROSE, thirty]) == [PROSE]
    assert clean_paragraphs([PROSE, more]) == [PROSE, more]


def test_a_leading_headline_is_dropped_but_not_one_further_down():
    headline = "Old ferry terminal to close after 60 years"
    paragraphs = [headline, PROSE, headline]
    assert clean_paragraphs(paragraphs, ("Old Ferry Terminal to Close After 60 Years",)) == [PROSE, headline]


def test_hover_cards_are_removed_and_a_split_body_joined():
    tree = document_fromstring(
        '<html><body><div class="article-body"><p>Rep. <span class="person-rollover"><a class="rollover-link" href="/p">Jane Doe</a>'
        '<span class="rollover-card">Jane Doe: latest stories</span></span> spoke.</p></div>'
        '<div class="ad">Advertisement</div>'
        '<div class="article-body"><p>Second part.</p></div></body></html>')
    pruned = prune_layout(tree)
    bodies = pruned.xpath('//div[@class="article-body"]')
    assert len(bodies) == 1
    assert [p.text_content() for p in bodies[0].iter("p")] == ["Rep. Jane Doe spoke.", "Second part."]


def test_bodies_of_separate_articles_on_a_list_page_are_not_joined():
    post = '<article><h2>Post</h2><div class="entry-content"><p>A teaser of the post.</p></div></article>'
    pruned = prune_layout(document_fromstring(f"<html><body><main>{post * 3}</main></body></html>"))
    assert len(pruned.xpath('//div[@class="entry-content"]')) == 3
