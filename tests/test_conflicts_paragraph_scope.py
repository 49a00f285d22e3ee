"""A count outside every event and place takes the event and places of the counts of its
measure told just before it in its paragraph (`conflicts._scope_of_paragraph`), and a
community's own "N of our people are unaccounted for" is its whole count of the missing
(`figure_groups.COMMUNITY`). Every example is fictional (invented names, places and
numbers); hard negatives beside the firing case: another place named, another matter
("also", "elsewhere"), its own time, another paragraph."""
from conftest import event_over, make_brief


def brief_of(paragraphs_a, b_sentences=None):
    """Article "a" as paragraphs (lists of sentences), article "b" one sentence a paragraph;
    two hand-made events so a figure outside them is outside every event."""
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import claims, conflicts, entities, figures, times

    flat = [s for p in paragraphs_a for s in p]
    articles = {"a": flat}
    if b_sentences:
        articles["b"] = b_sentences
    brief, ctx = make_brief(articles)
    n = 0
    for pi, p in enumerate(paragraphs_a):
        for _s in p:
            brief.sentences[n].paragraph = pi
            n += 1
    brief.events = [event_over(brief, "The mudslide in Tollam", "2031-04-08", [1]),
                    event_over(brief, "Flooding in Parvek", "2031-04-08", [len(brief.sentences)])]
    ctx.similarity = lambda a, b: 0.0
    for stage in (entities, times, claims, figures, conflicts):
        run_stage(stage.STAGE, brief, ctx)
    return brief


def figure_conflicts(brief):
    return [c for c in brief.conflicts if c.kind == "figure"]


LEAD = "The relief agency said 31 people were still missing in Tollam."
OBJECTION = "Ines Varga, the town's mayor, said that figure was far too low."
TAIL = "Rain also fell on Parvek."


def test_a_rival_count_later_in_the_paragraph_takes_its_scope():
    brief = brief_of([[LEAD, OBJECTION, '"More than 70 of our people are unaccounted for," Varga said.'], [TAIL]])
    assert len(figure_conflicts(brief)) == 1


def test_another_place_between_or_in_the_count_is_not_carried():
    between = brief_of([[LEAD, "In Parvek, the river burst its banks.",
                         '"More than 70 of our people are unaccounted for," Varga said.'], [TAIL]])
    assert figure_conflicts(between) == []


def test_an_added_matter_or_its_own_time_is_not_carried():
    added = brief_of([[LEAD, OBJECTION, '"More than 70 people are also unaccounted for elsewhere," Varga said.'], [TAIL]])
    assert figure_conflicts(added) == []
    dated = brief_of([[LEAD, OBJECTION, '"In 2019 more than 70 of our people were unaccounted for," Varga said.'], [TAIL]])
    assert figure_conflicts(dated) == []


def test_another_paragraph_is_not_carried():
    apart = brief_of([[LEAD, OBJECTION], ['"More than 70 of our people are unaccounted for," Varga said.'], [TAIL]])
    assert figure_conflicts(apart) == []


def test_of_their_people_stays_a_part():
    part = brief_of([[LEAD, OBJECTION, '"More than 70 of their people are unaccounted for," Varga said.'], [TAIL]])
    assert figure_conflicts(part) == []
