"""An invented probe set for the `conflicts` stage: small FICTIONAL clusters (every
name, place, number and sentence here is made up for newsbrief's tests), each briefed
through the CLI (`newsbrief brief FEED -o OUT -q`, what a user runs) and scored by what
the brief's `conflicts` list holds.

A probe either must yield one disagreement (`want`: its kind and snippets of the
sentences it sets against each other, any two of which must be among the conflict's
items) or is a hard negative (`want` None: the near miss that must yield NO
disagreement of any kind). Negatives outnumber positives on purpose.

    PYTHONPATH=src python tests/conflict_probes.py     # precision / recall of the set
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

DAY = "2031-05-14"


def _records(articles: dict[str, list[str]], published: dict[str, str] | None = None) -> list[dict]:
    """One JSONL record an article; its paragraphs are the list items (joined by a blank line)."""
    out = []
    for n, (art_id, paragraphs) in enumerate(articles.items()):
        out.append({"id": art_id, "title": f"Fictional probe {art_id}", "text": "\n\n".join(paragraphs),
                    "published": (published or {}).get(art_id, DAY), "source": f"Fictional Wire {n}"})
    return out


# name -> (articles, want); want = (kind, [snippets]) or None (a hard negative)
PROBES: dict[str, tuple[dict[str, list[str]], tuple[str, list[str]] | None]] = {
    # ---- must yield a disagreement ------------------------------------------------
    "toll_two_sources": ({
        "pa1": ["A fire at the Kessler tannery in Durbin killed 12 workers on Tuesday, the fire service said."],
        "pa2": ["Thirty workers died in Tuesday's fire at the Kessler tannery in Durbin, union leader Maro Ilic said."],
    }, ("figure", ["killed 12 workers", "Thirty workers died"])),
    "crowd_two_sources": ({
        "pb1": ["About 2,000 people marched through Lindqvist on Saturday against the new toll bridge, police said."],
        "pb2": ["Organisers said 15,000 people marched through Lindqvist on Saturday against the toll bridge."],
    }, ("figure", ["About 2,000 people", "15,000 people"])),
    "denial_named_deed": ({
        "pc1": ["Inspectors said the Orvane Dairy had poured whey into the Lisk river for a month."],
        "pc2": ["The Orvane Dairy denied pouring whey into the Lisk river."],
    }, ("denial", ["Inspectors said", "denied pouring whey"])),
    "denial_points_back": ({
        "pd1": ["Residents of Harrow Vale said the county council had cut the night buses to the valley. "
                "The council denied it."],
    }, ("denial", ["Residents of Harrow Vale said", "The council denied it"])),
    "pronoun_to_narrated_deed": ({
        "pe1": ["The Tessan company is accused of dumping ballast oil off Cape Morrow. The company denies it."],
        "pe2": ["Coastguard officers said the Tessan company had dumped ballast oil off Cape Morrow in March."],
    }, ("denial", ["The company denies it", "Coastguard officers said"])),
    "pronoun_chain_through_a_deed_noun": ({
        "pg1": ["Dario Fenn is accused of starting the blaze at the Sorrel warehouse. Fenn denies it."],
        "pg2": ["Detectives said Dario Fenn had started the fire at the Sorrel warehouse on Friday night."],
    }, ("denial", ["Fenn denies it", "Detectives said"])),
    "size_told_at_two_levels": ({
        "pf1": ["Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby "
                "in Ostria, the highway police said."],
        "pf2": ["An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said. "
                "The collision left wreckage strewn along Highway 12 until noon."],
        "pf3": ["Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."],
    }, ("figure", ["a 14-truck collision", "An 11-truck collision"])),

    # ---- hard negatives: no disagreement ------------------------------------------
    "size_next_sentence_closes_a_road": ({  # a road closed is not where the incident was
        "pf1": ["Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby "
                "in Ostria, the highway police said."],
        "pf2": ["An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said. "
                "Rescue crews closed Highway 12 in both directions until noon."],
        "pf3": ["Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."],
    }, None),
    "size_next_sentence_measures_from_another_crash": ({  # the road is the other crash's
        "pf1": ["Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby "
                "in Ostria, the highway police said."],
        "pf2": ["An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said. "
                "The collision happened some 20 miles west of a tanker fire on Highway 12."],
        "pf3": ["Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."],
    }, None),
    "chain_another_firm_of_the_same_kind_denies": ({  # one head word, two firms
        "pq1": ["The Marlo company is accused of dumping bilge oil off Cape Tarrant. The Venn company denies it."],
        "pq2": ["Harbour officers said the Marlo company had dumped bilge oil off Cape Tarrant in June."],
    }, None),
    "chain_a_namesake_denies": ({  # one surname, two people
        "pq1": ["Pieter Ostrov is accused of forging the permits for the Kell quarry. Irma Ostrov denies it."],
        "pq2": ["Prosecutors said Pieter Ostrov had forged the permits for the Kell quarry."],
    }, None),
    "chain_the_deed_at_another_place": ({  # "off X" read by the parser as a second object
        "pq1": ["The Marlo company is accused of dumping bilge oil off Cape Tarrant. The company denies it."],
        "pq2": ["Harbour officers said the Marlo company had dumped bilge oil off Brenna Point in June."],
    }, None),
    "toll_rising_over_a_day": ({
        "na1": ["Four people died when the Brantley footbridge collapsed on Monday morning, police said."],
        "na2": ["The toll from the collapse of the Brantley footbridge on Monday has risen to nine, "
                "police said in the evening."],
    }, None),
    "part_and_total": ({
        "nb1": ["Eleven passengers died when the ferry Lumen capsized off Tarrow on Sunday, the coastguard said."],
        "nb2": ["Three of the passengers who died when the ferry Lumen capsized off Tarrow were children, "
                "a hospital spokesman said."],
    }, None),
    "two_places": ({
        "nc1": ["The floods killed six people in Varda on Wednesday, regional officials said."],
        "nc2": ["The floods killed 14 people in Meskin on Wednesday, the governor of the province said."],
    }, None),
    "two_incidents_of_one_kind": ({
        "nd1": ["A bus crash near Velden killed seven people on Monday, police said."],
        "nd2": ["A second bus crash, near Marlow, killed 15 people on Monday, police said."],
    }, None),
    "sizes_on_two_roads": ({
        "ne1": ["Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby "
                "in Ostria, the highway police said."],
        "ne2": ["An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said. "
                "Rescue crews closed the Sarn Motorway in both directions until noon."],
        "ne3": ["Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."],
    }, None),
    "road_named_in_another_paragraph": ({
        "nf1": ["Three drivers were killed on Friday in a 14-truck collision that blocked Highway 12 near Fenby "
                "in Ostria, the highway police said."],
        "nf2": ["An 11-truck collision in Ostria on Friday left three drivers dead, the road agency said.",
                "Fog also closed Highway 12 for most of the morning, the highway police said."],
        "nf3": ["Police logged more than 60 collisions across Ostria on Friday as fog settled over the plain."],
    }, None),
    "denial_of_another_proposition": ({
        "ng1": ["Inspectors said the Orvane Dairy had poured whey into the Lisk river for a month."],
        "ng2": ["The Orvane Dairy denied cutting the wages of its drivers."],
    }, None),
    "pronoun_with_two_antecedents": ({
        "nh1": ["Last spring the Tessan company sold its oldest tanker and dumped ballast oil off Cape Morrow. "
                "The company denies it."],
        "nh2": ["Coastguard officers said the Tessan company had dumped ballast oil off Cape Morrow in March."],
    }, None),
    "pronoun_across_a_paragraph": ({
        "ni1": ["The Tessan company is accused of dumping ballast oil off Cape Morrow.",
                "The company denies it."],
        "ni2": ["Coastguard officers said the Tessan company had dumped ballast oil off Cape Morrow in March."],
    }, None),
    "pronoun_to_another_actors_deed": ({
        "nj1": ["The harbour board closed the Brisk pier on Sunday after a tanker spilled oil there. "
                "The Tessan company denies it."],
        "nj2": ["Coastguard officers said a tanker had spilled oil at the Brisk pier on Sunday."],
    }, None),
    "pronoun_to_another_deed_of_the_actor": ({
        "nk1": ["The Tessan company is accused of dumping ballast oil off Cape Morrow. The company denies it."],
        "nk2": ["Coastguard officers said the Tessan company had sacked its harbour pilots in March."],
    }, None),
    "pronoun_to_one_deed_of_another_actor": ({
        "nm1": ["A tanker spilled oil at the Brisk pier on Sunday. The Tessan company denies it."],
        "nm2": ["Coastguard officers said a tanker had spilled oil at the Brisk pier on Sunday."],
    }, None),
    "same_deed_of_another_actor_of_one_kind": ({
        "nn1": ["The Tessan company is accused of dumping ballast oil off Cape Morrow. The company denies it."],
        "nn2": ["Coastguard officers said the Varro company had dumped ballast oil off Cape Morrow in March."],
    }, None),
    "pronoun_chain_to_another_fire_of_the_actor": ({
        "no1": ["Dario Fenn is accused of starting the blaze at the Sorrel warehouse. Fenn denies it."],
        "no2": ["Detectives said Dario Fenn had started the fire at the Dunmore mill on Friday night."],
    }, None),
    "another_speaker_between_deed_and_denial": ({
        "np1": ["Ferro Baltic is accused of dumping sludge into the Lisk river. Mayor Ines Kolar said the river "
                "was safe to swim in. Ferro Baltic denies it."],
        "np2": ["Anglers said Ferro Baltic had dumped sludge into the Lisk river in June."],
    }, None),
    "quote_inside_another_speakers_paragraph": ({
        "nl1": ["Dock foreman Ruel Amsa said his brother had lost his job at the Tessan yard in May. "
                "\"He asked them for his last wages and they denied it,\" Amsa said."],
        "nl2": ["The Tessan yard said it would hire forty welders in the autumn."],
    }, None),
}


def brief_for(articles: dict[str, list[str]], folder: Path, name: str = "probe") -> dict:
    """The brief.json the CLI writes for fictional articles (id -> paragraphs)."""
    from newsbrief.cli.main import main

    feed = folder / f"{name}.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in _records(articles)) + "\n")
    out = folder / name
    assert main(["brief", str(feed), "-o", str(out), "-q"]) == 0
    return json.loads((out / "brief.json").read_text())


def brief_of(name: str, folder: Path) -> dict:
    """The brief.json the CLI writes for one probe."""
    return brief_for(PROBES[name][0], folder, name)


def matches(brief: dict, conflict: dict, want) -> bool:
    """The conflict is the wanted disagreement: its kind, and items in sentences holding
    at least two of the wanted snippets."""
    if want is None or conflict["kind"] != want[0]:
        return False
    sentence_of = {x["id"]: x["sentence"] for k in ("figures", "claims") for x in brief[k]}
    text = {s["id"]: s["text"] for s in brief["sentences"]}
    held = [text.get(sentence_of.get(i), "") for i in conflict["items"]]
    return sum(1 for snip in want[1] if any(snip in t for t in held)) >= 2


def judge(name: str, brief: dict) -> tuple[int, int, int]:
    """(reported, reported and right, wanted found) of one probe."""
    want = PROBES[name][1]
    got = brief["conflicts"]
    right = sum(1 for c in got if matches(brief, c, want))
    return len(got), right, int(want is not None and right > 0)


def score(folder: Path) -> dict:
    """Precision (reported conflicts that are the wanted one) and recall (positives
    found) over the whole probe set, with each probe's outcome."""
    reported = right = found = 0
    per = {}
    for name in PROBES:
        b = brief_of(name, folder)
        n, r, f = judge(name, b)
        reported, right, found = reported + n, right + r, found + f
        per[name] = [c["note"] for c in b["conflicts"]]
    wanted = sum(1 for _a, w in PROBES.values() if w is not None)
    return {"precision": right / reported if reported else 1.0, "recall": found / wanted,
            "reported": reported, "right": right, "found": found, "wanted": wanted, "per_probe": per}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        result = score(Path(tmp))
    for name, notes in result.pop("per_probe").items():
        print(f"{name:42s} {'WANT' if PROBES[name][1] else 'none'}  {notes}")
    json.dump(result, sys.stdout, indent=1)
    print()
