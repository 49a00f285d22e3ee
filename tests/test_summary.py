"""The summary stage: which sentences may stand alone, and crediting every carrier."""
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ids import event_id, sentence_id
from newsbrief.pipeline import run_stage
from newsbrief.stages import duplicates
from newsbrief.stages import summary
from newsbrief.model import Article, Brief, Sentence
from newsbrief.stages.summary import standalone


def test_standalone_filters():
    assert standalone("The storm destroyed 40 homes in the coastal village, officials said.")
    assert not standalone("Why did the village flood?")
    assert not standalone("But he was later released without charge by the police.")
    assert not standalone("Our country has no business meddling in this faraway war at all.")
    assert standalone('"We lost everything", said Ana Kell, a fisherman whose boat sank.')
    assert not standalone('"We lost everything and nobody came to help us at all."')
    assert not standalone("Too short.")


def test_summary_credits_all_carriers_and_respects_budget():
    brief = Brief(articles=[Article(id=a, source=a) for a in "abc"])
    texts = [("a", "A landslide buried part of the mountain road near Tarsel on Monday, police said."),
             ("b", "A landslide buried part of the mountain road near Tarsel on Monday, police said."),
             ("c", "Rescuers pulled four drivers from their cars after the landslide near Tarsel."),
             ("c", "He was later taken to hospital in the capital with a broken leg.")]
    for i, (art, text) in enumerate(texts, start=1):
        brief.sentences.append(Sentence(id=sentence_id(art, text), article=art, text=text, position=i))
    run_stage(duplicates.STAGE, brief, Context())
    run_stage(summary.STAGE, brief, Context(config=Config(words=30)))
    s1, s2, _, s4 = (s.id for s in brief.sentences)
    ids = [s.sentence for s in brief.summary]
    assert s1 in ids and s2 not in ids and s4 not in ids
    assert next(s for s in brief.summary if s.sentence == s1).sources == ["a", "b"]
    assert sum(len(s.text.split()) for s in brief.summary) <= 30


def test_each_main_storyline_gets_a_sentence_and_timeline_order():
    from newsbrief.model import Event
    from conftest import make_brief

    spring = ["A dam on the Orvel river burst on Monday, flooding the village of Tamsk, officials said.",
              "Rescue teams evacuated 300 residents of Tamsk after the dam burst, the mayor said.",
              "Engineers said the dam on the Orvel river had been inspected last year."]
    autumn = ["Parliament approved money to rebuild the Orvel dam on Thursday after a long debate.",
              "The reconstruction of the Orvel dam will cost 40 million crowns, the finance minister said."]
    filler = [f"Officials in the capital discussed the national budget and taxes for hour {i} of the session."
              for i in range(12)]
    brief, ctx = make_brief({"a": spring + filler[:6], "b": spring[:2] + filler[6:], "c": autumn, "d": autumn[:1]},
                       published={"a": "2024-04-02", "b": "2024-04-02", "c": "2024-10-10", "d": "2024-10-10"})
    run_stage(duplicates.STAGE, brief, Context())
    ids = {s.text: s.id for s in brief.sentences if s.duplicate_of is None}
    brief.events = [Event(id=event_id(ids[spring[0]]), title="Dam burst", date="2024-04-01",
                          sentences=[ids[t] for t in spring]),
                    Event(id=event_id(ids[autumn[0]]), title="Rebuilding approved", date="2024-10-10",
                          sentences=[ids[t] for t in autumn])]
    run_stage(summary.STAGE, brief, Context(config=Config(words=70)))
    texts = [s.text for s in brief.summary]
    assert any("burst" in t for t in texts) and any("rebuild" in t for t in texts)
    first_autumn = min(i for i, t in enumerate(texts) if "Parliament" in t or "reconstruction" in t)
    assert all("Orvel river" not in t or i < first_autumn for i, t in enumerate(texts))


def test_headline_fragments_are_not_summary_sentences():
    from conftest import make_brief

    brief, ctx = make_brief({"a": ["The convoy's arrival in the port after a week of storms.",
                              "The army entered the city on Friday after a week of fighting."]})
    docs = [ctx.doc(s.id) for s in brief.sentences]
    assert [summary.has_verb(d) for d in docs] == [False, True]


