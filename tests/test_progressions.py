"""Progressions (a count that changed over time), scope of rival counts, and the
confidence of figures, claims and conflicts with its display. Fictional examples."""
from conftest import facts_brief
from newsbrief.context import Context
from newsbrief.model import Claim, Figure
from newsbrief.pipeline import run_stage
from newsbrief.report import render
from newsbrief.report.view import view
from newsbrief.stages import conflicts, confidence


def brief_of(articles, events=(), published=None):
    return facts_brief(articles, events, published, with_entities=True)


def kinds(brief, kind):
    return [c for c in brief.conflicts if c.kind == kind]


FLOOD = {"a": ["Six people died in the flood in Kessin, officials said."],
         "b": ["Nine people died in the flood in Kessin, the army said."]}


def test_a_toll_that_rose_between_dated_articles_is_a_progression_not_a_conflict():
    """Fictional: six dead in one town on the first day, nine the next: the count rose."""
    b = brief_of(FLOOD, published={"a": "2024-03-01", "b": "2024-03-02"})
    assert kinds(b, "figure") == []
    (p,) = b.progressions
    texts = [next(f.text for f in b.figures if f.id == i) for i in p.items]
    assert texts == ["Six", "Nine"] and p.measure == "killed"
    assert "\u2192" in p.note and "2024-03-01" in p.note and "2024-03-02" in p.note


def test_a_toll_that_fell_a_day_later_is_a_dispute_and_undated_tolls_stay_rivals():
    """Fictional: two sources, nine dead on the first day, six the next, and the same
    two counts without dates: both conflicts, no progression."""
    b = brief_of(FLOOD, published={"a": "2024-03-02", "b": "2024-03-01"})
    assert len(kinds(b, "figure")) == 1 and b.progressions == []
    b = brief_of(FLOOD)
    assert len(kinds(b, "figure")) == 1 and b.progressions == []


def test_one_source_lowering_its_own_toll_a_day_later_is_a_revision_not_a_dispute():
    """Fictional: the coastguard counts 14 dead, then lowers its own toll to 11."""
    b = brief_of({"a": ["The coastguard said 14 people died when the trawler sank off Kessin."],
                  "b": ["The death toll fell to 11 people after three fishermen reached Kessin alive, the coastguard said."]},
                 published={"a": "2025-05-10", "b": "2025-05-11"})
    assert kinds(b, "figure") == []
    (p,) = b.progressions
    assert "revised down" in p.note


def test_two_incidents_on_two_days_are_no_progression_without_a_cue_of_one_count():
    """Fictional: a bus falls into a gorge one day, a landslide buries a hamlet two days
    later; nothing says the second count updates the first: neither a dispute nor a change."""
    b = brief_of({"a": ["Seven people died when a bus plunged into a gorge, police said."],
                  "b": ["Thirteen people died when a landslide buried a hamlet, police said."]},
                 published={"a": "2025-09-01", "b": "2025-09-03"})
    assert kinds(b, "figure") == [] and b.progressions == []


def test_open_tolls_that_rise_over_days_never_clash():
    """Fictional: "more than 70" injured one day, "more than 95" the next, and two open
    lower bounds of one day: each can be true with the other."""
    arts = {"a": ["More than 70 people were injured in the blast at the Kessin depot, medics said."],
            "b": ["More than 95 people were injured in the blast at the Kessin depot, the fire service said."]}
    b = brief_of(arts, published={"a": "2025-02-01", "b": "2025-02-02"})
    assert kinds(b, "figure") == []
    b = brief_of(arts)
    assert kinds(b, "figure") == []


def test_a_part_against_its_total_is_not_a_conflict():
    """Fictional: twelve killed, two of the dead children; four of their crew."""
    b = brief_of({"a": ["Twelve people were killed in the blast at the depot, police said."],
                  "b": ["Two of the dead were children, a doctor said.",
                        "The blast killed four of their drivers, the company said."]},
                 events=[("depot blast", "2024-06-01", [1, 2, 3])])
    assert kinds(b, "figure") == []


def test_counts_of_two_populations_of_one_event_are_not_rivals():
    """Fictional: eight crew and thirty passengers drowned in one wreck: two counts;
    police and soldiers killed at one post are two counts too."""
    b = brief_of({"a": ["Eight crew drowned when the ferry sank near Kessin, the operator said."],
                  "b": ["Thirty passengers drowned when the ferry sank near Kessin, the coastguard said."]},
                 events=[("wreck", "2024-02-10", [1, 2])])
    assert kinds(b, "figure") == []
    b = brief_of({"a": ["Three policemen died when gunmen stormed the border post, the interior ministry said."],
                  "b": ["Six soldiers died when gunmen stormed the border post, the defence ministry said."]},
                 events=[("border post", "2024-02-12", [1, 2])])
    assert kinds(b, "figure") == []


