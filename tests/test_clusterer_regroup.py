"""The second chance of lone stories (`Clusterer._regroup`): when a story grows
(by half: sizes 2, 3, 4, 6, 9, ...), the lone stories near it are decided again,
up to `regroup_tries` of them (8). A topic that leaves several lone fragments
around it takes them all in at one look; a lone article on another event that
shares a place, a person or a week with the growing story is not pulled in,
however many looks it gets. All texts are fictional."""
from __future__ import annotations

import pytest

from newsbrief.corpus.clusterer import ClusterSettings, Clusterer, _cosine, _regroup_due

# pseudo-words: the scores are set by the words shared, nothing else
_A = "vorlan keshet miradon tulvex baronet quillam".split()
_B = ["zephrin oskadel gantrel", "huvisk merrowin sallucet", "dravomir pennick tamberly"]
# a first article, three lone fragments (each a few words of their own and one of
# the first article's), then an article that covers all of them
FRAGMENTS = [" ".join(_A)] + [f"{b} {_A[i]}" for i, b in enumerate(_B)] + [" ".join(_A + " ".join(_B).split() * 2)]
PLAIN = dict(join=0.25, join_low=0.25, background=False, prior_docs=0, bridge=1.1, merge=1.1, lead_words=0)


def _run(settings: ClusterSettings, items: list[tuple[str, str | None]]):
    c = Clusterer(settings)
    return c, [c.assign(v) for v in c.vectorize(items)]


def test_one_look_takes_in_every_lone_fragment_it_reaches():
    """Fictional pseudo-words: three lone fragments of one story, each too far
    from its first article; when a covering article grows the story to 2, the
    look takes all three in with 8 tries, only the two closest with 2."""
    for tries, absorbed in ((8, ["s2", "s3", "s4"]), (2, ["s2", "s3"])):
        c, got = _run(ClusterSettings(**PLAIN, regroup_tries=tries), [(t, None) for t in FRAGMENTS])
        assert [a.new for a in got] == [True, True, True, True, False]
        assert all(a.score < 0.25 for a in got[1:4])  # each fragment was too far when it arrived
        assert got[4].story == "s1" and got[4].merged == absorbed
        assert all(c.resolve(sid) == "s1" for sid in absorbed)  # the older id stays, the others redirect
        assert c.stories["s1"].size == 2 + len(absorbed)


def test_a_lone_story_sharing_one_word_is_not_taken_in():
    """Fictional pseudo-words, hard negative: a lone article that shares a single
    word (a place, say) with a growing story stays apart with 8 tries."""
    lone = f"{_A[0]} brennic solvaty markune ostrelle wimberan"
    stream = [" ".join(_A), lone] + [" ".join(_A + [w]) for w in ("tessaly", "gorvane", "liskary", "pomeran")]
    c, got = _run(ClusterSettings(**PLAIN), [(t, None) for t in stream])
    assert got[1].new and all(a.merged == [] for a in got)
    assert c.stories[got[1].story].size == 1 and c.stories["s1"].size == 5


def test_the_schedule_by_half():
    assert [n for n in range(2, 12) if _regroup_due(n, 1.5)] == [2, 3, 4, 6, 9]
    assert [n for n in range(2, 12) if _regroup_due(n, 1.0)] == list(range(2, 12))


# fictional: a warehouse fire in a town followed over six articles
FIRE = [
    "A fire tore through a paint warehouse on the Kesswick industrial estate early on Sunday, sending black smoke "
    "over the ring road. Firefighters from four stations fought the blaze for six hours before bringing it under "
    "control, and two workers were treated for burns.",
    "Investigators said the blaze at the Kesswick paint warehouse began in a storeroom where solvent drums were "
    "kept. The two workers burned in the fire were recovering in hospital, the owner said.",
    "Firefighters returned to the burnt paint warehouse in Kesswick to damp down smouldering solvent drums after "
    "hot spots flared again overnight; the fire service said crews would stay on site.",
    "The owner of the Kesswick paint warehouse destroyed by fire said the sprinklers had been inspected in spring "
    "and that forty staff would be paid while the burnt building is made safe.",
    "Fire investigators examining the wiring and solvent drums at the Kesswick warehouse said the blaze spread "
    "through the roof within minutes; the insurer has sent its own assessor to the burnt site.",
    "Demolition crews began pulling down the fire-gutted paint warehouse on the Kesswick estate, as the fire "
    "service published its report on how the solvent blaze spread from the storeroom.",
]
# the same town, another event
COUNCIL = ("Kesswick council approved its annual budget on Thursday after a long debate, raising the library levy "
           "and cutting the money set aside for road repairs. Councillors voted nine to six, and the mayor said the "
           "town could not borrow more without a rise in the property tax.")
