"""The summary stage: which sentences may stand alone, and crediting every carrier."""
from newsbrief import duplicates, summary
from newsbrief.model import Article, Brief, Sentence
from newsbrief.pipeline import Options
from newsbrief.summary import standalone


def test_standalone_filters():
    assert standalone("The storm destroyed 40 homes in the coastal village, officials said.")
    assert not standalone("What happened in the village?")
    assert not standalone("But he was later released without charge by the police.")
    assert not standalone("Our country has no business meddling in this faraway war at all.")
    assert standalone('"We lost everything", said Ana Kell, a fisherman whose boat sank.')
    assert not standalone('"We lost everything and nobody came to help us at all."')
    assert not standalone("Too short.")


def test_summary_credits_all_carriers_and_respects_budget():
    brief = Brief(articles=[Article(id=a, source=a) for a in "abc"])
    texts = [("a", "A landslide buried part of the mountain road near Tarsel on Monday, police said."),
             ("b", "A landslide buried part of the mountain road near Tarsel on Monday, police said."),
             ("c", "Rescuers pulled four drivers from their cars after the landslide near Tarsel."),
             ("c", "He was later taken to hospital in the capital with a broken leg.")]
    for i, (art, text) in enumerate(texts, start=1):
        brief.sentences.append(Sentence(id=f"s{i}", article=art, text=text, position=i))
    duplicates.run(brief)
    summary.run(brief, Options(words=30))
    ids = [s.sentence for s in brief.summary]
    assert "s1" in ids and "s2" not in ids and "s4" not in ids
    assert next(s for s in brief.summary if s.sentence == "s1").sources == ["a", "b"]
    assert sum(len(s.text.split()) for s in brief.summary) <= 30