def test_students_and_children_of_one_fire_are_two_counts():
    """Fictional: pupils of a boarding school and children of the town are not one
    population (the students may be a part of the children, or older): no dispute."""
    b = brief_of({"a": ["Four students died in the fire at the Orlen boarding school, the head teacher said."],
                  "b": ["Seven children died in the fire at the Orlen boarding school, the fire service said."]},
                 events=[("school fire", "2024-03-02", [1, 2])])
    assert kinds(b, "figure") == []


# fictional: two counts of one arrest, one of them "six of the smugglers"
SMUGGLERS = ({"a": ["Police arrested six of the smugglers at the border crossing on Sunday, the ministry said."],
              "b": ["Nine smugglers were arrested at the border crossing on Sunday, customs officials said."]},
             [("border arrests", "2024-02-11", [1, 2])])


def test_n_of_the_x_is_a_whole_count_only_as_the_object_of_the_deed():
    """Fictional: "police arrested six of the smugglers" counts the arrested smugglers
    against "nine smugglers were arrested"; "four of the climbers who died were guides"
    and "four of the climbers were guides" are parts of the toll."""
    b = brief_of(*SMUGGLERS)
    (c,) = kinds(b, "figure")
    assert {f.text for f in b.figures if f.id in c.items} == {"six", "Nine"}
    for part in ("Four of the climbers who died were mountain guides, the club said.",
                 "Four of the climbers were mountain guides, the club said."):
        b = brief_of({"a": ["Eleven climbers died in the avalanche on Mount Orla, rescuers said."], "b": [part]},
                     events=[("avalanche", "2024-01-20", [1, 2])])
        assert kinds(b, "figure") == [], part


def test_a_hedged_toll_and_claim_score_below_plain_ones():
    """Fictional: a precise attributed toll outranks a vague, hedged, unattributed one,
    and scoring twice changes nothing."""
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said."],
                  "b": ["Reportedly hundreds died in the storm."],
                  "c": ["More than 90 sailors died in the storm, a monitoring group said."]})
    by_text = {f.text: f for f in b.figures}
    assert by_text["About 60"].confidence > by_text["hundreds"].confidence
    assert by_text["hundreds"].confidence < confidence.SHOWN
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


def test_html_hides_unconfident_items_and_marks_unsure_ones_as_the_markdown_does():
    """Fictional: the page leaves out a figure under SHOWN and marks one under SURE (the
    report's text finalizer once shadowed the confidence test, and the page showed both)."""
    b = brief_of({"a": ["About 60 sailors were killed in the storm, the navy said.",
                        "Ten fishermen were hurt in the storm, the port said."]})
    b.figures[0].confidence, b.figures[1].confidence = 0.3, 0.6
    html = render.to_html(b)
    figures = html.split('id="figures"')[1].split("</section>")[0]
    assert "About 60" not in figures and "uncertain" in figures and "Ten" in figures


def test_html_marks_an_unsure_dispute_figure_and_claim_and_no_sure_one():
    """Fictional: one "(uncertain)" mark, written by one template macro, in each of the
    page's three places (a dispute's note, a figure's value, a claim) for an item under
    SURE; none for the same items when sure, nor for an item under SHOWN (left out)."""
    b = brief_of(*SMUGGLERS)
    (dispute,) = kinds(b, "figure")

    def marks(level):
        for item in (dispute, *b.figures, *b.claims):
            item.confidence = level
        html = render.to_html(b)
        return [html.split(f'id="{part}"')[1].split("</section>")[0].count("(uncertain)")
                for part in ("disagree", "figures", "said")]

    assert all(n >= 1 for n in marks((confidence.SHOWN + confidence.SURE) / 2))
    assert marks(1.0) == [0, 0, 0]
    assert marks(confidence.SURE) == [0, 0, 0]
    b.figures[0].confidence = confidence.SHOWN / 2
    assert "(uncertain)" not in render.to_html(b).split('id="figures"')[1].split("</section>")[0]


