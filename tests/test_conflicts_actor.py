"""A denial of the denier's own deed ("X denied dumping whey in the river") meets only
an assertion that X did it, not one that someone hung on X did ("a driver employed by a
haulier of X", "former members of X"), however many words the two share. Every name,
place and sentence here is FICTIONAL, made up for newsbrief's tests; each is briefed
through the CLI."""
from __future__ import annotations

import pytest

from conflict_probes import brief_for, matches

NEWS_TAIL = "Officials gave no timetable for a fuller account of events."

CASES = {
    # must yield the denial
    "the_firm_itself": ({
        "ka1": [f"Inspectors said Morrow Dairies had dumped whey in the Quill river last week. {NEWS_TAIL}"],
        "ka2": [f"Morrow Dairies denied dumping whey in the Quill river. A statement was posted on its website."],
    }, ("denial", ["Inspectors said Morrow Dairies", "Morrow Dairies denied dumping"])),
    # must yield nothing: another actor did it
    "a_contractors_driver": ({
        "kb1": [f"Inspectors said a driver employed by a haulier of Morrow Dairies dumped whey in the Quill river. "
                f"{NEWS_TAIL}"],
        "kb2": ["Morrow Dairies denied dumping whey in the Quill river. A statement was posted on its website."],
    }, None),
    "former_members": ({
        "kc1": [f"Police said former members of the Brant Growers Union blocked the main ring road with tractors. {NEWS_TAIL}"],
        "kc2": ["The Brant Growers Union denied blocking the main ring road. A statement was posted on a noticeboard."],
    }, None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_denied_deed_meets_only_the_deniers_own(name, tmp_path):
    articles, want = CASES[name]
    brief = brief_for(articles, tmp_path, name)
    got = brief["conflicts"]
    if want is None:
        assert got == []
    else:
        assert len(got) == 1 and matches(brief, got[0], want)
