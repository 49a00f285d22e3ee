"""Measures a figure's clause names without a casualty word at the number: money in a
currency named after the amount, a unit joined by a hyphen, people out of their homes,
injuries borne, patients admitted, hospital care, and protesters whose own clause says
what befell them. Every sentence is fictional (invented people, places and numbers); each
mechanism has its must-not-fire cases beside the must-fire ones."""
import pytest

from conftest import sentence_figures

figs = sentence_figures


@pytest.mark.parametrize("sentence, want", [
    ("The city council said it would spend 40 million crowns on new pumps.", [("money", 40e6, 40e6)]),
    ("The fund paid out 12 billion kronor last year.", [("money", 12e9, 12e9)]),
    ("The board approved a loan of 800,000 zlotys for the depot.", [("money", 800000, 800000)]),
    # a currency name that is a common noun needs a scale word
    ("The museum displayed two crowns and a sceptre from the old treasury.", [("other", 2, 2)]),
])
def test_currency_names_after_the_amount(sentence, want):
    """Fictional: a currency named after the number makes money; "crowns" only after a scale word."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("A 60-metre stretch of the embankment collapsed into the canal.", [("distance", 60, 60)]),
    ("The 40-foot mast snapped in the gale.", [("distance", 40, 40)]),
    ("The team of 60 met for the first time.", [("other", 60, 60)]),
])
def test_a_unit_joined_by_a_hyphen_is_a_distance(sentence, want):
    """Fictional: "a 60-metre stretch" measures a length; a bare number stays other."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Police said about 900 residents were moved out of 300 houses near the dam.",
     [("displaced", 900, 900)]),
    ("About 300 families remain out of their homes, the council said.", [("displaced", 300, 300)]),
    ("Some 500 people were still out of their homes on Sunday.", [("displaced", 500, 500)]),
    # not displaced: out of work, out of school, moved out of an office, an active move
    ("The two brothers were out of work for a year.", [("other", 2, 2)]),
    ("Ten pupils were out of school with colds.", [("other", 10, 10)]),
    ("Forty clerks were moved out of the old building into new offices.", [("other", 40, 40)]),
    ("Three students moved out of their flat in May.", [("other", 3, 3)]),
    ("The 12 hikers stayed out of the village until the bears left.", [("other", 12, 12)]),
    ("About 3,000 people remained under evacuation orders.", [("displaced", 3000, 3000)]),
    ("About 3,000 people remained under a curfew.", [("other", 3000, 3000)]),
])
def test_people_out_of_their_homes_are_displaced(sentence, want):
    """Fictional: being, staying or being moved out of homes displaces people; work,
    school, an office or a chosen move do not."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Four firefighters suffered burns in the blaze.", [("injured", 4, 4)]),
    ("Two of the guards sustained minor injuries.", [("injured", 2, 2)]),
    ("A nurse at Orbury Infirmary said three of the patients she saw had burn wounds.", [("injured", 3, 3)]),
    # no injury borne
    ("Three of the guards had keys to the vault.", [("other", 3, 3)]),
    ("Four firefighters suffered no injuries in the blaze.", [("other", 4, 4)]),
    ("The two firms suffered heavy losses.", [("other", 2, 2)]),
    ("Six suspects had been arrested, two of them with gunshot wounds.", [("arrested", 6, 6), ("injured", 2, 2)]),
    ("Six suspects had been arrested, two of them with stolen phones.", [("arrested", 6, 6), ("arrested", 2, 2)]),
    ("Two officers had been treated for cuts, police said.", [("injured", 2, 2)]),
])
def test_injuries_borne_make_the_injured(sentence, want):
    """Fictional: suffering, sustaining or having injuries makes the subject injured;
    keys, losses or "no injuries" do not."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The number of people treated in hospital rose to 41, six of whom remained admitted.",
     [("injured", 41, 41), ("injured", 6, 6)]),
    ("The court heard that the two men had admitted the theft.", [("other", 2, 2)]),
    ("Five new members were admitted to the guild.", [("other", 5, 5)]),
])
def test_patients_still_admitted_are_injured(sentence, want):
    """Fictional: a passive "admitted" beside a hospital counts patients; an admitted
    fact or a club's new members do not."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Only 15 people had needed hospital care, a spokeswoman for the mill said.", [("injured", 15, 15)]),
    ("About 2,000 people need hospital care for flu each winter, the ministry said.", [("other", 2000, 2000)]),
])
def test_hospital_care_is_its_own_evidence(sentence, want):
    """Fictional: "needed hospital care" makes casualties with no incident word; a
    habit of care for an illness does not."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The three protesters arrested on Monday were released without charge, police said.",
     [("arrested", 3, 3)]),
    ("The 40 marchers injured in the clashes were taken to Orbury Infirmary.", [("injured", 40, 40)]),
    ("Police arrested 12 of the 300 protesters.", [("arrested", 12, 12), ("participants", 300, 300)]),
    ("The 300 protesters who gathered on Monday demanded the release of those detained last week.",
     [("participants", 300, 300)]),
])
def test_protesters_own_clause_and_the_whole_they_are_taken_from(sentence, want):
    """Fictional: "the protesters arrested on Monday" were arrested; in "12 of the 300
    protesters" the verb befell the 12, and the 300 are the crowd."""
    assert figs(sentence) == want
