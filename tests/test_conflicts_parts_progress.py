"""A part of a total is no rival of the total, and a count of the missing told on two days
is an update (`conflict_scope.condition`, `conflicts._relation`). Every article here is
FICTIONAL (names, places, numbers and sentences invented for these tests); each is
briefed through the CLI, and hard negatives check the near miss that must still clash."""
import json

from conflict_probes import _records


def brief_dated(articles, published, folder, name="probe"):
    from newsbrief.cli.main import main

    feed = folder / f"{name}.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in _records(articles, published)) + "\n")
    out = folder / name
    assert main(["brief", str(feed), "-o", str(out), "-q"]) == 0
    return json.loads((out / "brief.json").read_text())


def figure_notes(b):
    return [c["note"] for c in b["conflicts"] if c["kind"] == "figure"]


BLAST = "A gas blast tore through the Pellam grain store in Oskvik on Monday, injuring 52 people, the fire service said."


def test_a_count_in_a_grave_condition_is_a_part_of_the_injured(tmp_path):
    """Fictional: 52 injured (fire service) and, in another article, nine in critical
    condition (doctors): the nine are among the 52."""
    b = brief_dated({"k1": [BLAST],
                     "k2": ["Doctors at the Oskvik infirmary said nine people hurt in Monday's blast at the Pellam "
                            "grain store were in critical condition."]},
                    {}, tmp_path)
    assert figure_notes(b) == []


def test_a_count_still_in_hospital_is_a_part_of_those_treated(tmp_path):
    """Fictional: a hospital that treated 52 and, later the same day, 14 who remain in
    hospital: a part, not a rival."""
    b = brief_dated({"k1": [BLAST],
                     "k2": ["After Monday's blast at the Pellam grain store in Oskvik, 14 of the injured people "
                            "remained in hospital on Monday night, officials said.",
                            "The Pellam blast left 14 injured people in hospital, the health office said."]},
                    {}, tmp_path)
    assert figure_notes(b) == []


def test_hard_negative_two_counts_of_one_condition_still_clash(tmp_path):
    """Fictional near miss: both sources count the critically injured, 4 against 19 on one
    day: the condition is shared, so they are rivals."""
    b = brief_dated({"k1": ["Four people injured in the Pellam grain store blast in Oskvik on Monday were in "
                            "critical condition, the fire service said."],
                     "k2": ["Nineteen people injured in Monday's Pellam grain store blast in Oskvik were in critical "
                            "condition, the workers' union said."]},
                    {}, tmp_path)
    notes = figure_notes(b)
    assert len(notes) == 1 and "Four" in notes[0] and "Nineteen" in notes[0], notes


def test_hard_negative_two_plain_injured_counts_still_clash(tmp_path):
    """Fictional near miss: no condition in either, 52 against 130 on one day: rivals."""
    b = brief_dated({"k1": [BLAST],
                     "k2": ["The gas blast at the Pellam grain store in Oskvik on Monday injured 130 people, "
                            "the workers' union said."]},
                    {}, tmp_path)
    notes = figure_notes(b)
    assert len(notes) == 1 and "52" in notes[0] and "130" in notes[0], notes


LANDSLIDE = {"m1": ["A landslide buried part of the hill village of Dorrach on Sunday. The mountain rescue "
                    "service said 44 people were missing on Sunday evening."],
             "m2": ["Searchers dug through mud in Dorrach on Monday after Sunday's landslide. The mountain rescue "
                    "service said 39 people were still missing after five survivors were found."]}


def test_the_missing_told_on_two_days_are_a_progression(tmp_path):
    """Fictional: 44 missing on Sunday, 39 on Monday (five found): the count moved."""
    b = brief_dated(LANDSLIDE, {"m1": "2031-09-07", "m2": "2031-09-08"}, tmp_path)
    assert figure_notes(b) == []
    moves = [p["note"] for p in b["progressions"] if p["measure"] == "missing"]
    assert len(moves) == 1 and "44" in moves[0] and "39" in moves[0] and "revised down" not in moves[0], moves


def test_hard_negative_the_missing_told_on_one_day_by_two_sides_clash(tmp_path):
    """Fictional near miss: the same day, the rescue service says 44 missing and a
    villagers' group 90: two rival counts, not a progression."""
    b = brief_dated({"m1": LANDSLIDE["m1"],
                     "m2": ["Villagers in Dorrach said on Sunday that 90 people were missing after the landslide, "
                            "far more than the rescue service's figure."]},
                    {"m1": "2031-09-07", "m2": "2031-09-07"}, tmp_path)
    notes = figure_notes(b)
    assert len(notes) == 1 and "44" in notes[0] and "90" in notes[0], notes


def test_a_toll_told_as_brought_up_to_its_number_is_an_update(tmp_path):
    """Fictional: 12 dead in one report, then, the same day, "more bodies ..., bringing the
    death toll from the landslide to 19" by the same office: the toll moved, no dispute."""
    b = brief_dated({"k1": ["A landslide buried part of the hill village of Ostrel on Monday, and 12 people were "
                            "killed, the regional rescue office said."],
                     "k2": ["Rescuers dug three more bodies out of the mud in Ostrel on Monday night, bringing the death "
                            "toll from the landslide to 19, the regional rescue office said."]},
                    {"k1": "2031-05-12", "k2": "2031-05-12"}, tmp_path)
    assert figure_notes(b) == []


def test_also_before_the_count_adds_a_statement_not_people(tmp_path):
    """Fictional hard negative: "also said" adds what a source said; its toll still
    disagrees with another source's toll of the same blast that day."""
    b = brief_dated({"k1": [BLAST, "The fire service said four people were killed in the blast."],
                     "k2": ["Doctors at the Oskvik infirmary also said seven people were killed in the Pellam grain "
                            "store blast on Monday."]},
                    {"k1": "2031-05-12", "k2": "2031-05-12"}, tmp_path)
    assert any("four" in n and "seven" in n for n in figure_notes(b)), figure_notes(b)


def test_also_in_another_clause_adds_nothing_to_the_count(tmp_path):
    """Fictional hard negative: "also" belongs to the guard who died, not to the two
    gunmen; the two still disagree with another source's three."""
    b = brief_dated({"k1": ["Police said officers killed two of the gunmen in the Oskvik siege on Monday and arrested "
                            "a third, while a guard also lost his life."],
                     "k2": ["Oskvik radio said three gunmen were killed in the siege on Monday."]},
                    {"k1": "2031-05-12", "k2": "2031-05-12"}, tmp_path)
    assert any("two" in n and "three" in n for n in figure_notes(b)), figure_notes(b)


def test_a_total_told_to_hold_the_other_count_is_no_rival(tmp_path):
    """Fictional: six killed in the pileup "among them the three found in the first
    cars" holds the police's three (which three is whose is unknown: abstain); without
    the marker the two counts still clash."""
    part = "Tuesday's pileup killed three people, the police said."
    near = "Six people were killed in Tuesday's pileup, the council said."
    total = near.replace(", the council", ", among them the three found in the first cars, the council")
    b = brief_dated({"k1": [total], "k2": [part]}, {}, tmp_path)
    assert figure_notes(b) == []
    b = brief_dated({"k1": [near], "k2": [part]}, {}, tmp_path, name="near")
    assert len(figure_notes(b)) == 1
