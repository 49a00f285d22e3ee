"""Conflicts: "<X> denied it" after a sentence that narrates a deed of X in no one's
words, met by another speaker's assertion that X did that deed (named at another level:
lexicon `deed_kinds`). Every example is fictional; more must-not-fire cases than
must-fire ones."""
from conftest import facts_brief

NARRATED = "Tomas Veer has long been suspected of arranging the abduction of a rival's son in 2019."
DENIED = "Veer denied it, but he admits he owed the family money."
NEIGHBOUR = "A neighbour, Ines Mol, told reporters that Veer had planned the kidnapping for months."


def denials(*articles):
    b = facts_brief({k: v for k, v in zip("abc", articles)}, with_entities=True)
    by_id = {x.id: x.sentence for x in b.claims}
    return [{b.sentence(by_id[i]).text for i in c.items} for c in b.conflicts if c.kind == "denial"]


def test_a_denial_of_a_narrated_deed_meets_the_assertion_of_that_deed():
    """Fictional: the abduction narrated, "Veer denied it, but ...", and a neighbour's
    assertion that Veer planned the kidnapping (a synonym of the deed noun)."""
    assert denials([NARRATED, DENIED, NEIGHBOUR]) == [{DENIED, NEIGHBOUR}]


def test_another_deed_another_actor_or_a_negated_or_possible_assertion_meets_nothing():
    """Fictional hard negatives: the assertion names another deed (arson), another actor
    (two men), is negated ("had never planned"), or a possibility ("could have")."""
    for other in ("A neighbour, Ines Mol, told reporters that Veer had planned the arson for months.",
                  "A neighbour, Ines Mol, told reporters that two men had planned the kidnapping for months.",
                  "A neighbour, Ines Mol, told reporters that Veer had never planned the kidnapping.",
                  "A neighbour, Ines Mol, told reporters that Veer could have planned the kidnapping."):
        assert denials([NARRATED, DENIED, other]) == [], other


def test_no_narrated_deed_a_deed_too_far_back_or_another_article_meets_nothing():
    """Fictional hard negatives: the sentence before narrates no deed noun; a sentence
    stands between the narration and the denial; the assertion is in another article;
    the denial asks its own question ("Asked about ..."); and two speakers assert the deed
    (which one the denial meets is unclear: abstain)."""
    assert denials(["Tomas Veer has long been suspected of owing a rival's family money.", DENIED, NEIGHBOUR]) == []
    assert denials([NARRATED, "The trial opened in the autumn.", DENIED, NEIGHBOUR]) == []
    assert denials([NARRATED, DENIED], [NEIGHBOUR]) == []
    assert denials([NARRATED, "Asked about the abduction, Veer denied it.", NEIGHBOUR]) == []
    cousin = "Ruud Baan, a cousin, told reporters that Veer had paid for the kidnapping."
    assert denials([NARRATED, DENIED, NEIGHBOUR, cousin]) == []
