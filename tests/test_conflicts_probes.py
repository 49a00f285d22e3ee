"""Conflicts on the invented probe set (`conflict_probes.PROBES`: FICTIONAL clusters
briefed through the CLI), and near misses of the mechanisms it probes. Every example
is fictional; more must-not-fire cases than must-fire ones."""
import pytest

from conflict_probes import PROBES, brief_for, brief_of, judge


@pytest.mark.parametrize("name", sorted(PROBES))
def test_probe(name, tmp_path):
    """A positive yields its disagreement and nothing else; a hard negative yields none."""
    b = brief_of(name, tmp_path)
    reported, right, found = judge(name, b)
    notes = [c["note"] for c in b["conflicts"]]
    if PROBES[name][1] is None:
        assert reported == 0, notes
    else:
        assert found == 1 and right == reported, notes


def test_the_probe_set_has_more_negatives_than_positives():
    wanted = [n for n, (_a, w) in PROBES.items() if w is not None]
    assert len(wanted) >= 5 and len(PROBES) - len(wanted) >= 7 and len(PROBES) - len(wanted) > len(wanted)


# -- a size told at the region's level, its paragraph naming the road (`_facility_told_after`)

FENBY = ("Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby in Ostria, "
         "the highway police said.")
REGION = "An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said."
MANY = "Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."


def size_notes(region_paragraphs, tmp_path):
    b = brief_for({"s1": [FENBY], "s2": region_paragraphs, "s3": [MANY]}, tmp_path)
    return [c["note"] for c in b["conflicts"] if c["note"].startswith("Size of")]


def test_the_next_sentence_naming_the_incident_on_the_road_places_it(tmp_path):
    """Fictional: the next sentence of the paragraph names the incident again ("the
    collision") and the road after a preposition of place: the two sizes clash."""
    for nxt in ("The collision left wreckage strewn along Highway 12 until noon.",
                "Fog hid the collision on Highway 12 from the drivers behind."):
        got = size_notes([f"{REGION} {nxt}"], tmp_path)
        assert len(got) == 1 and "14" in got[0] and "11" in got[0], nxt


def test_a_road_closed_reached_or_measured_from_places_nothing(tmp_path):
    """Fictional hard negatives: the road closed or traffic sent onto it (the incident may
    be elsewhere), a depot on it, the lorries on it without the incident named, a distance
    to it or from it (a distance measures from another place or another crash), another
    road: abstain."""
    for nxt in ("Police closed Highway 12 and sent traffic through Marsk.",
                "Traffic was diverted onto Highway 12 after the collision.",
                "Ambulances raced to the collision from the depot on Highway 12.",
                "Thick fog had hidden the stalled lorries on Highway 12.",
                "The collision happened some 20 miles west of a tanker fire on Highway 12.",
                "Rescue crews worked at the collision on Highway 12, some 20 miles east of Fenby.",
                "The collision left wreckage strewn along Route 40 until noon."):
        got = size_notes([f"{REGION} {nxt}"], tmp_path)
        assert got == [], nxt


def test_a_next_sentence_telling_an_added_fact_or_a_new_count_places_nothing(tmp_path):
    """Fictional hard negatives: the next sentence names the road but as an added fact
    ("also", "meanwhile", "later"), as another happening ("another"), or with a count of
    its own ("40 lorries were stranded"): the story counts many collisions, abstain."""
    for nxt in ("Fog also closed Highway 12 for the morning, the police said.",
                "Meanwhile snow ploughs cleared Highway 12, the police said.",
                "Later a lorry overturned on Highway 12, the police said.",
                "Another lorry overturned on Highway 12, the police said.",
                "On Highway 12, 40 lorries were stranded for hours, the police said."):
        got = size_notes([f"{REGION} {nxt}"], tmp_path)
        assert got == [], nxt


def test_a_road_named_by_the_sentence_before_places_nothing(tmp_path):
    """Fictional hard negative: the road is named before the size's sentence (a scene set,
    not the incident told on): only the sentence after is read."""
    got = size_notes([f"Fog lay over Highway 12 at dawn. {REGION}"], tmp_path)
    assert got == []


# -- a denial pointing back at the reporter's narration of one deed (`_pronoun_chain`)

ANGLERS = "Anglers said Ferro Baltic had dumped sludge into the Lisk river in June."
ACCUSED = "Ferro Baltic is accused of dumping sludge into the Lisk river. Ferro Baltic denies it."


def denial_notes(first, second, tmp_path):
    b = brief_for({"x1": [first], "x2": [second]}, tmp_path)
    return [c["note"] for c in b["conflicts"] if c["kind"] == "denial"]


def test_a_denial_of_a_narrated_deed_meets_another_speakers_assertion_of_it(tmp_path):
    """Fictional: the deed imputed ("is accused of", "is said to have"), the denier by
    name, the pointer a pronoun or "the allegation"."""
    assert len(denial_notes(ACCUSED, ANGLERS, tmp_path)) == 1
    said = "Ferro Baltic is said to have dumped sludge into the Lisk river. Ferro Baltic denied the allegation."
    assert len(denial_notes(said, ANGLERS, tmp_path)) == 1


