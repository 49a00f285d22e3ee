"""The holder of a place's office speaks, not the place: "the mayor of Kellington said"
is no claim by the town. Every sentence is fictional (invented towns and people)."""
from conftest import claims_of, linked_name


def test_the_mayor_of_a_town_is_not_the_town():
    """Fictional: the town named after the role is where the mayor holds office; the claim
    keeps the words as its speaker and is linked to no entity rather than to the town."""
    b = claims_of("Floods cut off Kellington on Monday.", "The mayor of Kellington said nine people were still missing.")
    (claim,) = b.claims
    assert claim.speaker_text == "The mayor of Kellington"
    assert linked_name(b, claim) is None


def test_the_town_itself_and_a_firm_s_officer_keep_their_links():
    """Hard negatives, fictional: the town as the subject of "said" is still the town, and
    "the chairman of Harlow Freight" (a body, not a place) still speaks for the firm."""
    b = claims_of("Floods cut off Kellington on Monday.", "Kellington said nine people were still missing.")
    assert [linked_name(b, c) for c in b.claims] == ["Kellington"]
    b = claims_of("The chairman of Harlow Freight said nine drivers had quit.")
    assert [linked_name(b, c) for c in b.claims] == ["Harlow Freight"]
