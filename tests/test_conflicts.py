"""Conflicts: disjoint figures across sources, vague vs precise, denials. Invented examples."""
from conftest import event_over, facts_brief, make_brief
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import claims
from newsbrief.stages import conflicts
from newsbrief.stages import figures
from newsbrief.stages.conflicts import bounds
from newsbrief.model import Figure


def brief_of(articles, events=(), published=None):
    return facts_brief(articles, events, published)


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


def test_disjoint_figures_from_two_sources_conflict_with_readable_note():
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said."],
                  "b": ["More than 80 sailors died in the storm, a monitoring group said."]})
    (c,) = kinds(b, "figure")
    assert len(c.items) == 2
    assert c.note.startswith("Killed")
    assert "About 60 (the navy)" in c.note and "More than 80 (a monitoring group)" in c.note


def test_overlapping_figures_do_not_conflict():
    b = brief_of({"a": ["Between 30 and 90 people were killed in the blast, the report said."],
                  "b": ["More than 70 people were killed in the blast, a doctor said."]})
    assert kinds(b, "figure") == []


def test_vague_against_precise():
    b = brief_of({"a": ["A village elder said several dozen people had died."],
                  "b": ["More than 400 people were killed in the flood, officials said."]})
    assert len(kinds(b, "figure")) == 1
    b = brief_of({"a": ["A village elder said several dozen people had died."],
                  "b": ["About 50 people were killed in the flood, officials said."]})
    assert kinds(b, "figure") == []


def test_different_events_are_not_compared():
    b = brief_of({"a": ["Five people were killed in the collapse, police said."],
                  "b": ["Ninety people were killed in the fire, the governor said."]},
                 events=[("Bridge collapse", "2024-01-02", [1]), ("Port fire", "2024-03-04", [2])])
    assert kinds(b, "figure") == []


def test_event_title_in_note():
    b = brief_of({"a": ["Five people were killed in the collapse, police said."],
                  "b": ["Ninety people were killed in the collapse, the governor said."]},
                 events=[("Bridge collapse", "2024-01-02", [1, 2])])
    (c,) = kinds(b, "figure")
    assert c.event == b.events[0].id and c.note.startswith("Killed in Bridge collapse:")


def test_additional_and_partial_counts_are_not_compared():
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said."],
                  "b": ["At least four other sailors also died in the storm, a monitor said.",
                        "The wave killed one of their deckhands, the owners said."]})
    assert kinds(b, "figure") == []


def test_bounds():
    f = Figure(id="f", sentence="s", text="about 50", measure="killed", low=50, high=50, approximate=True)
    assert bounds(f) == (40, 60)
    g = Figure(id="g", sentence="s", text="dozens", measure="killed", low=None, high=None, vague=True)
    assert bounds(g)[0] >= 12 and bounds(g)[1] < 200


def test_several_denials_of_same_allegation():
    b = brief_of({"a": ["The navy denied firing on the fishing boats near the island.",
                        "The weather was calm on Sunday.",
                        "The defence ministry has formally denied that its ships fired on fishing boats."]})
    (c,) = kinds(b, "denial")
    assert len(c.items) >= 2
    assert "denied" in c.note


def test_denial_against_assertion_in_same_sentence():
    b = brief_of({"a": ["The police denied staging a raid that a student group said injured five of its members."]})
    (c,) = kinds(b, "denial")
    stances = {x.id: x.stance for x in b.claims}
    assert sorted(stances[i] for i in c.items) == ["assert", "deny"]
    assert "asserted by a student group" in c.note


def test_unrelated_denials_stay_apart():
    b = brief_of({"a": ["The mayor denied taking bribes from the builders."],
                  "b": ["The football club denied that its coach had resigned."]})
    assert kinds(b, "denial") == []


def test_without_events_different_places_are_not_compared():
    b = brief_of({"a": ["Six people died in Nicaragua after the storm, officials said."],
                  "b": ["About 300 people died in Honduras after the storm, the army said."]})
    assert kinds(b, "figure") == []
    b = brief_of({"a": ["Six people died in Honduras after the storm, officials said."],
                  "b": ["About 300 people died in Honduras after the storm, the army said."]})
    assert len(kinds(b, "figure")) == 1


def test_later_toll_is_an_update_not_a_conflict():
    b = brief_of({"a": ["Six people died in the flood, officials said."],
                  "b": ["About 300 people died in the flood, the army said."]})
    assert len(kinds(b, "figure")) == 1
    for art, day in zip(b.articles, ("2024-03-01", "2024-03-09")):
        art.published, art.published_basis = day, "given"
    run_stage(conflicts.STAGE, b, Context())
    assert kinds(b, "figure") == []


