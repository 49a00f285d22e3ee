"""Conflicts, the scope of a rivalry: a source backing off its own figure, the size of one
incident told by two sources, an amount at one place on one day, a denied version and its
carrier, a denial pointing back, a contrasted doubt and one blame told twice. Every example
is fictional; each mechanism has more must-not-fire cases than must-fire ones."""
from conftest import facts_brief


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


def sentences_of(brief, conflict):
    by_id = {x.id: x.sentence for x in list(brief.claims) + list(brief.figures)}
    return {brief.sentence(by_id[i]).text for i in conflict.items}


# -- backing off one's own figure ---------------------------------------------------------

COUNT = "The health ministry said 40 people had died in Orlen."
BACKED = "On Tuesday the ministry backed away from its count, citing a clerical error."


def test_a_source_backing_off_its_own_figure_meets_the_figure_it_gave():
    """Fictional: the figure and the backing off in one sentence, and in two."""
    one = facts_brief({"a": ["The ministry first said 40 people had died in Orlen, but it later backed away from "
                             "that count."]})
    (c,) = kinds(one, "denial")
    assert len(set(c.items)) == 2
    assert c.note.startswith("The ministry took back: 40 people had died in Orlen")
    two = facts_brief({"a": [COUNT, BACKED]})
    (c,) = kinds(two, "denial")
    assert sentences_of(two, c) == {COUNT, BACKED}


def test_backing_off_meets_no_other_speaker_and_no_later_claim():
    """Fictional hard negatives: another speaker's figure, an assertion after the backing
    off in its own sentence, not backing off, and backing away from a thing."""
    other = facts_brief({"a": ["The union said 40 people died in Orlen.",
                               "The ministry backed away from its estimate."]})
    assert kinds(other, "denial") == []
    after = facts_brief({"a": ["The ministry backed off its estimate and said 12 people were missing in Orlen."]})
    assert kinds(after, "denial") == []
    kept = facts_brief({"a": [COUNT, "The ministry did not back off the count on Tuesday."]})
    assert kinds(kept, "denial") == []
    thing = facts_brief({"a": [COUNT, "Rescuers backed away from the collapsed hall."]})
    assert kinds(thing, "denial") == []


def test_backing_off_a_fee_another_partys_figure_or_a_claim_without_one_takes_nothing_back():
    """Fictional hard negatives: a fee called a toll (with a clause on it), another
    party's estimate, and an earlier claim of the speaker that carries no figure."""
    ferry = "The harbour board said the new ferry to Sarn would sail again in June."
    fee = facts_brief({"a": [ferry, "After protests, the harbour board backed away from the ferry toll it had "
                                    "planned to charge."]})
    assert kinds(fee, "denial") == []
    school = "The council said the new school in Orlen would open in 2027."
    theirs = facts_brief({"a": [school, "The council later backed away from the builder's estimate for the school."]})
    assert kinds(theirs, "denial") == []
    bare = facts_brief({"a": ["The ministry said the hospital in Orlen was full.",
                              "The ministry later backed away from that estimate."]})
    assert kinds(bare, "denial") == []


def test_backing_off_a_bare_toll_or_an_estimate_never_given_takes_nothing_back():
    """Fictional hard negatives (audit 7): "the toll" after a cost (a fee), "the estimate"
    after a promise that holds a number but no count of people, and a count too far back
    (three sentences)."""
    cost = facts_brief({"a": ["The council said the ring road around Tarn would cost 12 million euros.",
                              "Drivers were angry.",
                              "On Friday the council backed down from the toll, after drivers protested."]})
    assert kinds(cost, "denial") == []
    rehoused = facts_brief({"a": ["The council said 30 families would be rehoused by June.",
                                  "The council later backed down from the toll."]})
    assert kinds(rehoused, "denial") == []
    promise = facts_brief({"a": ["The quarry firm said on Monday it would pay for repairs to 40 homes in Tarn.",
                                 "The weather was dry.",
                                 "The firm later backed away from the estimate, citing costs."]})
    assert kinds(promise, "denial") == []
    near = "The ministry later backed away from its count."
    assert kinds(facts_brief({"a": [COUNT, "Roads were closed.", near]}), "denial")  # control: two sentences on
    far = facts_brief({"a": [COUNT, "Roads were closed.", "Schools shut early.", near]})
    assert kinds(far, "denial") == []


