"""Stage `summary`: the extractive summary, every sentence credited to all its carriers.

This stage decides which sentences may stand in a brief at all (no duplicates, no
questions, no first-person opinion, no sentence that needs the one before it to
make sense) and how support is counted (articles carrying the sentence or a copy);
the choice among the candidates within the word budget is `summarizer.select`,
a pure function benchmarked on DUC 2004 (bench/summary.py). The chosen sentences
are put in timeline order when events are dated, else in article and reading order.
"""
from __future__ import annotations

import re

from newsbrief.lexicon import words as lexicon_words
from newsbrief.model import Brief, Sentence, SummaryItem
from newsbrief.stage import Stage
from newsbrief.stages import confidence
from newsbrief.summarize import readability, selector
from newsbrief.timex.grammar import to_date, without_dateline

# Openers that lean on the sentence before: a reader of the summary lacks it.
DANGLING = re.compile(
    r"^(he|she|they|it|this|that|these|those|his|her|their|its|but|however|nevertheless|"
    r"meanwhile|also|and|or|so|yet|still|instead|then|thus|therefore|moreover|furthermore|"
    r"besides|likewise|similarly|together with|both|the two|such)\b", re.I)
FIRST_PERSON = re.compile(r"\b(I|[Ww]e|[Oo]urs?|[Uu]s|[Mm]y|[Mm]e)\b")  # not "US"
QUOTE_SPAN = re.compile(r"[\"\u201c`]{1,2}.*?[\"\u201d']{1,2}|\"[^\"]*$")
REPORTING = re.compile(r"\b(said|says|told|according|added|stated|reported|announced|noted|"
                       r"declared|denied|confirmed|claimed|asserted|warned|wrote|tweeted)\b", re.I)


def standalone(text: str) -> bool:
    """Can this sentence be read alone, as a statement of fact or an attributed claim?"""
    words = text.split()
    if len(words) < 6 or len(words) > 70:
        return False
    stripped = text.strip()
    if stripped.endswith("?") or stripped.endswith(":"):
        return False
    if DANGLING.match(stripped.lstrip("\"'\u201c` ")):
        return False
    outside_quotes = QUOTE_SPAN.sub(" ", text)
    if FIRST_PERSON.search(outside_quotes):
        return False  # the writer's own opinion, not reporting
    if stripped[:1] in "\"\u201c`" and not REPORTING.search(outside_quotes):
        return False  # a quotation with no one saying it
    return True


def has_verb(doc) -> bool:
    """A sentence, not a caption or headline fragment ("The convoy's arrival in
    the port after ..."): its main clause is headed by a verb. (True with no parse.)"""
    if doc is None:
        return True
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)


# "40 km north of", "300 miles (480 km) from": where a place lies
_DISTANCE = (r"\d[\d,.]*\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]*\))?\s+"
             r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?|from|away|outside|off|inland)\b")
_LIES_AT = re.compile(r"\b" + _DISTANCE, re.I)


def background(doc) -> bool:
    """A standing fact about a place, not news: a present-tense "is"/"has"/"lies", no
    verb in the past or future, and a place as its subject ("Orvik, the third city of
    the region, is 40 km north of the capital") -- or, when the tagger does not know
    the place, a name (a proper noun, not a person) said to lie at a distance and
    bearing ("Orvik is about 40 kilometres north of Tessa": NER often misses a small
    town). A common noun at a distance is news ("the rebels are 20 km from the
    capital"). (False with no parse.)"""
    if doc is None:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ not in ("be", "have", "lie") or root.tag_ not in ("VBZ", "VBP"):
        return False
    if any(t.tag_ in ("VBD", "VBN", "MD") for t in doc) or readability.REPORTING.search(doc.text):
        return False
    subj = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    place = lexicon_words("place_nouns")
    if not subj:
        return _name_lies_at(doc)
    head = subj[0]
    described = [head] + [t for t in head.children if t.dep_ == "appos"]
    if head.ent_type_ in ("GPE", "LOC", "FAC") or any(t.lemma_.lower() in place for t in described):
        return root.lemma_ != "lie" or bool(_LIES_AT.search(doc.text))
    return _name_lies_at(doc)


