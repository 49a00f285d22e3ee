"""Vague counts, crowds present at a place, negated casualties, speakers, days and ages.

Every sentence is fictional (invented people, places and numbers). Each mechanism has
hard negatives: cases where it must NOT fire."""
import pytest

from conftest import sentence_figures
from newsbrief.text.numbers import find_numbers

figs = sentence_figures


# -- the vague-quantity grammar ---------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Several hundred people were evacuated.", "Several hundred"),
    ("A few hundred protesters marched.", "A few hundred"),
    ("A few dozen people were hurt.", "A few dozen"),
    ("A couple of hundred fans waited.", "A couple of hundred"),
    ("A few hundred thousand people fled.", "A few hundred thousand"),
    ("A handful of people were arrested.", "A handful"),
])
def test_an_indefinite_quantifier_before_a_scale_word_is_a_vague_count(text, want):
    """Fictional: "several hundred" is no 100, "a few dozen" no 12: vague, no bounds."""
    nums = find_numbers(text)
    assert [(n.text, n.low, n.high, n.vague) for n in nums] == [(want, None, None, True)]


def test_a_handful_without_of_is_no_count():
    """Fictional misfire: "a handful" as a noun for a person counts nothing."""
    assert find_numbers("The new pony is a handful, the keeper said.") == []


@pytest.mark.parametrize("sentence, want", [
    ("Several hundred residents were evacuated from Orsk.", ("displaced", None, None)),
    ("A handful of protesters were arrested outside the depot.", ("arrested", None, None)),
    ("A few dozen people were hurt when the stand collapsed.", ("injured", None, None)),
])
def test_vague_counts_take_their_measure_from_the_noun_and_the_verb(sentence, want):
    """Fictional: a vague count of people gets the measure its verb gives."""
    assert figs(sentence) == [want]


@pytest.mark.parametrize("sentence", [
    "The minister was asked dozens of times about the plan.",
    "Hundreds of miles of coast were flooded.",
    "Reporters put scores of questions to the mayor.",
    "The report ran to dozens of pages.",
    "Dozens of lorries stood outside the depot.",
])
def test_vague_counts_of_things_are_no_counts_of_people(sentence):
    """Misfire, fictional: times, miles, questions, pages, lorries: never people."""
    assert all(m == "other" for m, _, _ in figs(sentence))


# -- negation: the count is of the people, not of the casualty ----------------------------
@pytest.mark.parametrize("sentence, kept", [
    ("None of the 40 passengers were hurt.", [("other", 40, 40)]),
    ("Neither of the two guards was injured.", [("other", 2, 2)]),
    ("Not one of the 300 guests was harmed.", [("other", 300, 300)]),
    ("The 40 passengers were not hurt.", [("other", 40, 40)]),
    ("There were no injuries among the 40 passengers.", [("other", 40, 40)]),
    ("Police said none of the 80 protesters had been arrested.", [("other", 80, 80)]),
    ("None of the 12 miners died, officials said.", [("other", 12, 12)]),
    ("Hundreds of villagers did not gather in the square.", []),
    ("No one was killed in the blast.", []),
])
def test_a_negated_casualty_is_not_a_count_of_it(sentence, kept):
    """Fictional: "none of", "neither of", "not one of", "not hurt", "no injuries": no
    casualty figure (the number still counts the people)."""
    assert figs(sentence) == kept


def test_negation_stays_with_its_own_clause():
    """Fictional hard negative: the injured of the other clause are still injured."""
    assert figs("None of the 40 passengers were hurt, but 3 crew were injured.") == [
        ("other", 40, 40), ("injured", 3, 3)]


# -- the speakers of a reporting verb are no figure ---------------------------------------
def test_counting_who_said_it_gives_no_figure():
    """Fictional: "two of the officials said" counts the speakers: no figure at all."""
    assert figs("Two of the officials said the toll was 40.") == [("killed", 40, 40)]


