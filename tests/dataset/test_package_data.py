"""What the package ships in place of the repository's files: a wheel installed anywhere finds them."""

from importlib.resources import files

from paths import REPO


def test_the_packaged_schema_is_the_repository_schema():
    packaged = files("newscorpus.dataset").joinpath("article.schema.json").read_bytes()
    assert packaged == (REPO / "schema" / "article.schema.json").read_bytes()


def test_the_packaged_card_text_is_the_repository_card():
    packaged = files("newscorpus.dataset").joinpath("card_template.md").read_bytes()
    assert packaged == (REPO / "DATASET_CARD.md").read_bytes()
