"""Conflicts: one deed named at two levels ("the stabbing" / "such an attack", "the
break-in" / "the burglary"; lexicon `deed_kinds`) and nouns of any deed ("such an act").
Every example is fictional; more must-not-fire cases than must-fire ones."""
from conftest import facts_brief
from newsbrief.stages.conflicts import _one_deed_word, _same_deed

QUAY = ("Police blamed smugglers for the stabbing at the quay, though dockworkers said they doubted smugglers "
        "would risk such an attack so close to the customs post.")
ONE_NIGHT = [("quay", "2024-04-02", [1, 2])]


def denials(articles, events=()):
    b = facts_brief(articles, events=events)
    by_id = {x.id: x.sentence for x in b.claims}
    return [{b.sentence(by_id[i]).text for i in c.items} for c in b.conflicts if c.kind == "denial"]


def test_a_doubt_pointing_at_the_kind_of_the_deed_blamed_meets_the_blame():
    """Fictional: "blamed A for the stabbing, though B doubted A would risk such an attack",
    and "such an act" after a blame for a flooding."""
    assert denials({"a": [QUAY]}) == [{QUAY}]
    act = ("The council blamed vandals for the flooding of the pumping station, but residents said they doubted "
           "vandals could manage such an act.")
    assert denials({"a": [act]}) == [{act}]


def test_a_pointer_at_another_kind_or_after_no_blame_meets_nothing():
    """Fictional hard negatives: "such a fire" after a blame for a stabbing (another head),
    "such an operation" after an assertion that blames nobody, and the clauses joined by
    "and" (no contrast)."""
    fire = QUAY.replace("such an attack", "such a fire")
    assert denials({"a": [fire]}) == []
    buses = ("The ministry said the new buses would reach Orvel by May, but drivers said they doubted such an "
             "operation could be finished in time.")
    assert denials({"a": [buses]}) == []
    joined = QUAY.replace(", though dockworkers", ", and dockworkers")
    assert denials({"a": [joined]}) == []


def test_another_sources_blame_for_the_deed_at_its_kind_joins_the_dispute():
    """Fictional: a second source blames the same party for "the attack at the quay" in
    the same event: one accusation told at two levels."""
    other = "The harbour authority blamed smugglers for the attack at the quay."
    (got,) = denials({"a": [QUAY], "b": [other]}, events=ONE_NIGHT)
    assert got == {QUAY, other}


def test_two_kinds_of_one_head_or_another_place_are_two_deeds():
    """Fictional hard negatives: "the shooting at the quay" beside "the stabbing at the
    quay" (two kinds of attack), "the attack on the ferry" (another target), and "the
    arson at the quay" (another head)."""
    for other in ("The harbour authority blamed smugglers for the shooting at the quay.",
                  "The harbour authority blamed smugglers for the attack on the ferry.",
                  "The harbour authority blamed smugglers for the arson at the quay."):
        got = denials({"a": [QUAY], "b": [other]}, events=ONE_NIGHT)
        assert got == [{QUAY}], other


def test_deed_words_match_their_head_only():
    """The lexicon relation: a kind and its head, a synonym and its head, never two kinds
    of one head nor two heads."""
    assert _one_deed_word("break-in", "burglary") and _one_deed_word("attack", "bombing")
    assert not _one_deed_word("bombing", "shooting") and not _one_deed_word("fire", "explosion")
    assert _same_deed({"bombing"}, {"attack"}) and not _same_deed({"bombing", "market"}, {"attack", "bridge"})


UNION = "The dockers' union denied that its members carried out the break-in at the Orvel depot."


def test_a_denied_deed_meets_an_assertion_naming_it_by_its_synonym():
    """Fictional: "denied ... carried out the break-in at the depot" against another
    source's "carried out the burglary at the depot": the deed the denial names is among
    the assertion's words once a deed noun meets its head."""
    (got,) = denials({"a": [UNION], "b": ["Police said union members carried out the burglary at the Orvel depot "
                                          "on Sunday."]})
    assert len(got) == 2


def test_a_denied_deed_meets_no_assertion_of_another_deed_at_that_place():
    """Fictional hard negatives: a shooting (another head), repairs (no deed noun), and a
    robbery (a deed outside the lexicon, not a burglary's synonym) at the same depot."""
    for deed in ("shooting", "repairs", "robbery"):
        other = f"Police said union members carried out the {deed} at the Orvel depot on Sunday."
        assert denials({"a": [UNION], "b": [other]}) == [], deed