def test_progressions_are_shown_in_markdown_and_html():
    b = brief_of(FLOOD, published={"a": "2024-03-01", "b": "2024-03-02"})
    md = render.to_markdown(b)
    assert "## Counts that changed" in md and "Six (officials, 2024-03-01)" in md
    html = render.to_html(b)
    assert 'id="changed"' in html and "Counts that changed" in html
    assert "## Where sources disagree" not in md


def test_a_possibility_is_scored_below_a_statement_in_the_brief():
    """Fictional: "the levee may give way" ranks below "the levee gave way"."""
    b = brief_of({"a": ["The levee may give way before dawn, the mayor said."],
                  "b": ["The levee gave way before dawn, a farmer said."]})
    may = next(c for c in b.claims if "may" in c.text)
    did = next(c for c in b.claims if "gave" in c.text)
    assert may.confidence < did.confidence


def test_a_denial_with_only_agreeing_negative_statements_is_no_conflict():
    """Fictional: the port board denies selling the pier and its engineers say the pier
    was never sold: both say the same thing, nobody asserts it."""
    b = brief_of({"a": ["The port board denied that it had sold the old pier to a developer."],
                  "b": ["Board engineers said the old pier had not been sold to a developer."]})
    assert kinds(b, "denial") == []


def test_a_negative_statement_joins_the_denial_side_when_someone_asserts_it():
    """Fictional: as above, and a councillor says the board sold the pier: one dispute,
    the engineers with the board."""
    b = brief_of({"a": ["The port board denied that it had sold the old pier to a developer."],
                  "b": ["Board engineers said the old pier had not been sold to a developer."],
                  "c": ["Councillor Ida Renn said the port board had sold the old pier to a developer in June."]})
    (c,) = kinds(b, "denial")
    speakers = {x.speaker_text for x in b.claims if x.id in c.items}
    assert "Councillor Ida Renn" in speakers and len(c.items) >= 2


def test_a_negative_statement_of_another_proposition_joins_no_denial():
    """Fictional misfire probes: a denial that the bridge was closed and a report that it
    was not damaged; a negative report beside no denial at all."""
    b = brief_of({"a": ["The mayor denied that the Tarn bridge was closed to lorries."],
                  "b": ["Engineers said the Tarn bridge was not damaged by the flood waters."]})
    assert kinds(b, "denial") == []
    b = brief_of({"a": ["Officials said no one was hurt when the shed burned down."],
                  "b": ["The fire chief said nobody was hurt in the shed fire."]})
    assert kinds(b, "denial") == []


TRAIN = [("A 40-wagon freight train derailed outside Kessin on Tuesday, the rail operator said.",
          "A 32-wagon freight train derailed outside Kessin on Tuesday, the police said.")]


def test_the_sizes_of_one_thing_at_one_named_place_are_compared():
    """Fictional: one derailment outside one town, a 40-wagon and a 32-wagon train."""
    b = brief_of({"a": [TRAIN[0][0]], "b": [TRAIN[0][1]]}, events=[("derailment", "2025-03-04", [1, 2])])
    assert any(c.note.startswith("Size of the train") for c in kinds(b, "figure"))


def test_sizes_of_two_things_are_not_compared():
    """Fictional misfire probes: "elsewhere" or "another" names a second train; a
    region beside a town of that region; two towns."""
    for second in ("Elsewhere, a 32-wagon freight train derailed outside Kessin on Tuesday, the police said.",
                   "Another 32-wagon freight train derailed outside Kessin on Tuesday, the police said.",
                   "In Norland, a 32-wagon freight train derailed on Tuesday, the police said.",
                   "A 32-wagon freight train derailed outside Ossel on Tuesday, the police said."):
        first = "A 40-wagon freight train derailed outside Kessin, Norland, on Tuesday, the rail operator said."
        b = brief_of({"a": [first], "b": [second]}, events=[("derailments", "2025-03-04", [1, 2])])
        assert not any(c.note.startswith("Size") for c in kinds(b, "figure")), second
    b = brief_of({"a": [TRAIN[0][0]], "b": [TRAIN[0][1]]})  # no common event
    assert not any(c.note.startswith("Size") for c in kinds(b, "figure"))


def test_a_toll_to_date_is_compared_only_with_tolls_to_date():
    """Fictional: a decade's toll up to now against the toll of one car bomb is no
    dispute; two tolls of the decade, about 1,400 and 2,600, are."""
    b = brief_of({"a": ["About 1,400 people have been killed in the past decade, the agency said."],
                  "b": ["A car bomb killed nine people in Kessin on Monday, police said."]})
    assert kinds(b, "figure") == []
    b = brief_of({"a": ["About 1,400 people have been killed in the past decade, the agency said."],
                  "b": ["The fighting has killed 2,600 people in the past decade, a monitoring group said."]})
    (c,) = kinds(b, "figure")
    assert c.note.startswith("Killed to date")


