"""Conflicts on the second invented probe set (`conflict_probes_rivals.RIVALS`: FICTIONAL
clusters briefed through the CLI): counts told by two named sources in the same words
(`told_counts`), denials against another speaker's assertion of the denier's deed
(`denied_deeds`), a correction of another party by name (`corrections`), and their hard
negatives (a toll rising over a day, a part and its total, two places, two populations, a
count under negation, a forecast, a capacity, another deed, another actor, another year)."""
import pytest

from conflict_probes_rivals import RIVALS, brief_of, judge


@pytest.mark.parametrize("name", sorted(RIVALS))
def test_rival_probe(name, tmp_path):
    """A positive yields its disagreement and nothing else; a hard negative yields none."""
    b = brief_of(name, tmp_path)
    reported, right, found = judge(name, b)
    notes = [c["note"] for c in b["conflicts"]]
    if RIVALS[name][1] is None:
        assert reported == 0, notes
    else:
        assert found == 1 and right == reported, notes


def test_the_rival_set_has_more_negatives_than_positives():
    wanted = [n for n, (_a, w) in RIVALS.items() if w is not None]
    assert len(wanted) >= 5 and len(RIVALS) - len(wanted) >= 15 and len(RIVALS) - len(wanted) > len(wanted)


def _dated_brief(tmp_path, first: str, second: str, days: tuple[str, str]) -> dict:
    import json

    from conflict_probes import _records
    from newsbrief.cli.main import main

    feed = tmp_path / "dated.jsonl"
    records = _records({"d1": [first], "d2": [second]}, {"d1": days[0], "d2": days[1]})
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    assert main(["brief", str(feed), "-o", str(tmp_path / "out"), "-q"]) == 0
    return json.loads((tmp_path / "out" / "brief.json").read_text())


EARLIER = "Health inspectors in Ostby said about 1,400 households drew water from the tainted Grell well."


def test_a_later_smaller_count_by_another_source_is_a_rival(tmp_path):
    """Fictional: two days later another named source gives far fewer households in the
    same words: a count told again smaller is no update, the two disagree."""
    later = "The well's owner, the Ostby Supply company, said 200 households drew water from the Grell well."
    b = _dated_brief(tmp_path, EARLIER, later, ("2031-03-02", "2031-03-04"))
    assert [c["kind"] for c in b["conflicts"]] == ["figure"], [c["note"] for c in b["conflicts"]]


def test_a_later_larger_count_or_one_far_apart_is_no_rival(tmp_path):
    """Fictional hard negatives: the later count is the larger (the count may have grown),
    or the articles are more days apart than a dispute is compared over."""
    larger = "The well's owner, the Ostby Supply company, said 2,600 households drew water from the Grell well."
    b = _dated_brief(tmp_path, EARLIER, larger, ("2031-03-02", "2031-03-04"))
    assert b["conflicts"] == []
    smaller = "The well's owner, the Ostby Supply company, said 200 households drew water from the Grell well."
    b = _dated_brief(tmp_path, EARLIER, smaller, ("2031-03-02", "2031-03-20"))
    assert b["conflicts"] == []
