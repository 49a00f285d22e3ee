"""Stage `times` and its grammar, on invented sentences (no seed data)."""
from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, make_brief
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import dates, times
from newsbrief.timex.grammar import dateline, find

WED = date(2021, 3, 10)  # a Wednesday


def values(text, anchor=WED, **kw):
    return [(f.text, f.value) for f in find(text, anchor, **kw)]


def value_of(text, anchor=WED):
    found = find(text, anchor)
    assert len(found) == 1, found
    return found[0].value


def test_full_dates_and_days_without_year():
    assert value_of("The bridge reopened on March 8, 2019 after repairs.") == "2019-03-08"
    assert value_of("The bridge reopened on 8 March 2019 after repairs.") == "2019-03-08"
    assert value_of("The bridge reopened on Monday, Nov. 4, 2019.") == "2019-11-04"
    assert value_of("Voters went to the polls on 4 February in the north.") == "2021-02-04"
    assert value_of("On Feb. 27 the council voted to close the mine.") == "2021-02-27"
    assert value_of("The ferry sank on Sept. 3 near the cape.") == "2020-09-03"  # the past one, not 2021-09
    # a December day read in early January belongs to the year before
    assert value_of("The strike began on Dec. 28 at the plant.", date(2022, 1, 3)) == "2021-12-28"


def test_ranges_months_years_and_decades():
    assert value_of("Storms hit the coast on February 4 and 5, officials said.") == "2021-02-04/2021-02-05"
    assert value_of("The festival ran 12-14 February in the old town.") == "2021-02-12/2021-02-14"
    assert value_of("The mission began in October 2013 with two ships.") == "2013-10"
    assert value_of("The group has controlled the valley since 2016.") == "2016"
    assert value_of("The mill was busy in the 1990s, workers recall.") == "1990/1999"
    assert value_of("The plant was closed in January for repairs.") == "2021-01"
    assert value_of("Profits rose in the fourth quarter.") == "2020-10-01/2020-12-31"
    assert value_of("The deal closes in the first quarter of next year.") == "2022-01-01/2022-03-31"


def test_weekdays_follow_tense():
    assert value_of("Rebels shelled the town on Saturday, residents said.") == "2021-03-06"
    assert value_of("Saturday's vote was delayed by the storm.") == "2021-03-06"
    assert value_of("Police arrested two men on Monday night.") == "2021-03-08"
    assert value_of("The ministers will meet on Friday in Oslo.") == "2021-03-12"
    assert value_of("The talks resume next Monday in the capital.") == "2021-03-15"
    assert value_of("The ship docked last Wednesday at the pier.") == "2021-03-03"


def test_deictic_and_relative_periods():
    assert values("The mayor said today that the dam held.") == [("today", "2021-03-10")]
    assert values("The dam burst yesterday after heavy rain.") == [("yesterday", "2021-03-09")]
    assert values("The dam was inspected last week.") == [("last week", "2021-03-01/2021-03-07")]
    assert values("Prices rose earlier this month in the region.") == [("earlier this month", "2021-03-01/2021-03-09")]
    assert values("The law was passed last year.") == [("last year", "2020")]
    assert values("The fire started two days ago near the dunes.") == [("two days ago", "2021-03-08")]
    assert values("It rained over the weekend.") == [("over the weekend", "2021-03-06/2021-03-07")]
    assert values("Talks resume this weekend.", date(2021, 3, 13), doc=None) == [
        ("this weekend", "2021-03-13/2021-03-14")]


def test_numbers_that_are_not_dates():
    for text in ["A Z-40 tank was hit 3.5 miles (6km) from the border.",
                 "The toll rose to 41, and 1,500 people fled.",
                 "In 2000 cases the court sided with tenants.",
                 "The company may 3D-print the parts, said March Holdings.",
                 "About 2019 people signed the petition in 12 hours.",
                 'He told ABC\'s "This Week" that the Jan Kavan report was on VOA Today.']:
        assert find(text, WED) == [], text


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=0, max_value=99999), x=st.floats(min_value=0.1, max_value=999, allow_nan=False),
       unit=st.sampled_from(["people", "miles", "km", "troops", "votes", "tonnes", "percent"]))
def test_counts_and_measures_never_become_dates(n, x, unit):
    text = f"Officials counted {n} {unit}, some {x:.1f} {unit} and {n:,} more near the T-{n % 100} depot."
    assert find(text, WED) == []