def test_stages_survive_odd_sentences():
    odd = ['"', '""', "said said said", "1 2 3 4 5 6 7 8 9 10", "\u201cAbout 100,\u201d", "--- 2019 ---",
           "According to.", "He denied.", "It said: ``", "Between 5 and.", "dozens", "$", "One."]
    b = brief_of({"a": odd, "b": ["They said it.", "She told them."]})
    ids = [x.id for x in b.claims + b.figures + b.conflicts]
    assert len(ids) == len(set(ids))
    for f in b.figures:
        assert f.low is None or f.high is None or f.low <= f.high


def test_denial_of_a_named_sources_claims_meets_that_claim():
    b = brief_of({"a": ["The Harbour Union said the crane collapse killed two dockers."],
                  "b": ["The port company denied the Harbour Union's claims on Tuesday."]})
    (c,) = kinds(b, "denial")
    speakers = {x.speaker_text for x in b.claims if x.id in c.items}
    assert speakers == {"The Harbour Union", "The port company"}


def test_breakdown_of_one_sources_count_is_not_a_conflict():
    b = brief_of({"a": ["Police arrested 12 people after the brawl, including four women, officers said.",
                        "Five of those arrested were later released, officers said."],
                  "b": ["Twelve people were arrested after the brawl, the mayor said."]})
    assert kinds(b, "figure") == []


def test_seed_cluster_claims_figures_conflicts(shared, tmp_path):
    """Integration: the whole pipeline on the seed cluster, scored by the shared scorer."""
    import json
    import subprocess
    import sys
    from newsbrief import pipeline
    from newsbrief.ingest import read
    brief = pipeline.brief_articles(read.read_paths([str(shared / "seeds" / "seeds.jsonl")]))
    out = tmp_path / "brief.json"
    out.write_text(json.dumps(brief.to_dict()))
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score_brief.py"), str(out),
                           str(shared / "seeds" / "gold.json"), "--json"], capture_output=True, text=True)
    result = json.loads(proc.stdout[:proc.stdout.rindex("}") + 1])
    assert result["figures.recall"] >= 0.85
    assert result["figures.no_offtopic"] == 1
    assert result["claims.recall"] >= 0.75
    assert result["claims.speaker_recall"] >= 0.85
    assert result["conflicts.found"] == 1


def test_figure_without_event_joins_the_only_event():
    b = brief_of({"a": ["More than 400 people died when the ferry sank, a doctor said."],
                  "b": ["Fishermen put the number of dead at scores."]},
                 events=[("Ferry sinking", "2024-05-01", [1])])
    (c,) = kinds(b, "figure")
    assert c.event == b.events[0].id and len(c.items) == 2
    (r,) = [r for r in figures.ranges(b) if r["measure"] == "killed"]
    assert r["event"] == b.events[0].id and len(r["items"]) == 2


def test_a_figure_outside_every_event_does_not_join_an_unrelated_one():
    """Two head counts of the same measure, one in an assault, one at a conference
    that no event took in: not a disagreement."""
    from newsbrief.stages import events
    from newsbrief.stages import times
    b, ctx = make_brief({
        "a": ["Some 300 raiders launched an assault on the border post at Keldra on Monday, the army said.",
              "The gunmen attacked the post from two sides, the army said."],
        "b": ["About 900 delegates took part in the trade conference in Ostrava as observers.",
              "The gunmen who attacked the Keldra border post on Monday fled, police said."]},
        published={"a": "2024-05-08", "b": "2024-05-08"})
    run_stage(times.STAGE, b, ctx)
    run_stage(events.STAGE, b, ctx)
    run_stage(claims.STAGE, b, ctx)
    run_stage(figures.STAGE, b, ctx)
    head_counts = [f for f in b.figures if f.measure == "participants"]
    assert len(head_counts) == 2, [(f.text, f.measure) for f in b.figures]
    run_stage(conflicts.STAGE, b, ctx)
    assert kinds(b, "figure") == []


def test_an_unattributed_figure_is_credited_to_its_outlet_site_or_title_not_an_id():
    from newsbrief.stages.conflicts import article_name
    from newsbrief.model import Article
    art = Article(id="004_5f3a9c", source="feed.jsonl:4", title="Flood waters rise in the delta towns",
                  text="...")
    assert article_name(art) == "\u201cFlood waters rise in the delta towns\u201d"
    art.url = "https://www.example-news.org/2024/flood"
    assert article_name(art) == "example-news.org"
    art.outlet = "Delta Courier"
    assert article_name(art) == "Delta Courier"


