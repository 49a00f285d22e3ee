"""Conflicts: another speaker's accusation of the denier ("X accused the company of
bringing in replacement drivers") against the denier's denial of that deed ("Orvane Coach Company
denied hiring any replacement drivers"). Every example is fictional; more must-not-fire
cases than must-fire ones."""
from conftest import facts_brief

NAMED = "Orvane Coach Company said on Monday that the depot at Tessford would stay open during the strike."
ACCUSED = ("The drivers' union accused the company of bringing in replacement drivers from an agency in "
           "Halbury to keep the routes running.")
DENIED = "Orvane Coach Company denied hiring any replacement drivers."


def denials(paragraphs):
    b = facts_brief({"a": paragraphs}, with_entities=True)
    by_id = {x.id: x.sentence for x in b.claims}
    return [{b.sentence(by_id[i]).text for i in c.items} for c in b.conflicts if c.kind == "denial"]


def test_an_accusation_of_the_denier_meets_its_denial_of_that_deed():
    """Fictional: the story's one company, named earlier in the article, accused of a deed
    whose object ("replacement drivers") the denial names."""
    (got,) = denials([NAMED, ACCUSED, DENIED])
    assert ACCUSED in got and DENIED in got


def test_an_accusation_of_another_deed_or_another_party_meets_nothing():
    """Fictional hard negatives: the same object with an opposite verb ("sacking"
    replacement drivers / "hiring" them) or another object, a second company in the
    story ("the company" may be either), and the company never named before the
    accusation."""
    for other in ("sacking replacement drivers", "bringing in replacement buses"):
        other_deed = ACCUSED.replace("bringing in replacement drivers", other)
        assert denials([NAMED, other_deed, DENIED]) == [], other
    second = "Halbury Motor Company said it had lent Orvane Coach Company four vehicles."
    assert denials([NAMED, second, ACCUSED, DENIED]) == []
    assert denials([ACCUSED, DENIED]) == []


def test_the_company_accused_is_the_story_s_one_company_named_otherwise():
    """Fictional: the denier is named without its kind ("Orvane denied ..." after
    "Orvane Coach Company"), the accusation calls it "the company": still the one company."""
    (got,) = denials([NAMED, ACCUSED, "Orvane denied hiring any replacement drivers."])
    assert ACCUSED in got
