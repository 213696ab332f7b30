from newscorpus.evaluate.detokenize import detokenize


def test_punctuation_and_clitics_attach_and_offsets_point_at_tokens():
    sentences = [["Boeing", "'s", "jet", "(", "A380", ")", "costs", "$", "40", "."], ["March", "01", ",", "2008"]]
    text, offsets = detokenize(sentences)
    assert text == "Boeing's jet (A380) costs $40.\nMarch 01, 2008"
    tokens = [token for sentence in sentences for token in sentence]
    assert [text[start:end] for start, end in offsets] == tokens


def test_straight_quotes_open_and_close_in_turn_across_lines():
    text, _ = detokenize([["He", "said", '"', "yes", "."], ["No", '"', "and", '"', "so", '"', "."]])
    assert text == 'He said "yes.\nNo" and "so".'


def test_ptb_quotes_stay_verbatim():
    text, _ = detokenize([["``", "Yes", ",", "''", "he", "said", "."]])
    assert text == "``Yes,'' he said."