# -- the size of one incident -------------------------------------------------------------

TRAIN_A = "Three people died when a 30-wagon train left the rails outside Velden, a rail official said."
TRAIN_B = "Three people died when a 22-wagon train left the rails outside Velden, the operator said."


def test_the_size_of_one_incident_from_two_sources_is_a_dispute():
    """Fictional: one derailment, one place, one toll, two sizes, no event filed."""
    b = facts_brief({"a": [TRAIN_A], "b": [TRAIN_B]}, with_entities=True)
    notes = [c.note for c in kinds(b, "figure")]
    assert any(n.startswith("Size of the train") for n in notes)


def size_notes(a, b, **kw):
    got = facts_brief({"a": [a], "b": [b]}, with_entities=True, **kw)
    return [c.note for c in kinds(got, "figure") if c.note.startswith("Size of")]


def test_sizes_of_two_incidents_are_not_a_dispute():
    """Fictional hard negatives: another derailment, a different toll, no toll, two towns,
    and two events on two days."""
    assert size_notes(TRAIN_A, TRAIN_B.replace("when a 22", "when another 22")) == []
    assert size_notes(TRAIN_A, TRAIN_B.replace("Three people", "Seven people")) == []
    assert size_notes(TRAIN_A, "A 22-wagon train left the rails outside Velden, the operator said.") == []
    assert size_notes(TRAIN_A, TRAIN_B.replace("Velden", "Marlow")) == []
    assert size_notes(TRAIN_A, TRAIN_B, events=[("first derailment", "2024-01-02", [1]),
                                                ("second derailment", "2024-01-05", [2])]) == []


def test_sizes_at_two_times_of_one_day_are_two_incidents():
    """Fictional hard negative: one town, one day, one toll, but one in the morning and one
    in the evening, with no event filed, under two events of that day, and under one."""
    morning = TRAIN_A.replace("outside Velden", "outside Velden on Sunday morning")
    evening = TRAIN_B.replace("outside Velden", "outside Velden on Sunday evening")
    assert size_notes(morning, evening) == []
    same_day = [("morning derailment", "2024-01-07", [1]), ("evening derailment", "2024-01-07", [2])]
    assert size_notes(morning, evening, events=same_day) == []
    assert size_notes(morning, evening, events=[("derailments", "2024-01-07", [1, 2])]) == []


def test_sizes_in_a_story_of_several_incidents_of_a_kind_are_not_compared():
    """Fictional hard negative: one article tells of two derailments of different sizes;
    another source's size may be of either."""
    b = facts_brief({"a": [TRAIN_A, "Three people died when a 9-wagon train left the rails outside Marlow, "
                                    "a rail official said."],
                     "b": [TRAIN_B]}, with_entities=True)
    assert [c for c in kinds(b, "figure") if c.note.startswith("Size of")] == []


# -- an amount at one place ---------------------------------------------------------------

GAUGED = "In Velden, 40 millimetres of rain fell on Monday, the weather office said."
FARMER = "A farmer said 55 millimetres of rain fell in Velden on Monday."


def amount_notes(a, b, events=None, published=None):
    got = facts_brief({"a": [a], "b": [b]}, events=events or [("rain", "2024-02-05", [1, 2])], published=published)
    return [c.note for c in kinds(got, "figure") if c.note.startswith("Millimetres in")]


def test_two_measured_totals_at_one_place_on_one_day_are_a_dispute():
    """Fictional: two sources, one town, one day, no order between the articles, and the
    same under two events the timeline dated to one day."""
    assert amount_notes(GAUGED, FARMER)
    two_events = [("rain in the west", "2024-02-05", [1]), ("rain in Velden", "2024-02-05", [2])]
    assert amount_notes(GAUGED, FARMER, events=two_events)


