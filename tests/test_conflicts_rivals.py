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