def test_a_toll_of_an_earlier_year_is_history_not_a_conflict():
    # fictional: a past disaster's toll quoted for comparison never contradicts today's
    from newsbrief.model import Time
    from newsbrief.stages import conflicts as conflicts_stage
    brief, ctx = make_brief({"a": ["The fire in Dunmore killed 40 people, the mayor said."],
                             "b": ["In 1988, 12 people died in a fire at a hotel in Dunmore, the mayor said."]},
                            published={"a": "2024-03-02", "b": "2024-03-02"})
    brief.times = [Time(sentence=brief.sentences[1].id, text="1988", value="1988")]
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    run_stage(conflicts_stage.STAGE, brief, ctx)
    assert kinds(brief, "figure") == []


def test_same_sentence_assertion_joins_a_denial_only_when_inside_what_is_denied():
    b = brief_of({"a": ["The Norland army denied the Quell report, and the Quell mayor said the town would be rebuilt."]})
    assert kinds(b, "denial") == []


def test_one_denial_split_in_two_claims_is_no_conflict():
    # invented: one sentence, one denier, two denied clauses; nothing asserted against it
    b = brief_of({"a": ["The Norland ministry denied the claims, and it denied that its ships had left port."]})
    assert kinds(b, "denial") == []


def test_a_shared_name_is_no_shared_proposition():
    """Fictional: a rejection of the Courier's story and a remark about the Courier share
    only the name; they are not one proposition."""
    b = brief_of({"a": ["The water ministry rejected the Orsk Harbour Courier story about the reservoir."],
                  "b": ["Councillor Pia Lund said the Orsk Harbour Courier printed a correction on page two."]})
    assert kinds(b, "denial") == []


def test_disputing_an_account_does_not_meet_every_claim_of_its_author():
    """Fictional: "rejected Marsh's claims about X" meets Marsh's claims only where they
    share what is rejected; a source quoted on other matters is not contradicted."""
    b = brief_of({"a": ["Tove Marsh said the contractor skipped the safety checks on the dam.",
                        "Tove Marsh said the road tolls would rise in May.",
                        "Tove Marsh told reporters that the council vote was postponed."],
                  "b": ["Lawyers for the contractor rejected Tove Marsh's claims about the safety checks."]})
    (c,) = kinds(b, "denial")
    said = {x.text for x in b.claims if x.id in c.items and x.stance == "assert"}
    assert said and all("safety checks" in t for t in said)


def test_of_one_sources_equal_counts_the_precise_one_is_compared():
    """Fictional: the mining office gives "at least four" and "four"; its four clash with
    the union's seven."""
    b = brief_of({"a": ["At least four miners died in the tunnel collapse, the mining office said.",
                        "The mining office later said four miners died and two were hurt."],
                  "b": ["Seven miners died in the tunnel collapse, the union said."]},
                 events=[("collapse", "2024-05-01", [1, 2, 3])])
    (c,) = kinds(b, "figure")
    texts = {f.text for f in b.figures if f.id in c.items}
    assert "four" in texts and "Seven" in texts


def test_one_articles_own_count_beside_a_count_it_quotes_is_no_dispute():
    """Fictional: the article's voice (38 bodies pulled out) and the official it quotes
    (41 dead counted) report one count as it grows; across articles, 41 against 90 stays."""
    a = ["By evening, 38 bodies had been recovered from the hotel.",
         "Rescue chief Pia Lund said her crews had counted 41 dead."]
    assert kinds(brief_of({"a": a}), "figure") == []
    b = brief_of({"a": a, "b": ["Ninety people were killed when the hotel collapsed, the Norpress agency said."]})
    (c,) = kinds(b, "figure")
    assert "Ninety" in {f.text for f in b.figures if f.id in c.items}


def test_a_retraction_meets_the_statement_it_takes_back():
    """Fictional: the councillor's earlier assertion and her retraction of that statement."""
    b = brief_of({"a": ["Councillor Dana Pirrow said the school would close in June.",
                        "Parents gathered outside the town hall.",
                        "On Friday, Pirrow retracted that statement."]})
    (c,) = kinds(b, "denial")
    got = {(x.stance, x.text) for x in b.claims if x.id in c.items}
    assert ("assert", "the school would close in June") in got and any(st == "deny" for st, _ in got)