def test_running_forecast_or_other_day_amounts_are_no_dispute():
    """Fictional hard negatives: a running count, a forecast, a maximum, two days named,
    two events of two days, two places, two undated totals."""
    assert amount_notes("In Velden, 40 millimetres of rain had fallen by noon on Monday, the weather office said.",
                        FARMER) == []
    assert amount_notes(GAUGED, "A farmer said 55 millimetres of rain could fall in Velden on Monday.") == []
    assert amount_notes(GAUGED, "A farmer said as much as 55 millimetres of rain fell in Velden on Monday.") == []
    assert amount_notes(GAUGED, FARMER.replace("on Monday", "on Wednesday")) == []
    two_days = [("rain", "2024-02-05", [1]), ("more rain", "2024-02-07", [2])]
    assert amount_notes(GAUGED, FARMER, events=two_days) == []
    assert amount_notes(GAUGED, FARMER.replace("Velden", "Marlow")) == []
    assert amount_notes(GAUGED.replace(" on Monday", ""), FARMER.replace(" on Monday", "")) == []  # no day named


def test_a_total_so_far_or_the_day_of_the_telling_is_no_rival_of_a_days_amount():
    """Fictional hard negatives: a total since the storm began and one over the weekend,
    beside one day's amount; and two undated amounts, one told on a named day (the day
    belongs to the telling, not to the rain)."""
    assert amount_notes(GAUGED, "A farmer said 95 millimetres of rain had fallen in Velden since the storm began "
                                "on Monday.") == []
    assert amount_notes(GAUGED, "A farmer said 60 millimetres of rain fell in Velden over the weekend, "
                                "speaking on Monday.") == []
    assert amount_notes(GAUGED.replace(" on Monday", ""),
                        FARMER.replace(" on Monday", "").replace("said", "said on Monday")) == []


def test_a_total_over_a_span_is_no_rival_of_a_days_amount():
    """Fictional hard negatives (audit 7): an amount measured over several days, in some
    hours up to a time, from one day to another, or told "according to" a source on a
    day, beside one day's amount at the same place."""
    for span in ("A farmer said 120 millimetres of rain fell in Velden over three days, speaking on Monday.",
                 "In Velden, 120 millimetres of rain was logged over three days, according to a farmer on Monday.",
                 "A farmer said 70 millimetres of rain fell in Velden in 36 hours to Monday night.",
                 "A farmer said 70 millimetres of rain fell in Velden from Saturday to Monday."):
        assert amount_notes(GAUGED, span) == [], span


# -- a denied version and the document that carries it ------------------------------------

DISMISSED = "The city council rejected the claims made by Ivo Sarnak in a memo to the ombudsman."
WEATHER = "Sarnak said the weather was cold and windy on the day of the march."


def denied_items(articles):
    b = facts_brief(articles, with_entities=True)
    texts = []
    for c in kinds(b, "denial"):
        texts.append(sentences_of(b, c))
    return texts


def test_a_denied_version_meets_the_claim_its_document_carries():
    """Fictional: the council rejects claims made in a memo; the author's claim written in
    a memo is that version, his remark on the weather is not."""
    memo = "Sarnak wrote in a memo that the mayor had ordered the gates shut before the march."
    (got,) = denied_items({"a": [DISMISSED], "b": [memo, WEATHER]})
    assert DISMISSED in got and memo in got and WEATHER not in got


def test_a_version_meets_no_claim_of_another_document_or_about_one():
    """Fictional hard negatives: the claim is carried by a letter, not the memo named; the
    memo is what the claim talks about, not its carrier."""
    letter = "Sarnak wrote in a letter that the mayor had ordered the gates shut before the march."
    about = "Sarnak said the memo was two pages long and typed in a hurry by his aide."
    for other in (letter, about):
        for got in denied_items({"a": [DISMISSED], "b": [other, WEATHER]}):
            assert other not in got and WEATHER not in got


