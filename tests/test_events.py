"""Stage `events` on invented clusters (no seed data)."""
from __future__ import annotations

import json
import re

from conftest import make_brief, nth
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ids import event_id
from newsbrief.pipeline import run_stage
from newsbrief.stages import events
from newsbrief.stages import times

FLOOD = {
    # storyline 1: March 2021
    "a": ["Floodwater swept through the village of Orlen on Sunday, killing four farmers.",
          "The river Tessa burst its banks after three days of heavy rain.",
          "The village of Orlen was founded in 1820 by salt traders."],
    "b": ["Rescuers recovered the bodies of four farmers killed by the Orlen flood.",
          "On Tuesday, relatives confirmed that the farmers drowned on 7 March near Orlen.",
          "Mayor Ilse Kant said on Tuesday the Orlen dam would be rebuilt."],
    # storyline 2: the same village, six months later
    "c": ["Floodwater swept through the village of Orlen again on Saturday, killing two farmers.",
          "The river Tessa burst its banks after a week of heavy rain."],
    "d": ["Rescuers recovered the bodies of two farmers killed by the new Orlen flood."],
}
PUBLISHED = {"a": "2021-03-08", "b": "2021-03-10", "c": "2021-09-13", "d": "2021-09-14"}


def build(texts=FLOOD, published=PUBLISHED, duplicates=None):
    brief, ctx = make_brief(texts, published=published)
    for copy, original in (duplicates or {}).items():
        brief.sentence(copy).duplicate_of = original
    run_stage(times.STAGE, brief, ctx)
    run_stage(events.STAGE, brief, ctx)
    return brief


def event_of(brief, sid):
    found = [e for e in brief.events if sid in e.sentences]
    assert len(found) <= 1
    return found[0] if found else None


def sid(brief, snippet):
    return next(s.id for s in brief.sentences if snippet in s.text)


def test_storylines_months_apart_never_share_an_event():
    brief = build()
    march = {s.id for s in brief.sentences if s.article in "ab"}
    september = {s.id for s in brief.sentences if s.article in "cd"}
    assert brief.events
    for e in brief.events:
        assert not (set(e.sentences) & march and set(e.sentences) & september), e


def test_undated_sentences_join_the_dated_happening_of_their_storyline():
    brief = build()
    first = event_of(brief, sid(brief, "killing four farmers"))
    assert first is not None and first.date == "2021-03-07"
    assert event_of(brief, sid(brief, "bodies of four farmers")) is first
    second = event_of(brief, sid(brief, "killing two farmers"))
    assert second is not None and second.date == "2021-09-11"
    assert event_of(brief, sid(brief, "bodies of two farmers")) is second


def test_happening_date_beats_the_date_of_the_statement():
    brief = build()
    e = event_of(brief, sid(brief, "relatives confirmed"))
    assert e is not None and e.date == "2021-03-07"


def test_background_is_an_event_of_its_own_past_date_and_timeline_order():
    brief = build()
    past = event_of(brief, sid(brief, "founded in 1820"))
    assert past is not None and past.date == "1820" and len(past.sentences) == 1
    # ids name the first sentence of the event, not its rank in the timeline
    assert [e.id for e in brief.events] == [event_id(e.sentences[0]) for e in brief.events]
    dates = [e.date for e in brief.events]
    assert dates == sorted(dates)
    order = {s.id: i for i, s in enumerate(brief.sentences)}
    for e in brief.events:
        assert [order[x] for x in e.sentences] == sorted(order[x] for x in e.sentences)


def test_titles_use_only_words_of_the_event_sentences():
    brief = build()
    for e in brief.events:
        words = set()
        for x in e.sentences:
            words.update(re.findall(r"[\w'-]+", brief.sentence(x).text.lower()))
        title = re.findall(r"[\w'-]+", e.title.lower())
        assert 2 <= len(title) <= 24, e.title
        assert set(title) <= words, (e.title, words)