def test_a_period_phrase_outside_the_figures_clause_leaves_an_incident_toll():
    """Fictional: "the worst crash on the road in the past decade" ranks the crash; its
    toll still meets another source's toll of it."""
    b = brief_of({"a": ["The crash killed nine people, the worst on the coast road in the past decade, police said."],
                  "b": ["The crash on the coast road killed 15 people, medics said."]},
                 events=[("crash", "2025-06-02", [1, 2])])
    (c,) = kinds(b, "figure")
    assert not c.note.startswith("Killed to date")


def test_one_population_against_everyone_is_a_part_against_a_total():
    """Fictional: three of the passengers, or two sailors, against twelve people killed."""
    b = brief_of({"a": ["Twelve people were killed when the ferry sank off Kessin, the coastguard said."],
                  "b": ["Three of the passengers were killed when the ferry sank, the owners said.",
                        "Two sailors were killed when the ferry sank, the navy said."]},
                 events=[("ferry sinking", "2024-07-01", [1, 2, 3])])
    assert kinds(b, "figure") == []


def test_a_quoted_old_figure_beside_the_articles_new_one_is_no_dispute():
    """Fictional: one article gives its count and the higher first count of the town hall."""
    b = brief_of({"a": ["Officials said 40 people died in the depot fire in Kessin.",
                        "The town hall's first count, given on Thursday, was 57 dead."]},
                 events=[("depot fire", "2024-08-02", [1, 2])])
    assert kinds(b, "figure") == []


def test_tolls_to_date_of_two_periods_are_not_rivals():
    """Fictional: the toll over a decade and the toll of its last month."""
    b = brief_of({"a": ["About 1,400 people have been killed in the past decade, the agency said."],
                  "b": ["In the past month, 40 people were killed in the fighting, a monitoring group said."]})
    assert kinds(b, "figure") == []


def test_one_articles_toll_beside_a_local_count_is_a_part_not_a_rival():
    """Fictional: the storm killed six, officials said; in one town a crash killed two
    people, police said: a part of the toll, in one article."""
    b = brief_of({"a": ["A storm battered the coast on Monday, killing six people, officials said.",
                        "In Velden, a crash on the coast road killed two people, police said."]},
                 events=[("storm", "2025-02-03", [1, 2])])
    assert kinds(b, "figure") == []


def test_a_denial_meets_the_assertion_that_the_denier_did_it():
    """Fictional: the clinic's owners denied they had shut the night ward; a nurse said
    the owners had shut the night ward of the clinic in May."""
    b = brief_of({"a": ["The clinic's owners denied on Monday that they had shut the night ward of the clinic."],
                  "b": ["Nurse Tova Brem said the owners had shut the night ward of the clinic in May."]})
    (c,) = kinds(b, "denial")
    assert {x.speaker_text for x in b.claims if x.id in c.items} >= {"Nurse Tova Brem"}


def test_a_denial_meets_no_other_deed_of_the_denier():
    """Fictional misfire probes: the denied deed against another deed of the denier
    sharing some words (another verb, another object), and the same deed of another actor."""
    for other in ("Nurse Tova Brem said the owners had opened a new ward at the clinic in May.",
                  "Nurse Tova Brem said the owners had shut the car park of the clinic at night.",
                  "Nurse Tova Brem said the owners had cut the night pay of clinic staff.",
                  "Nurse Tova Brem said the city had shut the night ward of the clinic in May."):
        b = brief_of({"a": ["The clinic's owners denied on Monday that they had shut the night ward of the clinic."],
                      "b": [other, "Residents said the clinic was quiet on Monday."]})
        assert kinds(b, "denial") == [], other


def test_the_auditors_deed_misfires_stay_apart():
    """Fictional probes of an audit: a wage cut against cut office hours; closing schools
    against opening schools."""
    b = brief_of({"a": ["The harbour authority denied on Friday that it had cut the wages of dock workers."],
                  "b": ["Union leader Mara Quill said the authority had cut the opening hours of the dock office for workers."]})
    assert kinds(b, "denial") == []
    b = brief_of({"a": ["The ministry denied on Tuesday that it had closed rural schools in the north."],
                  "b": ["Teachers said the ministry had opened new rural schools in the north last year, and praised the move."]})
    assert kinds(b, "denial") == []