# the same person, two events
MINISTER = [
    "Transport minister Ilse Varnholt resigned on Monday after leaked emails showed her office had delayed a rail "
    "safety report. Varnholt said she had not read the report before it was shelved.",
    "Opposition leaders demanded an inquiry into the shelved rail safety report after the resignation of transport "
    "minister Ilse Varnholt, whose office delayed it for eight months.",
    "The rail safety report that cost Ilse Varnholt her job as transport minister was published in full, showing "
    "inspectors had warned of worn signalling cables on two lines.",
    "Rail unions said the delayed safety report vindicated their warnings about signalling cables, a week after "
    "transport minister Ilse Varnholt resigned over its shelving.",
]
MINISTER_OTHER = ("A children's library opened on Saturday in the village of Orrin Fell, where pupils heard stories "
                  "read by Ms Varnholt and planted an oak in the school garden with the head teacher. The library "
                  "was built by parents over two summers with timber from a local sawmill and books donated by "
                  "families, and its shelves already hold four thousand volumes. A reading room for older pupils "
                  "will open in the autumn, and the parish has promised a grant for a mobile van that will carry "
                  "books to the farms on the moor. Teachers said lending had begun at once: by the afternoon the "
                  "picture books were gone, and a waiting list for the new adventure series ran to three pages.")
# a flood in a town, dated, and a different event there a week later
FLOOD = [
    ("The river Aldern burst its banks at Mossbridge on Tuesday, flooding two hundred homes and closing the "
     "market square as rescue boats ferried residents to the town hall.", "2031-03-04"),
    ("Floodwater began to fall in Mossbridge as pumps ran through the night; residents of the flooded streets "
     "by the Aldern were told they could not return home for days.", "2031-03-05"),
    ("Insurers sent assessors to the flooded homes of Mossbridge, where the Aldern left mud a metre deep in "
     "cellars and shops around the market square.", "2031-03-06"),
    ("Mossbridge residents cleared flood-damaged furniture from their homes as the Aldern fell back within its "
     "banks, and the council opened a relief fund for flooded families.", "2031-03-07"),
]
FLOOD_WEEK_LATER = ("A bakery chain announced it will close its Mossbridge factory in June, cutting ninety jobs. The "
                    "company said demand for its packaged bread had fallen for three years and that it would move "
                    "production to its larger plant in the north. Union officials said they would ask the "
                    "managers to offer the bakers transfers and a redundancy package.", "2031-03-14")


def _lone_stays_alone(stream: list[tuple[str, str | None]], lone_at: int) -> tuple[Clusterer, str, str]:
    """Run the stream with the default settings: the article at `lone_at` opens
    its own story and is never absorbed by the story that grows around it."""
    c, got = _run(ClusterSettings(), stream)
    lone = got[lone_at].story
    grown = got[0].story
    assert got[lone_at].new
    assert all(a.story == grown for i, a in enumerate(got) if i != lone_at), [a.story for a in got]
    assert c.resolve(lone) == lone and lone in c.stories and c.stories[lone].size == 1
    assert all(lone not in a.merged for a in got)
    # it was looked at: it shares the grown story's words and sits in the index of
    # lone stories under one of the terms the regroup looks up
    assert _cosine(c.stories[lone], c.stories[grown]) > 0
    looked_up = c.stories[grown].top_terms(c.settings.index_terms).tolist()
    assert any(lone in c._small_postings.get(t, ()) for t in looked_up)
    return c, lone, grown


@pytest.mark.parametrize("lone_at", [1, 2])
def test_another_event_in_the_same_town_is_not_regrouped(lone_at):
    """Fictional hard negative: a council budget vote in the town of a warehouse
    fire, arriving early in the fire's coverage; the fire story grows five more
    times (looking at the lone story again at sizes 2, 3, 4 and 6) and the
    budget stays apart."""
    stream = [(t, None) for t in FIRE]
    stream.insert(lone_at, (COUNCIL, None))
    _lone_stays_alone(stream, lone_at)


def test_another_event_of_the_same_person_is_not_regrouped():
    """Fictional hard negative: a village library opening where a resigned
    minister read to pupils is not the story of her resignation, though it
    names her; the resignation story grows three more times around it."""
    stream = [(t, None) for t in MINISTER]
    stream.insert(1, (MINISTER_OTHER, None))
    _lone_stays_alone(stream, 1)


def test_a_different_event_in_the_same_place_a_week_later_is_not_regrouped():
    """Fictional hard negative, dated: a factory closure in a flooded town a week
    after the flood, arriving before the flood's last articles; the flood story
    grows around it and it stays apart."""
    stream = list(FLOOD)
    stream.insert(2, FLOOD_WEEK_LATER)
    _lone_stays_alone(stream, 2)