def test_summary_sentences_read_without_their_dateline():
    from newsbrief.stages.summary import without_dateline
    assert without_dateline("PORT VESSANY, Ostria (XNA) -- A ferry and a grain barge collided off the "
                            "harbour wall on Monday.") == "A ferry and a grain barge collided off the harbour wall on Monday."
    assert without_dateline("KESSARY, May 3, 2024 (Wire) - Dockers walked out over pay on Friday "
                            "morning.") == "Dockers walked out over pay on Friday morning."
    kept = ["The U.K. -led mission said it had stopped the convoy near the river.",
            "Officials in Varrow - a river town - said the plant was damaged.",
            "OSTRIA (XNA) -- Calm."]  # too little left to stand alone
    for text in kept:
        assert without_dateline(text) == text


def _summary_of(texts, words):
    brief = Brief(articles=[Article(id=a, source=a) for a in sorted({a for a, _ in texts})])
    for i, (art, text) in enumerate(texts, start=1):
        brief.sentences.append(Sentence(id=sentence_id(art, text), article=art, text=text, position=i))
    run_stage(duplicates.STAGE, brief, Context())
    run_stage(summary.STAGE, brief, Context(config=Config(words=words)))
    return [s.text for s in brief.summary]


# fictional: one short report and a family's statement in the first person
FAMILY = [("a", "A fishing boat from Orlen sank off the north cape on Sunday, the coastguard said."),
          ("b", "We are heartbroken that our son Piet did not come home from the sea this week."),
          ("b", "My husband and I want to thank the coastguard crews who searched for three days."),
          ("b", "Why did nobody warn the boats about the storm that night?"),
          ("b", "But he loved the sea more than anything else in his short life.")]


def test_voice_problems_fill_a_summary_the_clean_sentences_cannot():
    out = _summary_of(FAMILY, 60)
    assert out[0].startswith("A fishing boat from Orlen sank")
    assert any(t.startswith("We are heartbroken") for t in out)  # first person, taken to fill
    assert not any(t.startswith(("Why", "But")) for t in out)  # a question and a dangling opener never


def test_voice_problems_stay_out_when_the_clean_sentences_fill_it():
    out = _summary_of(FAMILY, 20)
    assert out == ["A fishing boat from Orlen sank off the north cape on Sunday, the coastguard said."]


def test_a_leaning_sentence_follows_its_leader_when_the_summary_is_short():
    # fictional: the second sentence leans on the first ("She"), the fourth on nothing picked
    texts = [("a", "A lighthouse keeper on Skarra rescued two kayakers from the bay on Sunday, the coastguard said."),
             ("a", "She says she saw their flare from the lamp room just after dusk."),
             ("b", "Why were the kayakers out in such a storm?"),
             ("b", "Ferry sailings to the island were cancelled for the rest of the week, the operator said."),
             ("b", "But the harbour cafe stayed open all weekend.")]
    out = _summary_of(texts, 80)
    lead = out.index("A lighthouse keeper on Skarra rescued two kayakers from the bay on Sunday, the coastguard said.")
    assert out[lead + 1] == "She says she saw their flare from the lamp room just after dusk."
    assert not any(t.startswith("Why") for t in out)
    # with a budget the clean sentences fill, nothing leaning is added
    assert not any(t.startswith("She") for t in _summary_of(texts, 25))


def test_one_figure_in_two_events_is_two_facts():
    """Fictional: "two killed" in a ferry sinking and "at least two killed" in the same
    sinking are one fact (a summary keeps one); "two killed" in a barn fire elsewhere is
    another fact, free to stand beside them."""
    from types import SimpleNamespace as NS

    from newsbrief.stages.summary import _same_fact_pairs

    figs = [NS(measure="deaths", low=2, high=2, sentence="a1"),   # two died when the ferry Orla sank
            NS(measure="deaths", low=2, high=None, sentence="b1"),  # at least two died in the sinking
            NS(measure="deaths", low=2, high=2, sentence="c1")]    # a barn fire in Tarn killed two
    brief = NS(figures=figs, root_of=lambda sid: sid,
               events=[NS(id="ev:ferry", date="2024-05-02", sentences=["a1", "b1"]),
                       NS(id="ev:barn", date="2024-05-03", sentences=["c1"])])
    place = {"a1": (0, 0), "b1": (1, 0), "c1": (2, 0)}
    assert _same_fact_pairs(brief, place) == [((0, 0), (1, 0))]
    # a fourth sentence, in no event, may tell either: it is kept apart from all three
    figs.append(NS(measure="deaths", low=2, high=2, sentence="d1"))  # "two were killed", no event
    place["d1"] = (3, 0)
    assert _same_fact_pairs(brief, place) == [((0, 0), (1, 0)), ((0, 0), (3, 0)), ((1, 0), (3, 0)),
                                              ((2, 0), (3, 0))]


