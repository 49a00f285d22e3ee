"""Conflicts, the scope of a rivalry: a source backing off its own figure, the size of one
incident told by two sources, an amount at one place on one day. Every example is
fictional; each mechanism has at least as many must-not-fire cases as must-fire ones."""
from conftest import facts_brief


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


def sentences_of(brief, conflict):
    by_id = {x.id: x.sentence for x in list(brief.claims) + list(brief.figures)}
    return {brief.sentence(by_id[i]).text for i in conflict.items}


# -- backing off one's own figure ---------------------------------------------------------

def test_a_source_backing_off_its_own_figure_meets_the_figure_it_gave():
    """Fictional: the figure and the backing off in one sentence, and in two."""
    one = facts_brief({"a": ["The ministry had reported 40 dead in Orlen, but backed off that figure on Tuesday."]})
    (c,) = kinds(one, "denial")
    assert len({i for i in c.items}) == 2
    assert c.note.startswith("The ministry took back: 40 dead")
    two = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                             "Hours later the ministry backed away from the figure."]})
    (c,) = kinds(two, "denial")
    assert sentences_of(two, c) == {"The ministry said 40 people died in Orlen.",
                                    "Hours later the ministry backed away from the figure."}


def test_backing_off_meets_no_other_speaker_and_no_later_claim():
    """Fictional hard negatives: another speaker's figure, an assertion after the backing
    off in its own sentence, not backing off, and backing away from a thing."""
    other = facts_brief({"a": ["The union said 40 people died in Orlen.",
                               "The ministry backed away from its estimate."]})
    assert kinds(other, "denial") == []
    after = facts_brief({"a": ["The ministry backed off its estimate and said 12 people were missing in Orlen."]})
    assert kinds(after, "denial") == []
    kept = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                              "The ministry did not back off the figure on Tuesday."]})
    assert kinds(kept, "denial") == []
    thing = facts_brief({"a": ["The ministry said 40 people died in Orlen.",
                               "Rescuers backed away from the collapsed hall."]})
    assert kinds(thing, "denial") == []


# -- the size of one incident -------------------------------------------------------------

TRUCKS_A = "A 14-truck collision near Velden, in Kessland, killed two people, a trooper said."
TRUCKS_B = "In Kessland, two people were killed in a 9-truck collision, the agency said."


def test_the_size_of_one_incident_from_two_sources_is_a_dispute():
    """Fictional: one collision, one place, one toll, two sizes, no event filed."""
    b = facts_brief({"a": [TRUCKS_A], "b": [TRUCKS_B]}, with_entities=True)
    notes = [c.note for c in kinds(b, "figure")]
    assert any(n.startswith("Size of the collision") for n in notes)


def test_sizes_of_two_incidents_are_not_a_dispute():
    """Fictional hard negatives: another collision, a different toll, no toll, two towns,
    and two events on two days."""
    def sizes(a, b, **kw):
        got = facts_brief({"a": [a], "b": [b]}, with_entities=True, **kw)
        return [c.note for c in kinds(got, "figure") if c.note.startswith("Size of")]

    assert sizes(TRUCKS_A, "In Kessland, two people were killed in another 9-truck collision, the agency said.") == []
    assert sizes(TRUCKS_A, "In Kessland, five people were killed in a 9-truck collision, the agency said.") == []
    assert sizes(TRUCKS_A, "In Kessland, a 9-truck collision closed a road, the agency said.") == []
    assert sizes("A 14-truck collision near Velden killed two people, a trooper said.",
                 "Two people were killed in a 9-truck collision near Marlow, the agency said.") == []
    assert sizes(TRUCKS_A, TRUCKS_B, events=[("first collision", "2024-01-02", [1]),
                                             ("second collision", "2024-01-05", [2])]) == []



def test_sizes_in_a_story_of_several_incidents_of_a_kind_are_not_compared():
    """Fictional hard negative: one article tells of two collisions of different sizes;
    another source's size may be of either."""
    b = facts_brief({"a": [TRUCKS_A, "In Kessland, a 4-truck collision near Marlow killed two people, a trooper said."],
                     "b": [TRUCKS_B]}, with_entities=True)
    assert [c for c in kinds(b, "figure") if c.note.startswith("Size of")] == []


# -- an amount at one place ---------------------------------------------------------------

RAIN_A = "In Velden, 40 millimetres of rain fell on Monday, the weather office said."
RAIN_B = "More than 55 millimetres of rain fell in Velden, the agency said."


def amount_notes(a, b, events=None, published=None):
    got = facts_brief({"a": [a], "b": [b]}, events=events or [("rain", "2024-02-05", [1, 2])], published=published)
    return [c.note for c in kinds(got, "figure") if c.note.startswith("Millimetres in")]


def test_two_measured_totals_at_one_place_on_one_day_are_a_dispute():
    """Fictional: two sources, one town, one day, no order between the articles, and the
    same under two events the timeline dated to one day."""
    assert amount_notes(RAIN_A, RAIN_B)
    two_events = [("rain in the west", "2024-02-05", [1]), ("rain in Velden", "2024-02-05", [2])]
    assert amount_notes(RAIN_A, RAIN_B, events=two_events)


