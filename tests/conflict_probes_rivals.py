"""A second invented probe set for the `conflicts` stage: rival counts of things that are
not casualties (homes, passengers aboard) and denials set against another party's
assertion of the same deed. Every name, place, number and sentence here is FICTIONAL,
made up for newsbrief's tests. Each probe is briefed through the CLI, as in
`conflict_probes` (same judging: a positive must yield its disagreement and nothing else,
a hard negative no disagreement of any kind). Negatives outnumber positives.

    PYTHONPATH=src python tests/conflict_probes_rivals.py     # precision / recall of the set
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from conflict_probes import brief_for, matches

# name -> (articles, want); want = (kind, [snippets]) or None (a hard negative)
RIVALS: dict[str, tuple[dict[str, list[str]], tuple[str, list[str]] | None]] = {
    # ---- must yield a disagreement ------------------------------------------------
    "homes_two_sources_one_predicate": ({
        "ra1": ["The storm brought down power lines across Caddon on Monday. About 800 homes in Caddon lost power, "
                "the utility Norwell Grid said."],
        "ra2": ["Caddon's mayor, Rhea Varga, said more than 3,000 homes in Caddon lost power when the storm hit on Monday."],
    }, ("figure", ["About 800 homes", "more than 3,000 homes"])),
    "passengers_on_board_two_sources": ({
        "rb1": ["A coach carrying pilgrims left the mountain road near Sollas on Thursday. "
                "The operator, Lantry Coaches, said 41 passengers were on board."],
        "rb2": ["Highway police said about 70 passengers were on board the Lantry coach when it left the road near Sollas."],
    }, ("figure", ["41 passengers", "about 70 passengers"])),
    "denial_of_a_meeting_told_by_others": ({
        "rc1": ["Two aides said the transport minister, Odile Sarne, had met lobbyists from Corvex Energy at her office "
                "in March, weeks before the pipeline permit was granted."],
        "rc2": ["Sarne denied ever meeting the Corvex lobbyists and said the permit followed the usual review."],
    }, ("denial", ["Two aides said", "Sarne denied ever meeting"])),
    "denial_of_an_accusation_by_kind": ({
        "rd1": ["The Port Ardel fishermen's union accused the Arvo Sand company of dredging the bay at night "
                "without a licence. The company denied dredging the bay at night."],
    }, ("denial", ["accused the Arvo Sand company", "denied dredging the bay"])),
    "denial_of_a_payment_told_by_prosecutors": ({
        "re1": ["Prosecutors said Dag Hollin had paid two prison guards to unlock the cell doors of the east wing."],
        "re2": ["Hollin, who goes on trial next month, denied paying any guard."],
    }, ("denial", ["Prosecutors said Dag Hollin", "denied paying any guard"])),
    "two_sources_homes_flooded_same_day": ({
        "rf1": ["The Ouse Mill district council said 250 homes were flooded in Marrow Vale on Sunday."],
        "rf2": ["Residents' leader Mirela Oake said about 900 homes were flooded in Marrow Vale on Sunday, "
                "far more than officials admitted."],
    }, ("figure", ["250 homes", "about 900 homes"])),

    # ---- hard negatives: no disagreement ------------------------------------------
    "homes_flooded_rising_over_a_day": ({  # a toll rising over a day: the larger is later
        "rn1": ["The Lessing river burst its banks before dawn on Tuesday. By Tuesday morning 300 homes in Lessing "
                "were flooded, fire officials said."],
        "rn2": ["Rain kept falling on Lessing all day. By Tuesday night the number of flooded homes in Lessing "
                "had risen to 900, the county said."],
    }, None),
    "homes_part_and_total": ({  # a part of the town's count is no rival of the whole
        "rn3": ["The council said 1,200 homes in Brisk were damaged by the hailstorm on Friday."],
        "rn4": ["About 300 of the damaged homes were in the east ward of Brisk, a council engineer said."],
    }, None),
    "homes_two_places": ({
        "rn5": ["About 400 homes lost power in Caddon on Monday, the utility Norwell Grid said."],
        "rn6": ["More than 2,000 homes lost power in Ferrow on Monday, the mayor of Ferrow said."],
    }, None),
    "members_and_all_workers": ({  # union members who struck, and the workers who came in
        "rn7": ["The dockers' union said 700 of its members joined the strike at Quillan port on Monday."],
        "rn8": ["The port operator said 1,800 workers came to work as usual at Quillan on Monday."],
    }, None),
    "residents_and_visitors": ({  # two populations of one evacuation
        "rn9": ["Police said 5,000 residents were evacuated from Lorne Bay on Saturday as the fire spread."],
        "rn10": ["The tourism office said about 12,000 visitors were evacuated from Lorne Bay on Saturday."],
    }, None),
    "homes_under_negation": ({  # homes that did not get the warning, and those that did
        "rn11": ["Officials said 300 homes in Dellow had not received the flood warning on Wednesday."],
        "rn12": ["The county said 1,500 homes in Dellow received the flood warning on Wednesday."],
    }, None),
    "forecast_and_count": ({  # what could happen, beside what did
        "rn13": ["The utility said as many as 20,000 homes in Tarrant could lose power by Friday."],
        "rn14": ["The mayor of Tarrant said 3,000 homes in Tarrant lost power on Wednesday."],
    }, None),
    "capacity_and_aboard": ({  # what the coach may carry, and who was on it
        "rn15": ["The coach was licensed to carry 50 passengers, the operator Lantry Coaches said."],
        "rn16": ["Police said 38 passengers were on board the Lantry coach near Sollas on Thursday."],
    }, None),
    "denial_of_another_deed_same_object": ({  # one bay, two deeds
        "rn17": ["Fishermen said the Arvo Sand company had dredged the bay at Port Ardel without a licence."],
        "rn18": ["The Arvo Sand company denied polluting the bay."],
    }, None),
    "denial_of_the_deed_by_someone_else": ({  # the accused is not the denier
        "rn19": ["Rangers said poachers had killed two rhinos in the Kasso reserve on Tuesday."],
        "rn20": ["The owner of the Kasso lodge, Piet Andor, denied killing any rhinos."],
    }, None),
    "accusation_of_another_party": ({  # the union accuses the operator; the ministry denies
        "rn21": ["Dock workers accused the Quayline port operator of hiring foreign crews during the stoppage. "
                 "The transport ministry denied hiring foreign crews."],
    }, None),
    "denial_of_a_meeting_of_another_year": ({  # one minister, two meetings
        "rn22": ["Two aides said the minister, Odile Sarne, had met Corvex Energy lobbyists in 2029."],
        "rn23": ["Sarne denied meeting Corvex Energy lobbyists this year."],
    }, None),
    "restored_and_lost": ({  # homes that got power back, and those that lost it
        "rn24": ["The utility Norwell Grid said power was restored to 800 homes in Caddon on Tuesday."],
        "rn25": ["The mayor of Caddon said 3,000 homes in Caddon lost power on Monday."],
    }, None),
    "one_source_revising": ({  # one source's count told twice in one day: no dispute
        "rn26": ["The county said 250 homes were flooded in Marrow Vale on Sunday.",
                 "Later on Sunday the county said 400 homes were flooded in Marrow Vale."],
    }, None),
    # ---- a correction of another party by name, and its near misses ------------------
    "correction_not_as_the_party_said": ({
        "ry1": ["The Harl county council said the old Harl footbridge had been closed on Monday for repairs."],
        "ry2": ["Engineers from the Brenna Institute said the footbridge had been closed on Friday, and not on Monday "
                "as the council had said."],
    }, ("denial", ["The Harl county council said", "Engineers from the Brenna Institute"])),
    "agreement_as_the_party_said": ({  # "as X had said" without a negation agrees
        "ry3": ["The Harl county council said the old Harl footbridge would reopen on Monday."],
        "ry4": ["Engineers from the Brenna Institute said the footbridge reopened on Monday, as the council had said."],
    }, None),
    "not_only_as_the_party_said": ({  # "not only": an addition, no correction
        "ry5": ["The Harl county council said the flood had reached the old town on Monday."],
        "ry6": ["Engineers from the Brenna Institute said the flood had reached not only the old town, as the council "
                "had said, but also the harbour."],
    }, None),
    "correction_of_something_the_party_never_said": ({  # nothing of the party's shares the words
        "ry7": ["The Harl county council said the old Harl footbridge needed new railings."],
        "ry8": ["Engineers from the Brenna Institute said the footbridge had been closed on Friday, and not on Monday "
                "as the council had said."],
    }, None),

    # ---- hard negatives written after the mechanism, never tuned on ------------------
    "homes_on_two_days": ({  # one article dated, two days told
        "rx1": ["On Monday about 800 homes in Caddon lost power, the utility Norwell Grid said."],
        "rx2": ["On Wednesday more than 3,000 homes in Caddon lost power, the mayor of Caddon said."],
    }, None),
    "homes_expected_to_lose_power": ({  # a count to come
        "rx3": ["The utility Norwell Grid said about 800 homes in Caddon lost power on Monday."],
        "rx4": ["The mayor of Caddon said more than 3,000 homes in Caddon were expected to lose power on Monday."],
    }, None),
    "denial_by_a_relative_of_the_accused": ({  # the denier is not the actor
        "rx5": ["Prosecutors said Dag Hollin had paid two prison guards to unlock the cell doors."],
        "rx6": ["Hollin's brother, Ivo Hollin, denied paying any guard."],
    }, None),
    "denial_of_the_deed_to_another_object": ({  # one verb, another thing paid
        "rx7": ["Prosecutors said Dag Hollin had paid two prison guards to unlock the cell doors."],
        "rx8": ["Hollin denied paying the ferry crew."],
    }, None),
    "assertion_under_a_modal": ({  # what may have happened is no assertion
        "rx9": ["Two aides said the minister, Odile Sarne, might meet lobbyists from Corvex Energy in May."],
        "rx10": ["Sarne denied ever meeting the Corvex lobbyists."],
    }, None),
}


def judge(name: str, brief: dict) -> tuple[int, int, int]:
    """(reported, reported and right, wanted found) of one probe."""
    want = RIVALS[name][1]
    got = brief["conflicts"]
    right = sum(1 for c in got if matches(brief, c, want))
    return len(got), right, int(want is not None and right > 0)


def brief_of(name: str, folder: Path) -> dict:
    return brief_for(RIVALS[name][0], folder, name)


def score(folder: Path) -> dict:
    reported = right = found = 0
    per = {}
    for name in RIVALS:
        b = brief_of(name, folder)
        n, r, f = judge(name, b)
        reported, right, found = reported + n, right + r, found + f
        per[name] = [c["note"] for c in b["conflicts"]]
    wanted = sum(1 for _a, w in RIVALS.values() if w is not None)
    return {"precision": right / reported if reported else 1.0, "recall": found / wanted,
            "reported": reported, "right": right, "found": found, "wanted": wanted, "per_probe": per}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        result = score(Path(tmp))
    for name, notes in result.pop("per_probe").items():
        print(f"{name:42s} {'WANT' if RIVALS[name][1] else 'none'}  {notes}")
    json.dump(result, sys.stdout, indent=1)
    print()