# "Orvik is about 40 km north of", "Port Selm lies 300 miles (480 km) from": a name (every
# word capitalised) opening the sentence, then "is"/"lies" and a distance with a bearing
_NAME_LIES = re.compile(r"^(?:[A-Z][\w'-]+\s+){1,3}(?:is|lies)\s+(?:about|some|roughly|nearly|around|only|just)?\s*"
                        + _DISTANCE)


def _name_lies_at(doc) -> bool:
    """The sentence opens by saying where a named place lies (`_NAME_LIES`), and the name
    is not a person's (the tagger's reading; a person "is 30 miles from home" is news)."""
    found = _NAME_LIES.match(doc.text)
    if not found:
        return False
    opening = doc.char_span(0, found.end(), alignment_mode="expand")
    return not any(t.ent_type_ in ("PERSON", "NORP") for t in opening or [])


def choosable(text: str, doc) -> bool:
    """May this sentence (as shown, dateline removed) stand in a summary?"""
    return (standalone(text) and not readability.problems(text) and has_verb(doc)
            and not background(doc) and not no_comment(doc))


def no_comment(doc) -> bool:
    """A refusal or failure to comment and nothing else ("The ministry declined to comment
    on the talks", "X could not be reached for comment, and Y declined to comment"): it
    tells the reader that nothing was said. Every main clause (the root and the verbs
    joined to it) is a refusal verb ("declined", "refused") or negated, with "comment" under
    it; a clause that says something ("..., but said the plant would reopen") keeps the
    sentence. (False with no parse.)"""
    if doc is None or any(t.like_num for t in doc):  # a count beside the refusal is news
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    heads = [root] + [t for t in root.children if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")]
    refusal = lexicon_words("refusal_verbs")

    def asked_comment(t) -> bool:
        """"comment" as what was refused: the verb ("would not comment", "declined to
        comment"), its object ("declined comment") or "for comment"; not "in his comments"."""
        return t.lemma_.lower() == "comment" and (
            t.pos_ == "VERB" or t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ == "for"))

    def refuses(head) -> bool:
        denied = head.lemma_.lower() in refusal or any(t.dep_ == "neg" for t in head.children)
        own = [t for t in head.subtree if not (t.dep_ == "conj" and t.head is head)]
        return denied and any(asked_comment(t) for t in own)

    return all(refuses(h) for h in heads)


