"""Counts of people (vague or exact) whose measure the clause's structure decides: the
noun alone does not make volunteers a crowd, company kept "with" people whose "his"/"her"
points to the subject even where the parser hung the phrase on a noun, gathering verbs as
company, and vehicles whose people are a load. Every sentence is fictional (invented
people, places and numbers); each mechanism has at least as many must-not-fire cases as
must-fire ones."""
import pytest

from conftest import sentence_figures

figs = sentence_figures


# -- volunteers: workers at a task unless the clause makes them a crowd -------------------
@pytest.mark.parametrize("sentence, want", [
    ("About 200 volunteers gathered at the pier in Orsk.", [("participants", 200, 200)]),
    ("Some 150 volunteers took part in the search.", [("participants", 150, 150)]),
    ("Dozens of volunteers turned out for the clean-up.", [("participants", None, None)]),
])
def test_volunteers_are_participants_only_by_the_structure_of_their_clause(sentence, want):
    """Fictional: volunteers who gathered, took part or turned out are a crowd."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("300 volunteers assembled the tents before dawn.", [("other", 300, 300)]),
    ("Hundreds of volunteers filled sandbags along the Orre.", []),
    ("The governor thanked hundreds of volunteers.", []),
    ("Forty volunteers helped rebuild the school in Pell.", [("other", 40, 40)]),
    ("One young volunteer waited at the gate.", []),
])
def test_volunteers_doing_a_task_are_no_participants(sentence, want):
    """Misfire, fictional: volunteers putting up tents, filling sandbags, thanked or
    helping rebuild are workers at a task, not a crowd at an event (the noun used to map
    to participants on its own)."""
    assert figs(sentence) == want


# -- company "with" people whose possessor is the subject --------------------------------
def test_company_with_his_people_hung_on_a_noun_of_the_object():
    """Fictional: the parser hangs "with scores of his advisers" on "talks"; "his" can be no
    talks' possessor, so the advisers came back with Mendes: participants."""
    assert figs("Mendes returned from a week of talks on the fishing quota in Brest with scores of his "
                "advisers.") == [("participants", None, None)]


@pytest.mark.parametrize("sentence", [
    # "its": the thing the phrase hangs on may own them
    "Mendes returned from a week of talks on the fishing quota in Brest with scores of its members.",
    # no possessor: nothing points back to the subject
    "Mendes returned from a week of talks on the fishing quota in Brest with scores of advisers.",
    # not a verb of going or meeting
    "Mendes signed a week of talks on the fishing quota in Brest with scores of his advisers.",
    # the subject is no person
    "It returned from a week of talks on the fishing quota in Brest with scores of his advisers.",
    "The union returned from a week of talks on the fishing quota in Brest with scores of his advisers.",
])
def test_with_people_on_a_noun_is_no_company_without_a_personal_possessor(sentence):
    """Misfire, fictional: "its members", bare "advisers", a verb of no company, a subject
    that is no person: the phrase may say what the talks had, so no participants."""
    assert ("participants", None, None) not in figs(sentence)


def test_a_gathering_verb_keeps_company():
    """Fictional: "marched ... with hundreds of her supporters": they marched too."""
    assert figs("Councillor Aboye marched to the gates of the closed steelworks in Tyne with hundreds of her "
                "supporters.") == [("participants", None, None)]


@pytest.mark.parametrize("sentence", [
    "Police clashed with hundreds of protesters' relatives outside the depot.",
    "The convoy was attacked with dozens of rockets.",
])
def test_a_verb_of_conflict_keeps_no_company(sentence):
    """Misfire, fictional: clashing with people or being attacked with things is no company."""
    assert ("participants", None, None) not in figs(sentence)


@pytest.mark.parametrize("sentence, want", [
    ("The ferry returned to port with dozens of passengers.", []),
    ("The ship returned with 40 crew.", [("other", 40, 40)]),
    ("It returned with 40 crew.", [("other", 40, 40)]),
])
def test_people_with_a_vehicle_are_its_load(sentence, want):
    """Misfire, fictional: a ferry's passengers and a ship's crew are its load, no company."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The team flew to the final with dozens of supporters.",
    "The coach flew to the final with dozens of supporters.",
])
def test_a_group_or_a_trainer_keeps_company(sentence):
    """Fictional: a team or its coach (not taken for a bus) flying with supporters."""
    assert figs(sentence) == [("participants", None, None)]


# -- who drowns: a person, a nationality, a "-men" plural; never animals --------------------
@pytest.mark.parametrize("sentence, want", [
    ("Six fishermen drowned near Orsk.", [("killed", 6, 6)]),
    ("Three Afghans drowned when their boat capsized.", [("killed", 3, 3)]),
    ("Dozens of villagers drowned when the dam broke.", [("killed", None, None)]),
])
def test_people_who_drown_are_killed(sentence, want):
    """Fictional: fishermen, a nationality, villagers under "dozens of": killed."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Thousands of heifers drowned in the flood.",
    "Forty lobsters drowned in the tank.",
    "Thousands of sheep drowned on the marsh.",
    "The cheers drowned out the band.",
])
def test_animals_and_noise_that_drown_kill_nobody(sentence):
    """Misfire, fictional: "thousands of heifers" (the number was taken for the subject, and
    "-ers" for people), lobsters, sheep, cheers drowning out a band: no toll."""
    assert all(m != "killed" for m, _, _ in figs(sentence))