def test_a_retraction_meets_no_unrelated_claim():
    """Fictional: retracting a resignation takes back no words; a retracted comment about
    the ferry fares is not the earlier remark about the budget, and a retraction that names
    nothing does not reach a claim many sentences back."""
    b = brief_of({"a": ["Minister Ivo Sarnak said the budget would rise.",
                        "Sarnak later retracted his resignation."]})
    assert kinds(b, "denial") == []
    b = brief_of({"a": ["Minister Ivo Sarnak said the budget would rise.",
                        "Sarnak later retracted his comment about the ferry fares."]})
    assert not any("budget" in x.text for c in kinds(b, "denial") for x in b.claims if x.id in c.items)
    b = brief_of({"a": ["Minister Ivo Sarnak said the budget would rise.", "Rain fell on the capital.",
                        "The trains ran late.", "The market opened at nine.", "Shops closed early.",
                        "Weeks afterwards, Sarnak retracted the comment."]})
    assert kinds(b, "denial") == []


def test_the_size_of_one_thing_at_one_place_of_one_event_is_compared():
    """Fictional: "a 12-truck convoy" against "a 9-truck convoy", both in Orsk and filed
    under one event: one convoy, two sizes."""
    b = brief_of({"a": ["A 12-truck convoy was ambushed in Orsk on Monday, a guard said."],
                  "b": ["Raiders attacked a 9-truck convoy in Orsk, police said."]},
                 events=[("ambush", "2024-03-04", [1, 2])])
    notes = [c.note for c in kinds(b, "figure")]
    assert any(n.startswith("Size of the convoy") for n in notes)


def test_sizes_of_things_at_two_places_or_without_an_event_are_not_compared():
    """Fictional: two crashes near two towns (even of one storm), two buildings: the same
    head noun is no same thing."""
    crash = {"a": ["A 3-car crash killed a driver in Velden, police said."],
             "b": ["A 5-car crash closed the road in Marlow, police said."]}
    assert kinds(brief_of(crash), "figure") == []
    assert kinds(brief_of(crash, events=[("storm", "2024-01-02", [1, 2])]), "figure") == []
    towers = {"a": ["A 12-story building opened on the river front."],
              "b": ["A 30-story building will rise beside the station."]}
    assert kinds(brief_of(towers), "figure") == []


def test_an_amount_at_one_place_that_grows_later_is_an_update():
    """Fictional: 40 millimetres of rain in Velden, then 55 there a day later, is
    a running total; a later smaller total at the same place is a dispute; amounts at
    two places, and other counts of things (ferries), are not compared."""
    rain = {"a": ["In Velden, 40 millimetres of rain fell on Monday.", "Ports cancelled more than 30 ferries."],
            "b": ["In Velden, 55 millimetres of rain fell.", "In Marlow, 4 millimetres of rain fell.",
                  "Ports cancelled about 12 ferries."]}
    days = {"a": "2024-02-05", "b": "2024-02-06"}
    events = [("rain", "2024-02-05", [1, 2, 3, 4, 5])]
    assert kinds(brief_of(rain, events=events, published=days), "figure") == []
    later_smaller = {"a": "2024-02-06", "b": "2024-02-05"}
    b = brief_of(rain, events=events, published=later_smaller)
    notes = [c.note for c in kinds(b, "figure")]
    assert any(n.startswith("Millimetres in Velden") for n in notes)
    assert not any("ferries" in n or "Marlow" in n for n in notes)


def test_counts_outside_the_events_of_a_story_of_several_need_a_shared_place():
    # fictional: a story of two events; two tolls outside both, of different incidents
    arts = {"a": ["A bridge collapsed near Orlen on Monday, the ministry said.",
                  "About 12 people were killed, the ministry said."],
            "b": ["A ferry capsized off Tarsel on Wednesday, the coastguard said.",
                  "More than 40 people died, a local official said."]}
    b = brief_of(arts, events=[("A bridge collapsed near Orlen", "2024-03-04", [1]),
                               ("A ferry capsized off Tarsel", "2024-03-06", [3])])
    assert not kinds(b, "figure")  # nothing says the two tolls count one thing: abstain
    # the same story told as one happening: the two tolls are rivals
    one = brief_of(arts)
    assert len(kinds(one, "figure")) == 1


def test_a_sentence_the_timeline_placed_by_a_weak_link_files_no_figure_under_that_event():
    from conftest import make_brief
    brief, ctx = make_brief({"a": ["Floods swept through Orlen on Monday, officials said.",
                                   "Nine people were killed in the floods in Orlen, officials said."]}, None)
    brief.events = [event_over(brief, "Floods swept through Orlen", "2024-03-04", [1, 2])]
    second = brief.events[0].sentences[1]
    ctx.loose_members = {second}  # as join_nearest / join_previous mark it
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    (f,) = [f for f in brief.figures if f.measure == "killed"]
    assert f.event is None  # join_events may still file it, by its own similarity (none here)