def test_duplicates_sit_with_their_original():
    texts = dict(FLOOD)
    texts["e"] = ["Floodwater swept through the village of Orlen on Sunday, killing four farmers."]
    published = dict(PUBLISHED, e="2021-03-09")
    brief = build(texts, published)
    original = sid(brief, "killing four farmers")
    copy = [s.id for s in brief.sentences if s.article == "e"][0]
    brief = build(texts, published, duplicates={copy: original})
    assert event_of(brief, copy) is event_of(brief, original) is not None


def test_without_publication_dates_no_year_and_no_mixing():
    brief = build(published={})
    for e in brief.events:
        assert e.date is None or e.date.startswith("XXXX") or re.match(r"\d{4}", e.date)
        arts = {brief.sentence(x).article for x in e.sentences}
        assert not (arts & {"a", "b"} and arts & {"c", "d"}), e
    e = event_of(brief, sid(brief, "relatives confirmed"))
    assert e is not None and e.date == "XXXX-03-07"


def test_same_day_but_unrelated_happenings_stay_apart():
    brief = build({"a": ["A cargo plane crashed near the airport of Velm on Monday, killing its crew.",
                         "The national football team won the cup final in Brask on Monday."]},
                  {"a": "2022-05-04"})
    a, b = (event_of(brief, s.id) for s in brief.sentences)
    assert a is not None and b is not None and a is not b
    assert a.date == b.date == "2022-05-02"


def test_seed_cluster_scores(shared, tmp_path):
    import subprocess
    import sys

    from newsbrief import pipeline

    brief = pipeline.brief_paths([str(shared / "seeds" / "seeds.jsonl")])
    out = tmp_path / "brief.json"
    out.write_text(json.dumps(brief.to_dict()))
    result = subprocess.run([sys.executable, str(shared / "eval" / "score_brief.py"), str(out),
                             str(shared / "seeds" / "gold.json"), "--json"], capture_output=True, text=True)
    scores = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert scores["events.period_purity"] == 1.0
    assert scores["events.placed"] >= 0.8
    assert scores["events.date_accuracy"] >= 0.8


def test_undated_articles_meet_only_when_the_days_they_name_agree():
    texts = {
        "a": ["The cargo ship Marla ran aground off Cape Venn on 3 May, spilling fuel oil.",
              "Oil from the stranded tanker Marla has blackened the beaches of Cape Venn, fishermen said."],
        "b": ["Salvage crews began pumping fuel from the Marla on 4 May.",
              "Oil from the stranded tanker Marla has blackened the beaches of Cape Venn, fishermen complained."],
        "c": ["A second tanker was refloated near Cape Venn on 9 November.",
              "Oil from the stranded tanker Marla has blackened the beaches of Cape Venn, residents said."],
    }
    brief = build(texts, {})
    groups = [{brief.sentence(x).article for x in e.sentences} for e in brief.events]
    assert any({"a", "b"} <= g for g in groups)
    assert not any("c" in g and g & {"a", "b"} for g in groups)
    assert all(e.date is None or e.date.startswith("XXXX") for e in brief.events)


def test_a_cluster_with_no_time_at_all_is_one_storyline():
    """Fictional: no article is dated and none names a day: the cluster is one story of
    unknown time, so its articles' reports of one happening form an undated event; a
    sentence about something else stays out."""
    texts = {
        "a": ["The cargo ship Marla ran aground off Cape Venn, spilling fuel oil onto the beaches.",
              "The harbour master of Cape Venn said the crew of twelve was safe."],
        "b": ["Fuel oil spilled onto the beaches of Cape Venn after the cargo ship Marla ran aground.",
              "A choir from the town sang at the opening of the new library."],
    }
    brief = build(texts, {})
    e = event_of(brief, nth(brief, 1))
    assert e is not None and e.date is None
    assert event_of(brief, nth(brief, 3)) is e
    assert event_of(brief, nth(brief, 4)) is not e
    # one article naming a day keeps the rule of the days named (no meeting on words alone)
    texts["c"] = ["Fishermen at Cape Venn counted their losses on 9 November."]
    brief = build(texts, {})
    assert not any({"a", "b"} <= {brief.sentence(x).article for x in ev.sentences} for ev in brief.events)