def test_running_forecast_or_other_day_amounts_are_no_dispute():
    """Fictional hard negatives: a running count, a forecast, a maximum, two days named,
    two events of two days, two places, two undated totals."""
    assert amount_notes("By noon, 40 millimetres of rain had fallen in Velden, the weather office said.", RAIN_B) == []
    assert amount_notes(RAIN_A, "Up to 55 millimetres of rain could fall in Velden, the agency said.") == []
    assert amount_notes(RAIN_A, "As much as 55 millimetres of rain fell in Velden, the agency said.") == []
    assert amount_notes(RAIN_A, "In Velden, 55 millimetres of rain fell on Wednesday, the agency said.") == []
    two_days = [("rain", "2024-02-05", [1]), ("more rain", "2024-02-07", [2])]
    assert amount_notes(RAIN_A, RAIN_B, events=two_days) == []
    assert amount_notes(RAIN_A, "More than 55 millimetres of rain fell in Marlow, the agency said.") == []
    bare = "In Velden, 40 millimetres of rain fell, the weather office said."
    assert amount_notes(bare, RAIN_B) == []  # no day named: a running count may have grown


# -- a denied version and the document that carries it ------------------------------------

DISMISSED = "The city council has dismissed Ivo Sarnak's version of events revealed by a memo."
WEATHER = "Sarnak said the weather was cold and windy on the day of the march."


def denied_items(articles):
    b = facts_brief(articles, with_entities=True)
    texts = []
    for c in kinds(b, "denial"):
        texts.append(sentences_of(b, c))
    return texts


def test_a_denied_version_meets_the_claim_its_document_carries():
    """Fictional: the council dismisses a version revealed by a memo; the author's claim
    written in a memo is that version, his remark on the weather is not."""
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


# -- a denial that points back ------------------------------------------------------------

LOCKED = "Police said the owner had locked the fire doors before the dance."


def test_a_denial_pointing_back_meets_the_assertion_just_before_it():
    """Fictional: "The owner denied it" / "denied the claim" right after the police's
    assertion."""
    for denial in ("The owner denied it, saying the doors were open.", "The owner denied the claim on Friday."):
        b = facts_brief({"a": [LOCKED, denial]})
        (c,) = kinds(b, "denial")
        assert sentences_of(b, c) == {LOCKED, denial}


def test_a_denial_pointing_back_at_nothing_clear_meets_nothing():
    """Fictional hard negatives: narration before it, a negated assertion, two assertions
    of two speakers, an assertion two sentences back, and one in another article."""
    denial = "The owner denied it on Friday."
    for before in (["The fire started shortly before midnight in the hall."],
                   ["Police said the owner had not locked the fire doors."],
                   ["Police said the owner had locked the fire doors, and a guard said the alarm failed."],
                   [LOCKED, "The hall was full."]):
        assert kinds(facts_brief({"a": before + [denial]}), "denial") == []
    assert kinds(facts_brief({"a": [LOCKED], "b": [denial]}), "denial") == []


def test_a_denial_pointing_back_inside_its_sentence():
    """Fictional: "..., but the owner denied it" meets the police's assertion before it; an
    assertion after the denial, or the denier's own earlier words, are not what it denies."""
    both = "Police said the owner had locked the fire doors, but the owner denied it."
    b = facts_brief({"a": [both]})
    (c,) = kinds(b, "denial")
    assert len(c.items) == 2
    assert kinds(facts_brief({"a": ["The owner denied it, and police said the doors had been locked."]}),
                 "denial") == []
    assert kinds(facts_brief({"a": ["The owner said the doors had been locked, but the owner later denied it."]}),
                 "denial") == []


# -- a contrasted doubt, and the same blame told twice ------------------------------------

RADIO = 'State radio blamed "bandits" for the raid on Tuesday.'
CONTRAST = ('State radio blamed "bandits" for the raid, but villagers said they doubted herders living in the hills '
            'would have the boats to carry out such a raid.')


def test_a_contrasted_doubt_meets_the_assertion_before_it_and_its_copies():
    """Fictional: "X blamed A for the raid, but Y doubted A could ... such a raid", and
    another outlet's "blamed A for the raid" in the same event."""
    b = facts_brief({"a": [CONTRAST], "b": ['The ministry blames "bandits" for the raid.']},
                    events=[("raid", "2024-05-07", [1, 2])])
    (c,) = kinds(b, "denial")
    assert sentences_of(b, c) == {CONTRAST, 'The ministry blames "bandits" for the raid.'}


def test_no_contrast_no_pointer_or_another_blame_is_no_conflict():
    """Fictional hard negatives: clauses joined by "and", a denial that neither points
    back nor shares a word, another party blamed, the same blame in another event."""
    joined = CONTRAST.replace(", but villagers", ", and villagers")
    assert kinds(facts_brief({"a": [joined]}), "denial") == []
    unrelated = "State radio said the bridge had reopened, but villagers denied that the mayor had resigned."
    assert kinds(facts_brief({"a": [unrelated]}), "denial") == []
    other = facts_brief({"a": [CONTRAST], "b": ['The ministry blames "smugglers" for the raid.']},
                        events=[("raid", "2024-05-07", [1, 2])])
    assert all('The ministry blames "smugglers" for the raid.' not in sentences_of(other, c)
               for c in kinds(other, "denial"))
    apart = facts_brief({"a": [CONTRAST], "b": [RADIO]},
                        events=[("raid", "2024-05-07", [1]), ("another raid", "2024-06-20", [2])])
    assert all(RADIO not in sentences_of(apart, c) for c in kinds(apart, "denial"))