def run(brief: Brief, ctx) -> None:
    words = ctx.words
    roots = [s for s in brief.sentences if not s.duplicate_of]
    shown = {s.id: without_dateline(s.text, min_words=5) for s in roots}
    candidates = [s for s in roots if choosable(shown[s.id], ctx.doc(s.id))]
    strict = len(candidates)
    candidates = _filled(candidates, roots, shown, ctx)
    if not candidates:
        candidates = roots
    if not candidates:
        return
    allowed = {s.id for s in candidates}
    support = {s.id: len(brief.carriers(s.id)) for s in roots}
    # one "document" per article, sentences in reading order; every sentence counts
    # for the concepts, only the candidates may be chosen
    order = [a.id for a in brief.used_articles()]
    by_article: dict[str, list[Sentence]] = {a: [] for a in order}
    for s in roots:
        by_article.setdefault(s.article, []).append(s)
    docs = [[shown[s.id] for s in by_article[a]] for a in by_article]
    sids = [[s for s in by_article[a]] for a in by_article]
    weights = {(d, i): support[sids[d][i].id] for d in range(len(sids)) for i in range(len(sids[d]))}
    positions = {(d, i): sids[d][i].position for d in range(len(sids)) for i in range(len(sids[d]))}
    exclude = [(d, i) for d in range(len(sids)) for i in range(len(sids[d])) if sids[d][i].id not in allowed]
    place = {sids[d][i].id: (d, i) for d in range(len(sids)) for i in range(len(sids[d]))}
    per_event = ctx.config.summary.words_per_event
    reserved = _event_representatives(brief, candidates, support, words, per_event) if per_event else []
    required = []
    if not reserved:
        anchor = _anchor_sentence(brief, candidates, support, ctx.config.summary.anchor_carriers,
                                  ctx.config.events.story_days, ctx.config.summary.anchor_lead)
        required = [place[anchor.id]] if anchor is not None else []
    budget = words - sum(len(shown[s.id].split()) for s in reserved)
    # events as facets only with room for several: at 100 words (four sentences) they
    # crowd out the main one (DUC 2004 R2 10.49 -> 10.14 at weight 5); at 200 they
    # raised Multi-News R2 F1 (15.15 -> 15.21) and dev coverage (0.63 -> 0.68)
    wide = words >= ctx.config.summary.facets_min_words
    facets = _event_facets(brief, sids, ctx.config.summary.event_weight if wide else 0.0,
                           timeless=ctx.timeless) if not reserved else None
    if facets is not None and wide:
        facets.update(_opening_facets(sids, allowed, ctx.config.summary.opening_weight,
                                      ctx.config.summary.opening_sentences))
        facets.update(_voice_facets(brief, place, allowed, ctx.config.summary.voice_weight))
        facets.update(_headline_facets(brief, place, allowed, ctx.config.summary.headline_weight))
        facets.update(_denial_facets(brief, place, allowed, ctx.config.summary.denial_weight))
    apart = _same_fact_pairs(brief, place) if ctx.config.summary.apart else []
    vetted = True if len(candidates) > strict else _short_statements(candidates, shown, place, ctx)
    chosen = selector.select(docs, words if not reserved else budget, support=weights, positions=positions,
                             required=required, facets=facets, exclude=exclude, apart=apart,
                             vetted=vetted)
    picked = list(reserved)
    for d, i in chosen:
        s = sids[d][i]
        n = len(shown[s.id].split())
        if s in picked or n > budget or (reserved and any(_overlap(s.text, p.text) > 0.5 for p in picked)):
            continue
        picked.append(s)
        budget -= n
    followers = _follow_ons(brief, picked, roots, shown, ctx, budget)
    for s in _with_followers(_reading_order(brief, picked), followers):
        brief.summary.append(SummaryItem(sentence=s.id, text=shown[s.id], sources=brief.carriers(s.id)))


def _short_statements(candidates: list[Sentence], shown: dict, place: dict, ctx) -> list:
    """The candidates shorter than the selector's own minimum (`selector.MIN_WORDS`, tuned on
    DUC 2004's wire copy, where a short line is mostly a fragment) that this stage has
    already read as whole statements (`choosable`: a verb heading the main clause, no
    dangling opener) whose subject is named (`_named_subject`): "Kestrel denied hiring
    any replacement workers." is the party's whole answer, and a brief about who said
    what needs it. "At least three people were killed." says nothing of where or when:
    cheap, it filled slots the main event needed. Only with room for several sentences
    (`summary.facets_min_words`)."""
    if ctx.words < ctx.config.summary.facets_min_words:
        return []
    return [place[s.id] for s in candidates
            if len(shown[s.id].split()) < selector.MIN_WORDS and _named_subject(ctx.doc(s.id))]


NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def _named_subject(doc) -> bool:
    """The main clause's subject is a name (a proper noun, or a word of a person,
    organisation or place entity): "Dunmore Civil denied ...", not "Three people ..."."""
    if doc is None:
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in subjects)


# Problems of voice, not of sense: a first-person statement, a line addressed to the
# reader, a quotation whose speaker is in the sentence before. A summary takes such
# sentences only when the clean candidates cannot fill its share of the budget (a
# cluster of one family's statement and a short report would give a summary of a few
# words). Dangling openers, questions, captions and fragments are never taken.
SOFT_PROBLEMS = frozenset({"first_person", "second_person", "unattributed_quote", "opinion"})