def test_undated_groups_do_not_chain_across_weeks():
    line = "Union leaders at the Kelso steelworks rejected the pay offer from the Brenn group management."
    texts = {"a": [line], "b": [line.replace("rejected", "turned down")], "c": [line.replace("rejected", "refused")]}
    brief = build(texts, {"a": "2022-01-01", "b": "2022-01-16", "c": "2022-01-31"})
    for e in brief.events:
        arts = {brief.sentence(x).article for x in e.sentences}
        assert not {"a", "c"} <= arts, e
    assert any(len({brief.sentence(x).article for x in e.sentences}) == 2 for e in brief.events)


def test_a_day_that_cannot_be_resolved_is_not_taken_for_another_date():
    texts = {"a": ["Two miners were killed in a rockfall at the Varn pit on 7 March.",
                   "Two miners were killed in a second rockfall at the Varn pit on Saturday."]}
    brief = build(texts, {})
    first = event_of(brief, nth(brief, 1))
    assert first is not None and first.date == "XXXX-03-07"
    assert event_of(brief, nth(brief, 2)) is not first
    # with a publication date the weekday is resolved and gets its own event
    brief = build(texts, {"a": "2021-03-17"})
    assert event_of(brief, nth(brief, 2)).date == "2021-03-13"
    assert event_of(brief, nth(brief, 1)) is not event_of(brief, nth(brief, 2))


def test_a_close_paraphrase_ties_a_dateless_article_to_a_dated_storyline():
    texts = {"a": ["The ferry Nolla capsized off the island of Brisk on 3 May, drowning nine passengers."],
             "b": ["The ferry Nolla capsized off the island of Brisk, drowning nine of its passengers."],
             "c": ["Fishermen on Brisk mended their nets in the harbour."]}
    brief = build(texts, {})
    e = event_of(brief, nth(brief, 1))
    assert e is not None and e.date == "XXXX-05-03"
    assert event_of(brief, nth(brief, 2)) is e
    assert event_of(brief, nth(brief, 3)) is None


def test_an_undated_weekday_joins_the_event_that_fell_on_that_weekday():
    """Fictional: article b has no date; its "on Monday" is the Monday of a's event,
    not the Thursday one, though both are about the harbour of Vessa."""
    texts = {"a": ["Dockers at the harbour of Vessa walked out on Monday over unpaid wages, the union said.",
                   "The harbour of Vessa reopened on Thursday after the owners agreed to pay."],
             "b": ["Hundreds of dockers walked out at the harbour of Vessa on Monday over wages."]}
    brief = build(texts, published={"a": "2024-05-17", "b": None})
    by_text = {s.text: s.id for s in brief.sentences}
    walkout = event_of(brief, by_text[texts["a"][0]])
    assert walkout is not None and walkout.date == "2024-05-13"
    assert event_of(brief, by_text[texts["b"][0]]) is walkout


def test_background_sentences_naming_one_past_year_share_an_event():
    """Fictional: two articles about a bridge closure recall when it was built; a third
    recalls a different year. The old year is a background event of its own."""
    texts = {"a": ["Engineers shut the Varne bridge over the river Osk on Wednesday after cracks were found.",
                   "The steel bridge first carried traffic over the Osk in 1931."],
             "b": ["Cracks in its main girder closed the Varne bridge over the Osk on Wednesday.",
                   "Built by the Tamsin foundry, the Varne bridge over the Osk opened to traffic in 1931."],
             "c": ["Lorries queued for hours on both banks of the Osk on Thursday.",
                   "A ferry crossed the Osk at the village of Varne until 1952."]}
    brief = build(texts, {"a": "2023-03-16", "b": "2023-03-16", "c": "2023-03-17"})
    old = event_of(brief, nth(brief, 2))
    assert old is not None and old.date == "1931" and event_of(brief, nth(brief, 4)) is old
    ferry = event_of(brief, nth(brief, 6))
    assert ferry is not None and ferry is not old and ferry.date == "1952"
    shut = event_of(brief, nth(brief, 1))
    assert shut is not None and shut.date == "2023-03-15" and event_of(brief, nth(brief, 3)) is shut