@pytest.mark.parametrize("sentence, want", [
    ("More than 40 guards died in the fire, two of the survivors said.", [("killed", 40, None)]),
    ("Three reports said that 40 people had died.", [("killed", 40, 40)]),
])
def test_counting_the_speakers_beside_the_clause_gives_no_figure(sentence, want):
    """Fictional: the subject of a verb that reports a clause counts who reported it."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Officials said more than 350 flights were called off at the airport.", [("other", 350, None)]),
    ("Four of the past 10 winners wrote in English.", [("other", 4, 4), ("other", 10, 10)]),
    ("Only 62 of the 128 members declared their support for him.", [("other", 62, 62), ("other", 128, 128)]),
    ("Investigators found 190 passports, three printers and a laptop, the Velden Courier reported.",
     [("other", 190, 190), ("other", 3, 3)]),
])
def test_a_reporting_verb_that_reports_no_clause_keeps_its_count(sentence, want):
    """Fictional hard negatives: a passive or phrasal verb ("were called off"), a verb of
    writing or declaring with an object and no reported clause: the number stays."""
    assert figs(sentence) == want


# -- days and ages ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "On March 7 and 8, 30 people were injured in the clashes.",
    "On 7 and 8 March, 30 people were injured in the clashes.",
    "From June 3 to 5, 30 people were injured in the clashes.",
])
def test_the_second_day_of_a_list_of_days_is_no_count(sentence):
    """Fictional: "March 7 and 8": both are days; only the 30 injured are a figure."""
    assert figs(sentence) == [("injured", 30, 30)]


@pytest.mark.parametrize("sentence, want", [
    ("The miner, 54, died in the collapse.", []),
    ("The soldier, who was 20, died at the checkpoint.", []),
    ("In 2009, 12 miners died in the collapse.", [("killed", 12, 12)]),
    ("Rebels killed 3 soldiers, 12 police officers and a driver.", [("killed", 3, 3), ("killed", 12, 12)]),
])
def test_ages_and_years_are_no_counts(sentence, want):
    """Fictional: an age after a person noun or "who was" and a year are no counts; a
    list of counts separated by commas stays (hard negative)."""
    assert figs(sentence) == want


# -- crowds present at a place ------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hundreds of people stood quietly outside the burnt warehouse.",
    "Dozens of people stood in front of the burnt chapel.",
    "A handful of protesters gathered outside the town hall.",
    "Several hundred residents gathered in the square on Sunday.",
    "Hundreds of mourners waited in the square for the procession.",
    "Hundreds of onlookers lined the quay as the ship came in.",
])
def test_a_crowd_present_at_a_place_is_of_participants(sentence):
    """Fictional: a presence verb with a place ("stood outside", "gathered in the square")."""
    assert figs(sentence) == [("participants", None, None)]


@pytest.mark.parametrize("sentence", [
    "Hundreds of people stood to lose their savings.",
    "Dozens of people waited for hours for news.",
    "Thousands of workers stood at risk of losing their jobs.",
    "Hundreds of commuters read about the ship in the morning papers.",
])
def test_presence_needs_a_place_and_no_other_reading(sentence):
    """Misfire, fictional: "stood to lose", "waited for hours", "at risk": no crowd there."""
    assert not [f for f in figs(sentence) if f[0] == "participants"]


def test_a_venue_that_held_people_at_a_time_holds_those_present():
    """Fictional: "the club held about 300 when the blaze began" counts those inside;
    "the stadium holds 50,000" and "can hold 9,000" are capacities (hard negatives)."""
    assert figs("The club held about 300 when the blaze began.") == [("participants", 300, 300)]
    assert figs("The stadium holds 50,000.") == [("other", 50000, 50000)]
    assert figs("The arena can hold 9,000 fans.") == [("other", 9000, 9000)]


def test_a_capacity_stated_as_a_maximum_is_one_value():
    """Fictional: "licensed to carry a maximum of 80" is a capacity of 80; "may detain a
    maximum of 20" stays an upper bound (no capacity verb: hard negative)."""
    assert figs("The ferry was licensed to carry a maximum of 80.") == [("other", 80, 80)]
    assert [(f[1], f[2]) for f in figs("Police may detain a maximum of 20 people.")] == [(None, 20)]


def test_coming_to_a_venue_for_an_occasion_is_attendance():
    """Fictional: a venue and the occasion held there; a city and a job are no occasion."""
    assert figs("About 900 people came to the church to pray at a vigil.") == [("participants", 900, 900)]
    assert figs("About 900 people came to the city to look for work.") == [("other", 900, 900)]


# -- company: "with <name> and dozens of his colleagues" ----------------------------------
@pytest.mark.parametrize("sentence", [
    "Velk was last seen celebrating passage of the Senate farm bill in the Linden Garden with Brandt and "
    "dozens of his Liberal colleagues.",
    "Ms Velk was seen marking the opening of the new harbour bridge with Mayor Brandt and dozens of her supporters.",
    "Marr was photographed toasting the signing of the trade pact in the palace courtyard with Osterberg and "
    "dozens of her aides.",
])
def test_people_with_a_named_person_are_in_company(sentence):
    """Fictional: "with <name> and dozens of <people>" are those taking part, however the
    parse hangs the "with"."""
    assert figs(sentence) == [("participants", None, None)]


@pytest.mark.parametrize("sentence, want", [
    ("The general was killed along with Brandt and 12 of his guards.", ("killed", 12, 12)),
    ("Rebels killed the general with Brandt and 12 of his guards.", ("killed", 12, 12)),
    ("A bus with 40 passengers overturned near Velden.", ("other", 40, 40)),
])
def test_company_is_not_a_casualty_nor_what_a_thing_has(sentence, want):
    """Misfire, fictional: killed along with a name stays killed; a bus with passengers
    is what the bus carried."""
    assert figs(sentence) == [want]


# -- victims mourned were killed -----------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Mourners buried the 12 victims on Sunday.", [("killed", 12, 12)]),
    ("Crowds gathered for vigils to the 12 victims of the blast.", [("killed", 12, 12)]),
    ("A memorial fund was set up for the 40 victims of the fraud.", [("other", 40, 40)]),
])
def test_victims_mourned_are_dead(sentence, want):
    """Fictional: victims buried or given a vigil were killed; a memorial fund for fraud
    victims is no mourning (hard negative)."""
    assert figs(sentence) == want


