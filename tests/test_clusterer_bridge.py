"""The bridge rule of the story clusterer (`Clusterer._bridge`): an article close
to two stories whose centroids agree makes them one; two stories that share
only a place stay apart. All texts are fictional."""
from __future__ import annotations

import math

import numpy as np

from newsbrief.corpus.clusterer import ClusterSettings, Clusterer, _cosine, _sparse_add, union_score

# fictional: one dam failure told three ways (the third straddles the first two)
DAM_A = ("Floodwater breached the Orlen reservoir dam above the town of Kesswick on Monday, forcing 3,000 "
         "residents from their homes as the river rose through the night.")
DAM_B = ("Engineers inspecting the cracked Orlen dam said the spillway failed after days of heavy rain; Kesswick "
         "families evacuated to school gyms waited for word on their homes.")
DAM_C = ("Water from the Orlen reservoir kept rising above Kesswick, and engineers said the cracked spillway of "
         "the dam had failed after heavy rain.")

# fictional: two different stories in one town
FIRE = [
    "A fire tore through a paint warehouse on the Kesswick industrial estate early on Sunday, sending black smoke "
    "over the ring road. Firefighters from four stations fought the blaze for six hours before bringing it under "
    "control, and two workers were treated for burns. Neighbours were told to keep windows shut while the smoke "
    "drifted east. The fire service said the roof collapsed shortly after dawn and that crews would stay at the "
    "site overnight to stop the flames from reaching a timber yard next door.",
    "Investigators said the blaze at the paint warehouse on the Kesswick industrial estate began in a "
    "storeroom where solvent drums were kept, a day after firefighters brought the fire under control. The owner said the "
    "sprinklers had been inspected in spring and that the two injured workers were recovering in hospital. Fire "
    "officers will examine the wiring and the drums this week, and the insurer has sent its own assessor. The "
    "blaze destroyed stock worth an estimated two million, and forty staff have been told to stay home while the "
    "building is made safe.",
]
COUNCIL = [
    "Kesswick council approved its annual budget on Thursday after a long debate, raising the library levy and "
    "cutting the money set aside for road repairs. The mayor said the town could not borrow more without a rise "
    "in the property tax, which opposition members rejected. The budget also freezes hiring at the town hall, "
    "delays a new swimming pool by two years and moves funds to care for elderly residents. Councillors voted "
    "nine to six, and the plan takes effect in April.",
]
FIRE_LATER = ("Firefighters returned to the burnt warehouse on Tuesday to damp down smouldering solvent drums. A "
              "spokesman said hot spots flared again overnight. Kesswick council said it would find money in its "
              "budget to review sprinkler inspections on the industrial estate, and the mayor visited the site. Investigators still believe the fire began in the storeroom, "
              "and the two injured workers have left hospital. The owner said staff would be paid while the site "
              "stays closed.")


def _run(settings: ClusterSettings, texts: list[str]):
    c = Clusterer(settings)
    return c, [c.assign(v) for v in c.vectorize([(t, None) for t in texts])]


def _scores_now(c: Clusterer, text: str) -> dict[str, float]:
    """What the next article would score against each candidate, without adding it."""
    probe = Clusterer.restore(c.settings, [(int(t), int(n)) for t, n in enumerate(c.df) if n], c.n_docs, c.seq,
                              c.next_id, list(c.stories.values()), c.redirects)
    vec = probe.vectorize([(text, None)])[0]
    probe.seq += 1
    probe.n_docs += 1
    probe.df[vec.terms] += 1
    return dict(probe._score(vec, probe._weigh(vec)))


# a bar the first two fictional dam articles cannot reach alone (so they open two
# fragments), and no other second chance, to see the bridge rule by itself
FRAGMENTS = ClusterSettings(join=0.71, join_low=0.3, margin=0.3, regroup=0, merge=1.1)


def test_an_article_straddling_two_fragments_reunites_them():
    """Fictional: two accounts of one dam failure opened two stories; a third
    account close to both joins neither alone, but would join their union: the
    two become one, the older id kept and the younger reported as merged."""
    c, out = _run(FRAGMENTS, [DAM_A, DAM_B, DAM_C])
    assert [a.new for a in out[:2]] == [True, True]
    assert out[2].story == out[0].story and out[2].merged == [out[1].story]
    assert c.resolve(out[1].story) == out[0].story and len(c.stories) == 1
    assert c.stories[out[0].story].size == 3


def test_without_the_bridge_the_straddling_article_opens_a_third_story():
    """Fictional, the same three articles with the bridge off: the third one
    is under the bar for each fragment alone (what the rule is for)."""
    c, out = _run(FRAGMENTS.replace(bridge=1.1), [DAM_A, DAM_B, DAM_C])
    assert all(a.new for a in out) and not any(a.merged for a in out)
    assert len(c.stories) == 3


