"""Conflicts, the scope of a rivalry: a source backing off its own figure, the size of one
incident told by two sources, an amount at one place on one day. Every example is
fictional; each mechanism has at least as many must-not-fire cases as must-fire ones."""
from conftest import facts_brief


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


def sentences_of(brief, conflict):
    by_id = {x.id: x.sentence for x in list(brief.claims) + list(brief.figures)}
    return {brief.sentence(by_id[i]).text for i in conflict.items}


# -- backing off one's own figure ---------------------------------------------------------

def test_a_source_backing_off_its_own_figure_meets_the_figure_it_gave():
    """Fictional: the figure and the backing off in one sentence, and in two."""
    one = facts_brief({"a": ["The ministry had reported 40 dead in Orlen, but backed off that figure on Tuesday."]})
    (c,) = kinds(one, "denial")
    assert len({i for i in c.items}) == 2
    two = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                             "Hours later the ministry backed away from the figure."]})
    (c,) = kinds(two, "denial")
    assert sentences_of(two, c) == {"The ministry said 40 people died in Orlen.",
                                    "Hours later the ministry backed away from the figure."}


def test_backing_off_meets_no_other_speaker_and_no_later_claim():
    """Fictional hard negatives: another speaker's figure, an assertion after the backing
    off in its own sentence, not backing off, and backing away from a thing."""
    other = facts_brief({"a": ["The union said 40 people died in Orlen.",
                               "The ministry backed away from its estimate."]})
    assert kinds(other, "denial") == []
    after = facts_brief({"a": ["The ministry backed off its estimate and said 12 people were missing in Orlen."]})
    assert kinds(after, "denial") == []
    kept = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                              "The ministry did not back off the figure on Tuesday."]})
    assert kinds(kept, "denial") == []
    thing = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                               "Rescuers backed away from the collapsed hall."]})
    assert kinds(thing, "denial") == []