def test_the_chain_abstains_on_a_possible_refused_negated_or_other_deed(tmp_path):
    """Fictional hard negatives: the narrated deed a possibility ("may have dumped"),
    "denied it" after another actor's request (a refusal), the assertion negated or
    possible, another river, and a denier named otherwise than the actor ("The firm"
    for "Ferro Baltic": no explicit chain)."""
    assert denial_notes("Ferro Baltic may have dumped sludge into the Lisk river. Ferro Baltic denies it.",
                        ANGLERS, tmp_path) == []
    assert denial_notes("Ferro Baltic asked the Lisk council for a permit. The council denied it.",
                        ANGLERS, tmp_path) == []
    for other in ("Anglers said Ferro Baltic had not dumped sludge into the Lisk river.",
                  "Anglers said Ferro Baltic could have dumped sludge into the Lisk river.",
                  "Anglers said Ferro Baltic had dumped sludge into the Arro canal in June."):
        assert denial_notes(ACCUSED, other, tmp_path) == [], other
    assert denial_notes(ACCUSED.replace("Ferro Baltic denies it", "The firm denies it"),
                        "Anglers said sludge had been dumped into the Lisk river by Ferro Baltic.", tmp_path) == []


def test_a_pointing_back_denial_abstains_only_when_a_deed_of_the_denier_comes_before(tmp_path):
    """Fictional: "Z said W. X denies it" still meets Z's words when the sentence before
    them tells another actor's deed; hard negative (probe
    `another_speaker_between_deed_and_denial`): when it tells a deed of X, "it" has two
    candidates."""
    b = brief_for({"y1": ["The Lisk council closed the east bank path. Anglers said Ferro Baltic had dumped "
                          "sludge into the Lisk river. Ferro Baltic denies it."]}, tmp_path)
    assert [c["kind"] for c in b["conflicts"]] == ["denial"]


def test_the_chain_abstains_on_the_deed_of_another_year(tmp_path):
    """Fictional hard negative: the deed narrated "in 2019", the assertion's "in 2031":
    two dumpings (the words around the deed, numbers too, are neither inside the other)."""
    assert denial_notes(ACCUSED.replace("Lisk river.", "Lisk river in 2019."),
                        "Anglers said Ferro Baltic had dumped sludge into the Lisk river in 2031.", tmp_path) == []


PORT = ["The National Harbour Service said on Monday that night work at Oskel had grown since March.",
        "Dockers at Oskel said guards of the berths had locked the night shift out of the canteen in April."]


@pytest.mark.parametrize("denial, found", [
    ("The service denied it.", True),  # the speaker resolved to "The National Harbour Service": written shorter
    ("The harbour service denied it on Tuesday.", True),
    ("The service, which also runs the ferry quay, denied it.", False),  # a clause of its own before the verb
    ("Asked about the canteen, the service denied it.", False),  # "it" may point into the lead clause
])
def test_a_denial_by_a_shorter_name_than_resolved_still_points_back(denial, found, tmp_path):
    """Fictional: "<the service> denied it." opening a paragraph, its speaker resolved to the
    full name written earlier; the bare-lead test reads the subject as written (before the
    cue verb). Hard negatives: an apposition clause or a lead clause before the verb."""
    b = brief_for({"hp1": PORT + [denial + ' "No worker has been locked out," said its spokeswoman, Ilse Marrow.']},
                  tmp_path)
    assert bool([c for c in b["conflicts"] if c["kind"] == "denial"]) is found, [c["note"] for c in b["conflicts"]]


# -- counts the reporter marks as disputed (`figure_disputes`)

def figure_notes(paragraphs_by_article, tmp_path):
    b = brief_for(paragraphs_by_article, tmp_path)
    return [c["note"] for c in b["conflicts"] if c["kind"] == "figure"]


VIGIL = "Police said about 3,000 people joined the vigil in Marsk on Sunday."


@pytest.mark.parametrize("second", [
    "Organisers put the crowd at 12,000.",
    "The organisers said the true figure was at least 12,000.",
])
def test_a_rival_estimate_after_a_count_is_a_dispute(second, tmp_path):
    """Fictional: "put the crowd at N", "the true figure was N" right after another side's count."""
    notes = figure_notes({"v1": [VIGIL + " " + second]}, tmp_path)
    assert len(notes) == 1 and "3,000" in notes[0] and "12,000" in notes[0], notes


def test_a_pointer_then_the_rivals_own_figure_is_a_dispute(tmp_path):
    """Fictional: "X disputed that figure." and X's count in the next sentence."""
    text = ("The mountain agency said 12 climbers were still missing on the Varn ridge on Friday. "
            "The guides' association disputed that figure. \"We are looking for at least 30 people,\" "
            "said its head, Ona Brisk.")
    notes = figure_notes({"m1": [text]}, tmp_path)
    assert len(notes) == 1 and "12" in notes[0] and "30" in notes[0], notes


def test_a_correction_not_n_meets_the_earlier_count_of_n(tmp_path):
    """Fictional: "15 passengers were taken, not nine" against another article's nine."""
    notes = figure_notes({"b1": ["Police said gunmen took nine people from a bus near Orrin on Tuesday."],
                          "b2": ["The driver, Hamid Sorel, said 15 passengers were taken, not nine."]}, tmp_path)
    assert len(notes) == 1 and "15" in notes[0], notes


@pytest.mark.parametrize("second", [
    "Police later put the crowd at 5,000.",  # one source: an update, not a dispute
    "Organisers put the crowd at 3,200.",  # the two can both be true
    "Organisers put the number of arrests at 40.",  # another measure (arrested) than the crowd
    "Organisers also put the crowd at a second vigil in Tollen at 800.",  # another matter
    "The organisers disputed that the vigil had been peaceful.",  # a disputed proposition, no count
])
def test_a_marked_count_that_is_no_rival_is_no_dispute(second, tmp_path):
    """Fictional hard negatives for the marks of a dispute."""
    assert figure_notes({"v1": [VIGIL + " " + second]}, tmp_path) == []