_SLIDE = [
    "A landslide buried the mountain road above Kessa on Tuesday, trapping a bus with 30 passengers.",
    "Rescuers dug through the landslide above Kessa for six hours to reach the trapped bus.",
    "All 30 passengers of the bus trapped by the landslide above Kessa were pulled out alive.",
    "The landslide above Kessa followed a week of heavy rain on the mountain road.",
    "Police closed the mountain road above Kessa after the landslide buried the bus.",
    "Doctors in Kessa treated eleven bus passengers for cuts after the landslide.",
    "The bus driver said the landslide above Kessa hit the road without warning.",
    "Geologists warned that more of the slope above the Kessa road could give way in the rain.",
    "Firefighters from Kessa and Lomb helped clear the mud from the buried mountain road on Tuesday.",
    "The trapped bus was travelling from Lomb to Kessa when the landslide struck the road.",
    "Several cars behind the bus escaped the landslide above Kessa, police said on Tuesday.",
    "Heavy machinery was brought up the mountain road to move boulders from the landslide.",
    "The passengers of the bus waited in the dark for rescuers after the landslide, police said.",
    "A second, smaller landslide hit the mountain road above Kessa late on Tuesday, police said.",
    "The mountain road above Kessa is the only route between the valley towns of Kessa and Lomb.",
    "Residents of Kessa brought blankets and tea to the rescuers at the landslide on Tuesday.",
    "Volunteers from the Kessa football club carried stretchers down the muddy slope.",
    "The regional weather office had issued a warning of heavy rain for the valley on Monday.",
    "Telephone lines to Kessa were cut by the landslide for most of Tuesday afternoon.",
    "A helicopter flew two injured passengers from the landslide to the hospital in Lomb.",
    "The bus company said its vehicle had passed a safety inspection in the spring.",
    "Schools in Kessa stayed closed on Wednesday while crews repaired the mountain road.",
    "Farmers near Kessa reported cracks in their fields below the slope after the landslide.",
    "Army engineers arrived in Kessa on Wednesday to shore up the slope with steel mesh."]
# a second event two articles report in words no other article uses (no concept of its own)
_SACKING = ["On Thursday, the province's leader fired the official in charge of highway upkeep.",
            "A senior transport bureaucrat lost his post on Thursday, a ministry spokeswoman confirmed."]


def _slide_summary(words: int, event_weight: float) -> list[str]:
    from dataclasses import replace
    from conftest import make_brief
    from newsbrief.model import Event

    m = _SLIDE
    texts = {"a": m[:14], "b": m[8:24], "c": m[::2], "d": m[1::2] + _SACKING[:1], "e": m[5:20] + _SACKING[1:]}
    brief, ctx = make_brief(texts, published={k: "2023-10-12" for k in texts})
    run_stage(duplicates.STAGE, brief, Context())
    ids = {s.text: s.id for s in brief.sentences if s.duplicate_of is None}
    brief.events = [Event(id=event_id(ids[m[0]]), title="Landslide", date="2023-10-10",
                          sentences=[ids[t] for t in m]),
                    Event(id=event_id(ids[_SACKING[0]]), title="Official fired", date="2023-10-12",
                          sentences=[ids[t] for t in _SACKING])]
    cfg = Config(words=words)
    # the opening facets off: here the sacking is the first own sentence of two articles
    run_stage(summary.STAGE, brief, Context(config=replace(cfg, summary=replace(
        cfg.summary, event_weight=event_weight, opening_weight=0.0))))
    return [s.text for s in brief.summary]