def _filled(candidates: list[Sentence], roots: list[Sentence], shown: dict, ctx) -> list[Sentence]:
    """The candidates, widened by the sentences with only `SOFT_PROBLEMS` when the
    candidates hold fewer words than `summary.fill_share` of the budget."""
    share = ctx.config.summary.fill_share
    if not share or sum(len(shown[s.id].split()) for s in candidates) >= share * ctx.words:
        return candidates
    taken = {s.id for s in candidates}
    extra = []
    for s in roots:
        text = shown[s.id]
        found = set(readability.problems(text))
        if s.id in taken or not found or not found <= SOFT_PROBLEMS or DANGLING.match(text.lstrip("\"'\u201c` ")):
            continue
        if has_verb(ctx.doc(s.id)) and not background(ctx.doc(s.id)):
            extra.append(s)
    return candidates + extra


def _follow_ons(brief: Brief, picked: list[Sentence], roots: list[Sentence], shown: dict, ctx,
                budget: int) -> dict[str, list[Sentence]]:
    """When the summary is still short of `summary.fill_share` of its budget, a
    sentence that leans on the one before it ("But police said ...", "She says ...")
    may follow that sentence when it is in the summary: read right after it, it
    makes sense. {leader id: followers in reading order}; chains are allowed."""
    share = ctx.config.summary.fill_share
    used = sum(len(shown[s.id].split()) for s in picked)
    if not share or used >= share * ctx.words:
        return {}
    root_ids = {s.id for s in roots}
    next_of: dict[str, Sentence] = {}
    by_article: dict[str, list[Sentence]] = {}
    for s in brief.sentences:
        by_article.setdefault(s.article, []).append(s)
    for sents in by_article.values():
        sents.sort(key=lambda s: s.position)
        for a, b in zip(sents, sents[1:]):
            if b.id in root_ids:
                next_of[a.id] = b
    chosen = {s.id for s in picked}
    followers: dict[str, list[Sentence]] = {}
    for leader in list(picked):
        s = next_of.get(leader.id)
        while s is not None and s.id not in chosen:
            n = len(shown[s.id].split())
            found = set(readability.problems(shown[s.id])) - {"dangling"}
            if n > budget or not found <= SOFT_PROBLEMS or not has_verb(ctx.doc(s.id)) or no_comment(ctx.doc(s.id)):
                break
            followers.setdefault(leader.id, []).append(s)
            chosen.add(s.id)
            budget -= n
            s = next_of.get(s.id)
    return followers


def _with_followers(ordered: list[Sentence], followers: dict[str, list[Sentence]]) -> list[Sentence]:
    out = []
    for s in ordered:
        out.append(s)
        out.extend(followers.get(s.id, []))
    return out


def _same_fact_pairs(brief: Brief, place: dict) -> list[tuple]:
    """Pairs of sentences that tell one fact, so a summary holds at most one of them:
    the same figure of the same event (measure other than "other", same lower bound, else
    upper: "7 crew were hurt" and "at least 7 were hurt"; two killed in a crash and two in
    a fire elsewhere, in two events, are two facts; a sentence in no event may tell
    either), or the same background event (a past year or month,
    "the last big flood was in 1954")."""
    groups: dict = {}
    event_of = {brief.root_of(sid): ev.id for ev in brief.events for sid in ev.sentences}
    for f in brief.figures or []:
        bound = f.low if f.low is not None else f.high  # "7" and "at least 7" tell one count
        if f.measure != "other" and bound is not None:
            root = brief.root_of(f.sentence)
            groups.setdefault(("figure", f.measure, bound), set()).add(root)
    for ev in brief.events:
        if ev.date and not _DAY.match(ev.date):
            groups[("event", ev.id)] = {brief.root_of(sid) for sid in ev.sentences}
    pairs = set()
    for key, members in groups.items():
        inside = sorted((place[m], event_of.get(m)) for m in members if m in place)
        pairs.update((a, b) for n, (a, ea) in enumerate(inside) for b, eb in inside[n + 1:]
                     if key[0] == "event" or ea == eb or ea is None or eb is None)  # no event: maybe one fact
    return sorted(pairs)


