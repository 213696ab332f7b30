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


@pytest.mark.parametrize(("text", "script"), [
    ("Москва — столица России. Президент заявил в понедельник, что переговоры продолжатся на следующей неделе.",
     "Cyrillic script"),
    ("東京都は日本の首都であり、世界最大の都市圏の一つです。政府は月曜日に新しい経済政策を発表しました。", "CJK script"),
    ("Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα.",
     "Greek script"),
])
def test_a_text_mostly_in_another_script_reads_as_that_script(text, script):
    assert language_of(text) == script


def test_a_few_foreign_names_in_english_prose_do_not_make_it_another_script():
    assert language_of(SENTENCES["English"] * 2 + " Москва 東京") == "English"