def test_an_event_two_articles_report_is_told_in_a_summary_with_room_for_several():
    """Fictional: a second event two articles report, in words no other article shares,
    reaches a 200-word summary as a facet of the selection (and not without the facet
    weight); at 100 words the main event keeps the room (facets only with room)."""
    def tells_sacking(texts):
        return any(t in _SACKING for t in texts)

    assert tells_sacking(_slide_summary(200, 5.0))
    assert not tells_sacking(_slide_summary(200, 0.0))
    assert not tells_sacking(_slide_summary(100, 5.0))



_OWN = ("Insurers in the province expect claims for damaged vehicles and farm buildings to reach a record "
        "by the end of this autumn.")


_MORE = ["Mud and rocks from the landslide covered two hundred metres of the mountain road above Kessa.",
         "The bus passengers, most of them pupils from Lomb, were treated at the scene of the landslide.",
         "Police in Kessa said the landslide struck the mountain road shortly after noon on Tuesday.",
         "The mayor of Kessa thanked the rescuers and promised help for families hit by the landslide.",
         "Crews worked under floodlights on the mountain road above Kessa to reach the buried bus.",
         "The governor visited Kessa on Wednesday and promised money to rebuild the mountain road.",
         "Road engineers said the landslide above Kessa had carried away the guard rails and a culvert.",
         "Parents of the pupils on the bus waited at the Kessa town hall for news of the rescue."]


def _slide_with_own_opening(words: int, opening_weight: float) -> list[str]:
    """Fictional: the landslide cluster, plus an article whose first sentence of its own
    (its opening is a copy of another article's) tells a side fact in words no other
    article uses."""
    from dataclasses import replace
    from conftest import make_brief

    m = _SLIDE
    texts = {"a": m[:14], "b": m[8:24], "c": m[::2], "d": m[1::2], "e": m[5:20],
             "f": [m[0], m[2], m[4], m[6], m[8], _OWN, m[10]], "g": _MORE, "h": _MORE[::-1]}
    brief, ctx = make_brief(texts, published={k: "2023-10-12" for k in texts})
    run_stage(duplicates.STAGE, brief, Context())
    cfg = Config(words=words)
    ctx.config = replace(cfg, summary=replace(cfg.summary, opening_weight=opening_weight, opening_sentences=1))
    run_stage(summary.STAGE, brief, ctx)
    return [s.text for s in brief.summary]


def test_what_an_article_adds_first_is_a_facet_with_room_for_several():
    """Fictional: an article's first own sentence (after a copied opening) reaches a
    200-word summary with the opening facet, and not without it; at 100 words (no room
    for facets) the main event keeps the room."""
    assert _OWN in _slide_with_own_opening(200, 10.0)
    assert _OWN not in _slide_with_own_opening(200, 0.0)
    assert _OWN not in _slide_with_own_opening(100, 10.0)


def test_opening_facets_skip_copies_and_unchoosable_sentences():
    """Fictional: article 0's facet is its first choosable sentence; a copied opening
    is not in `sids` (roots only) and an excluded sentence is skipped; one facet per
    article, worth the weight once."""
    from types import SimpleNamespace as NS

    from newsbrief.stages.summary import _opening_facets

    sids = [[NS(id="a-caption"), NS(id="a-own"), NS(id="a-later")], [NS(id="b-lead")], []]
    facets = _opening_facets(sids, {"a-own", "a-later", "b-lead"}, 20.0, 1)
    assert facets == {("opening", 0): (20.0, [(0, 1)]), ("opening", 1): (20.0, [(1, 0)])}
    assert _opening_facets(sids, {"a-own"}, 0.0, 1) == {}


def test_a_named_place_at_a_distance_is_a_standing_fact():
    """Fictional: "X is 40 km north of Y" is background even when the tagger does not
    know X; a common noun at a distance, a past tense, a forecast or a person is news."""
    from conftest import make_brief

    from newsbrief.stages.summary import background

    standing = ["Orvik is about 40 kilometres north of Tessa, the regional capital.",
                "Port Brevik lies 200 miles east of the capital.",
                "Marrow is some 35 km (22 miles) southwest of Lomb."]
    news = ["Rebel fighters are now about 20 kilometres north of the capital.",
            "The convoy is 30 miles from the border.",
            "Orvik was 40 km from the front line when the shelling began.",
            "Tessa is 12 km from the fighting and could fall within days.",
            "The Tessa front is now 12 km south of Orvik.",
            "Kestrel Bank is the third largest lender in the region."]
    brief, ctx = make_brief({"a": standing + news})
    got = {s.text: background(ctx.doc(s.id)) for s in brief.sentences}
    assert [t for t in standing if not got[t]] == []
    assert [t for t in news if got[t]] == []