def _event_facets(brief: Brief, sids: list[list[Sentence]], per_article: float, central: int = 3,
                  timeless: bool = False) -> dict:
    """Each event reported by two articles or more is a facet the summary should
    tell: worth `per_article` per article reporting it, covered by one of its
    `central` most central candidate sentences (those sharing most content words
    with the rest of the event), so a side fact filed under it does not count."""
    if not per_article or timeless:
        # a cluster with no time at all: its events are groups of like sentences, no timeline
        # (as facets they cost a dev cluster read undated a summary item: 0.8 -> 0.6)
        return {}
    place = {sids[d][i].id: (d, i) for d in range(len(sids)) for i in range(len(sids[d]))}
    out = {}
    for ev in brief.events:
        members = sorted({brief.root_of(sid) for sid in ev.sentences if brief.root_of(sid) in place})
        articles = {a for sid in ev.sentences for a in brief.carriers(sid)}
        if not members or len(articles) < 2:
            continue
        words = {m: _content(brief.sentence(m).text) for m in members}

        def centrality(m: str) -> float:
            return sum(len(words[m] & words[o]) / (len(words[o]) or 1) for o in members if o != m)

        best = sorted(members, key=lambda m: (-centrality(m), brief.sentence(m).position))[:central]
        out[ev.id] = (per_article * len(articles), sorted(place[m] for m in best))
    return out


def _opening_facets(sids: list[list[Sentence]], allowed: set[str], weight: float, first: int) -> dict:
    """Each article is a facet the summary should tell: what it adds first, covered by
    one of its `first` earliest choosable sentences that are not copies of another
    article's (`sids` holds roots only, so an article running a wire story's opening
    is represented by the first sentences it wrote itself). Worth `weight` once: a
    second sentence of the same article adds nothing here. A summary of many articles
    then hears from more of them than from the two that repeat the main event."""
    if not weight:
        return {}
    out = {}
    for d, sents in enumerate(sids):
        members = [(d, i) for i, s in enumerate(sents) if s.id in allowed][:first]
        if members:
            out[("opening", d)] = (weight, members)
    return out


def _voice_facets(brief: Brief, place: dict, allowed: set[str], weight: float) -> dict:
    """Each named speaker of the brief's claims is a facet the summary should tell:
    worth `weight` once, covered by any choosable sentence carrying a claim the brief
    shows (`confidence.shown`) that the entity stage linked to that speaker. A brief
    is about who said what: a summary of one side's three statements then gives room
    to the other party quoted. Unnamed speakers ("officials", "witnesses", a resolved
    "he" left unlinked) are no facet: there are many, and no name to tell apart. A
    sentence covers the facet only when it names the speaker itself: one whose "he"
    or "the spokesman" points back would reach the page without what it points to."""
    if not weight:
        return {}
    members: dict[str, set] = {}
    for c in brief.claims or []:
        root = brief.root_of(c.sentence)
        if (c.speaker and confidence.shown(c) and root in allowed and root in place
                and _names(brief.sentence(root).text, c.speaker_text or "")):
            members.setdefault(c.speaker, set()).add(place[root])
    return {("voice", who): (weight, sorted(keys)) for who, keys in members.items()}


def _denial_facets(brief: Brief, place: dict, allowed: set[str], weight: float) -> dict:
    """Each named party that denies something (a shown claim of stance "deny" the entity
    stage linked to a speaker: "Kestrel denied hiring replacement workers", "The board
    dismissed the senator's account") is a facet the summary should tell: worth `weight`
    once, covered by any choosable sentence carrying such a claim that names the party
    itself (as `_voice_facets`). A story's disagreement is its accused party's answer as
    much as the accusation; the voice facet is covered by any of the party's statements
    (a count it gave, a date), so the denial was often left out. Unnamed deniers and
    claims below the shown confidence add none."""
    if not weight:
        return {}
    members: dict[str, set] = {}
    for c in brief.claims or []:
        root = brief.root_of(c.sentence)
        if (c.speaker and c.stance == "deny" and confidence.shown(c) and root in allowed and root in place
                and _names(brief.sentence(root).text, c.speaker_text or "")):
            members.setdefault(c.speaker, set()).add(place[root])
    return {("denial", who): (weight, sorted(keys)) for who, keys in members.items()}


