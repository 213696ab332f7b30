"""What the sources' licenses allow: whether their raw files may be redistributed, and the card's `license` line.

A source's license is an SPDX-like string (`CC-BY-4.0`, `cc by-sa 4.0`, `CC0`) or None when nobody said. Only a
license that lets anyone copy and share the texts for any purpose permits publishing them: public-domain
dedications, CC BY and CC BY-SA, and the open data and code licenses below. Non-commercial (NC) and
no-derivatives (ND) licenses, "all rights reserved", anything unrecognized and an unknown license do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNKNOWN = "unknown"  # the Hub's license id when nobody said
OTHER = "other"  # the Hub's license id for a license not in its list

_REDISTRIBUTABLE = re.compile(
    r"CC0-1\.0|PDDL(-1\.0)?|PUBLIC-DOMAIN|CC-PDM(-1\.0)?|CC-BY(-SA)?(-(1\.0|2\.[05]|3\.0|4\.0))?|ODC-BY(-1\.0)?|ODBL(-1\.0)?"
    r"|MIT|APACHE-2\.0|BSD-[23]-CLAUSE|UNLICENSE")
_HUB_IDS = re.compile(r"CC0-1\.0|CC-BY(-SA|-NC|-ND|-NC-SA|-NC-ND)?-(2\.0|2\.5|3\.0|4\.0)|PDDL|ODC-BY|ODBL|MIT"
                      r"|APACHE-2\.0|BSD-[23]-CLAUSE|UNLICENSE")  # some the Hub's `license` field lists, upper-cased


def spdx(license: str | None) -> str | None:
    """The license as an upper-case SPDX-like id (`cc by 4.0` -> `CC-BY-4.0`, `CC0` -> `CC0-1.0`); None if unknown."""
    if license is None or not license.strip():
        return None
    name = re.sub(r"[\s_]+", "-", license.strip().upper())
    name = re.sub(r"^CREATIVE-COMMONS-", "CC-", name)
    name = re.sub(r"-(\d)$", r"-\1.0", name)  # CC-BY-4 -> CC-BY-4.0
    return {"CC0": "CC0-1.0", "APACHE": "APACHE-2.0", "PUBLIC-DOMAIN-DEDICATION": "PUBLIC-DOMAIN"}.get(name, name)


def redistributable(license: str | None) -> bool:
    """Whether a source under `license` may have its raw texts published by anyone."""
    return (name := spdx(license)) is not None and bool(_REDISTRIBUTABLE.fullmatch(name))


def blockers(licenses: dict[str, str | None]) -> dict[str, str | None]:
    """Of `licenses` (raw file -> its license), the files whose license does not permit redistribution."""
    return {path: license for path, license in sorted(licenses.items()) if not redistributable(license)}


def card_license(licenses: Iterable[str | None]) -> str | list[str]:
    """The card's `license` line for sources under `licenses`: one Hub license id, a sorted list of them when the
    sources differ, `unknown` for sources nobody gave a license for (or no sources), `other` for one the Hub
    does not list."""
    ids = sorted({_hub_id(license) for license in licenses}) or [UNKNOWN]
    return ids[0] if len(ids) == 1 else ids


def _hub_id(license: str | None) -> str:
    if (name := spdx(license)) is None:
        return UNKNOWN
    name = re.sub(r"^(PDDL|ODC-BY|ODBL)-1\.0$", r"\1", name)
    return name.lower() if _HUB_IDS.fullmatch(name) else OTHER


def describe(license: str | None) -> str:
    """How a message names a source's license."""
    return UNKNOWN + " license" if spdx(license) is None else f"license {license!r}"
