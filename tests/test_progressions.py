"""Progressions (a count that changed over time), scope of rival counts, and the
confidence of figures, claims and conflicts with its display. Fictional examples."""
from conftest import event_over, make_brief
from newsbrief.context import Context
from newsbrief.model import Claim, Figure
from newsbrief.pipeline import run_stage
from newsbrief.report import render
from newsbrief.report.view import view
from newsbrief.stages import claims, conflicts, confidence, entities, figures


def brief_of(articles, events=(), published=None):
    brief, ctx = make_brief(articles, published)
    run_stage(entities.STAGE, brief, ctx)
    if events:
        brief.events = [event_over(brief, *e) for e in events]
        ctx.similarity = lambda a, b: 1.0
    run_stage(claims.STAGE, brief, ctx)
    run_stage(figures.STAGE, brief, ctx)
    run_stage(conflicts.STAGE, brief, ctx)
    return brief


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


FLOOD = {"a": ["Six people died in the flood in Harrow Vale, officials said."],
         "b": ["Nine people died in the flood in Harrow Vale, the army said."]}


def test_a_toll_that_rose_between_dated_articles_is_a_progression_not_a_conflict():
    """Fictional: six dead on the first day, nine the next: the count rose."""
    b = brief_of(FLOOD, published={"a": "2024-03-01", "b": "2024-03-02"})
    assert kinds(b, "figure") == []
    (p,) = b.progressions
    texts = [next(f.text for f in b.figures if f.id == i) for i in p.items]
    assert texts == ["Six", "Nine"] and p.measure == "killed"
    assert "\u2192" in p.note and "2024-03-01" in p.note and "2024-03-02" in p.note


def test_a_toll_that_fell_a_day_later_is_a_dispute_and_undated_tolls_stay_rivals():
    """Fictional: nine dead on the first day, six the next (a correction two sources
    disagree on), and the same two counts without dates: both conflicts, no progression."""
    b = brief_of(FLOOD, published={"a": "2024-03-02", "b": "2024-03-01"})
    assert len(kinds(b, "figure")) == 1 and b.progressions == []
    b = brief_of(FLOOD)
    assert len(kinds(b, "figure")) == 1 and b.progressions == []


def test_a_part_against_its_total_is_not_a_conflict():
    """Fictional: twelve killed, two of the dead children; four of their crew."""
    b = brief_of({"a": ["Twelve people were killed in the blast at the depot, police said."],
                  "b": ["Two of the dead were children, a doctor said.",
                        "The blast killed four of their drivers, the company said."]},
                 events=[("depot blast", "2024-06-01", [1, 2, 3])])
    assert kinds(b, "figure") == []


def test_counts_of_two_populations_of_one_event_are_not_rivals():
    """Fictional: five soldiers and nine villagers killed in one raid are two counts."""
    b = brief_of({"a": ["Five soldiers were killed in the raid on Korvel, the army said."],
                  "b": ["Nine villagers were killed in the raid on Korvel, a monitor said."]},
                 events=[("raid", "2024-02-10", [1, 2])])
    assert kinds(b, "figure") == []


def test_killed_n_of_the_raiders_counts_the_killed_raiders():
    """Fictional: guards "killed two of the raiders" against "three raiders were killed":
    one population, two counts that cannot both be true."""
    b = brief_of({"a": ["The guards killed two of the raiders and held the rest, the agency said."],
                  "b": ["Three raiders were killed in the shootout, the ministry said."]},
                 events=[("shootout", "2024-02-11", [1, 2])])
    (c,) = kinds(b, "figure")
    assert {f.text for f in b.figures if f.id in c.items} == {"two", "Three"}


def test_every_figure_claim_and_conflict_carries_a_confidence_by_rule():
    """Fictional: a precise attributed toll outranks a vague, hedged, unattributed one."""
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said."],
                  "b": ["Reportedly hundreds died in the storm."],
                  "c": ["More than 90 sailors died in the storm, a monitoring group said."]})
    by_text = {f.text: f for f in b.figures}
    assert by_text["About 60"].confidence > by_text["hundreds"].confidence
    assert by_text["hundreds"].confidence < confidence.SHOWN
    assert all(0 <= x.confidence <= 1 for x in [*b.figures, *b.claims, *b.conflicts])
    (c,) = kinds(b, "figure")
    assert 0 < c.confidence <= 1
    run_stage(conflicts.STAGE, b, Context())  # scoring twice changes nothing
    assert {f.text: f.confidence for f in b.figures} == {t: f.confidence for t, f in by_text.items()}