def _headline_facets(brief: Brief, place: dict, allowed: set[str], weight: float,
                     share: float = 0.5, best: int = 3) -> dict:
    """Each article's headline is a facet the summary should tell (the headline states
    what its writer took for the news: the classic title-word cue): worth `weight`,
    covered by the `best` choosable sentences of the cluster holding most of its
    content words (stemmed, stop words out), at least `share` of them. A headline of
    fewer than three content words, or that no sentence matches at half, is no facet;
    articles without a headline (most DUC and Multi-News rows) add none."""
    heads = {a.id: _stems(a.title or "") for a in brief.used_articles()}
    heads = {a: head for a, head in heads.items() if len(head) >= 3}
    if not weight or not heads:
        return {}
    keys = sorted((place[m], m) for m in allowed if m in place)
    words = {m: _stems(brief.sentence(m).text) for _, m in keys}
    out = {}
    for a, head in heads.items():
        scored = sorted(((len(head & words[m]) / len(head), k) for k, m in keys), key=lambda x: (-x[0], x[1]))
        members = [k for score, k in scored[:best] if score >= share]
        if members:
            out[("headline", a)] = (weight, sorted(members))
    return out


def _names(text: str, speaker: str) -> bool:
    """Whether `text` writes a capitalised word of the speaker's name ("Roy said" or
    "Roy's aide" for the speaker "Ada Roy"); initials and one-letter words do not count."""
    words = set(re.findall(r"[A-Z][\w-]+", text))  # "Roy's" gives "Roy"
    return any(part in words for part in speaker.split() if len(part) > 2 and part[0].isupper())


def _stems(text: str) -> set[str]:
    return {selector.stem(w) for w in _content(text)}


def _several_storylines(brief: Brief, story_days: int) -> bool:
    """Dated events further apart than `story_days`. When some years are unknown
    (XXXX), days are compared by month and day within one year."""
    values = [e.date for e in brief.events if e.date and re.match(r"(\d{4}|XXXX)-\d{2}-\d{2}", e.date)]
    if any(v.startswith("XXXX") for v in values):
        values = ["2000" + v[4:10] for v in values]
    days = sorted(d for d in (to_date(v) for v in values) if d)
    return bool(days) and (days[-1] - days[0]).days > story_days


def _opens_an_article(brief: Brief, sentence_id: str, lead: int) -> bool:
    """Whether the sentence or one of its copies is among the first `lead` sentences of
    its article."""
    return any(s.position < lead for s in brief.sentences
               if s.id == sentence_id or s.duplicate_of == sentence_id)