def test_victims_who_attend_a_memorial_are_alive():
    """Misfire, fictional: the victims are the subject: they attended, nobody mourned them."""
    assert not [f for f in figs("The 12 victims of the fraud attended a memorial.") if f[0] == "killed"]


# -- who did it, how often, what befell a status noun ---------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The guards were killed by 12 gunmen.", [("other", 12, 12)]),
    ("The mayor was mourned at his funeral on Friday by 1,000 people.", [("participants", 1000, 1000)]),
    ("Twelve people were killed by the blast.", [("killed", 12, 12)]),
    ("The wedding was attended by more than 600 guests.", [("participants", 600, None)]),
])
def test_the_agent_of_a_passive_verb_is_not_its_patient(sentence, want):
    """Fictional: "killed by 12 gunmen" counts the killers, not the dead; "attended by" or
    "mourned by" 600 people counts those who came; the passive subject keeps the casualty."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The veteran was wounded three times in the war.",
    "The writer was jailed four times in ten years.",
])
def test_a_frequency_is_no_casualty_count(sentence):
    """Fictional: "wounded three times" says how often, not how many were wounded."""
    assert all(m == "other" for m, _, _ in figs(sentence))


def test_a_body_of_something_is_no_dead_body():
    """Fictional: "a body of work" names no death; "the bodies of 12 miners" still does."""
    assert figs("Her body of work includes 10 novels.") == [("other", 10, 10)]
    assert figs("The bodies of 12 miners were found.") == [("killed", 12, 12)]


@pytest.mark.parametrize("sentence, want", [
    ("At least 14 prisoners were killed in the riot.", ("killed", 14, None)),
    ("Three detainees died in custody.", ("killed", 3, 3)),
    ("Two refugees drowned off the coast.", ("killed", 2, 2)),
    ("Police arrested 40 protesters.", ("arrested", 40, 40)),
    ("Police freed 40 prisoners.", ("arrested", 40, 40)),
    ("More than 2,000 refugees crossed the border.", ("displaced", 2000, None)),
])
def test_a_status_noun_yields_to_what_befell_them(sentence, want):
    """Fictional: prisoners or refugees who were killed or drowned are a death toll; with
    no casualty verb the status noun keeps its measure (hard negatives)."""
    assert figs(sentence) == [want]


def test_drowning_out_and_a_total_are_no_casualties():
    """Misfire, fictional: "drowned out the speech" kills nobody; "a total of 40" is one
    count of 40, not one person."""
    assert not [f for f in figs("Hundreds of protesters drowned out the speech.") if f[0] == "killed"]
    assert figs("A total of 40 people were killed by the two bombs.") == [("killed", 40, 40), ("other", 2, 2)]


def test_a_with_phrase_before_the_subject_is_no_company():
    """Fictional: "With 160 million people, Velmark ..." is a population, not people taking
    part; "rode into the valley with a guide and 30 hikers" stays company (hard negative)."""
    assert figs("With 160 million people, Velmark represents the world's ninth-largest economy.") == [
        ("other", 160000000, 160000000)]
    assert figs("Ana Velk rode into the valley with a guide and 30 hikers.") == [("participants", 30, 30)]


@pytest.mark.parametrize("sentence, want", [
    ("He attended a summit of the Group of Seven leading industrial nations.", []),
    ("Velk at 70 is still a force in the party.", []),
    ("The toll at 70 was the highest in years.", [("killed", 70, 70)]),
    ("Police put the toll at 70, officials said.", [("killed", 70, 70)]),
])
def test_a_names_number_and_an_age_after_at_are_no_counts(sentence, want):
    """Fictional: "the Group of Seven" is a name, "Velk at 70 is" an age; a toll "at 70"
    is a count (hard negatives)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Velk, then 28, denied that he would ever hurt the boys.", []),
    ("Those arrested are Ana Velk, 49, and Tom Brandt, 23.", []),
    ("The toll stood at 23.", [("killed", 23, 23)]),
])
def test_an_age_after_a_name_with_then_or_at_the_end(sentence, want):
    """Fictional: "Velk, then 28," and "Tom Brandt, 23." are ages; a toll at 23 is a count."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("There were six people inside the home when officers executed the search warrant.", [("other", 6, 6)]),
    ("The rebels executed 12 prisoners.", [("killed", 12, 12)]),
    ("He failed to attend 4 group sessions.", [("other", 4, 4)]),
    ("About 4,000 people attended the rally.", [("participants", 4000, 4000)]),
    ("Staff mixed up 22 invalid ballots with 183 valid ones.", [("other", 22, 22), ("other", 183, 183)]),
])
def test_a_verbs_object_decides_what_the_verb_means(sentence, want):
    """Fictional: executing a warrant kills nobody (executing prisoners does); the sessions
    someone attended are no attendance (the people who attended are); "with 183 valid
    ones" is no company."""
    assert figs(sentence) == want