def test_markdown_hides_unconfident_items_marks_unsure_ones_and_json_keeps_all():
    """Fictional: a figure under SHOWN is left out of the Markdown, one under SURE is
    marked; the JSON has both, with their confidence."""
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said.",
                        "Ten fishermen were hurt in the storm, the port said."]})
    low, mid = b.figures[0], b.figures[1]
    low.confidence, mid.confidence = 0.3, 0.6
    md = render.to_markdown(b)
    assert "About 60" not in md.split("## Figures")[1].split("##")[0]
    assert "10 (uncertain)" in md
    data = b.to_dict()
    assert {f["confidence"] for f in data["figures"]} >= {0.3, 0.6}
    b.claims[0].confidence = 0.2
    assert all(c["text"] != b.claims[0].text for g in view(b)["said"] for c in g["claims"])
    assert b.claims[0].text in render.to_json(b)


def test_progressions_are_shown_in_markdown_and_html():
    b = brief_of(FLOOD, published={"a": "2024-03-01", "b": "2024-03-02"})
    md = render.to_markdown(b)
    assert "## Counts that changed" in md and "Six (officials, 2024-03-01)" in md
    html = render.to_html(b)
    assert 'id="changed"' in html and "Counts that changed" in html
    assert "## Where sources disagree" not in md


def test_claim_confidence_is_lower_for_a_possibility():
    c = Claim(id="x", sentence="s", speaker=None, speaker_text="the mayor", cue="said", stance="assert",
              text="the dam may fail", modality="possible", confidence=1.0)
    d = Claim(id="y", sentence="s", speaker=None, speaker_text="the mayor", cue="said", stance="assert",
              text="the dam failed", confidence=1.0)
    b = brief_of({"a": ["The dam failed, the mayor said."]})
    assert confidence.claim_confidence(b, c) < confidence.claim_confidence(b, d)
    f = Figure(id="f", sentence="s", text="dozens", measure="killed", low=None, high=None, vague=True)
    assert confidence.figure_confidence(b, f) < 0.7


def test_a_negative_statement_of_what_another_denies_joins_the_denial():
    """Fictional: the ministry denies the mill made the payment; its aides insisted the
    mill had made no payment to the council: one side of one dispute."""
    b = brief_of({"a": ["The ministry denied that the Orvel mill made the payment to the council."],
                  "b": ["Aides insisted on Monday that the Orvel mill had made no payment to the council."]})
    (c,) = kinds(b, "denial")
    assert len(c.items) == 2


def test_a_negative_statement_of_another_proposition_joins_no_denial():
    """Fictional misfire probes: a denial that the bridge was closed and a report that it
    was not damaged; a negative report beside no denial at all."""
    b = brief_of({"a": ["The mayor denied that the Tarn bridge was closed to lorries."],
                  "b": ["Engineers said the Tarn bridge was not damaged by the flood waters."]})
    assert kinds(b, "denial") == []
    b = brief_of({"a": ["Officials said no one was hurt when the shed burned down."],
                  "b": ["The fire chief said nobody was hurt in the shed fire."]})
    assert kinds(b, "denial") == []


def test_the_size_of_one_incident_split_across_events_is_compared():
    """Fictional: "a 14-truck convoy" that killed three near Dorran, Bavaria, and "a
    10-truck convoy" in Bavaria that killed three: one convoy, two sizes, even when the
    timeline files the two sentences under no common event."""
    b = brief_of({"a": ["Raiders ambushed a 14-truck convoy near Dorran, Bavaria, killing three drivers, police said."],
                  "b": ["In Bavaria, three drivers were killed when raiders hit a 10-truck convoy, the army said."]})
    notes = [c.note for c in kinds(b, "figure")]
    assert any(n.startswith("Size of the convoy") for n in notes)


def test_sizes_of_two_incidents_are_not_compared():
    """Fictional misfire probes: two convoys in two towns of one region, each with its
    own toll; the same two sizes a week apart; two towers."""
    b = brief_of({"a": ["Raiders ambushed a 14-truck convoy near Dorran, Bavaria, killing three drivers, police said."],
                  "b": ["Near Ossel, Bavaria, raiders hit a 10-truck convoy and killed five drivers, the army said."]})
    assert not any(c.note.startswith("Size") for c in kinds(b, "figure"))
    b = brief_of({"a": ["Raiders ambushed a 14-truck convoy near Dorran, Bavaria, killing three drivers, police said."],
                  "b": ["In Bavaria, three drivers were killed when raiders hit a 10-truck convoy, the army said."]},
                 published={"a": "2024-04-01", "b": "2024-04-08"})
    assert not any(c.note.startswith("Size") for c in kinds(b, "figure"))


