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
    ("Not one of the 300 guests was injured.", [("other", 300, 300)]),
    ("Not a single one of the 12 guards was hurt.", [("other", 12, 12)]),
    ("The 40 passengers were not hurt.", [("other", 40, 40)]),
    ("There were no injuries among the 40 passengers.", [("other", 40, 40)]),
    ("Police said none of the 80 protesters had been arrested.", [("other", 80, 80)]),
    ("None of the 12 miners died, officials said.", [("other", 12, 12)]),
    ("Hundreds of villagers did not gather in the square.", []),
    ("Of the 200 workers at the plant, none were hurt.", [("other", 200, 200)]),
    ("Of the 40 guests, not one was injured.", [("other", 40, 40)]),
])
def test_a_negated_casualty_is_not_a_count_of_it(sentence, kept):
    """Fictional: "none of", "neither of", "not one of", "not hurt", "no injuries": no
    casualty figure (the number still counts the people). "Not one of the 300 guests was
    injured" gives no injured count of one either."""
    assert figs(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("None of the 40 passengers were hurt, but 3 crew were injured.", [("other", 40, 40), ("injured", 3, 3)]),
    ("Six people were killed in the blast at Orvik, and no injuries were reported at the nearby depot.",
     [("killed", 6, 6)]),
    ("Police said no arrests had been made, although 17 dockers were detained outside the yard on Friday.",
     [("arrested", 17, 17)]),
    ("There were no casualties, though 45 people were evacuated from the flats.", [("displaced", 45, 45)]),
])
def test_negation_stays_with_its_own_clause_and_measure(sentence, kept):
    """Fictional hard negatives: a "no injuries" or "no arrests" in another clause, or of
    another measure, leaves the counts of the other clause as they are."""
    assert figs(sentence) == kept


# -- the speakers of a reporting verb are no figure ---------------------------------------
def test_counting_who_said_it_gives_no_figure():
    """Fictional: "three of the wardens said" counts the speakers: the "three" gives no
    figure; the toll they report is kept."""
    assert figs("Three of the wardens said the toll was 40.") == [("killed", 40, 40)]


@pytest.mark.parametrize("sentence, want", [
    ("The storm flattened 30 huts, three of the wardens told us.", [("other", 30, 30)]),
    ("Three reports said that 40 people had died.", [("killed", 40, 40)]),
])
def test_counting_the_speakers_beside_the_clause_gives_no_figure(sentence, want):
    """Fictional: the subject of a verb that reports a clause counts who reported it."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("A spokesman said 64 trains were halted at the junction.", [("other", 64, 64)]),
    ("Thirty deputies announced a boycott of the vote.", [("other", 30, 30)]),
    ("Inspectors seized nine crates, two vans and a boat, the Orvik Post wrote.", [("other", 9, 9), ("other", 2, 2)]),
])
def test_a_reporting_verb_that_reports_no_clause_keeps_its_count(sentence, want):
    """Fictional hard negatives: a passive verb under "said", a verb of announcing with an
    object and no reported clause, a list before "the paper wrote": the number stays."""
    assert figs(sentence) == want


# -- days and ages ------------------------------------------------------------------------
def test_a_count_after_a_day_and_more_is_kept_by_the_number_grammar():
    """Fictional hard negative: "May 4 and 11 more" has one day; the 11 is a number, while
    "May 4 and 5 in the capital" lists two days."""
    assert [n.text for n in find_numbers("Twenty people died on May 4 and 11 more the next day.")] == ["Twenty", "11"]
    assert [n.text for n in find_numbers("Talks were held on May 4 and 5 in the capital.")] == []


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
    ("The reporter, 30, and the driver, 41, were killed.", []),
    ("The soldier, who was 20, died at the checkpoint.", []),
    ("In 2009, 12 miners died in the collapse.", [("killed", 12, 12)]),
    ("Rebels killed 3 soldiers, 12 police officers and a driver.", [("killed", 3, 3), ("killed", 12, 12)]),
])
def test_ages_and_years_are_no_counts(sentence, want):
    """Fictional: an age after a person noun or "who was" and a year are no counts; a
    list of counts separated by commas stays (hard negative)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The number of dead rose to 16 on Sunday, then 23.", [("killed", 16, 16), ("killed", 23, 23)]),
    ("Days later, 13, including a porter, had died.", [("killed", 13, 13)]),
    ("The toll in Brask at 40 was the highest of the week.", [("killed", 40, 40)]),
    ("Eight protesters were arrested on March 3, 12 more on March 4.", [("arrested", 8, 8), ("arrested", 12, 12)]),
])
def test_the_age_and_day_guards_keep_real_counts(sentence, want):
    """Fictional hard negatives: "Sunday, then 23." (a weekday is no name), "Days later,
    13," (no person noun), "in Brask at 40 was" (a place after a preposition), "March 3,
    12 more" (no day follows): each is a count."""
    assert figs(sentence) == want