def test_the_deniers_own_statement_is_no_carrier():
    """Fictional hard negative: the union rejects the mayor's budget claims in a statement;
    the mayor's pier claim, also made in a statement, is not what it rejects."""
    pier = "Mayor Lene Vasko said in a statement that the ferry pier would close in June."
    budget = "Vasko told reporters the city budget was balanced for the first time in years."
    union = "The dockers' union rejected the claims by Vasko about the city budget in a statement on Tuesday."
    got = denied_items({"a": [pier, budget], "b": [union]})
    assert got and all(pier not in g for g in got)
    assert any(budget in g for g in got)


# -- a denial that points back ------------------------------------------------------------

ALARMS = "Inspectors said the caretaker had disabled the smoke alarms in the flats."


def test_a_denial_pointing_back_meets_the_assertion_just_before_it():
    """Fictional: "The caretaker denied it" / "rejected the claim" right after the
    inspectors' assertion, also after a leading adverb."""
    for denial in ("The caretaker denied it in a statement.", "The caretaker rejected the claim on Friday.",
                   "Later, the caretaker denied it."):
        b = facts_brief({"a": [ALARMS, denial]})
        (c,) = kinds(b, "denial")
        assert sentences_of(b, c) == {ALARMS, denial}


def test_a_denial_pointing_back_at_nothing_clear_meets_nothing():
    """Fictional hard negatives: narration before it, a negated assertion, two assertions
    of two speakers, an assertion two sentences back, and one in another article."""
    denial = "The caretaker denied it on Friday."
    for before in (["The fire started shortly before midnight in the flats."],
                   ["Inspectors said the caretaker had not disabled the smoke alarms."],
                   ["Inspectors said the caretaker had disabled the alarms, and a tenant said the lift failed."],
                   [ALARMS, "The flats were full."]):
        assert kinds(facts_brief({"a": before + [denial]}), "denial") == []
    assert kinds(facts_brief({"a": [ALARMS], "b": [denial]}), "denial") == []


def test_a_denial_after_a_question_of_its_own_does_not_point_back():
    """Fictional hard negatives: the denial's sentence asks its own question ("asked
    whether ...", "when reporters asked if ..."), which "it" points to, not the
    assertion before."""
    for denial in ("Asked whether he had been abroad that week, the caretaker denied it.",
                   "When reporters asked if the firm would pay for repairs, a spokesman denied it."):
        assert kinds(facts_brief({"a": [ALARMS, denial]}), "denial") == []


def test_a_denial_with_a_question_after_the_name_does_not_point_back():
    """Fictional hard negatives (audit 7): the question comes after the denier's name, in
    a clause after the object or an apposition before the verb; and a reason of the
    denier's own after it. Only "<speaker> denied it" and a day or attribution points back."""
    for denial in ("The caretaker denied it when asked whether he had left the building that night.",
                   "The caretaker, questioned about his holiday in the mountains, denied it.",
                   "The caretaker denied it after reporters asked about his second job.",
                   "The caretaker denied it, saying he had been at his sister's house."):
        assert kinds(facts_brief({"a": [ALARMS, denial]}), "denial") == [], denial


def test_a_denial_pointing_back_inside_its_sentence():
    """Fictional: "..., but the caretaker denied it" meets the inspectors' assertion before
    it; an assertion after the denial, or the denier's own earlier words, are not what it
    denies."""
    both = "Inspectors said the caretaker had disabled the smoke alarms, but the caretaker denied it."
    b = facts_brief({"a": [both]})
    (c,) = kinds(b, "denial")
    assert len(c.items) == 2
    assert kinds(facts_brief({"a": ["The caretaker denied it, and inspectors said the alarms had been off."]}),
                 "denial") == []
    assert kinds(facts_brief({"a": ["The caretaker said the alarms had been off, but the caretaker later denied it."]}),
                 "denial") == []


# -- a contrasted doubt, and the same blame told twice ------------------------------------

SAWMILL = "On Friday the mayor blamed poachers for the fire."
CONTRAST = ("Police blamed poachers for the fire at the Kell sawmill, although forestry workers denied that "
            "poachers would start such a fire in the dry season.")
ONE_FIRE = [("fire", "2024-05-07", [1, 2])]


