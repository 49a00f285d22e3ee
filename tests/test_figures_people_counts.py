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
def _parsed(subject, verb, obj_noun, holder, possessor="her", people="engineers"):
    """A hand-built parse (fictional) of "<subject> <verb> the <obj_noun> of the <holder>
    with a dozen of <possessor> <people> .", with "with" hung on <holder> the way the
    parser sometimes misattaches it; tokens get the tags the repair looks at."""
    import spacy
    from spacy.tokens import Doc

    subj_words = subject.split()
    n = len(subj_words)
    words = subj_words + [verb, "the", obj_noun, "of", "the", holder, "with", "a", "dozen", "of", possessor, people, "."]
    v = n
    heads = [n - 1] * (n - 1) + [v] + [v, v + 2, v, v + 2, v + 5, v + 3, v + 5, v + 8, v + 6, v + 8, v + 11,
                                       v + 9, v]
    deps = ["det"] * (n - 1) + ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj",
                                "prep", "poss", "pobj", "punct"]
    subj_pos = "PRON" if subject.lower() in ("he", "she", "it") else ("PROPN" if subject[:1].isupper() and n == 1
                                                                      else "NOUN")
    pos = ["DET"] * (n - 1) + [subj_pos, "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP",
                               "PRON", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in subj_words[:-1]] + [subj_words[-1].lower().rstrip("s") if n > 1 else
                                                     subj_words[-1].lower()] + [
        verb, "the", obj_noun, "of", "the", holder, "with", "a", "dozen", "of", possessor, people.rstrip("s"), "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    return doc, doc[v + 6], doc[v + 11], doc[v]


def test_company_with_her_people_hung_on_a_noun_climbs_to_the_verb():
    """Fictional, hand-built parse: "She inspected the roof of the depot with a dozen of
    her engineers" with "with" hung on "depot": "her" can be no depot's possessor, so the
    plain climb from "depot" through "of" and the object reaches "inspected"."""
    from newsbrief.stages.figures import _misattached_company

    doc, with_, counted, verb = _parsed("She", "inspected", "roof", "depot")
    assert _misattached_company(with_, counted).i == verb.i
    doc, with_, counted, verb = _parsed("The officer", "inspected", "roof", "depot")
    assert _misattached_company(with_, counted).i == verb.i


@pytest.mark.parametrize("subject, obj_noun, holder, possessor", [
    ("She", "roof", "depot", "its"),  # "its": the depot may own them
    ("She", "roof", "depot", "the"),  # no possessor at all
    ("It", "roof", "depot", "her"),  # the subject is no person
    ("Brandvold", "roof", "depot", "her"),  # a capitalised word with no entity type is no proof of a person
    ("She", "officer", "depot", "her"),  # a person on the path may be the possessor
    ("She", "roof", "child", "her"),
])
def test_with_people_on_a_noun_is_no_company_without_a_personal_possessor_and_subject(
        subject, obj_noun, holder, possessor):
    """Misfire, fictional, hand-built parse: "its" or no possessor, a subject that is no
    person (or an untyped capitalised word), a person noun on the path: no repair."""
    from newsbrief.stages.figures import _misattached_company

    doc, with_, counted, verb = _parsed(subject, "inspected", obj_noun, holder, possessor)
    assert _misattached_company(with_, counted) is None


def test_a_gathering_verb_keeps_company():
    """Fictional: "marched ... with hundreds of her supporters": they marched too."""
    assert figs("Councillor Aboye marched to the gates of the closed steelworks in Tyne with hundreds of her "
                "supporters.") == [("participants", None, None)]


@pytest.mark.parametrize("sentence", [
    "Riot officers scuffled with dozens of the strikers' sons at the gate.",
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
    ("Over the decade, hundreds of billions of euros left the country, the bank said.", [("money", None, None)]),
    ("The repairs to the pier cost thousands of euros.", [("money", None, None)]),
    ("Burglars stole thousands of pounds in cash from the safe.", [("money", None, None)]),
    ("The failed canal scheme cost the province billions of dollars.", [("money", None, None)]),
])
def test_a_vague_amount_of_a_currency_is_money(sentence, want):
    """Fictional: "hundreds of billions of euros" that "left" is money (it had been read as
    "hundreds" of people who went), "thousands of euros", "pounds in cash" too."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("The barge carried thousands of pounds of grain to the mill.", [("other", None, None)]),
    ("The boxer shed dozens of pounds in weight before the bout.", [("other", None, None)]),
    ("The chain opened dozens of dollar stores in Orsk.", [("other", None, None)]),
    ("Hundreds of thousands of people fled the city of Tarn.", [("displaced", None, None)]),
])
def test_a_weight_a_shop_or_people_are_no_money(sentence, want):
    """Misfire, fictional: pounds of grain are a weight, dollar stores are shops, and
    hundreds of thousands of people who fled are displaced, whatever follows "of"; pounds
    "in weight" are a weight too."""
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


@pytest.mark.parametrize("text, low, high", [
    ("tens of billions", 20e9, 99_999_999_999),
    ("hundreds of billions", 200e9, 999_999_999_999),
    ("billions", 2e9, float("inf")),  # only the bare plural stays open-ended
])
def test_a_vague_count_of_billions_gets_bounds_of_its_size(text, low, high):
    """Fictional: "tens of billions" must not be compatible with a figure ten times smaller
    or larger (an "of billions" row had allowed 2e9 to infinity for both; it is gone)."""
    from types import SimpleNamespace

    from newsbrief.stages.figure_groups import bounds

    lo, hi = bounds(SimpleNamespace(vague=True, text=text))
    assert (lo, hi) == (low, high)
    if text != "billions":
        assert not lo <= 5e9 <= hi and not lo <= 5e12 <= hi


# -- "take a toll": strain, no death toll ---------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("The flood took a toll of 40 lives.", [("killed", 40, 40)]),
    ("The attack took the toll to 40.", [("killed", 40, 40)]),
])
def test_a_toll_taken_of_lives_or_brought_to_a_number_is_killed(sentence, want):
    """Fictional: "a toll of 40 lives", "took the toll to 40": a death toll."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("For the 45 stranded hikers, the week of rain took its toll.", [("other", 45, 45)]),
    ("The long wait has taken a heavy toll on the families of the 80 trapped miners.", [("other", 80, 80)]),
    ("Years of drought have taken their toll on hundreds of farmers.", []),
])
def test_a_toll_taken_on_people_counts_no_dead(sentence, want):
    """Misfire, fictional: "took its toll" is strain; the hikers and the trapped workers
    near it were no dead (the nearest casualty word had been "toll")."""
    assert figs(sentence) == want


