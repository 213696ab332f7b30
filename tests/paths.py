"""Where the repository keeps what the tests read."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"  # the committed corpus
SCRIPTS = REPO / "scripts"
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"