def test_a_dateless_article_adopts_the_storyline_its_sentences_point_to():
    """Fictional: article b has no date and names no day it could resolve, but two of
    its sentences tell a's dated happenings: its other sentences may join them, and its
    "on Tuesday" is read as the Tuesday of that storyline."""
    texts = {"a": ["A landslide buried the mountain road to Kelvo on Monday, trapping six lorries.",
                   "Rescuers dug out the six lorry drivers near Kelvo on Tuesday.",
                   "The Kelvo road will stay closed until spring, engineers said."],
             "b": ["Six lorries were trapped when a landslide buried the mountain road to Kelvo.",
                   "Rescuers pulled the six lorry drivers out alive near Kelvo.",
                   "Engineers inspected the mountain road to Kelvo on Tuesday and found it unsafe."]}
    brief = build(texts, {"a": "2023-10-18"})
    slide = event_of(brief, nth(brief, 1))
    assert slide is not None and slide.date == "2023-10-16"
    assert event_of(brief, nth(brief, 4)) is slide
    inspected = event_of(brief, nth(brief, 6))
    assert inspected is not None and inspected.date == "2023-10-17"
    # an article pointing to nothing dated adopts nothing
    brief = build({"a": texts["a"], "c": ["Farmers near Orsk sold their apples at the autumn fair.",
                                          "The apple fair at Orsk drew a large crowd of buyers."]},
                  {"a": "2023-10-18"})
    assert all(event_of(brief, s.id) is None or event_of(brief, s.id).date is None
               for s in brief.sentences if s.article == "c")


def test_a_past_weekday_in_an_adopted_article_never_lands_after_its_storyline():
    """Fictional: dateless article b adopts a's storyline (a dam burst on Monday,
    repairs on Tuesday); its past-tense "on Thursday" is no Thursday after a's publication (the
    one ahead is not yet; abstaining is fine)."""
    texts = {"a": ["The old dam above the hamlet of Brisk burst on Monday, flooding forty houses.",
                   "Army engineers began repairing the burst dam above Brisk on Tuesday."],
             "b": ["Forty houses were flooded when the old dam above the hamlet of Brisk burst.",
                   "Army engineers started repairs on the burst dam above Brisk.",
                   "A week of storms had filled the reservoir behind the Brisk dam on Thursday."]}
    brief = build(texts, {"a": "2024-04-17"})
    assert event_of(brief, nth(brief, 3)) is event_of(brief, nth(brief, 1))
    storms = event_of(brief, nth(brief, 5))
    assert storms is None or storms.date is None or storms.date <= "2024-04-17", storms.date


def _squash(text):
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(".")