def test_a_toll_to_date_is_compared_only_with_tolls_to_date():
    """Fictional: the war's toll up to now against the toll of one blast is no dispute;
    two tolls of the war up to now, 3,000-something against 4,200-something, are."""
    b = brief_of({"a": ["More than 3,000 people have been killed in the two-year-long war, the agency said."],
                  "b": ["Twelve people were killed in the blast in Kessin on Monday, police said."]})
    assert kinds(b, "figure") == []
    b = brief_of({"a": ["More than 3,000 people have been killed in the year-long war, the agency said."],
                  "b": ["The war has cost more than 4,200 lives in the past year, a monitoring group said."]})
    (c,) = kinds(b, "figure")
    assert c.note.startswith("Killed to date")


def test_two_open_tolls_of_one_rounding_step_agree():
    """Fictional: "more than 3,000" and "more than 3,200" can both be true; "more than
    300" and "more than 2,000" cannot (one says three hundred and some)."""
    b = brief_of({"a": ["More than 3,000 people have been killed in the year-long war, the agency said."],
                  "b": ["More than 3,200 people have been killed in the past year of war, a monitoring group said."]})
    assert kinds(b, "figure") == []
    b = brief_of({"a": ["More than 300 people died in the flood in Harrow Vale, officials said."],
                  "b": ["More than 2,000 people died in the flood in Harrow Vale, the army said."]})
    assert len(kinds(b, "figure")) == 1


def test_one_population_against_everyone_is_a_part_against_a_total():
    """Fictional: three of the passengers, or five soldiers, against twelve people killed."""
    b = brief_of({"a": ["Twelve people were killed when the ferry sank off Kessin, the coastguard said."],
                  "b": ["Three of the passengers were killed when the ferry sank, the owners said.",
                        "Five soldiers were killed when the ferry sank, the army said."]},
                 events=[("ferry sinking", "2024-07-01", [1, 2, 3])])
    assert kinds(b, "figure") == []


def test_a_quoted_old_figure_beside_the_articles_new_one_is_no_dispute():
    """Fictional: one article gives its count and the higher figure officials gave earlier."""
    b = brief_of({"a": ["Officials said 40 people died in the depot fire in Kessin.",
                        "Officials had earlier reported 52 dead, but lowered the figure on Friday."]},
                 events=[("depot fire", "2024-08-02", [1, 2])])
    assert kinds(b, "figure") == []


def test_tolls_to_date_of_two_periods_are_not_rivals():
    """Fictional: the war's toll over a year and the toll of its last week."""
    b = brief_of({"a": ["More than 3,000 people have been killed in the year-long war, the agency said."],
                  "b": ["In the past week, 40 people were killed in the war, a monitoring group said."]})
    assert kinds(b, "figure") == []


def test_one_articles_toll_beside_a_local_count_is_a_part_not_a_rival():
    """Fictional: the storm killed six, officials said; in one town a crash killed two
    people, police said: a part of the toll, in one article."""
    b = brief_of({"a": ["A storm battered the coast on Monday, killing six people, officials said.",
                        "In Velden, a crash on the coast road killed two people, police said."]},
                 events=[("storm", "2025-02-03", [1, 2])])
    assert kinds(b, "figure") == []


def test_a_denial_meets_the_assertion_that_the_denier_did_it():
    """Fictional: the authority denied it had cut the dock wages; the union leader said
    the authority had cut the wages in March."""
    b = brief_of({"a": ["The harbour authority denied on Friday that it had cut the wages of dock workers."],
                  "b": ["Union leader Mara Quill said the authority had cut wages by a tenth in March."]})
    (c,) = kinds(b, "denial")
    assert {x.speaker_text for x in b.claims if x.id in c.items} >= {"Mara Quill"}


def test_a_denial_meets_no_other_deed_of_the_denier():
    """Fictional misfire probes: the authority denied cutting wages; the union said the
    authority had opened a new dock, and a negative statement about the wages."""
    b = brief_of({"a": ["The harbour authority denied on Friday that it had cut the wages of dock workers."],
                  "b": ["Union leader Mara Quill said the authority had opened a new dock in March.",
                        "Residents said the harbour was quiet on Friday."]})
    assert kinds(b, "denial") == []
