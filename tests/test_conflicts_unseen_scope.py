"""Conflicts that are no disagreement, found on unseen newswire (issue 12): a count of a
union of deeds ("detained or questioned") against one deed, one defendant's convictions
or confession against a toll, a total over several places against one of them, and a
count dated to an earlier period against a running total. Every example is fictional
(invented names, places and numbers); each rule has must-fire controls beside it."""
from conftest import facts_brief


def figure_conflicts(brief):
    return [c for c in brief.conflicts if c.kind == "figure"]


# -- a count of several deeds or outcomes at once ------------------------------------------

def test_a_count_of_detained_or_questioned_is_no_rival_of_a_count_of_arrests():
    union = facts_brief({"a": ["Authorities have detained or questioned more than 40 people linked to the dockers "
                               "union."],
                         "b": ["Authorities arrested 12 members of the dockers union."]})
    assert figure_conflicts(union) == []
    hurt = facts_brief({"a": ["The blast at the depot killed or injured 60 workers."],
                        "b": ["The blast at the depot killed nine workers."]})
    assert figure_conflicts(hurt) == []
    missing = facts_brief({"a": ["After the landslide, 45 villagers were dead or missing."],
                           "b": ["The landslide left 19 villagers missing."]})
    assert figure_conflicts(missing) == []
    assert figure_conflicts(hurt) == []


def test_two_counts_of_one_deed_still_clash():
    one = facts_brief({"a": ["Police in Marrow detained more than 40 dockers in the crackdown."],
                       "b": ["Police in Marrow detained 12 dockers in the crackdown."]})
    assert len(figure_conflicts(one)) == 1
    both = facts_brief({"a": ["The blast at the Tessel depot killed 60 workers."],
                        "b": ["The blast at the Tessel depot killed nine workers."]})
    assert len(figure_conflicts(both)) == 1


# -- one defendant's convictions, charges or confession ------------------------------------

def test_one_defendants_convictions_are_no_rival_counts():
    two = facts_brief({"a": ["Orvin Tasker, a former guard, was convicted of four murders at the Brell camp."],
                       "b": ["Lida Moravec, the camp's deputy, was found guilty of two murders at the Brell camp."]})
    assert figure_conflicts(two) == []
    confessed = facts_brief({"a": ["The court said at least 15 prisoners were killed at the Brell camp."],
                             "b": ["A former guard confessed to killing nine prisoners at the Brell camp."]})
    assert figure_conflicts(confessed) == []
    charged = facts_brief({"a": ["The raid on Sollen killed 31 villagers, the council said."],
                           "b": ["Prosecutors charged the commander with killing 18 villagers in the raid on Sollen."]})
    assert figure_conflicts(charged) == []


def test_two_tolls_of_the_camp_still_clash():
    tolls = facts_brief({"a": ["The court said at least 15 prisoners were killed at the Brell camp."],
                         "b": ["Survivors said nine prisoners were killed at the Brell camp."]})
    assert len(figure_conflicts(tolls)) == 1


# -- a total over several places -----------------------------------------------------------

def test_a_toll_over_two_places_is_no_rival_of_one_places_toll():
    two = facts_brief({"a": ["The storms in Ostria and Velmar killed 80 people."],
                       "b": ["In Ostria, the storm killed 52 people."]}, with_entities=True)
    assert figure_conflicts(two) == []
    relative = facts_brief({"a": ["Officials blamed the group for the bombings of the banks in Lisk and Armand that "
                                  "killed 80 people."],
                            "b": ["The bomb at the bank in Lisk killed 52 people."]}, with_entities=True)
    assert figure_conflicts(relative) == []


def test_two_tolls_of_one_place_or_of_both_places_still_clash():
    one = facts_brief({"a": ["The storm killed 80 people in Ostria."],
                       "b": ["In Ostria, the storm killed 52 people."]}, with_entities=True)
    assert len(figure_conflicts(one)) == 1
    both = facts_brief({"a": ["The storms in Ostria and Velmar killed 80 people."],
                        "b": ["The storms in Ostria and Velmar killed 52 people."]}, with_entities=True)
    assert len(figure_conflicts(both)) == 1


