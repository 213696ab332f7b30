import pytest

from newscorpus.dataset.licenses import blockers, card_license, describe, redistributable, spdx


@pytest.mark.parametrize(("license", "name"), [
    ("CC-BY-4.0", "CC-BY-4.0"), ("cc by 4.0", "CC-BY-4.0"), ("CC BY-SA 4", "CC-BY-SA-4.0"), ("CC0", "CC0-1.0"),
    ("Creative Commons BY 3.0", "CC-BY-3.0"), ("  mit ", "MIT"), ("All rights reserved", "ALL-RIGHTS-RESERVED"),
    (None, None), ("", None), ("   ", None),
])
def test_spdx_names(license, name):
    assert spdx(license) == name


@pytest.mark.parametrize("license", ["CC0-1.0", "cc0", "CC-BY-4.0", "cc-by-sa-3.0", "CC BY 2.5", "PDDL-1.0",
                                     "ODbL-1.0", "ODC-By-1.0", "public domain", "MIT", "Apache-2.0"])
def test_open_licenses_permit_redistribution(license):
    assert redistributable(license)


@pytest.mark.parametrize("license", [None, "", "All rights reserved", "proprietary", "CC-BY-NC-4.0",
                                     "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0", "Reuters terms of use", "CC-BY-5.0", "GPL"])
def test_closed_unknown_or_restricted_licenses_do_not(license):
    assert not redistributable(license)


def test_the_files_that_block_are_named_with_their_license():
    assert blockers({"raw/b.txt": None, "raw/a.jsonl": "CC-BY-4.0", "raw/c.csv": "All rights reserved"}) == {
        "raw/b.txt": None, "raw/c.csv": "All rights reserved"}
    assert blockers({"raw/a.jsonl": "CC-BY-4.0", "raw/b.txt": "cc0"}) == {}


@pytest.mark.parametrize(("licenses", "line"), [
    (["CC-BY-4.0"], "cc-by-4.0"),
    (["CC-BY-4.0", "cc by 4.0"], "cc-by-4.0"),
    (["CC0", "CC-BY-SA-4.0", "CC-BY-4.0"], ["cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0"]),
    (["PDDL-1.0"], "pddl"),
    (["CC-BY-NC-4.0"], "cc-by-nc-4.0"),
    ([None, None], "unknown"),
    ([], "unknown"),
    (["CC-BY-4.0", None], ["cc-by-4.0", "unknown"]),
    (["All rights reserved"], "other"),
    (["All rights reserved", "Reuters terms"], "other"),
])
def test_the_cards_license_line(licenses, line):
    assert card_license(licenses) == line


def test_a_message_names_the_license_or_says_it_is_unknown():
    assert (describe(None), describe("All rights reserved")) == ("unknown license", "license 'All rights reserved'")