def test_without_anchor_no_year_is_guessed():
    assert values("The quay was sealed on 4 February, dockers said.", None) == [("4 February", "XXXX-02-04")]
    assert values("Protests ran on February 4 and 5.", None) == [("February 4 and 5", "XXXX-02-04/XXXX-02-05")]
    assert values("The vote took place on Saturday, two days before the count.", None) == []
    assert values("The dam burst yesterday after heavy rain, last week.", None) == []
    assert values("The mission began in October 2013.", None) == [("October 2013", "2013-10")]


def test_dateline():
    assert dateline("March 8, 2019 (WNS)-The council met.")[0] == date(2019, 3, 8)
    assert dateline("LISBON, 8 March 2019 (Agency) - The council met.")[0] == date(2019, 3, 8)
    assert dateline("LISBON, March 8 (Wire) - The council met.") is None  # no year: not enough
    assert dateline("The council met on March 8, 2019 - in the hall.") is None


def test_stage_anchors_to_publication_and_infers_from_lead_dateline():
    brief, ctx = make_brief({"a": ["The dam burst on Sunday, flooding the lower town.",
                              "Engineers had warned of cracks in October.",
                              "The regional council will meet on Friday to discuss repairs."],
                        "b": ["March 2, 2021 (Wire)-Rescuers reached the valley today.",
                              "Villagers said the water rose on Sunday."],
                        "c": ["Rescue teams worked through Sunday night.",
                              "March 1, 2021 (Wire)-Crews cleared the road today."]},
                       published={"a": "2021-03-02"})
    run_stage(dates.STAGE, brief, ctx)
    run_stage(times.STAGE, brief, ctx)
    number = {s.id: n for n, s in enumerate(brief.sentences, start=1)}
    by_text = {(number[t.sentence], t.text): t.value for t in brief.times}
    assert by_text[(1, "Sunday")] == "2021-02-28"
    assert by_text[(2, "October")] == "2020-10"
    assert by_text[(3, "Friday")] == "2021-03-05"  # future tense, from the parse
    b = brief.article("b")
    assert (b.published, b.published_basis) == ("2021-03-02", "inferred")
    assert by_text[(4, "today")] == "2021-03-02"
    assert by_text[(5, "Sunday")] == "2021-02-28"
    # a dateline deeper in the text anchors its own paragraph, not the article
    c = brief.article("c")
    assert c.published is None and c.published_basis == "unknown"
    assert not any(number[t.sentence] == 6 for t in brief.times)
    assert by_text[(7, "today")] == "2021-03-01"


def test_given_publication_date_is_kept():
    brief, ctx = make_brief({"a": ["May 3, 2020 (WNS)-The port closed today."]}, published={"a": "2020-05-04"})
    run_stage(times.STAGE, brief, ctx)
    assert brief.article("a").published == "2020-05-04"
    assert brief.article("a").published_basis == "given"


def test_seed_cluster_scores(shared, tmp_path):
    import subprocess
    import sys

    from newsbrief import pipeline

    gold = shared / "seeds" / "gold.json"
    scorer = shared / "eval" / "score_brief.py"
    for source, metrics in ((shared / "seeds" / "seeds.jsonl", {"times.accuracy": 0.8}),
                            (shared / "seeds", {"times.no_invented_year": 1.0})):
        brief = pipeline.brief_paths([str(source)])
        out = tmp_path / "brief.json"
        out.write_text(json.dumps(brief.to_dict()))
        result = subprocess.run([sys.executable, str(scorer), str(out), str(gold), "--json"],
                                capture_output=True, text=True)
        scores = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
        for name, low in metrics.items():
            assert scores.get(name, 0.0) >= low, (source, name, scores.get(name))


def test_dateline_without_year_anchors_its_paragraph_only_with_a_publication_date():
    brief, ctx = make_brief({"a": ["OSLO, March 1 (Wire) - The strike began yesterday, unions said."],
                        "b": ["OSLO, March 1 (Wire) - The strike began yesterday, unions said."]},
                       published={"a": "2021-03-03"})
    run_stage(times.STAGE, brief, ctx)
    values = {t.sentence: t.value for t in brief.times if t.text == "yesterday"}
    assert values == {brief.sentences[0].id: "2021-02-28"}  # read from 1 March, not from 3 March
    assert brief.article("b").published is None


def _bench():
    import sys

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from bench import times as bench_times

    return bench_times


def test_bench_exits_nonzero_without_shared(tmp_path, capsys):
    bench_times = _bench()

    old = bench_times.DATA
    bench_times.DATA = tmp_path / "missing"
    try:
        assert bench_times.main([]) == 2
    finally:
        bench_times.DATA = old
    assert "missing" in capsys.readouterr().err