# -- a count dated to an earlier period ----------------------------------------------------

def test_a_count_dated_last_week_is_no_rival_of_a_running_count():
    back = facts_brief({"a": ["Authorities have detained more than 40 members of the dockers union in the crackdown."],
                        "b": ["Last month the authorities arrested 12 members of the dockers union."]})
    assert figure_conflicts(back) == []
    ago = facts_brief({"a": ["The flooding has killed at least 70 people in the valley."],
                       "b": ["Two weeks ago the flooding killed 25 people in the valley."]})
    assert figure_conflicts(ago) == []


def test_two_counts_of_one_period_still_clash():
    same = facts_brief({"a": ["Last month the authorities arrested 40 members of the dockers union."],
                        "b": ["Last month the authorities arrested 12 members of the dockers union."]})
    assert len(figure_conflicts(same)) == 1
    named = facts_brief({"a": ["Last week's flood killed at least 70 people in the valley."],
                         "b": ["The flood killed 25 people in the valley."]})
    assert len(figure_conflicts(named)) == 1


def test_two_deeds_with_their_own_counts_still_clash():
    """Fictional: "killing two and wounding 24" gives two counts, each its own verb's."""
    own = facts_brief({"a": ["The car bomb blew up in the market, killing two men and wounding 24 people."],
                       "b": ["The car bomb in the market killed two men and wounded 21 people."]})
    assert len(figure_conflicts(own)) == 1


def test_tolls_up_to_now_are_not_dated_back():
    """Fictional: "in the past year" and "in the last year" count up to now (a toll to
    date), not an earlier period: two sources' floors still clash."""
    floors = facts_brief({"a": ["The monitors say more than 4,000 people have been killed in the year-long revolt."],
                          "b": ["The envoy said the revolt has cost more than 5,200 lives in the past year."]})
    assert len(figure_conflicts(floors)) == 1


# -- two kinds of one measure, another incident, one hospital, unlabelled places ----------

def test_evacuated_and_made_homeless_are_not_rivals():
    kinds = facts_brief({"a": ["A wildfire raced through the hills above Corran. Firefighters evacuated 5,000 residents, "
                               "the fire service said."],
                         "b": ["A wildfire raced through the hills above Corran. The fire left 800 residents homeless, "
                               "the council said."]})
    assert figure_conflicts(kinds) == []
    one_kind = facts_brief({"a": ["Firefighters evacuated 5,000 residents of Corran, the fire service said."],
                            "b": ["Firefighters evacuated 800 residents of Corran, the council said."]})
    assert len(figure_conflicts(one_kind)) == 1


def test_a_separate_incidents_count_is_no_rival():
    other = facts_brief({"a": ["The bombing of the market killed 30 shoppers, police said."],
                         "b": ["In a separate attack, gunmen killed five shoppers at a bus stop."]})
    assert figure_conflicts(other) == []
    same = facts_brief({"a": ["The bombing of the market killed 30 shoppers, police said."],
                        "b": ["The bombing of the market killed five shoppers, a witness said."]})
    assert len(figure_conflicts(same)) == 1


def test_one_hospitals_count_is_a_part_of_the_toll():
    part = facts_brief({"a": ["The blast at the plant injured about 200 workers, the company said."],
                        "b": ["The district hospital treated 35 injured workers from the plant, a doctor said."]})
    assert figure_conflicts(part) == []
    whole = facts_brief({"a": ["The blast at the plant injured about 200 workers, the company said."],
                         "b": ["The blast at the plant injured 35 workers, a doctor said."]})
    assert len(figure_conflicts(whole)) == 1


def test_counts_after_in_with_two_proper_nouns_are_two_places():
    two = facts_brief({"a": ["In Harlow, 12 people died of heat stroke, health officials said."],
                       "b": ["In Bexley, 30 people died of heat stroke, health officials said."]})
    assert figure_conflicts(two) == []
    one = facts_brief({"a": ["In Harlow, 12 people died of heat stroke, health officials said."],
                       "b": ["In Harlow, 30 people died of heat stroke, the mayor said."]})
    assert len(figure_conflicts(one)) == 1