def test_titles_are_contiguous_clauses_keeping_negation_and_hedges():
    """Fictional: long sentences get a contiguous clause as title; "nearly", "did not"
    and "may" stay, and an inverted ", officials said" is left off."""
    texts = {"a": ["Rescue teams nearly reached the twelve trapped miners at the Dovra colliery on Monday, "
                   "but a second collapse of the old tunnel forced them back to the surface before dawn, "
                   "officials of the mining company said late on Tuesday."],
             "b": ["The regional government of Halm did not close the Dovra colliery after the inspection "
                   "on Thursday, although inspectors had warned of weak supports in three of its oldest tunnels "
                   "and the miners' union had asked for an inquiry."],
             "c": ["Flooding may have weakened the supports of the eastern tunnel at the Dovra colliery "
                   "before the collapse on 1 May, according to two engineers who studied the mine for the "
                   "regional government of Halm last year."]}
    brief = build(texts, {"a": "2023-06-07", "b": "2023-06-09", "c": "2023-06-09"})
    for i, word in ((1, "nearly reached"), (2, "did not close"), (3, "may have weakened")):
        e = event_of(brief, nth(brief, i))
        assert e is not None and word in e.title, e.title
        assert _squash(e.title) in _squash(brief.sentence(nth(brief, i)).text), e.title
        assert len(e.title.split()) <= events.TITLE_WORDS
    assert "said" not in event_of(brief, nth(brief, 1)).title


def test_a_short_sentence_is_its_own_title_without_its_dateline():
    """Fictional: a wire sentence of a few words is the title whole, minus "(Wire) --"."""
    texts = {"a": ["(Wire) -- A tram derailed in central Varsk on Sunday, injuring four passengers."]}
    brief = build(texts, {"a": "2023-06-12"})
    assert brief.events[0].title == "A tram derailed in central Varsk on Sunday, injuring four passengers"


def test_weekdays_matching_dated_events_tie_a_dateless_article_to_its_storyline():
    """Fictional: article b has no date; two of its sentences name the weekday of a's
    one-day events and resemble them, so its undated sentence may join a's event."""
    texts = {"a": ["Striking dockers blocked the port of Senna on Monday, halting all ferries.",
                   "Police cleared the dockers from the Senna ferry terminal on Wednesday.",
                   "The ferry operator Kalo lost two days of sailings from Senna."],
             "b": ["Dockers blocked the port of Senna on Monday in a strike over pay.",
                   "On Wednesday police cleared the Senna ferry terminal of dockers.",
                   "The ferry operator Kalo cancelled every sailing from the port of Senna."]}
    brief, ctx = make_brief(texts, published={"a": "2023-09-14"})
    run_stage(times.STAGE, brief, ctx)
    g = events._Grouping(brief, ctx)
    dated, reported, undated = g.classify()
    for s, span in dated:
        g.add_dated(s, span)
    g.adopt_storylines(list(g.clusters))
    assert g.adopted == {"b"} and g.pub["b"].isoformat() == "2023-09-13"
    run_stage(events.STAGE, brief, ctx)
    assert event_of(brief, nth(brief, 4)) is not None and event_of(brief, nth(brief, 4)).date == "2023-09-11"
    assert event_of(brief, nth(brief, 5)).date == "2023-09-13"


def test_a_deadline_is_not_the_day_of_the_happening():
    """Fictional: an appeal lodged on 14 June with a ruling due by 9 July happened on
    14 June; without a publication date its "on Friday" is unknown, never the deadline."""
    texts = {"a": ["The Harn rowing club lodged its appeal on 14 June; the league must rule by 9 July."]}
    brief = build(texts, {"a": "2023-06-16"})
    assert brief.events[0].date == "2023-06-14"
    texts = {"a": ["The Harn rowing club lodged its appeal on Friday; the league must rule by 9 July."]}
    brief = build(texts, {})
    assert all(e.date != "XXXX-07-09" for e in brief.events)


def test_a_side_report_joins_the_event_of_its_closest_sentence():
    """Fictional: a sentence left over joins the event of the placed sentence it is
    closest to (step `join_nearest`); one alike to nothing stays out."""
    texts = {"a": ["Floods closed every school in the town of Pell on Thursday after two days of rain.",
                   "A school bus carrying nine pupils slid into the swollen river Arn near Pell on Thursday."],
             "b": ["Ticket prices for the Dunmore ferry rose by a third this winter.",
                   "Firefighters pulled nine pupils from a school bus that slid into the river Arn."]}
    brief, ctx = make_brief(texts, published={"a": "2023-02-10", "b": "2023-02-10"})
    run_stage(times.STAGE, brief, ctx)
    g = events._Grouping(brief, ctx)
    dated, reported, undated = g.classify()
    for s, span in dated:
        g.add_dated(s, span)
    assert len(g.clusters) == 1 and {s.id for s in undated} == {nth(brief, 3), nth(brief, 4)}
    left = g.join_nearest(undated)
    assert [s.id for s in left] == [nth(brief, 3)]
    assert nth(brief, 4) in g.clusters[0].members