# -- a number set off by commas: a group's size, or one person's age ------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The family, 6, were evacuated from Velm.", [("displaced", 6, 6)]),
    ("Of the team, 9, were hurt.", [("injured", 9, 9)]),
])
def test_a_group_noun_before_a_count_gives_its_size(sentence, want):
    """Fictional: "the family, 6," is how many they were."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The victim, 34, died in hospital.",
    "Police said the person, 40, was arrested.",
    "The hostage, 29, was freed on Monday.",
])
def test_a_noun_for_one_person_before_a_number_gives_an_age(sentence):
    """Misfire guard, fictional: "victim" and "person" name whole counts elsewhere (the
    generic_counts / whole_counts lexicons), yet after one of them the number is an age,
    no toll: the count heads stay a list of their own."""
    assert figs(sentence) == []


# -- vague amounts of money and vague counts of a scale ------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Hundreds of billions of dollars have fled the bond markets of Velm.", [("money", None, None)]),
    ("The repairs to the pier cost thousands of euros.", [("money", None, None)]),
])
def test_a_vague_amount_of_a_currency_is_money(sentence, want):
    """Fictional: "hundreds of billions of dollars" is money (it had been read as "Hundreds"
    of people who "fled"), "thousands of euros" too."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Engineers hauled thousands of pounds of equipment up to the dam.", [("other", None, None)]),
    ("The chain opened dozens of dollar stores in Orsk.", [("other", None, None)]),
    ("Hundreds of thousands of people fled the city of Tarn.", [("displaced", None, None)]),
])
def test_a_weight_a_shop_or_people_are_no_money(sentence, want):
    """Misfire, fictional: pounds of equipment are a weight, dollar stores are shops, and
    hundreds of thousands of people who fled are displaced, whatever follows "of"."""
    assert figs(sentence) == want


def test_a_vague_count_of_a_scale_keeps_its_magnitude():
    """Fictional: "hundreds of millions" is one vague span, bounded in the hundreds of
    millions, not read as "hundreds"."""
    from types import SimpleNamespace

    from newsbrief.stages.figure_groups import bounds
    from newsbrief.text.numbers import find_numbers

    (n,) = find_numbers("The fund lost hundreds of millions of dollars.")
    assert (n.text, n.unit, n.vague) == ("hundreds of millions", "money", True)
    assert bounds(SimpleNamespace(vague=True, text=n.text)) == (200_000_000, 999_999_999)
    assert bounds(SimpleNamespace(vague=True, text="hundreds")) == (200, 999)


# -- "take a toll": strain, no death toll ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The flood took a toll of 40 lives.", [("killed", 40, 40)]),
    ("The attack took the toll to 40.", [("killed", 40, 40)]),
])
def test_a_toll_taken_of_lives_or_brought_to_a_number_is_killed(sentence, want):
    """Fictional: "a toll of 40 lives", "took the toll to 40": a death toll."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The long wait has taken its toll, with dozens of exhausted relatives of the 80 trapped miners camped at "
     "the gate.", [("other", 80, 80)]),
    ("The long wait has taken a heavy toll on the families of the 80 trapped miners.", [("other", 80, 80)]),
    ("Years of drought have taken their toll on hundreds of farmers.", []),
])
def test_a_toll_taken_on_people_counts_no_dead(sentence, want):
    """Misfire, fictional: "has taken its toll" is strain; the relatives and the trapped
    miners near it were no dead (the nearest casualty word had been "toll")."""
    assert figs(sentence) == want


# -- people put up in shelters are displaced ------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Hundreds of people remained in shelters in Orsk on Wednesday night.", [("displaced", None, None)]),
    ("About 300 residents were taken to shelters.", [("displaced", 300, 300)]),
    ("Some 2,000 villagers spent the night in evacuation centres.", [("displaced", 2000, 2000)]),
])
def test_people_in_shelters_are_displaced(sentence, want):
    """Fictional: people staying in or taken to shelters or evacuation centres."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Forty dogs remained in shelters.", [("other", 40, 40)]),
    ("The 12 volunteers who run the shelter were praised.", [("other", 12, 12)]),
    ("Twelve families stayed in the shelter of the old wall.", [("other", 12, 12)]),
    ("About 300 residents were not taken to shelters.", [("other", 300, 300)]),
    ("Dozens of hikers sought shelter under the bridge.", []),
])
def test_animals_staff_cover_and_negation_are_no_shelter_count(sentence, want):
    """Misfire, fictional: dogs, the people who run a shelter, "the shelter of" a wall
    (cover), a negated move, and seeking shelter: nobody displaced."""
    assert figs(sentence) == want


