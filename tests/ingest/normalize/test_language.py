import pytest

from newscorpus.ingest.normalize.language import language_of

SENTENCES = {
    "English": "The minister said that the talks with the union would go on for the rest of the week, and that he was hopeful.",
    "French": "Le ministre a dit que les discussions avec le syndicat vont continuer pour le reste de la semaine, et il est confiant.",
    "Spanish": "El ministro dijo que las conversaciones con el sindicato van a seguir por el resto de la semana, y que es optimista.",
    "German": "Der Minister sagte, dass die Gespräche mit der Gewerkschaft für den Rest der Woche weitergehen werden, und er ist zuversichtlich.",
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_prose_reads_as_its_language(language):
    assert language_of(SENTENCES[language] * 2) == language


def test_figures_and_short_texts_read_as_no_language():
    assert language_of("Shr 12 cts vs 15 cts Net 1,234,000 vs 1,456,000 Revs 12.3 mln " * 5) is None
    assert language_of("Der Minister sagte nein.") is None
