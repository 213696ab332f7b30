from newscorpus.ingest.normalize.text import blocks, clean_line, join_paragraphs


def test_clean_line_settles_spaces_and_composes_characters():
    assert clean_line("\u00a0 03 May\u00a0\u00a0 2019 \t") == "03 May 2019"
    assert clean_line("Cafe\u0301\u200b news") == "Caf\u00e9 news"


def test_clean_line_keeps_the_words_and_their_punctuation():
    line = "“The issue [is] clear,” he said – 2.5 billion"
    assert clean_line(line) == line


def test_blocks_split_on_blank_lines_and_join_wrapped_lines():
    assert blocks("One\r\nline wrapped\n \t\nTwo\n\n\n\nThree\n") == ["One line wrapped", "Two", "Three"]


def test_paragraph_offsets_point_into_the_joined_text():
    text, offsets = join_paragraphs(["Head", "Body one.", "Body two."])
    assert text == "Head\n\nBody one.\n\nBody two."
    assert [text[o["start"]:o["end"]] for o in offsets] == ["Head", "Body one.", "Body two."]