def test_a_sentence_going_on_from_the_one_before_joins_its_event():
    """Fictional: an undated sentence joins the dated event of the sentence before it
    when it opens on a pronoun ("She turned ...") or shares a name ("Ruiz ..."); one
    opening on a bare "But" with nothing shared does not."""
    texts = {"a": ["The Orla rowing club chose Mika Ruiz as its captain on Monday.",
                   "She turned the post down, citing her studies.",
                   "But wheat prices at the Dunmore market fell for a third week."],
             "b": ["Divers found the wreck of the trawler Kesta off Cape Lorn on Sunday.",
                   "The Kesta had sunk in a gale with four crew aboard."]}
    brief, ctx = make_brief(texts, published={"a": "2023-02-15", "b": "2023-02-15"})
    run_stage(times.STAGE, brief, ctx)
    g = events._Grouping(brief, ctx)
    dated, reported, undated = g.classify()
    for s, span in dated + reported:
        g.add_dated(s, span)
    assert {s.id for s in undated} == {nth(brief, 2), nth(brief, 3), nth(brief, 5)}
    left = g.join_previous(undated)
    assert [s.id for s in left] == [nth(brief, 3)]
    owner = {m: c for c in g.clusters for m in c.members}
    assert owner[nth(brief, 2)] is owner[nth(brief, 1)] and owner[nth(brief, 5)] is owner[nth(brief, 4)]


def test_a_caption_or_fragment_never_starts_an_event():
    """Fictional: a dated caption and a dated headline fragment start no event of their
    own; a caption like a dated happening may still join it."""
    texts = {"a": ["A tram derailed in central Varsk on Sunday, injuring four passengers.",
                   "This photo taken on Sunday shows the derailed tram in central Varsk.",
                   "Photo: the harbour of Kessel on Saturday (File photo)",
                   "Sunday's tram crash in Varsk and the long night after"]}
    brief = build(texts, {"a": "2023-06-12"})
    tram = event_of(brief, nth(brief, 1))
    assert tram is not None
    for i in (2, 3, 4):
        e = event_of(brief, nth(brief, i))
        assert e is None or e is tram, (i, e)


def test_a_dated_judgement_is_its_own_event_not_the_happening_it_is_about():
    """Fictional: a statement dated by its saying whose content weighs the odds ("the
    risk of another slide was small") is the news of its day; one reporting a fact of
    the happening ("the road was closed") still joins the happening."""
    texts = {
        "a": ["A mudslide buried the coast road north of Kelby on Saturday, trapping six lorries.",
              "Crews worked through the night to clear the coast road north of Kelby."],
        "b": ["On Monday, the county geologist Piet Arendse said the risk of a second mudslide on the coast "
              "road north of Kelby was small.",
              "On Monday, engineers said the coast road north of Kelby was closed after the mudslide."],
    }
    brief = build(texts, {"a": "2019-11-04", "b": "2019-11-05"})
    slide = event_of(brief, sid(brief, "buried the coast road"))
    judgement = event_of(brief, sid(brief, "risk of a second"))
    assert slide is not None and slide.date == "2019-11-02"
    assert judgement is not None and judgement.date == "2019-11-04" and judgement is not slide
    assert event_of(brief, sid(brief, "was closed after")) is slide


