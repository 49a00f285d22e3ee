"""Syndicated copies are linked; merely similar sentences are not."""
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ids import sentence_id
from newsbrief.pipeline import run_stage
from newsbrief.stages import duplicates
from newsbrief.model import Article, Brief, Sentence


def brief_of(pairs):
    brief = Brief()
    for art, text in pairs:
        if not brief.article(art):
            brief.articles.append(Article(id=art, source=art))
        brief.sentences.append(Sentence(id=sentence_id(art, text), article=art, text=text))
    run_stage(duplicates.STAGE, brief, Context())
    return brief


def test_syndicated_copy_with_quote_and_spacing_differences_is_linked():
    b = brief_of([
        ("a", "The ferry operator said that \u201cno passenger was hurt\u201d when the ship hit the rocks near the island."),
        ("b", "Crews worked through the night."),
        ("c", 'The ferry operator said that "no passenger was hurt" when the ship hit the rocks near the island .'),
    ])
    first, _, copy = (s.id for s in b.sentences)
    assert b.sentences[2].duplicate_of == first
    assert b.sentences[1].duplicate_of is None
    assert b.carriers(copy) == ["a", "c"] and b.carriers(first) == ["a", "c"]


def test_similar_but_different_facts_are_not_duplicates():
    b = brief_of([
        ("a", "Two people were killed when the ferry hit the rocks near the island on Friday."),
        ("b", "Nine people were injured when the bus hit a wall near the station on Sunday."),
    ])
    assert b.sentences[1].duplicate_of is None


def test_third_copy_points_to_the_first():
    text = "Firefighters brought the warehouse blaze under control after nine hours of work."
    b = brief_of([("a", text), ("b", text), ("c", text.replace("nine", "nine long"))])
    first = b.sentences[0].id
    assert [s.duplicate_of for s in b.sentences] == [None, first, first]
    assert b.carriers(first) == ["a", "b", "c"]


def test_short_sentences_repeat_by_chance():
    b = brief_of([("a", "He said no."), ("b", "He said no.")])
    assert b.sentences[1].duplicate_of is None


def test_large_inputs_link_to_the_earliest_copy_in_reading_order(monkeypatch):
    monkeypatch.setattr(duplicates, "EXHAUSTIVE_UP_TO", 0)  # the MinHash path
    text = "Firefighters brought the warehouse blaze under control after nine hours of work."
    # ids do not sort in reading order: the earliest copy is the one of article "z"
    b = brief_of([("z", text), ("m", text), ("a", text), ("k", "The harbour stayed closed all week.")])
    first = b.sentences[0].id
    assert sorted(s.id for s in b.sentences[:3])[0] != first
    assert [s.duplicate_of for s in b.sentences] == [None, first, first, None]


# -- edited copies (token alignment); every sentence below is fictional ---------------------

def linked(a, b):
    brief = brief_of([("a", a), ("b", b)])
    return brief.sentences[1].duplicate_of == brief.sentences[0].id


def test_copy_with_an_inserted_clause_is_linked():
    assert linked("The ferry company said on Monday that all crossings would resume by the weekend.",
                  "The ferry company, which runs six boats on the strait, said on Monday that all crossings "
                  "would resume by the weekend.")


def test_shortened_and_reworded_copies_are_linked():
    assert linked("A senior official with the harbour authority's safety office said there had been no "
                  "further leaks at the terminal.",
                  "A senior official with the harbour authority said Tuesday there had been no further leaks "
                  "at the terminal.")
    # a copy cut down to its second half, beside a sentence the splitter glued on
    assert linked("Road crews in Alton and Brill worked overnight, officials said. Vermont, Maine and Ohio "
                  "sent plough teams to help clear the highway.",
                  "Vermont, Maine and Ohio sent plough teams to help clear the highway.")


def test_edits_that_change_the_fact_are_not_links():
    for a, b in [
        ("Police said two people were killed in the crash on the coastal road.",
         "Police said two people were injured in the crash on the coastal road."),
        ("Police said 12 people were killed in the crash on the coastal road near Alton.",
         "Police said 15 people were killed in the crash on the coastal road near Alton."),
        ("The mayor said the council would approve the new budget for the harbour next week.",
         "The mayor said the council would not approve the new budget for the harbour next week."),
        ("Harbour Ltd did not immediately respond to a request for comment on the closure.",
         "The mayor's office did not respond to a request for comment on the closure."),
        ("The storm agency said on Thursday that the coast road would reopen soon.",
         "The storm agency said on Monday that the coast road would reopen soon."),
    ]:
        assert not linked(a, b), (a, b)


def test_sentences_sharing_only_a_long_quote_are_not_duplicates():
    assert not linked('Mayor Ada Brill said: "We will rebuild every house on this street before winter."',
                      '"We will rebuild every house on this street before winter," Governor Tom Reyes told a '
                      "rally in Hale.")
    assert not linked("The bridge was closed for hours, forcing long detours through the hills near Alton. "
                      "Crews and volunteers cleared fallen trees from the road.",
                      "Crews and volunteers cleared fallen trees from the road near the bridge.")


def test_word_forms_of_one_word_pair_up_and_other_words_do_not():
    """`_alike` on fictional-context word pairs: inflections of one verb or noun are one
    word; a word with a longer stem that merely starts the same is not (must-not pairs
    outnumber the must pairs)."""
    for a, b in [("voted", "votes"), ("rates", "rating"), ("tiles", "tiled")]:
        assert duplicates._alike(a, b), (a, b)
    for a, b in [("votes", "voter"), ("lines", "linen"), ("tiles", "tilework"), ("hopes", "hopeful"),
                 ("injured", "insured")]:
        assert not duplicates._alike(a, b), (a, b)


def test_the_word_lists_load_on_first_use_whichever_test_asks_first():
    """Saying verbs, stop words and day words come from one loader, so `_says` answers
    rightly as the first lookup of a process (it relied on `_stop` having run). Past
    forms of saying verbs are saying words; their bare forms ("claim", also a noun),
    a negating one ("denied") and a noun made from one are not. Day and month names
    are time words; three-letter abbreviations and "week" are not."""
    duplicates._lexicon.cache_clear()
    assert duplicates._says("announced") and duplicates._says("claimed") and duplicates._says("said")
    assert not any(duplicates._says(w) for w in ("claim", "announcement", "denied", "harbour"))
    duplicates._lexicon.cache_clear()
    assert duplicates._time_word("tuesday") and duplicates._time_word("march") and duplicates._time_word("today")
    assert not any(duplicates._time_word(w) for w in ("jan", "week", "tuesdays", "marching"))
    assert duplicates._stop("the") and duplicates._stop("announced") and not duplicates._stop("ferry")


def test_ordinals_and_number_words_get_one_spelling_and_other_words_keep_theirs():
    """`_canon`: "third" / "3rd" -> "#3", "three" -> "3", a compound's parts each; plural
    fractions, seconds of time and bare suffixes are no ordinal."""
    assert [duplicates._canon(w) for w in ("third", "3rd", "21st", "three", "twenty-five", "8-month")] == \
        ["#3", "#3", "#21", "3", "25", "8-month"]
    assert [duplicates._canon(w) for w in ("thirds", "3rds", "seconds", "rd", "ferry")] == \
        ["thirds", "3rds", "seconds", "rd", "ferry"]