def _anchor_sentence(brief: Brief, candidates: list[Sentence], support: dict[str, int],
                     min_articles: int, story_days: int = 21, lead: int = 3) -> Sentence | None:
    """The sentence that tells the anchor event (the event reported by most articles,
    then with most sentences), when at least `min_articles` report it (0: never) and
    the timeline holds several storylines (dated events further apart than
    `story_days`; with one, the coverage objective already tells the main event:
    forcing it cost 1 point of ROUGE-2 on DUC 2004): of its candidate sentences, the
    most central (sharing most content words with the rest of the event), then the
    one carried by most articles, then the earliest. With one storyline, the
    sentence carried by most articles is kept when a third of the cluster carries it
    and it, or a copy, is among the first `lead` sentences of its article (a lead the
    wires repeat; 0: anywhere). A line copied from deeper in a wire story (an airline's
    timetable, a spokesman's aside, a background figure) is repeated because whole
    paragraphs are, not because it is the news: forced into every summary, it took a
    slot the main facts needed (issue 14, ninth round)."""
    if not min_articles:
        return None
    if not _several_storylines(brief, story_days):
        top = max(candidates, key=lambda s: (support[s.id], -s.position))
        needed = max(min_articles, -(-len(brief.used_articles()) // 3))
        if lead and not _opens_an_article(brief, top.id, lead):
            return None
        return top if support[top.id] >= needed else None
    allowed = {s.id: s for s in candidates}
    best = None
    for ev in brief.events:
        if not _DAY.match(ev.date or ""):
            continue  # a background event (a past year or month) is not the news
        members = [allowed[sid] for sid in ev.sentences if sid in allowed]
        articles = len({a for sid in ev.sentences for a in brief.carriers(sid)})
        if members and articles >= min_articles and (best is None or (articles, len(ev.sentences)) > best[0]):
            best = ((articles, len(ev.sentences)), ev, members)
    if best is None:
        return None
    _, ev, members = best
    texts = {sid: _content(brief.sentence(sid).text) for sid in ev.sentences if brief.sentence(sid)}

    def centrality(s: Sentence) -> float:
        mine = texts.get(s.id, set())
        return sum(len(mine & t) / (len(t) or 1) for sid, t in texts.items() if sid != s.id)

    return max(members, key=lambda s: (centrality(s), support[s.id], -s.position))




def _event_representatives(brief: Brief, candidates: list[Sentence], support: dict[str, int],
                           words: int, per_event: int = 60) -> list[Sentence]:
    """One sentence for each main event of the timeline, so that a summary of a
    cluster holding several storylines tells each of them. Main events are those
    reported by the most articles (two at least); an event's representative is its
    candidate sentence carried by most articles, then the one sharing most words
    with the rest of the event, then the earliest in its article."""
    allowed = {s.id: s for s in candidates}
    ranked = []
    for ev in brief.events:
        members = [allowed[sid] for sid in ev.sentences if sid in allowed]
        articles = {a for sid in ev.sentences for a in brief.carriers(sid)}
        if members and len(articles) >= 2:
            ranked.append((len(articles), len(ev.sentences), ev, members))
    ranked.sort(key=lambda r: (-r[0], -r[1]))
    picked: list[Sentence] = []
    used = 0
    for _, _, ev, members in ranked[:max(1, words // per_event)]:
        texts = [brief.sentence(sid).text for sid in ev.sentences if brief.sentence(sid)]

        def centrality(s: Sentence) -> float:
            """How much of the event's other sentences this one covers."""
            mine = _content(s.text)
            return sum(len(mine & _content(t)) / (len(_content(t)) or 1) for t in texts if t != s.text)

        best = max(members, key=lambda s: (support[s.id], centrality(s), -s.position))
        n = len(best.text.split())
        if best not in picked and used + n <= words // 2 + per_event:
            picked.append(best)
            used += n
    return picked


_TOKEN = re.compile(r"[a-z0-9]+")
_DAY = re.compile(r"(\d{4}|XXXX)-\d{2}-\d{2}")


def _content(text: str) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in _TOKEN.findall(text.lower()) if w not in STOP_WORDS}


def _overlap(a: str, b: str) -> float:
    """Share of the shorter sentence's words found in the other."""
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def _reading_order(brief: Brief, picked: list[Sentence]) -> list[Sentence]:
    """Timeline order: by the date of the event a sentence belongs to, then by the
    article's publication date, then article order and position."""
    event_date = {}
    for ev in brief.events:
        for sid in ev.sentences:  # a background event's year or month does not lead the summary
            event_date.setdefault(sid, ev.date if _DAY.match(ev.date or "") else "")
    art_index = {a.id: i for i, a in enumerate(brief.articles)}
    published = {a.id: a.published or "" for a in brief.articles}

    def key(s: Sentence):
        date = event_date.get(s.id) or published.get(s.article) or ""
        return (date.replace("XXXX", "0000"), art_index.get(s.article, 0), s.position)

    return sorted(picked, key=key)


STAGE = Stage("summary", run, requires=("sentences", "duplicates", "docs", "events", "figures", "claims", "conflicts"),
              provides=("summary",))
