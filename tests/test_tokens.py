"""text.tokens.token_at: the token at a character offset of a spaCy parse."""
from newsbrief import resources
from newsbrief.text.tokens import token_at

# fictional text: double spaces, a line break, punctuation runs and a trailing space
TEXT = "The Velmar ferry  left at 6:40 a.m. on Tuesday,\nofficials said -- late again. "


def _scan(doc, start):
    """The lookup as each stage wrote it before: a walk to the first token ending after `start`."""
    return next((t for t in doc if t.idx + len(t.text) > start), None)


def test_every_offset_finds_the_token_holding_it_or_the_next_one():
    doc = resources.load()(TEXT)
    def index(t):
        return None if t is None else t.i

    for start in range(-1, len(TEXT) + 3):
        assert index(token_at(doc, start)) == index(_scan(doc, start)), start
    left = TEXT.index("left")
    assert token_at(doc, left).text == "left" and token_at(doc, left + 3).text == "left"
    assert token_at(doc, TEXT.index("Velmar") + 6).text == "ferry"  # the space after a word is not that word


def test_offsets_past_the_end_and_spans_of_a_longer_doc():
    """Past the last token: None (not the last token). A Span (a sentence of a longer
    doc) answers with the document's offsets, and never with a token outside it."""
    doc = resources.load()("Crews cleared the quay. The ferry left at noon.")
    assert token_at(doc, len(doc.text)) is None and token_at(doc, 10_000) is None
    first, second = list(doc.sents)
    assert token_at(second, second.start_char).text == "The"
    assert token_at(second, 0).text == "The"  # before the span: its first token, not "Crews"
    assert token_at(first, second.start_char) is None  # after the span's last token
    assert token_at(first, first.end_char - 1).text == "."
