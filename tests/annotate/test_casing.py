from newscorpus.annotate.casing import is_shouted, restore_case

BODY = "Boeing said on Monday that the new jet will fly from Seattle."


def test_all_caps_headline_takes_the_casing_of_the_body_and_capitals_for_words_it_lacks():
    text = "BOEING SAYS NEW JET WILL FLY FROM SEATTLE\n" + BODY
    restored = restore_case(text)
    assert restored.split("\n")[0] == "Boeing Says new jet will fly from Seattle"
    assert restored.split("\n")[1] == BODY


def test_title_cased_headline_lowercases_words_the_body_writes_in_lowercase():
    restored = restore_case("Boeing Says New Jet Will Fly From Seattle\n" + BODY)
    assert restored.split("\n")[0] == "Boeing Says new jet will fly from Seattle"


def test_only_case_changes_so_offsets_hold():
    text = "ISTANBUL’S MAYOR MEETS NATO CHIEF\nThe mayor met the NATO chief in Istanbul’s city hall."
    restored = restore_case(text)
    assert len(restored) == len(text) and restored.lower() == text.lower()


def test_sentences_and_short_lines_are_not_headlines():
    assert not is_shouted("said Ellen Marsh, Prime Minister of Canada.")
    assert not is_shouted("US, Turkey to continue discussions over buying Russian S-400 air defense systems")
    assert not is_shouted("NATO SUMMIT")
    assert restore_case(BODY) == BODY