def test_voice_facets_name_each_linked_speaker_once():
    """Fictional: a named speaker (linked by the entity stage) quoted in two choosable
    sentences is one facet, worth the weight once, covered by either. Must not fire: an
    unnamed speaker ("officials"), a named speaker whose only claim sits in a sentence
    that may not stand alone, a claim the brief does not show (low confidence), a
    weight of 0. A claim found in a copy counts for its root sentence."""
    from types import SimpleNamespace as NS

    from newsbrief.stages.summary import _voice_facets

    def claim(sentence, speaker, text, confidence=1.0):
        return NS(sentence=sentence, speaker=speaker, speaker_text=text, confidence=confidence)

    roots = {"c2": "b1"}  # c2 is a copy of b1
    texts = {"a1": "Ilsa Varn said the road would reopen.", "a2": "Officials said the slope was stable.",
             "a3": "He added that crews were ready.", "b1": "The road will reopen soon, Varn said.",
             "b2": "Mara Lind said the bus was full.", "b3": "She said the netting had been ordered."}
    brief = NS(claims=[claim("a1", "ent:varn", "Ilsa Varn"), claim("c2", "ent:varn", "Varn"),
                       claim("a2", None, "officials"),                      # unnamed
                       claim("a3", "ent:osk", "Teo Osk"),                   # "He added ..." not choosable
                       claim("b2", "ent:lind", "Mara Lind", confidence=0.3),  # not shown
                       claim("b3", "ent:tamm", "Ruth Tamm")],               # "She said": names no one
               root_of=lambda sid: roots.get(sid, sid), sentence=lambda sid: NS(text=texts[sid]))
    place = {"a1": (0, 0), "a2": (0, 1), "a3": (0, 2), "b1": (1, 0), "b2": (1, 1), "b3": (1, 2)}
    allowed = {"a1", "a2", "b1", "b2", "b3"}
    assert _voice_facets(brief, place, allowed, 5.0) == {("voice", "ent:varn"): (5.0, [(0, 0), (1, 0)])}
    assert _voice_facets(brief, place, allowed, 0.0) == {}


def test_denial_facets_name_each_denying_party_once():
    """Fictional: a named party (linked by the entity stage) denying something in two
    choosable sentences is one facet, covered by either. Hard negatives: the same party's
    plain statement (stance "assert") covers nothing, nor an unnamed denier, a denial the
    brief does not show, a denial in a sentence that may not stand alone, or one that
    names the party only by pronoun; weight 0 gives none."""
    from types import SimpleNamespace as NS

    from newsbrief.stages.summary import _denial_facets

    def claim(sentence, speaker, text, stance="deny", confidence=1.0):
        return NS(sentence=sentence, speaker=speaker, speaker_text=text, stance=stance, confidence=confidence)

    texts = {"a1": "Brask Haulage denied hiring any agency drivers.",
             "a2": "Brask Haulage said 300 drivers had stayed at work.",
             "a3": "Officials denied that the depot was closed.",
             "b1": "Brask rejected the union's account of the dispute.",
             "b2": "It denied that the trucks were unsafe.",
             "b3": "The ports board dismissed the report as false.",
             "b4": "She denied that any drivers were sacked."}
    brief = NS(claims=[claim("a1", "ent:brask", "Brask Haulage"), claim("a2", "ent:brask", "Brask Haulage", "assert"),
                       claim("a3", None, "officials"), claim("b1", "ent:brask", "Brask"),
                       claim("b2", "ent:brask", "Brask"),                         # "It denied": not choosable
                       claim("b3", "ent:board", "The ports board", confidence=0.3),  # not shown
                       claim("b4", "ent:tamm", "Ruth Tamm")],                     # names no one
               root_of=lambda sid: sid, sentence=lambda sid: NS(text=texts[sid]))
    place = {"a1": (0, 0), "a2": (0, 1), "a3": (0, 2), "b1": (1, 0), "b2": (1, 1), "b3": (1, 2), "b4": (1, 3)}
    allowed = {"a1", "a2", "a3", "b1", "b3", "b4"}
    assert _denial_facets(brief, place, allowed, 8.0) == {("denial", "ent:brask"): (8.0, [(0, 0), (1, 0)])}
    assert _denial_facets(brief, place, allowed, 0.0) == {}