def test_many_clashing_counts_are_a_story_of_many_counts_not_one_dispute():
    """Fictional: five sources give five tolls of days, regions and the whole revolt with
    nothing telling them apart: no disagreement is shown. Three rival tolls still are."""
    many = facts_brief({"a": ["Activists said 125 people died across the country."],
                        "b": ["Monitors said 15 people were killed, the council said."],
                        "c": ["Opposition groups said four people were killed."],
                        "d": ["Rebels said 104 people were killed."],
                        "e": ["Doctors said 60 people were killed."]})
    assert figure_conflicts(many) == []
    three = facts_brief({"a": ["The collapse of the bridge killed 40 people, the governor said."],
                         "b": ["The collapse of the bridge killed 12 people, the police said."],
                         "c": ["The collapse of the bridge killed 25 people, the mayor said."]})
    assert len(figure_conflicts(three)) == 1


def test_people_described_as_wounded_are_no_toll():
    """Fictional: wounded reporters someone tries to evacuate are not the toll of the shelling."""
    group = facts_brief({"a": ["Medics tried again to evacuate three wounded reporters from the old town, the aid agency said."],
                         "b": ["Twenty people were wounded when a shell struck a market in the old town, monitors said."]})
    assert figure_conflicts(group) == []
    toll = facts_brief({"a": ["Three people were wounded when a shell struck a market in the old town, the aid agency said."],
                        "b": ["Twenty people were wounded when a shell struck a market in the old town, monitors said."]})
    assert len(figure_conflicts(toll)) == 1


# -- refusing someone a thing is no denial -------------------------------------------------

def test_denying_someone_a_hearing_is_a_refusal_not_a_denial():
    """Fictional: "deny the residents a hearing" refuses a thing; "denied that ..." still denies."""
    refusal = facts_brief({"a": ["The mayor said the council would hold a hearing on the new road through Tarrow.",
                                 "Public anger would make it harder for the council to deny the residents a hearing on "
                                 "the road."],
                           "b": ["The council leader denied the residents a hearing on the new road through Tarrow."]})
    assert [c for c in refusal.conflicts if c.kind == "denial"] == []
    denial = facts_brief({"a": ["The mayor said the council would hold a hearing on the new road through Tarrow."],
                          "b": ["The council leader denied that the council would hold a hearing on the new road "
                                "through Tarrow."]})
    assert len([c for c in denial.conflicts if c.kind == "denial"]) == 1


# -- people moved out of two places ---------------------------------------------------------

def test_people_evacuated_from_two_towns_are_no_rival_counts_but_from_one_town_they_are():
    # fictional: the place people were moved out of is where they are counted
    towns = facts_brief({"a": ["About 1,800 people were evacuated from Marrowfield on Tuesday after the flood defences failed, "
                               "the council said."],
                         "b": ["Some 700 people were evacuated from Westholm on Tuesday after the flood defences failed, "
                               "police said."]})
    assert figure_conflicts(towns) == []
    one = facts_brief({"a": ["About 1,800 people were evacuated from Marrowfield on Tuesday after the flood defences failed, "
                             "the council said."],
                       "b": ["Some 700 people were evacuated from Marrowfield on Tuesday after the flood defences failed, "
                             "police said."]})
    assert len(figure_conflicts(one)) == 1


# -- a rise word about something else --------------------------------------------------------

def test_a_rise_word_whose_subject_is_no_count_does_not_make_two_counts_one_update():
    # fictional: "as the water rose" tells the flood, not the count; "the toll rose" tells the count
    water = facts_brief({"a": ["About 1,800 people were killed in Velmar on Tuesday as the water rose, "
                               "the council said."],
                         "b": ["Some 700 people were killed in Velmar on Tuesday as the water rose, police said."]})
    assert len(figure_conflicts(water)) == 1
    toll = facts_brief({"a": ["The death toll in Velmar rose to 1,800 on Tuesday, the council said."],
                        "b": ["Some 700 people were killed in Velmar on Tuesday, police said."]})
    assert figure_conflicts(toll) == []