def test_bench_converts_ranges_the_timeml_way():
    timeml = _bench().timeml

    assert timeml("2021-03-01/2021-03-07") == "2021-W09"
    assert timeml("2021-01-01/2021-03-31") == "2021-Q1"
    assert timeml("2021-03-01/2021-03-09") == "2021-03"
    assert timeml("1990/1999") == "199"  # TimeML 1.2 decade
    assert _bench().same_decade_notation("199X") == "199"
    assert timeml("2021-03-08") == "2021-03-08"


# -- TimeML-only readings (find(..., timeml=True), as bench.times asks) ----------------

def timeml_values(text, anchor=WED, doc=None):
    return [(f.text, f.value) for f in find(text, anchor, doc, timeml=True)]


def test_timeml_vague_references_and_seasons():
    assert timeml_values("The bridge is now closed to lorries.") == [("now", "PRESENT_REF")]
    assert timeml_values("The port currently handles grain.") == [("currently", "PRESENT_REF")]
    assert timeml_values("Now that the rain stopped, crews went out.") == []  # a conjunction
    assert timeml_values("The mayor recently visited the dam.") == [("recently", "PAST_REF")]
    assert timeml_values("Floods like this were rare in the past.") == [("in the past", "PAST_REF")]
    assert timeml_values("Crews worked there over the past two months.") == []  # a duration
    assert timeml_values("The line may reopen in the near future.") == [("in the near future", "FUTURE_REF")]
    assert timeml_values("The levee failed last fall and was rebuilt this summer.") == [
        ("last fall", "2020-FA"), ("this summer", "2021-SU")]
    assert timeml_values("Rains came in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "1994-WI")]
    # without timeml=True none of these is returned: the brief contract cannot hold them
    assert values("The bridge is now closed, the mayor said last fall.") == []


def test_timeml_earnings_report_quarters():
    report = ("Harbor Mills Inc. said third-quarter net income rose 12% to $8.1 million, or 40 cents a share. "
              "A year earlier the miller earned $7.2 million, or 36 cents a share. "
              "Sales in the latest quarter climbed to $120 million from $101 million in the year-ago quarter. "
              "For the nine months, net was $21 million, up from $19 million a year earlier.")
    got = timeml_values(report, date(2021, 10, 28))
    assert ("third-quarter", "2021-07-01/2021-09-30") in got
    assert ("A year earlier", "2020-Q3") in got
    assert ("the latest quarter", "2021-Q3") in got
    assert ("the year-ago quarter", "2020-Q3") in got
    assert ("a year earlier", "2020") in got  # the nine months a year before: that year
    # a forecast of a quarter not over yet does not become the quarter reported
    assert ("the quarter", "2021-Q3") in timeml_values(
        "Profit fell in the quarter, and the company expects a fourth-quarter loss.", date(2021, 10, 28))
    # no quarter anywhere: "a year ago" stays the year it was
    assert timeml_values("The bakery had 40 workers a year ago.", date(2021, 10, 28)) == [("a year ago", "2020")]


def test_timeml_years_read_from_the_document():
    text = "The dam was finished in 2004. The following year it flooded, and later that year it was shut."
    assert timeml_values(text) == [("2004", "2004"), ("The following year", "2005"), ("later that year", "2004")]
    assert timeml_values("Sales should grow for the full year, the firm said.") == [("the full year", "2021")]


def test_years_decades_and_centuries_in_words():
    assert values("The plant opened in nineteen ninety-six.") == [("nineteen ninety-six", "1996")]
    assert values("He said nineteen twenty years ago.") == []
    assert values("The goal was set for the year two thousand.") == [("the year two thousand", "2000")]
    assert values("Rents doubled during the nineties.") == [("the nineties", "1990/1999")]
    assert values("The church dates from the 12th century.") == [("12th century", "1100/1199")]
    assert find("Rents doubled during the nineties.", None) == []  # which century is a guess without an anchor


def test_stage_never_emits_timeml_only_values():
    brief, ctx = make_brief({"a": ["The bridge is now closed, officials said on Monday.",
                              "It was damaged last fall and has recently been inspected."]},
                       published={"a": "2021-03-10"})
    run_stage(times.STAGE, brief, Context())
    got = {(t.text, t.value) for t in brief.times}
    assert got == {("Monday", "2021-03-08")}


def test_bench_writes_timeml_centuries():
    assert _bench().timeml("1900/1999") == "19"


def test_weekday_tense_from_the_parse():
    from newsbrief import resources as nlp
    model = nlp.load()

    def parsed(text):
        return [(f.text, f.value) for f in find(text, WED, model(text))]

    # "Thursday morning" is headed by "morning": the tense is that of "plan to move"
    assert parsed("The navy does not plan to move the ship on Thursday morning.") == [
        ("Thursday morning", "2021-03-11")]
    # a past participle clause is past even when the main verb is future
    assert parsed("Under the terms, announced Friday, holders will receive a dividend.") == [
        ("Friday", "2021-03-05")]


def test_a_modal_a_due_and_a_name_the_parser_took_for_a_verb_do_not_borrow_a_past_tense():
    """Fictional sentences, read on a Wednesday (WED, March 2021)."""
    from newsbrief import resources as nlp
    model = nlp.load()

    def parsed(text, anchor=WED):
        return [(f.text, f.value) for f in find(text, anchor, model(text))]

    # a modal has no tense of its own: not the past of the verb that reports it
    assert parsed("The mayor said the new footbridge could open by the end of June.") == [("June", "2021-06")]
    # "were due" is ahead of the day it was written, past tense or not
    assert parsed("Six of the men were due in court on Friday.") == [("Friday", "2021-03-12")]
    # a word of a name that the parser tagged as a present-tense verb is no verb: the
    # happening is the past one (a parse built by hand, as the small model sometimes gives it)
    from spacy.tokens import Doc
    words = ["Rebels", "raided", "a", "camp", "run", "by", "Stone", "Aid", "Group", "on", "Monday", "."]
    tags = ["NNS", "VBD", "DT", "NN", "VBN", "IN", "NNP", "VBP", "NNP", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"]
    deps = ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "compound", "dep", "dobj", "prep", "pobj", "punct"]
    heads = [1, 1, 3, 1, 3, 4, 7, 1, 7, 7, 9, 1]
    doc = Doc(model.vocab, words=words, spaces=[True] * 10 + [False, False], tags=tags, pos=pos, deps=deps,
              heads=heads)
    assert [(f.text, f.value) for f in find(doc.text, WED, doc)] == [("Monday", "2021-03-08")]


def test_narrative_days_count_from_the_last_day_named():
    """Fictional: "two days later" is read against the day the narrative last named."""
    from newsbrief.timex.grammar import find
    from datetime import date

    got = find("Two days later, the council of Orm voted to close the harbour.", date(2024, 5, 10),
               narrative=date(2003, 3, 4))
    assert [(f.text, f.value) for f in got] == [("Two days later", "2003-03-06")]
    got = find("The day after that, the mayor resigned.", date(2024, 5, 10), narrative=date(2003, 3, 6))
    assert [f.value for f in got] == ["2003-03-07"]
    assert [f.value for f in find("Two days later, the mayor resigned.", date(2024, 5, 10),
                                  keep_unresolved=True)] == [None]


def test_month_with_last_year_and_midday():
    from newsbrief.timex.grammar import find
    from datetime import date

    assert [f.value for f in find("The protests began in March last year.", date(2024, 5, 10))] == ["2023-03"]
    assert [f.value for f in find("The minister visited the site at midday.", date(2024, 5, 10))] == ["2024-05-10"]
    assert [f.value for f in find("Talks resumed at noon Friday.", date(2024, 5, 11))] == ["2024-05-10"]


def test_an_undated_page_takes_the_date_of_an_embedded_post_signature():
    from newsbrief.model import Article
    from newsbrief.stages.dates import infer_published

    art = Article(id="a", source="a", paragraphs=[
        "The harbour of Orm closed on Tuesday after the storm.",
        "Stay safe, everyone. \u2014 Ana Kell (@anakell) June 4, 2024",
        "The council met again in 2019 to discuss the dam."])
    infer_published(art)
    assert (art.published, art.published_basis) == ("2024-06-04", "inferred")
    bare = Article(id="b", source="b", paragraphs=["The council met on June 4, 2019 to discuss the dam."])
    infer_published(bare)
    assert bare.published is None


def test_a_weekday_modifying_a_noun_takes_the_tense_of_its_verb():
    """Fictional: "will attend Thursday's summit" is ahead of a Monday anchor,
    "Thursday's summit ended" behind it; "Thursday's summit" alone stays the nearest past."""
    from newsbrief.resources import Resources

    nlp = Resources().nlp
    anchor = date(2023, 6, 12)  # a Monday
    for text, value in (("Ministers of Varsk will attend Thursday's summit in the capital.", "2023-06-15"),
                        ("Thursday's summit in the capital of Varsk ended without a deal.", "2023-06-08")):
        found = find(text, anchor, nlp(text))
        assert [(f.text, f.value) for f in found] == [("Thursday's", value)], text


def test_a_weekday_on_a_noun_of_a_past_happening_stays_behind_the_anchor():
    """Fictional: only a scheduled happening (summit, vote, hearing) can lie ahead; a
    weekday on a crash, a quake or a flood is a day gone by, whatever the verb's tense."""
    from newsbrief.resources import Resources

    nlp = Resources().nlp
    anchor = date(2024, 3, 13)  # a Wednesday
    for text, day in (("Inspectors are investigating Monday's derailment near the village of Tarn.", "Monday's"),
                      ("Volunteers are still digging through the mud from Sunday's avalanche above Orvik.",
                       "Sunday's"),
                      ("Shopkeepers in Lusk are mopping up after Monday's flood.", "Monday's"),
                      ("Engineers will inspect the bridge damaged in Sunday's gale next month.", "Sunday's")):
        found = find(text, anchor, nlp(text))
        want = "2024-03-11" if day == "Monday's" else "2024-03-10"
        assert [(f.text, f.value) for f in found if f.text == day] == [(day, want)], text
    text = "Delegates from Orvik are flying to Friday's hearing in the capital."
    found = find(text, anchor, nlp(text))
    assert [(f.text, f.value) for f in found] == [("Friday's", "2024-03-15")]


def test_same_day_phrases_take_the_happening_day_given_to_them():
    """Fictional: "later that day", "earlier in the day" are the day handed in as the
    happening day of the sentence before; with none they are no time at all."""
    from newsbrief.timex.grammar import find
    from datetime import date

    for text in ("The ferry company, speaking earlier in the day, blamed the fog for the delays.",
                 "Later that day the council of Orm voted to close the quay."):
        got = find(text, date(2024, 5, 10), same_day=date(2024, 5, 8))
        assert [f.value for f in got] == ["2024-05-08"], text
        # a day the text named, but not the sentence before's happening day: nothing
        assert find(text, date(2024, 5, 10), narrative=date(2024, 5, 8), keep_unresolved=True) == [], text
    assert find("The vote came later in the week.", date(2024, 5, 10), same_day=date(2024, 5, 8)) == []


def _same_day_values(paragraph, published="2024-05-06"):
    sentences = [x if x.endswith(".") else x + "." for x in paragraph.split(". ")]
    brief, ctx = make_brief({"a": sentences}, published={"a": published})
    run_stage(times.STAGE, brief, ctx)
    return [(t.text, t.value) for t in brief.times]


def test_same_day_phrases_take_only_a_happening_day_named_just_before():
    """Fictional: "earlier in the day" is the day of the happening the sentence before
    told; a background date in a relative clause or apposition, a day weeks from the
    article's date, two different days, or a day two sentences back give no time."""
    assert _same_day_values("A tram left the rails in Ostby on Saturday, injuring three riders. "
                            "Later that day the operator suspended the line.") == \
        [("Saturday", "2024-05-04"), ("Later that day", "2024-05-04")]
    for paragraph in (
            # a relative clause's date is background, however the sentence before began
            "A tram left the rails in Ostby on Saturday. The line, which first ran on June 9, 1961, "
            "was shut. Later that day the operator suspended the service.",
            # a relative clause's day close to the article's date is still background
            "The driver, who had started the job on Wednesday, was questioned by police. "
            "Earlier in the day the union called a strike.",
            # an apposition's date
            "The depot's founder, Ada Vinter, born on 2 February 1950, spoke to staff. "
            "Earlier in the day the union called a strike.",
            # a day far from the article's date: history, not the day of the news
            "The canal lock was first flooded on 12 March 2009. Later that day the keepers left.",
            # two different days named: which one is unclear
            "The strike began on Friday and ended on Saturday. Later that day the depot reopened.",
            # the day was named two sentences back
            "A tram left the rails in Ostby on Saturday. Crews cleared the track. "
            "Later that day the operator suspended the line."):
        got = _same_day_values(paragraph)
        assert not any(text.lower().startswith(("later that", "earlier in")) for text, _ in got), (paragraph, got)


def test_a_year_between_a_determiner_and_its_noun_is_a_year_even_when_tagged_a_number():
    """Fictional: the small model tags "2021" here as a CARDINAL; "a 2021 survey" names one
    survey by its year (counts take plural nouns: "2000 cases" stays no year)."""
    from newsbrief import resources as nlp
    model = nlp.load()
    text = "Critics point to a 2021 survey that found rot in the timber supports."
    assert [(f.text, f.value) for f in find(text, WED, model(text))] == [("2021", "2021")]
    text = "Doctors treated 2000 cases of the fever in the valley."
    assert find(text, WED, model(text)) == []