# -- crowds that came together --------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dozens of mourners assembled at the chapel gate.",
    "A handful of protesters gathered outside the town hall.",
    "Several hundred residents gathered in the square on Sunday.",
    "Hundreds of pilgrims congregated near the shrine.",
])
def test_a_crowd_that_gathered_is_of_participants(sentence):
    """Fictional: a verb of gathering with people as its subject."""
    assert figs(sentence) == [("participants", None, None)]


@pytest.mark.parametrize("sentence", [
    "Hundreds of people stood to lose their savings.",
    "Dozens of people waited for hours for news.",
    "Thousands of workers stood at risk of losing their jobs.",
    "Twelve hostages waited in the building as talks went on.",
    "Twelve hostages assembled in the yard.",
    "Twenty passengers stood in the aisle of the train near Kessar.",
    "Two hundred residents waited in Marlow for the buses that never came.",
    "Forty workers stood to the side in the square.",
    "Hundreds of taxi drivers lined up outside the station.",
    "Hundreds of onlookers lined the quay as the ship came in.",
    "Fifty lorries gathered in the square.",
    "Dozens of police officers gathered evidence.",
])
def test_standing_waiting_or_a_status_is_no_crowd(sentence):
    """Misfire, fictional: standing, waiting or lining up is no gathering; hostages or
    passengers are counted by their status; lorries are no people; gathering evidence is
    no crowd."""
    assert not [f for f in figs(sentence) if f[0] == "participants"]


@pytest.mark.parametrize("sentence, want", [
    ("The old Brask theatre held 1,200 people in its heyday.", [("other", 1200, 1200)]),
    ("After the flood, the school building housed 80 families for a month.", [("other", 80, 80)]),
    ("The hall held 400 in 1990.", [("other", 400, 400)]),
    ("The stadium holds 50,000.", [("other", 50000, 50000)]),
    ("The arena can hold 9,000 fans.", [("other", 9000, 9000)]),
    ("About 900 people came to the city to look for work.", [("other", 900, 900)]),
])
def test_what_a_building_held_or_housed_is_no_attendance(sentence, want):
    """Misfire, fictional: a past or present capacity, or families housed, counts nobody
    attending; coming to a city for work is no occasion."""
    assert figs(sentence) == want


def test_a_maximum_is_an_upper_bound():
    """Fictional: "a maximum of 80" bounds the count from above, with or without a verb
    of capacity."""
    assert [(f[1], f[2]) for f in figs("Police may detain a maximum of 20 people.")] == [(None, 20)]
    assert [(f[1], f[2]) for f in figs("The hall can seat a maximum of 80 guests.")] == [(None, 80)]


# -- company ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The general was killed along with Brandt and 12 of his guards.", [("killed", 12, 12)]),
    ("Rebels killed the general with Brandt and 12 of his guards.", [("killed", 12, 12)]),
    ("A bus with 40 passengers overturned near Velden.", [("other", 40, 40)]),
    ("The general was buried with Colonel Ark Vell and 20 of his soldiers.", [("other", 20, 20)]),
    ("The bomb exploded in the square with Mayor Dorr and dozens of residents nearby.", []),
])
def test_company_is_not_a_casualty_nor_what_a_thing_has(sentence, want):
    """Misfire, fictional: killed along with a name stays killed; a bus with passengers
    is what the bus carried; buried with soldiers, or a bomb going off with residents
    nearby, is nobody taking part."""
    assert figs(sentence) == want