def test_a_reported_count_cause_or_identity_is_no_judgement():
    """Fictional: "police said the toll was 9", "said the cause was a burst pipe",
    "said the pilot was the only survivor" report facts of the happening: they join it
    (a judgement needs a word of chance or opinion, not a number or a noun of the event)."""
    texts = {
        "a": ["A ferry capsized off the island of Sarn on Friday, drowning nine passengers.",
              "Divers searched the wreck of the ferry off the island of Sarn."],
        "b": ["On Saturday, the coast guard said the death toll from the ferry that capsized off the island of "
              "Sarn was nine.",
              "On Saturday, inspectors said the cause of the ferry capsizing off the island of Sarn was a burst "
              "ballast pipe."],
    }
    brief = build(texts, {"a": "2022-08-06", "b": "2022-08-07"})
    ferry = event_of(brief, sid(brief, "A ferry capsized"))
    assert ferry is not None and ferry.date == "2022-08-05"
    for snippet in ("death toll", "burst ballast"):
        e = event_of(brief, sid(brief, snippet))
        assert e is ferry, (snippet, e)


def test_which_reported_clauses_are_judgements():
    """Fictional sentences: words of chance, likelihood or opinion, a small risk and a
    guess under a modal judge; a count (even hedged), a cause, an identity, a state
    and a verb under the copula do not."""
    from newsbrief.resources import Resources

    nlp = Resources().nlp
    judging = ("On Thursday, the pilot said there was only a slim chance of finding the dinghy.",
               "On Thursday, the inspector said it was unlikely that the valve had opened by itself.",
               "On Thursday, the minister said the danger of another flood was low.",
               "On Thursday, the chemist said it might have been sabotage.")
    reporting = ("On Thursday, police said the number of people missing was 23.",
                 "On Thursday, the coroner said the toll could be higher.",
                 "On Thursday, the coroner said the toll might be 40.",
                 "On Thursday, the fire service said the cause was a faulty heater.",
                 "On Thursday, officials said the pilot was the only survivor.",
                 "On Thursday, police said the tunnel was closed.",
                 "On Thursday, officials said the rebels were likely trying to reach the coast.")
    for text in judging:
        assert events._assessment(nlp(text)), text
    for text in reporting:
        assert not events._assessment(nlp(text)), text


def test_a_decade_is_a_range_and_a_background_title_holds_the_date_it_is_filed_under():
    """Fictional: a port strike story recalls a past decade, in a second clause of a
    long sentence whose first clause is today's news."""
    texts = {"a": ["Dockers at the port of Arvel walked out on Monday over a new shift rota.",
                   "The union's lawyer, Petra Dunne, was not available to comment, but she "
                   "has often told reporters that the port's labour troubles began with a long lockout "
                   "in the 1970s under the old harbour board."],
             "b": ["The Arvel dock strike entered its second day on Tuesday as ships queued offshore."]}
    brief = build(texts, {"a": "2024-05-14", "b": "2024-05-14"})
    past = event_of(brief, nth(brief, 2))
    assert past is not None and (past.date, past.date_end) == ("1970", "1979")
    assert "1970s" in past.title  # not "The union's lawyer ... was not available to comment"


def test_an_entity_named_in_one_sentence_only_is_no_similarity_feature():
    """Fictional: "Varsk Relief Board" named twice links its two sentences; "the Orl
    Pumping Station", named once, links nothing and would only dilute its sentence."""
    from newsbrief.stages import entities
    b, ctx = make_brief({"a": ["The Varsk Relief Board said 40 homes were flooded near the Orl Pumping Station.",
                               "The Varsk Relief Board sent tents on Tuesday."]})
    run_stage(entities.STAGE, b, ctx)
    feats = events.entity_features(b)
    once = [e.id for e in b.entities if len({m.sentence for m in e.mentions}) == 1]
    twice = [e.id for e in b.entities if len({m.sentence for m in e.mentions}) == 2]
    assert once and twice
    first = feats[b.sentences[0].id]
    assert all("E:" + e in first for e in twice)
    assert not any("E:" + e in first for e in once)