# -- a vague count of people takes the measure of its verb, or none --------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Scores of shopkeepers were evacuated from the old quarter of Velm.", "displaced"),
    ("Dozens of dockers were detained after the clashes.", "arrested"),
    ("Hundreds of pilgrims were hurt in the crush.", "injured"),
    ("Dozens of climbers died on the ridge.", "killed"),
    ("Thousands of farmers rallied in the square of Orsk.", "participants"),
])
def test_a_vague_count_of_people_takes_the_measure_of_its_verb(sentence, want):
    """Fictional: "scores of", "dozens of", "hundreds of", "thousands of" people get the
    measure their verb gives, as a vague figure (no bounds)."""
    assert figs(sentence) == [(want, None, None)]


@pytest.mark.parametrize("sentence", [
    "The mill employs hundreds of weavers.",
    "Hundreds of onlookers watched the barge sink.",
    "Thousands of police were deployed across Tarn.",
    "Hundreds of people have been kidnapped in the region.",
    "The fund helped thousands of families.",
    "Dozens of reporters covered the trial.",
])
def test_a_vague_count_of_people_whose_verb_names_no_measure_is_no_figure(sentence):
    """Misfire, fictional: employed, watching, deployed, kidnapped (no measure of its own),
    helped, covering a trial: the verb gives no measure, so no figure at all."""
    assert figs(sentence) == []


# -- "N were at/in <place>": present at a place, or only where they were --------------------
@pytest.mark.parametrize("sentence, want", [
    ("About 300 people were at the concert in Orsk.", [("participants", 300, 300)]),
    ("Some 200 guests were at the Grand Hotel when the fire broke out.", [("participants", 200, 200)]),
    ("Hundreds of fans were there.", [("participants", None, None)]),
])
def test_people_at_an_occasion_or_a_place_are_present(sentence, want):
    """Fictional: people at a concert, at a hotel, or "there" were present."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The three Olsen children were on the bridge at the time of the shooting.", [("other", 3, 3)]),
    ("The firm's two founders had at times been at odds.", [("other", 2, 2)]),
    ("There are two people out there who think I won the race.", [("other", 2, 2)]),
    ("The wind chill was 36 below zero there on Monday.", [("other", 36, 36), ("other", None, 0.0)]),
    ("Ines and her two daughters were in Tarn at the time of his death.", [("other", 2, 2)]),
    ("Four pupils were in the library when the shooting began, but no one was hurt.", [("other", 4, 4)]),
])
def test_at_the_time_at_odds_out_there_are_no_presence_and_no_casualty(sentence, want):
    """Misfire, fictional: "at the time", "at odds", "out there", a temperature "there":
    nobody present at anything; and being somewhere when a death or a shooting is named
    nearby is where they were, no casualty of theirs (the nearest casualty word had decided)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("About 20 were in intensive care after the blast.", [("injured", 20, 20)]),
    ("Three are in custody in Orsk after the raid.", [("arrested", 3, 3)]),
])
def test_a_state_that_names_a_casualty_keeps_it(sentence, want):
    """Fictional: "in intensive care", "in custody" still name what befell them."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("At 20, he was in prison for robbing a bank.", []),
    ("But, at 49, she would be the youngest judge on the bench.", []),
    ("At 27, Ines is in the prime of her career.", []),
    ("At 20, the toll was the highest in a decade.", [("killed", 20, 20)]),
    ("At 12, police stopped counting the dead.", [("other", 12, 12)]),
])
def test_at_a_number_before_a_person_is_an_age(sentence, want):
    """Fictional: "At 20, he was ..." gives the person's age (it had been a count of 20
    present); before "the toll" or a common noun it stays a number."""
    assert figs(sentence) == want


# -- shots, conditions and charges -----------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Two guards were shot in the raid on the depot.", [("injured", 2, 2)]),
    ("Police shot two men outside the bank.", [("injured", 2, 2)]),
    ("Two climbers are in critical condition.", [("injured", 2, 2)]),
])
def test_people_shot_or_in_a_patients_condition_are_injured(sentence, want):
    """Fictional: people hit by gunfire, or in critical condition, are injured."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("We heard two more shots, the officer said.", [("other", 2, 2)]),
    ("The gunman fired 10 shots at the car.", [("other", 10, 10)]),
    ("By noon his temperature had shot to 104.", [("other", 104, 104)]),
    ("The gunman shot 40 rounds into the air.", [("other", 40, 40)]),
    ("Nearly all of the 1,300 stamps are in mint condition.", [("other", 1300, 1300)]),
    ("Roe faced six charges after a gunman shot up his van and fled.", [("other", 6, 6)]),
    ("The judge threw out three of the eight murder charges against the nurse.", [("other", 3, 3), ("other", 8, 8)]),
])
def test_shots_fired_a_rise_a_things_condition_and_charges_are_no_casualties(sentence, want):
    """Misfire, fictional: the noun "shots", "shot to 104" (rose), rounds shot, stamps in
    mint condition, and charges (even murder charges) count no casualty."""
    assert figs(sentence) == want