# -- victims --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Residents prayed at a vigil for the 15 victims of the stabbing, all of whom survived.",
    "Relatives mourned the 40 victims of the cyber fraud.",
    "The museum commemorated the 12 victims of the 1880 famine.",
    "A memorial fund was set up for the 40 victims of the fraud.",
    "The 12 victims of the fraud attended a memorial.",
])
def test_victims_of_a_mourning_word_are_no_death_toll(sentence):
    """Misfire, fictional: a vigil or a mourning verb does not say what befell the victims
    (they may have survived, been defrauded, or died long ago): no killed count."""
    assert not [f for f in figs(sentence) if f[0] == "killed"]


# -- who did it, how often, what befell a status noun ---------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The guards were killed by 12 gunmen.", [("other", 12, 12)]),
    ("Twelve people were killed by the blast.", [("killed", 12, 12)]),
    ("The wedding was attended by more than 600 guests.", [("participants", 600, None)]),
])
def test_the_agent_of_a_passive_verb_is_not_its_patient(sentence, want):
    """Fictional: "killed by 12 gunmen" counts the killers, not the dead; "attended by"
    600 guests counts those who came; the passive subject keeps the casualty."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The courier was hurt five times in a year.",
    "The writer was jailed four times in ten years.",
])
def test_a_frequency_is_no_casualty_count(sentence):
    """Fictional: "hurt five times" says how often, not how many were hurt."""
    assert all(m == "other" for m, _, _ in figs(sentence))


def test_a_body_of_something_is_no_dead_body():
    """Fictional: "a body of water" names no death; "the bodies of 12 miners" still does."""
    assert figs("A body of water covers 90 acres of the estate.") == [("other", 90, 90)]
    assert figs("The bodies of 12 miners were found.") == [("killed", 12, 12)]


@pytest.mark.parametrize("sentence, want", [
    ("Nine inmates were killed when the wing caught fire.", ("killed", 9, 9)),
    ("Three detainees died in custody.", ("killed", 3, 3)),
    ("Two refugees drowned off the coast.", ("killed", 2, 2)),
    ("Police arrested 40 protesters.", ("arrested", 40, 40)),
    ("Police freed 40 prisoners.", ("arrested", 40, 40)),
    ("More than 2,000 refugees crossed the border.", ("displaced", 2000, None)),
    ("About 40 prisoners are taking part, according to their lawyer.", ("participants", 40, 40)),
    ("Some 300 inmates joined the hunger strike on Monday.", ("participants", 300, 300)),
    ("Police said 40 prisoners were held after the riot.", ("arrested", 40, 40)),
    ("More than 9,000 refugees had gathered outside the town.", ("displaced", 9000, None)),
])
def test_a_status_noun_yields_to_what_befell_them(sentence, want):
    """Fictional: prisoners or refugees who were killed or drowned are a death toll, and
    prisoners taking part in a protest its participants; with no casualty or taking-part
    verb the status noun keeps its measure (hard negatives)."""
    assert figs(sentence) == [want]


@pytest.mark.parametrize("sentence, want", [
    ("Twelve people drowned when the boat overturned.", [("killed", 12, 12)]),
    ("Eight villagers were drowned in the flood.", [("killed", 8, 8)]),
    ("Chants drowned the speeches of 12 ministers.", [("other", 12, 12)]),
    ("Floodwater drowned the crops of 300 farmers near Harrow.", [("other", 300, 300)]),
    ("Crews drowned the fire with water and 20 tonnes of foam.", [("other", 20, 20)]),
    ("The rising river drowned 40 sheep.", [("other", 40, 40)]),
    ("Forty sheep drowned in the flood.", [("other", 40, 40)]),
])
def test_only_people_who_drowned_are_killed(sentence, want):
    """Fictional: people as the subject of an intransitive or passive "drown" died; a
    "drown" with an object (speeches, crops, a fire, sheep) or animals drowning is no
    death toll of people (hard negatives)."""
    assert figs(sentence) == want


def test_drowning_out_and_a_total_are_no_casualties():
    """Misfire, fictional: "drowned out the speech" kills nobody; "a total of 40" is one
    count of 40, not one person."""
    assert not [f for f in figs("Hundreds of protesters drowned out the speech.") if f[0] == "killed"]
    assert figs("A total of 40 people were killed by the two bombs.") == [("killed", 40, 40), ("other", 2, 2)]


def test_a_with_phrase_before_the_subject_is_no_company():
    """Fictional: "With 3 million residents, Arnland ..." is a population, not people taking
    part; "rode into the valley with a guide and 30 hikers" stays company (hard negative)."""
    assert figs("With 3 million residents, Arnland ranks as the smallest state in the union.") == [
        ("other", 3000000, 3000000)]
    assert figs("Ana Velk rode into the valley with a guide and 30 hikers.") == [("participants", 30, 30)]


@pytest.mark.parametrize("sentence, want", [
    ("She chaired a meeting of the Circle of Five coastal towns.", []),
    ("Orla at 83 remains the party's leader.", []),
    ("The toll at 70 was the highest in years.", [("killed", 70, 70)]),
    ("Police put the toll at 70, officials said.", [("killed", 70, 70)]),
])
def test_a_names_number_and_an_age_after_at_are_no_counts(sentence, want):
    """Fictional: "the Circle of Five" is a name, "Orla at 83 remains" an age; a toll "at
    70" is a count (hard negatives)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Arden, then 34, said he had never seen the letter.", []),
    ("Those held are Ida Roe, 61, and Pim Arden, 19.", []),
    ("The toll stood at 23.", [("killed", 23, 23)]),
])
def test_an_age_after_a_name_with_then_or_at_the_end(sentence, want):
    """Fictional: "Arden, then 34," and "Pim Arden, 19." are ages; a toll at 23 is a count."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The pilots executed a sharp turn with 70 passengers on board.", [("other", 70, 70)]),
    ("The rebels executed 12 prisoners.", [("killed", 12, 12)]),
    ("She attended nine hearings last year.", [("other", 9, 9)]),
    ("About 4,000 people attended the rally.", [("participants", 4000, 4000)]),
    ("Staff swapped 7 worn tyres with 9 new ones.", [("other", 7, 7), ("other", 9, 9)]),
])
def test_a_verbs_object_decides_what_the_verb_means(sentence, want):
    """Fictional: executing a turn kills nobody (executing prisoners does); the hearings
    someone attended are no attendance (the people who attended are); "with 9 new ones"
    is no company."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("She said four strikers had been moved to the prison hospital since Friday.", [("injured", 4, 4)]),
    ("Six passengers were transferred to the city hospital.", [("injured", 6, 6)]),
    ("Two workers were moved to another site.", [("other", 2, 2)]),
    ("Nine miners were moved to the surface.", [("other", 9, 9)]),
])
def test_people_moved_to_a_hospital_are_hurt(sentence, want):
    """Fictional: "moved" or "transferred to hospital" says what "taken to hospital" says;
    moved anywhere else, they are only counted (hard negatives)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("About 300 families left their homes on Monday.", [("displaced", 300, 300)]),
    ("Some 2,000 people fled their homes as the river rose.", [("displaced", 2000, 2000)]),
    ("About 50 workers left the plant at noon.", [("other", 50, 50)]),
    ("None of the 300 villagers has left their homes.", [("other", 300, 300)]),
    ("Nine students left their homes in Orsk to study abroad.", [("other", 9, 9)]),
])
def test_people_who_fled_or_left_their_homes_are_displaced(sentence, want):
    """Fictional: fleeing or leaving one's own home is displacement; leaving a workplace,
    not leaving, or leaving to study is not (hard negatives)."""
    assert figs(sentence) == want