def test_headline_facets_cover_the_sentences_telling_the_headline():
    """Fictional: a headline is covered by the (at most 3) choosable sentences holding at
    least half its content words, word forms alike ("buries"/"buried"). Must not fire:
    an article without a headline, a headline of two content words, a headline no
    sentence matches at half, a matching sentence that may not stand alone, a sentence
    sharing one word of five."""
    from types import SimpleNamespace as NS

    from newsbrief.stages.summary import _headline_facets

    texts = {"a1": "A landslide buried a bus on the mountain road above Kessa on Tuesday.",
             "a2": "Doctors treated eleven passengers for cuts.",
             "b1": "The mountain road to Kessa stayed closed after the landslide buried it.",
             "b2": "He said the landslide had buried the bus on the Kessa road.",  # not choosable
             "b3": "The bus company said its vehicle had passed a safety inspection."}  # 1 word of 5
    arts = [NS(id="a", title="Landslide buries bus on Kessa road"), NS(id="b", title=None),
            NS(id="c", title="Breaking news"), NS(id="d", title="Council approves new budget for schools")]
    brief = NS(used_articles=lambda: arts, sentence=lambda sid: NS(text=texts[sid]))
    place = {"a1": (0, 0), "a2": (0, 1), "b1": (1, 0), "b2": (1, 1), "b3": (1, 2)}
    allowed = {"a1", "a2", "b1", "b3"}
    assert _headline_facets(brief, place, allowed, 10.0) == {("headline", "a"): (10.0, [(0, 0), (1, 0)])}
    assert _headline_facets(brief, place, allowed, 0.0) == {}


_VARN = ("Ilsa Varn, who heads the regional roads agency, said steel netting would be fixed to "
         "the slope before the first snow.")


def _slide_with_a_voice(words: int, voice_weight: float, speaker: str | None,
                        headline_weight: float = 0.0, title: str | None = None) -> list[str]:
    """Fictional: the landslide cluster, plus one article quoting the head of a roads
    agency in words no other article uses; the claim's speaker is linked (an entity id)
    or not (None); the last article's headline is `title`."""
    from dataclasses import replace
    from conftest import make_brief
    from newsbrief.model import Claim, Entity

    m = _SLIDE
    texts = {"a": m[:14], "b": m[8:24], "c": m[::2], "d": m[1::2], "e": m[5:20], "f": m[3:12] + [_VARN]}
    brief, ctx = make_brief(texts, published={k: "2023-10-12" for k in texts})
    brief.articles[-1].title = title
    run_stage(duplicates.STAGE, brief, Context())
    sid = next(s.id for s in brief.sentences if s.text == _VARN)
    if speaker:
        brief.entities = [Entity(id=speaker, name="Ilsa Varn", type="PERSON", articles=1)]
    brief.claims = [Claim(id=sid + ":c1", sentence=sid, speaker=speaker, speaker_text="Ilsa Varn",
                          cue="said", stance="assert", text="steel netting would be fixed to the slope")]
    cfg = Config(words=words)
    # the opening facets off: the quote is the first own sentence of its article
    ctx.config = replace(cfg, summary=replace(cfg.summary, voice_weight=voice_weight, opening_weight=0.0,
                                              headline_weight=headline_weight))
    run_stage(summary.STAGE, brief, ctx)
    return [s.text for s in brief.summary]


def test_a_named_speaker_is_heard_in_a_summary_with_room_for_several():
    """Fictional: the only sentence quoting a named official reaches a 240-word summary
    with the voice facet (weight 5; 8 ships), and not without it; not when the speaker is unnamed (no
    entity), and not at 100 words (no room for facets)."""
    from newsbrief.ids import entity_id

    varn = entity_id("PERSON", "Ilsa Varn")
    assert _VARN in _slide_with_a_voice(240, 5.0, varn)
    assert _VARN not in _slide_with_a_voice(240, 0.0, varn)
    assert _VARN not in _slide_with_a_voice(240, 20.0, None)
    assert _VARN not in _slide_with_a_voice(100, 20.0, varn)