def test_the_fragment_limit_leaves_grown_stories_to_merge():
    """Fictional: the same straddle of two one-article fragments, at the limit's boundary:
    fragments allowed up to 1 article are bridged, up to 0 they are not (two grown stories
    are not the rule's business)."""
    _, at_limit = _run(FRAGMENTS.replace(bridge_max=1), [DAM_A, DAM_B, DAM_C])
    assert at_limit[2].merged == [at_limit[1].story]
    _, over = _run(FRAGMENTS.replace(bridge_max=0), [DAM_A, DAM_B, DAM_C])
    assert not any(a.merged for a in over)


def test_two_stories_sharing_a_town_are_not_bridged():
    """Fictional hard negative, default settings: a warehouse fire (two
    articles) and a council budget (one) in one town. A later fire article
    that names the town, its council and budget scores on the council story
    too (its runner-up, over `join_low`), but the two stories share little
    beyond the town's words: they stay apart and the article joins the fire.
    Without the centroid-agreement condition (bridge 0, and the balance
    condition off, which alone also keeps them apart) they would merge."""
    for bridge, balance, merges in ((ClusterSettings().bridge, ClusterSettings().bridge_balance, False),
                                    (ClusterSettings().bridge, 0.0, False), (0.0, ClusterSettings().bridge_balance, False),
                                    (0.0, 0.0, True)):
        c, out = _run(ClusterSettings(bridge=bridge, bridge_balance=balance), FIRE + COUNCIL)
        fire, council = out[0].story, out[2].story
        assert out[1].story == fire and out[2].new
        scores = _scores_now(c, FIRE_LATER)
        assert sorted(scores, key=scores.get, reverse=True)[:2] == [fire, council]
        assert scores[council] >= c.settings.join_low
        later = c.assign(c.vectorize([(FIRE_LATER, None)])[0])
        assert later.story == fire
        assert (later.merged == [council]) is merges, (bridge, balance, later)


def test_union_score_is_the_cosine_with_the_summed_centroid():
    """The bridge scores the union without scoring again: check the identity on
    the fictional fragments against the cosine with the summed centroid."""
    c, _ = _run(FRAGMENTS.replace(bridge=1.1), [DAM_A, DAM_B])
    a, b = c.stories["s1"], c.stories["s2"]
    vec = c.vectorize([(DAM_C, None)])[0]
    w = c._weigh(vec)
    dense = np.zeros(c.settings.n_features, dtype=np.float64)
    dense[vec.terms] = w

    def cos(terms, weights):
        return float(np.dot(dense[terms], weights)) / math.sqrt(float(np.dot(weights, weights)))

    terms, weights = _sparse_add(a.terms, a.weights, b.terms, b.weights)
    expected = cos(terms, weights)
    got = union_score(cos(a.terms, a.weights), cos(b.terms, b.weights), a.norm, b.norm, _cosine(a, b))
    assert abs(got - expected) < 1e-5


def test_a_store_created_before_the_bridge_keeps_it_off():
    """Fictional: settings saved without the bridge key (the fragment bars of FRAGMENTS)
    leave the straddling article to open a third story, where the same bars with the
    bridge reunite the fragments."""
    bars = {"join": 0.71, "join_low": 0.3, "margin": 0.3, "regroup": 0, "merge": 1.1}
    c, out = _run(ClusterSettings.saved(bars), [DAM_A, DAM_B, DAM_C])
    assert not any(a.merged for a in out) and len(c.stories) == 3
    _, bridged = _run(ClusterSettings.saved({**bars, "bridge": FRAGMENTS.bridge}), [DAM_A, DAM_B, DAM_C])
    assert bridged[2].merged == [bridged[1].story]



# fictional: a second fire in another town, and round-up articles telling of both fires
SILO = ("Flames swept through a grain silo at the Tolvern farm cooperative on Saturday evening, and crews from two "
        "villages pumped water from the canal for hours. A tractor driver suffered burns and was flown to hospital. "
        "The cooperative said the silo held most of the autumn harvest and that dust may have ignited when a "
        "conveyor overheated. Neighbours were told to keep windows shut while smoke drifted over the fields.")
ROUNDUP = ("Smoke drifted over Kesswick and Tolvern at the weekend after fires at a warehouse and a silo, the fire "
           "service said; workers were treated for burns.")
INSURERS = "Insurers said claims from the Kesswick warehouse fire and the Tolvern silo fire would be large."


def test_round_ups_do_not_bridge_two_fires():
    """A first round-up joins the silo fire and so lifts its agreement with the
    warehouse fire past the bridge bar; a second round-up then scores on both.
    The two fires stay two stories: the round-up sits mostly in the silo
    story (under half its silo score on the warehouse), so it is no straddler;
    without that balance condition the two fires would become one."""
    for balance, merges in ((ClusterSettings().bridge_balance, False), (0.0, True)):
        c, out = _run(ClusterSettings(bridge_balance=balance), FIRE + COUNCIL + [SILO, ROUNDUP])
        warehouse, silo = out[0].story, out[3].story
        assert silo not in (warehouse, out[2].story) and out[4].story == silo
        assert _cosine(c.stories[warehouse], c.stories[silo]) >= ClusterSettings().bridge  # (1) alone would pass
        later = c.assign(c.vectorize([(INSURERS, None)])[0])
        assert (later.merged != []) is merges, (balance, later)