# -- people put up in shelters are displaced ------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("By Friday, hundreds of evacuees were sleeping in shelters across the valley.", [("displaced", None, None)]),
    ("Dozens of families stayed at the shelter by the harbour.", [("displaced", None, None)]),
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
    ("About 40 nurses were sent to the shelter to treat the sick.", [("other", 40, 40)]),
    ("Six aid workers were moved to the shelter to hand out food.", [("other", 6, 6)]),
    ("Some 30 pupils were at the shelter for a school visit.", [("other", 30, 30)]),
    ("Forty volunteers who stayed at the shelter overnight cooked for the families.", [("other", 40, 40)]),
    ("Twelve reporters who were taken to the shelter filed from the hall.", [("other", 12, 12)]),
])
def test_animals_staff_cover_and_negation_are_no_shelter_count(sentence, want):
    """Misfire, fictional: dogs, the people who run a shelter, "the shelter of" a wall
    (cover), a negated move, seeking shelter, helpers sent there (nurses, aid workers),
    and plain "were at the shelter" (visitors): nobody displaced."""
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
    "The factory hired hundreds of welders last spring.",
    "From the cliffs, hundreds of birdwatchers followed the geese.",
    "The ministry sent thousands of police to guard the border.",
    "In the past year gangs have abducted hundreds of travellers on the coast road.",
    "The fund helped thousands of families.",
    "Dozens of reporters covered the trial.",
])
def test_a_vague_count_of_people_whose_verb_names_no_measure_is_no_figure(sentence):
    """Misfire, fictional: hired, following, sent, abducted (no measure of its own),
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
    ("During the shooting, the four Varga cousins were in a cafe across the square.", [("other", 4, 4)]),
    ("The band's two singers are at odds over the tour.", [("other", 2, 2)]),
    ("I know 12 people out there who still have their tickets.", [("other", 12, 12)]),
    ("Overnight the frost reached 12 below zero there, the station said.", [("other", 12, 12), ("other", None, 0.0)]),
    ("When he died, his brother and two sisters were in Pell.", [("other", 2, 2)]),
    ("The shooting started while 30 shoppers were in the mall; none was hurt.", [("other", 30, 30)]),
    ("Two nurses were in the ward when the patient died.", [("other", 2, 2)]),
    ("Some 50 diners were in the hall when the gas exploded, injuring nine.", [("other", 50, 50), ("injured", 9, 9)]),
])
def test_at_the_time_at_odds_out_there_are_no_presence_and_no_casualty(sentence, want):
    """Misfire, fictional: "at odds", "out there", a temperature "there": nobody present at
    anything; and being somewhere when a shooting or a death is named nearby, or when a
    casualty verb has a subject or a number of its own ("the patient died", "injuring
    nine"), is where they were, no casualty of theirs (the nearest casualty word had decided)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Eleven backpackers were in the dorm when the blaze killed them.", [("killed", 11, 11)]),
    ("Eleven backpackers were in the dorm that night; all died in the blaze.", [("killed", 11, 11)]),
    ("Three porters were in the lift when it fell, and both of them were injured.", [("injured", 3, 3)]),
    ("Four boys were on the pier and were injured when it gave way.", [("injured", 4, 4)]),
])
def test_people_somewhere_whom_a_casualty_verb_takes_keep_their_casualty(sentence, want):
    """Fictional: "were in X" does not block the casualty when a casualty verb takes the
    people back ("killed them", "all died", "both of them were injured") or shares their
    subject ("were on the pier and were injured")."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("About 70 delegates were there, the organisers said.", [("participants", 70, 70)]),
    ("There were some 80 fans there for the final whistle.", [("participants", 80, 80)]),
])
def test_people_there_are_present(sentence, want):
    """Fictional: people "there" were present (only "out there" and a bare number are not)."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("About 20 were in intensive care after the blast.", [("injured", 20, 20)]),
    ("Of the suspects, four were still in custody on Sunday.", [("arrested", 4, 4)]),
])
def test_a_state_that_names_a_casualty_keeps_it(sentence, want):
    """Fictional: "in intensive care", "in custody" still name what befell them."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("At 31, she was already running the family farm.", []),
    ("At 27, Ines is in the prime of her career.", []),
    ("At 20, the toll was the highest in a decade.", [("killed", 20, 20)]),
    ("At 12, police stopped counting the dead.", [("other", 12, 12)]),
])
def test_at_a_number_before_a_person_is_an_age(sentence, want):
    """Fictional: "At 31, she was ..." gives the person's age (it had been a count of 20
    present); before "the toll" or a common noun it stays a number."""
    assert figs(sentence) == want


# -- shots, conditions and charges -----------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Two guards were shot in the raid on the depot.", [("injured", 2, 2)]),
    ("Police shot two men outside the bank.", [("injured", 2, 2)]),
    ("The gunman shot two guards at the gate.", [("injured", 2, 2)]),
    ("He shot his brother and two cousins in the yard.", [("injured", 2, 2)]),
    ("The sniper shot her and three neighbours from the roof.", [("injured", 3, 3)]),
    ("She shot her husband and their two sons before calling police.", [("injured", 2, 2)]),
    ("Two climbers are in critical condition.", [("injured", 2, 2)]),
    ("The four rescued divers remain in stable condition.", [("injured", 4, 4)]),
    ("Three cashiers were shot at close range during the robbery.", [("injured", 3, 3)]),
    ("Two drivers were shot at a roadblock outside Tarn.", [("injured", 2, 2)]),
])
def test_people_shot_or_in_a_patients_condition_are_injured(sentence, want):
    """Fictional: people hit by gunfire (also a number in a later conjunct of the object:
    "his brother and two cousins"; an "at" of distance or place is no aiming), or in
    critical or stable condition, are injured."""
    assert figs(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("Neighbours reported hearing three shots just after midnight.", [("other", 3, 3)]),
    ("Seven shots were fired from a passing van.", [("other", 7, 7)]),
    ("Within a year the club's membership shot up to 900.", [("other", None, 900)]),
    ("The gunman shot 40 rounds into the air.", [("other", 40, 40)]),
    ("The crew shot two films in Tarn last summer.", [("other", 2, 2)]),
    ("The gunman shot at three guards near the gate.", [("other", 3, 3)]),
    ("Two couriers were shot at but escaped unhurt.", [("other", 2, 2)]),
    ("The dealer said 70 of the coins were in fine condition.", [("other", 70, 70)]),
    ("Most of the 45 bridges on the route are in poor condition, the report said.", [("other", 45, 45)]),
    ("The 300 paintings in the vault are in fair condition.", [("other", 300, 300)]),
    ("The prosecutor dropped four charges of fraud against the broker.", [("other", 4, 4)]),
    ("Of the 11 murder charges she faced, the jury upheld only two.", [("other", 11, 11), ("other", 2, 2)]),
])
def test_shots_fired_a_rise_a_things_condition_and_charges_are_no_casualties(sentence, want):
    """Misfire, fictional: the noun "shots", "shot up to 900" (rose), rounds or films shot,
    "shot at" (aimed, no hit said, active or passive), coins, bridges or paintings in some
    condition (no person is), and charges (even murder charges) count no casualty."""
    assert figs(sentence) == want