def test_a_contrasted_doubt_meets_the_assertion_before_it_and_its_copies():
    """Fictional: "X blamed A for the fire, although Y denied A would start such a fire",
    and another source's blame of A for the fire in the same event."""
    b = facts_brief({"a": [CONTRAST], "b": [SAWMILL]}, events=ONE_FIRE)
    (c,) = kinds(b, "denial")
    assert sentences_of(b, c) == {CONTRAST, SAWMILL}
    assert "asserted by Police" in c.note


def test_no_contrast_no_pointer_or_another_blame_is_no_conflict():
    """Fictional hard negatives: clauses joined by "and", a denial that neither points
    back nor shares a word, another party blamed, the same blame in another event."""
    joined = CONTRAST.replace(", although forestry", ", and forestry")
    assert kinds(facts_brief({"a": [joined]}), "denial") == []
    unrelated = "Police said the bridge had reopened, but villagers denied that the mayor had resigned."
    assert kinds(facts_brief({"a": [unrelated]}), "denial") == []
    smugglers = SAWMILL.replace("poachers", "smugglers")
    other = facts_brief({"a": [CONTRAST], "b": [smugglers]}, events=ONE_FIRE)
    assert all(smugglers not in sentences_of(other, c) for c in kinds(other, "denial"))
    apart = facts_brief({"a": [CONTRAST], "b": [SAWMILL]},
                        events=[("fire", "2024-05-07", [1]), ("another fire", "2024-06-20", [2])])
    assert all(SAWMILL not in sentences_of(apart, c) for c in kinds(apart, "denial"))


def test_a_contrast_sharing_one_incidental_word_or_a_bare_it_is_no_dispute():
    """Fictional hard negatives: a doubt about something else that shares one word of the
    assertion, and one whose only link is a bare "it"."""
    hall = ("Investigators blamed a faulty boiler for the fire at the Kell sawmill, though workers said they doubted "
            "the sawmill would reopen this year.")
    assert kinds(facts_brief({"a": [hall]}), "denial") == []
    squad = ("Coach Pia Lund said the squad had trained hard all month, though supporters said they doubted it "
             "would be enough to win the league.")
    assert kinds(facts_brief({"a": [squad]}), "denial") == []


def test_the_same_party_blamed_for_another_deed_is_another_accusation():
    """Fictional hard negatives: the same party blamed, in the same event, for another
    deed, is not a copy of the accusation the doubt contests: one sharing no word of the
    deed, and (audit 7) another fire at another place, which shares the word "fire"."""
    for other in ("Shopkeepers blamed poachers for the theft of timber from the yard.",
                  "Shopkeepers blamed poachers for the fire in the bins behind the Kell market."):
        b = facts_brief({"a": [CONTRAST], "b": [other]}, events=ONE_FIRE)
        (c,) = kinds(b, "denial")
        assert other not in sentences_of(b, c), other


def test_a_such_pointer_at_a_thing_of_the_assertion_is_no_denial():
    """Fictional hard negatives (audit 7): "such buses" doubts how the buses fit, not that
    they arrive; a doubt about another thing before it in the article joins neither."""
    buses = ("The ministry said the new buses would reach Orvel by May, but drivers said they doubted such buses "
             "would fit under the old bridge.")
    assert kinds(facts_brief({"a": [buses]}), "denial") == []
    ferry = "Crew members said they doubted the Orvel ferry had enough lifeboats for the crossing."
    assert kinds(facts_brief({"a": [ferry, buses]}), "denial") == []


def test_two_doubts_of_one_article_about_two_things_stay_apart():
    """Fictional hard negative (audit 7): two denials of one article whose sentences share
    words (a town, a season) but whose own texts deny two things are not merged: the
    contrasted doubt keeps its own assertion and the other doubt is not in it."""
    ferry = "In Orvel this spring, crew members said they doubted the ferry had enough lifeboats."
    b = facts_brief({"a": [ferry, CONTRAST.replace("the Kell sawmill", "the Orvel sawmill this spring")]})
    for c in kinds(b, "denial"):
        assert ferry not in sentences_of(b, c)
