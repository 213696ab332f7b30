import importlib
import pkgutil
import re

import pytest

from newscorpus.annotate import timex
from newscorpus.annotate.timex import RULE_MODULES, tag
from newscorpus.annotate.timex.keywords import Keyword, keyword_windows
from newscorpus.annotate.timex.modifiers import with_modifiers
from newscorpus.annotate.timex.rules import REGISTRY, Context, rule

from .conftest import FRIDAY_MAY_3_2019


@pytest.mark.parametrize("registered", REGISTRY, ids=lambda r: r.name)
def test_every_registered_rule_is_reached_by_its_example(registered):
    """The rule's keyword kind occurs in its example, the rule matches there, and its reading is the one tagged
    (its value may yet be recounted from a date mentioned before, see story.py)."""
    windows = keyword_windows(registered.example)
    assert registered.keyword in windows, f"no {registered.keyword} keyword in {registered.example!r}"
    own = [with_modifiers(t, registered.example)
           for t in registered.apply(Context(registered.example, FRIDAY_MAY_3_2019), windows[registered.keyword])]
    assert own, f"{registered.name} does not match its example {registered.example!r}"
    tagged = {(t["start"], t["end"], t["type"]) for t in tag(registered.example, FRIDAY_MAY_3_2019)}
    assert any(t[:3] in tagged for t in own), (registered.name, own, tagged)


def test_there_are_rules_of_every_module_and_every_keyword_kind():
    assert {r.name.split(".")[0] for r in REGISTRY} == set(RULE_MODULES)
    assert {r.keyword for r in REGISTRY} == set(Keyword)
    assert len({r.name for r in REGISTRY}) == len(REGISTRY)


def test_a_module_of_rules_left_out_of_rule_modules_is_noticed():
    """Importing every module of the package registers no rule beyond those of RULE_MODULES."""
    before = len(REGISTRY)
    for module in pkgutil.iter_modules(timex.__path__):
        importlib.import_module(f"{timex.__name__}.{module.name}")
    assert len(REGISTRY) == before


def test_a_keyword_given_as_a_string_fails_when_the_rule_is_defined():
    with pytest.raises(TypeError, match=r"keyword 'month' is not one of Keyword\.MONTH"):
        @rule(r"\bIdes\s+of\s+March\b", keyword="month", example="Beware the Ides of March.")
        def ides(m, context):
            return "DATE", "XXXX-03-15"
    assert "test_registry.ides" not in {r.name for r in REGISTRY}


def test_a_misspelt_keyword_fails_when_its_module_is_imported(tmp_path, monkeypatch):
    (tmp_path / "misspelt_rules.py").write_text(
        "from newscorpus.annotate.timex.keywords import Keyword\n"
        "from newscorpus.annotate.timex.rules import rule\n\n\n"
        '@rule(r"\\bIdes\\s+of\\s+March\\b", keyword=Keyword.MONHT, example="Beware the Ides of March.")\n'
        "def ides(m, context):\n"
        '    return "DATE", "XXXX-03-15"\n'
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(AttributeError, match=re.escape("MONHT")):
        importlib.import_module("misspelt_rules")
