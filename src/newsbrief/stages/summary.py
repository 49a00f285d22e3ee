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

from newsbrief.model import Brief, Sentence, SummaryItem
from newsbrief.stage import Stage
from newsbrief.summarize import selector
from newsbrief.timex.grammar import without_dateline

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


def run(brief: Brief, ctx) -> None:
    words = ctx.words
    roots = [s for s in brief.sentences if not s.duplicate_of]
    candidates = [s for s in roots if standalone(s.text) and has_verb(ctx.doc(s.id))]
    if not candidates:
        candidates = roots
    if not candidates:
        return
    support = {s.id: len(brief.carriers(s.id)) for s in candidates}
    # one "document" per article, sentences in reading order
    order = [a.id for a in brief.used_articles()]
    by_article: dict[str, list[Sentence]] = {a: [] for a in order}
    for s in candidates:
        by_article.setdefault(s.article, []).append(s)
    docs = [[s.text for s in by_article[a]] for a in by_article]
    sids = [[s for s in by_article[a]] for a in by_article]
    weights = {(d, i): support[sids[d][i].id] for d in range(len(sids)) for i in range(len(sids[d]))}
    positions = {(d, i): sids[d][i].position for d in range(len(sids)) for i in range(len(sids[d]))}
    reserved = _event_representatives(brief, candidates, support, words)
    budget = words - sum(len(s.text.split()) for s in reserved)
    chosen = _select(docs, words, weights, positions)
    picked = list(reserved)
    for d, i in chosen:
        s = sids[d][i]
        n = len(s.text.split())
        if s in picked or n > budget or any(_overlap(s.text, p.text) > 0.5 for p in picked):
            continue
        picked.append(s)
        budget -= n
    for s in _reading_order(brief, picked):
        brief.summary.append(SummaryItem(sentence=s.id, text=without_dateline(s.text, min_words=5),
                                         sources=brief.carriers(s.id)))


WORDS_PER_EVENT = 60  # one main event is reserved a sentence per this many words of budget


def _event_representatives(brief: Brief, candidates: list[Sentence], support: dict[str, int],
                           words: int) -> list[Sentence]:
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
    for _, _, ev, members in ranked[:max(1, words // WORDS_PER_EVENT)]:
        texts = [brief.sentence(sid).text for sid in ev.sentences if brief.sentence(sid)]

        def centrality(s: Sentence) -> float:
            """How much of the event's other sentences this one covers."""
            mine = _content(s.text)
            return sum(len(mine & _content(t)) / (len(_content(t)) or 1) for t in texts if t != s.text)

        best = max(members, key=lambda s: (support[s.id], centrality(s), -s.position))
        n = len(best.text.split())
        if best not in picked and used + n <= words // 2 + WORDS_PER_EVENT:
            picked.append(best)
            used += n
    return picked


_TOKEN = re.compile(r"[a-z0-9]+")


def _content(text: str) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in _TOKEN.findall(text.lower()) if w not in STOP_WORDS}


def _overlap(a: str, b: str) -> float:
    """Share of the shorter sentence's words found in the other."""
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def _select(docs, words, support, positions):
    return selector.select(docs, words, support=support, positions=positions)


def _reading_order(brief: Brief, picked: list[Sentence]) -> list[Sentence]:
    """Timeline order: by the date of the event a sentence belongs to, then by the
    article's publication date, then article order and position."""
    event_date = {}
    for ev in brief.events:
        for sid in ev.sentences:
            event_date.setdefault(sid, ev.date or "")
    art_index = {a.id: i for i, a in enumerate(brief.articles)}
    published = {a.id: a.published or "" for a in brief.articles}

    def key(s: Sentence):
        date = event_date.get(s.id) or published.get(s.article) or ""
        return (date.replace("XXXX", "0000"), art_index.get(s.article, 0), s.position)

    return sorted(picked, key=key)


STAGE = Stage("summary", run, requires=("sentences", "duplicates", "docs", "events"), provides=("summary",))
