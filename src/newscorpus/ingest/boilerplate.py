"""What news pages share around the article body, and how it is removed: generic layout rules, not per-site ones.

`prune_layout` works on the tree before extraction (in place); `clean_paragraphs` works on the extracted
paragraphs. Each rule is named so that its gain can be measured on its own.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

_WORDS = re.compile(r"\w+")
_I = re.IGNORECASE

# A whole paragraph that is page furniture, wherever it stands.
LINE_RULES: dict[str, re.Pattern] = {
    "read_more": re.compile(r"^(?:read|see|view|watch)\s+(?:more|also|next|the full)\b.{0,120}$"
                            r"|^also on [\w-]+\.[\w.]+\s.{0,160}$"
                            r"|^(?:related|more|also on|also read|don'?t miss|recommended|trending|most read|"
                            r"more from|you may also like|read next|more on this)\b(?:\s*[:|»>]|\s+(?:on|in|from)\s+"
                            r"[\w.]+|\s+(?:stories|articles|coverage|news)).{0,160}$", _I),
    "share_bar": re.compile(r"^(?:share|tweet|email|print|pin|comments?|\d+\s+comments?|reply|like|follow)"
                            r"(?:\s+(?:this|on|via|the|story|article|page|us|it|with a friend)\b.{0,60})?\W*$"
                            r"|^(?:like this story\?|share (?:this|it)|tell us what you think)\b.{0,80}$", _I),
    "follow_subscribe": re.compile(r"^(?:follow|like|join)\s+(?:us|[\w@.' ]{1,40})\s+on\s+(?:twitter|facebook|"
                                   r"instagram|youtube|linkedin|tiktok)\b.{0,160}$"
                                   r"|^(?:sign up|subscribe|get (?:the|our)|want (?:the|more))\b.{0,60}"
                                   r"(?:newsletter|inbox|e-?mail|alerts?)\b.{0,120}$"
                                   r"|^.{0,80}\b(?:newsletters?|inbox)$", _I),
    "contact": re.compile(r"^(?:have a (?:news )?tip\?|e-?mail\s+[\w .'-]{2,40}\s+at\s+\S+@)\b.{0,200}$"
                          r"|^.{0,80}\bmay be reached at\b.{0,160}$", _I),
    "photo_credit": re.compile(r"^(?:\(?(?:photo|image|picture|pictured|video|graphic)s?(?:\s+credit)?\s*[:|]"
                               r"|(?:photo|image)\s+(?:by|courtesy|via)\b|credit\s*:).{0,160}$"
                               r"|^.{0,120}(?:©|getty images|shutterstock|\bap photo\b|reuters/).{0,60}$", _I),
    "advertisement": re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below"
                                r"(?: advertisement)?|continue reading(?: below)?|scroll to continue.{0,40})\W*$", _I),
    "tags": re.compile(r"^(?:tags?|topics?|filed under|categories|keywords)\s*(?:[:|].{0,200})?$", _I),
    "copyright": re.compile(r"^(?:copyright|©|\(c\))\s.{0,100}$", _I),
    "dateline": re.compile(r"^(?:(?:published|updated|posted|last updated|modified)\b.{0,60}"
                           r"|(?=.*\b\d{1,2}:\d{2}\b)(?=.*\b(?:19|20)\d\d\b).{0,80})$", _I),
}
SHORT_RULES = {"dateline": 12, "photo_credit": 15}  # furniture only when this short: longer, it is prose
MAX_FURNITURE_WORDS = 30
_OVER_FURNITURE_WORDS = re.compile(rf"(?:\W*+\w++){{{MAX_FURNITURE_WORDS + 1}}}")  # counts no further
_LINK_LIST = re.compile(r"^.{0,160}\[(?:video|pics?|photos?|insight|reaction|revealed|poll|latest)\]\W*$", _I)


_POPUP = re.compile(r"tooltip|popover|hovercard|rollover|popup", _I)
_BODY_CLASS = re.compile(r"(?:article|story|post|entry)[-_]*(?:body|content|text)|body[-_]*(?:text|content|container)", _I)
LAYOUT_RULES = frozenset({"inline_popups", "inline_spans", "split_body"})


def prune_layout(tree: HtmlElement, rules: frozenset[str] = LAYOUT_RULES) -> HtmlElement:
    """The page (changed in place) without what misleads the extractor: scripts, styles and comments; hover cards
    inside paragraphs; inline <span>s (unwrapped); an article body split by mid-article ads (joined)."""
    etree.strip_elements(tree, "script", "style", "noscript", "svg", "template", etree.Comment, with_tail=False)
    if "inline_popups" in rules:
        for element in tree.xpath("//p//*[@class]"):
            # the card, not the link it hangs on: a wrapper holding the link itself stays
            if _POPUP.search(element.get("class", "")) and element.tag != "a" and element.find("a") is None \
                    and element.getparent() is not None:
                element.drop_tree()
    if "inline_spans" in rules:
        for span in tree.xpath("//p//span"):
            span.drop_tag()
    if "split_body" in rules:
        _join_split_body(tree)
    return tree


def _join_split_body(tree: HtmlElement) -> None:
    """An article body cut into chunks by mid-article ads: several elements with the same body class, each holding
    paragraphs, within the same <article> if any. Their children are moved into the first, so that the extractor
    sees one body."""
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in tree.xpath("//p/parent::*[@class]"):  # as //*[@class][p], which tests every element: twice the time
        if _BODY_CLASS.search(element.get("class")):
            groups.setdefault((element.tag, element.get("class")), []).append(element)
    for chunks in groups.values():
        if len(chunks) < 2 or any(a in b.iterancestors() for a in chunks for b in chunks):
            continue
        if len({next(chunk.iterancestors("article"), None) for chunk in chunks}) > 1:
            continue  # one body each in separate <article>s: a list of posts, not one article cut up
        first = chunks[0]
        for chunk in chunks[1:]:
            first.extend(list(chunk))
            chunk.drop_tree()


RULES = frozenset({*LINE_RULES, "leading_title", "trailing_links"})


def clean_paragraphs(paragraphs: list[str], headlines: tuple[str, ...] = (), rules: frozenset[str] = RULES) -> list[str]:
    """The paragraphs without page furniture: a repeated headline (any the page states) or a dateline at the start, lines of furniture
    anywhere, a list of links at the end."""
    kept = [" ".join(paragraph.split()) for paragraph in paragraphs]  # the whitespace \s matches, in a third of the time
    kept = [paragraph for paragraph in kept if paragraph]
    if "leading_title" in rules:
        kept = _drop_leading_title(kept, headlines)
    kept = [paragraph for paragraph in kept if not _furniture(paragraph, rules)]
    if "trailing_links" in rules:
        while kept and _LINK_LIST.match(kept[-1]):
            kept.pop()
    return kept


def _furniture(paragraph: str, rules: frozenset[str]) -> bool:
    if _OVER_FURNITURE_WORDS.match(paragraph):
        return False
    for name, pattern in LINE_RULES.items():
        if name in rules and pattern.match(paragraph):
            if len(_WORDS.findall(paragraph)) > SHORT_RULES.get(name, MAX_FURNITURE_WORDS):
                continue
            return True
    return False


def _drop_leading_title(paragraphs: list[str], headlines: tuple[str, ...]) -> list[str]:
    keys = {_key(headline) for headline in headlines} - {""}
    head = 0
    while head < min(3, len(paragraphs)) and _key(paragraphs[head]) in keys:
        head += 1
    return paragraphs[head:]


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))