def test_a_headline_is_told_in_a_summary_with_room_for_several():
    """Fictional: an article's headline told only by its sentence quoting an official
    (unnamed here, so no voice facet) reaches a 240-word summary with the headline facet,
    and not without it; not when the headline matches no sentence, nor at 100 words."""
    title = "Roads agency to fix netting before first snow"
    assert _VARN in _slide_with_a_voice(240, 0.0, None, 10.0, title)  # the shipped weight
    assert _VARN not in _slide_with_a_voice(240, 0.0, None, 0.0, title)
    assert _VARN not in _slide_with_a_voice(240, 0.0, None, 10.0, "Council approves new budget for schools")
    assert _VARN not in _slide_with_a_voice(100, 0.0, None, 10.0, title)


def test_a_voice_is_heard_only_through_a_sentence_that_names_its_speaker():
    """Fictional: the roads official's claim, when its sentence says only "she said"
    (a pronoun the claims stage resolved), covers no voice facet: the summary would
    carry a "she" with no one before it. Her named sentence still covers it."""
    from newsbrief.stages.summary import _names

    assert _names(_VARN, "Ilsa Varn")
    assert _names("Varn said the netting was ordered.", "Ilsa Varn")
    assert _names("Varn's office said the netting was ordered.", "Ilsa Varn")
    assert not _names("She said the netting was ordered.", "Ilsa Varn")
    assert not _names("The agency said the netting was ordered.", "Ilsa Varn")
    assert not _names("Ilsa's lawyer said so.", "I. Varn")  # no part of the written name


# fictional refusals to comment (nothing said) and hard negatives that say something
NO_COMMENT = ["The ports authority declined to comment on whether it would reopen the quay.",
              "Orlan Freight could not be reached for comment, and the harbour board declined to comment.",
              "The water board, which is not a party to the case, declined to comment on the ruling.",
              "The shipyard did not immediately respond to a request for comment."]
SAYS_SOMETHING = ["The harbour master declined to comment, but said the quay would reopen on Monday.",
                  "The harbour master declined to resign despite the protests by dockers.",
                  "Police declined to say how many officers were injured in the clashes.",
                  "Dockers said the shipyard's comment about the strike was insulting.",
                  "The shipyard did not comment on the dismissal of two welders on Friday."]  # a count is news


def test_a_refusal_to_comment_is_no_summary_sentence():
    from conftest import make_brief

    brief, ctx = make_brief({"a": NO_COMMENT + SAYS_SOMETHING})
    got = [summary.no_comment(ctx.doc(s.id)) for s in brief.sentences]
    assert got == [True] * len(NO_COMMENT) + [False] * len(SAYS_SOMETHING)
    assert not summary.no_comment(None)


def _port_strike(words: int) -> list[str]:
    from conftest import make_brief

    texts = {"a": ["Dockers at the port of Varrel walked out on Monday over a new shift pattern, the union said.",
                   "About 300 dockers joined the stoppage, which halted loading at four of the six berths.",
                   NO_COMMENT[0]],
             "b": ["The strike at the port of Varrel entered its second day on Tuesday, the union said.",
                   "The union said about 300 dockers had joined the stoppage at the port of Varrel."]}
    brief, ctx = make_brief(texts)
    run_stage(duplicates.STAGE, brief, ctx)
    ctx.config = Config(words=words)
    run_stage(summary.STAGE, brief, ctx)
    return [s.text for s in brief.summary]


def test_the_summary_leaves_out_a_refusal_to_comment_it_has_room_for():
    shown = _port_strike(62)  # room for the three facts and the refusal
    assert any("walked out" in t for t in shown) and sum("300" in t for t in shown) == 1
    assert NO_COMMENT[0] not in shown


def test_a_refusal_to_comment_does_not_follow_its_leader_in_a_short_summary():
    shown = _port_strike(240)  # clean sentences short of the fill share: followers may come in
    assert NO_COMMENT[0] not in shown


# Fictional: a ferry grounding told by three articles; two of them ran the same wire
# paragraph deep in the story (a timetable aside), so it is the sentence most
# articles carry, but no article opens with it.
_GROUNDING = ["The ferry Alda Brenn ran aground on a sandbank off Pellor harbour on Sunday, stranding 140 passengers.",
              "Coast guard boats took the passengers of the Alda Brenn ashore at Pellor before nightfall.",
              "Divers said the hull of the Alda Brenn was dented but not holed by the sandbank."]
_ASIDE = "Weekend sailings to the outer islands usually leave from the north quay at half past seven."


def _grounding(lead: int | None = None, words: int = 60):
    from dataclasses import replace
    from conftest import make_brief

    texts = {"a": _GROUNDING + ["Pellor harbour was busy with weekend traffic.", _ASIDE],
             "b": ["A ferry carrying 140 people struck a sandbank near Pellor on Sunday and stayed stuck there.",
                   "Boats of the coast guard brought everyone ashore before dark, the harbour master said.",
                   "Passengers said the ferry shook when it struck the sandbank off Pellor.",
                   "The operator of the Alda Brenn apologised to the passengers on Monday.", _ASIDE],
             "c": ["Passengers of the stranded ferry Alda Brenn reached Pellor harbour by coast guard boat on Sunday.",
                   "Inspectors will examine the grounded ferry at the Pellor yard this week."]}
    brief, ctx = make_brief(texts, published={k: "2025-06-02" for k in texts})
    run_stage(duplicates.STAGE, brief, Context())
    cfg = Config(words=words)
    ctx.config = cfg if lead is None else replace(cfg, summary=replace(cfg.summary, anchor_lead=lead))
    run_stage(summary.STAGE, brief, ctx)
    return brief, [s.text for s in brief.summary]


def test_a_line_copied_from_deep_in_a_wire_story_is_not_forced_into_the_summary():
    """Fictional: with one storyline the sentence most articles carry is kept as the
    summary's anchor only when it (or a copy) opens its article: a repeated aside from
    the fifth paragraph is not forced in (it was before issue 14's ninth round, and is
    with `anchor_lead` 0), and the grounding itself is told. A lead the wires repeat
    (both copies open their articles) is still the anchor."""
    brief, texts = _grounding()  # the shipped settings
    assert len(brief.carriers(next(s.id for s in brief.sentences if s.text == _ASIDE))) == 2
    assert _ASIDE not in texts
    assert any("ran aground" in t for t in texts)
    _, before = _grounding(lead=0)
    assert _ASIDE in before
    from conftest import make_brief

    lead = _GROUNDING[0]
    texts = {"a": [lead, _GROUNDING[1], _GROUNDING[2]],
             "b": [lead, "Passengers said the ferry shook when it struck the sandbank off Pellor."],
             "c": ["Coast guard boats reached the stranded Alda Brenn within an hour on Sunday, officials said."]}
    brief, ctx = make_brief(texts, published={k: "2025-06-02" for k in texts})
    run_stage(duplicates.STAGE, brief, Context())
    roots = [s for s in brief.sentences if not s.duplicate_of]
    support = {s.id: len(brief.carriers(s.id)) for s in roots}
    anchor = summary._anchor_sentence(brief, roots, support, 2)
    assert anchor is not None and anchor.text == lead


# fictional: short lines of a warehouse fire story; a named party's answer is a whole
# statement, a bare count says nothing of where or when
_SHORT_NAMED = ["Harlow Logistics denied storing solvents there.", "Mayor Ines Varga ordered an inquiry."]
_SHORT_UNNAMED = ["At least three people were killed.", "Two firefighters were also hurt."]


def test_short_lines_with_a_named_subject_are_vouched_for_in_a_wide_summary():
    from conftest import make_brief

    brief, ctx = make_brief({"a": _SHORT_NAMED + _SHORT_UNNAMED})
    assert [summary._named_subject(ctx.doc(s.id)) for s in brief.sentences] == [True, True, False, False]
    place = {s.id: (0, i) for i, s in enumerate(brief.sentences)}
    shown = {s.id: s.text for s in brief.sentences}
    ctx.config = Config(words=240)
    assert summary._short_statements(brief.sentences, shown, place, ctx) == [(0, 0), (0, 1)]
    ctx.config = Config(words=100)  # no room for several: the selector's own minimum holds
    assert summary._short_statements(brief.sentences, shown, place, ctx) == []
