"""Stage `clean`: keep the article's own prose, drop what a scraper dragged along.

Every article body is cut into units (a line, or a hard-wrapped block joined back
into one paragraph). A unit is dropped, with its reason recorded in
`Article.removed`, when:

- `title_repeat`: it repeats the article's title;
- `link_list`: it starts like a list of links to other stories ("More news:", "Read more:");
- `boilerplate`: it is a page widget ("Share Print Comment", "Related Articles",
  "Advertisement"), a byline or credit, a copyright line, or a short unpunctuated
  line that recurs in several articles of the cluster;
- `heading`: a short line with no sentence punctuation, or a short question, standing alone;
- `off_topic`: a paragraph (with the heading above it) whose distinctive words
  are nearly all absent from the rest of the cluster: a pasted unrelated story.

The signals are line shape, repetition across articles and lexical overlap with
the cluster, weighted by how rare each word is in English (wordfreq), so they do
not depend on any one story's vocabulary.
"""
from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from .model import Article, Brief, Removal

# Words that page furniture is made of. A short line made only of these is a widget.
WIDGET_WORDS = {
    "adjust", "comment", "comments", "print", "share", "email", "e-mail", "tweet", "facebook",
    "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "save", "subscribe", "font",
    "size", "text", "related", "articles", "article", "stories", "story", "news", "more",
    "advertisement", "sponsored", "content", "read", "next", "previous", "prev", "back", "top",
    "to", "of", "the", "this", "on", "page", "follow", "us", "sign", "up", "login", "log", "in",
    "newsletter", "video", "videos", "photo", "photos", "gallery", "click", "here", "see",
    "also", "trending", "popular", "most", "recommended", "for", "you", "home", "menu", "search",
    "close", "show", "hide", "view", "all", "full", "screen", "link", "copy", "copied", "topics",
    "tags", "leave", "a", "reply", "cancel", "listen", "audio", "min", "mins", "ad", "ads",
    "reading", "continue", "below", "above", "loading", "contact", "feedback", "report", "error",
    "latest", "updates", "update", "breaking", "watch", "live", "embed", "and", "or", "your",
}
LINK_LIST = re.compile(
    r"^\s*(more\s+(news|stories|from|on)|read\s+(more|also|next)|also\s+read|see\s+also|"
    r"related(\s+(news|stories|articles|coverage|content|links))?|recommended|trending|"
    r"most\s+(read|popular|viewed)|you\s+may\s+(also\s+)?like|don'?t\s+miss|watch|"
    r"click\s+here|editor'?s\s+picks?|further\s+reading)\b\s*[:\-\u2013\u2014|>]", re.I)
BYLINE = re.compile(
    r"^\s*([\u2022\u00b7*\-\u2013\u2014|]\s*)?(by|written\s+by|reporting\s+by|editing\s+by|"
    r"additional\s+reporting\s+by|compiled\s+by|story\s+by|posted\s+by)\s+[A-Z]", re.I)
COPYRIGHT = re.compile(r"(\u00a9|\(c\)\s*\d{4}|copyright\s+\d{4}|all\s+rights\s+reserved)", re.I)
CREDIT = re.compile(r"^\s*(photo|image|picture|file\s+photo|source|caption|credit)s?\s*:", re.I)
BULLET = re.compile(r"^\s*[\u2022\u00b7\u25cf\u25aa\u2023*]\s*")
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")

OFF_TOPIC_BELOW = 0.2  # share of a paragraph's distinctive weight found elsewhere in the cluster


def run(brief: Brief, options=None) -> None:
    articles = brief.used_articles()
    units_of = {a.id: split_units(a.text) for a in articles}
    recurring = _recurring_short_lines(units_of)
    for art in articles:
        kept = []
        for unit in units_of[art.id]:
            unit = _unglue_title(unit, art)
            reason = shape_reason(unit, art.title, recurring)
            if reason:
                art.removed.append(Removal(unit, reason))
            else:
                kept.append(unit)
        art.paragraphs = kept
    _drop_off_topic(articles)
    for art in articles:
        if not art.paragraphs:
            art.skip(f"{art.source}: nothing left after removing boilerplate")


# -- units ---------------------------------------------------------------------------

def split_units(text: str) -> list[str]:
    """Paragraph units of a body: blank-line blocks; a block is one unit when it is
    hard-wrapped prose, else each of its lines is one (scraped pages put one
    paragraph, heading or widget per line)."""
    units = []
    for block in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"\s+", " ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if _hard_wrapped(lines):
            units.append(" ".join(lines))
        else:
            units.extend(lines)
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: many breaks fall mid-sentence, where the next
    line goes on in lower case. A block of one-line items (links, headings) is not."""
    if len(lines) < 2 or max(len(line) for line in lines) > 100:
        return False
    breaks = list(zip(lines, lines[1:]))
    mid_sentence = sum(1 for a, b in breaks if not SENTENCE_END.search(a) and (b[0].islower() or b[0] in "(,;"))
    return mid_sentence >= max(1, len(breaks) * 0.25)


# -- shape -----------------------------------------------------------------------------

def shape_reason(unit: str, title: str | None, recurring: set[str]) -> str | None:
    words = unit.split()
    plain = BULLET.sub("", unit).strip()
    if not plain or not re.search(r"[A-Za-z0-9]", plain):
        return "boilerplate"
    if title and len(plain) >= 8 and fuzz.ratio(_key(plain), _key(title)) >= 92:
        return "title_repeat"
    if LINK_LIST.match(plain):
        return "link_list"
    if COPYRIGHT.search(unit) and len(words) <= 25:
        return "boilerplate"
    if CREDIT.match(plain) and len(words) <= 25:
        return "boilerplate"
    if BYLINE.match(unit) and len(words) <= 12:
        return "byline"
    ended = bool(SENTENCE_END.search(plain))
    tokens = [t.lower() for t in WORD.findall(plain)]
    if tokens and len(tokens) <= 8 and not ended and all(t in WIDGET_WORDS for t in tokens):
        return "boilerplate"
    if BULLET.match(unit) and len(words) <= 5 and not ended:
        return "byline"  # "• Reporter Name" under a story
    if not ended and _key(plain) in recurring:
        return "boilerplate"
    if not ended and len(words) <= 16:
        return "heading"
    if plain.endswith("?") and len(words) <= 12 and not re.search(r"[\"\u201c\u201d]", plain):
        return "heading"
    return None


def _unglue_title(unit: str, art: Article) -> str:
    """A title scraped onto the front of the first sentence ("Storm hits coast The
    storm ...") is cut off and recorded as a title repeat."""
    title = art.title
    if not title or len(title.split()) < 3 or len(unit) <= len(title) + 10:
        return unit
    head = unit[:len(title)]
    rest = unit[len(title):]
    if _key(head) == _key(title) and rest[:1].isspace() and rest.strip()[:1].isupper():
        art.removed.append(Removal(head.strip(), "title_repeat"))
        return rest.strip()
    return unit


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _recurring_short_lines(units_of: dict[str, list[str]]) -> set[str]:
    """Short unpunctuated lines found in two or more articles: site furniture."""
    counts: Counter[str] = Counter()
    for units in units_of.values():
        counts.update({_key(u) for u in units if len(u.split()) <= 8 and not SENTENCE_END.search(u)})
    return {k for k, n in counts.items() if n >= 2 and k}


# -- off-topic ---------------------------------------------------------------------

def _weight(word: str) -> float:
    """How much a shared word says about the topic: rare words count, 'said' doesn't."""
    from wordfreq import zipf_frequency

    return max(0.0, 6.0 - zipf_frequency(word, "en"))


def _terms(text: str) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in (t.lower().strip("'-") for t in WORD.findall(text))
            if len(w) > 2 and w not in STOP_WORDS}


CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"}


def _names(text: str) -> set[str]:
    """Lower-cased capitalised words not opening a sentence: the names a story is about."""
    names = set()
    for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][A-Za-z'\-]+", text):
        word = m.group(0).lower().strip("'-")
        if word not in CALENDAR and len(word) > 1:
            names.add(word)
    return names & _terms(text)


def _drop_off_topic(articles: list[Article]) -> None:
    """Remove paragraphs (with a heading removed just above them) that share almost
    none of their distinctive words with the rest of the cluster."""
    paragraph_terms = {(a.id, i): _terms(p) for a in articles for i, p in enumerate(a.paragraphs)}
    article_terms = {a.id: set(_terms(a.title or "")) for a in articles}
    for (art_id, _), terms in paragraph_terms.items():
        article_terms[art_id] |= terms
    if sum(1 for a in articles if a.paragraphs) < 2:
        return  # one article: nothing to measure it against
    for art in articles:
        # the rest of the cluster: other articles in full, plus this one's title
        elsewhere: set[str] = set(_terms(art.title or ""))
        for other in articles:
            if other.id != art.id:
                elsewhere |= article_terms[other.id]
        keep = []
        for i, para in enumerate(art.paragraphs):
            terms = paragraph_terms[(art.id, i)]
            heading = _heading_above(art, para)
            if heading:
                terms = terms | _terms(heading.text)
            total = sum(_weight(t) for t in terms)
            shared = sum(_weight(t) for t in terms if t in elsewhere)
            names = _names(para + " " + (heading.text if heading else ""))
            names_shared = sum(1 for n in names if n in elsewhere)
            share = shared / total if total else 1.0
            # names decide when there are some; without names only near-zero overlap counts
            unrelated = len(terms) >= 6 and share < OFF_TOPIC_BELOW and (
                (len(names) >= 2 and names_shared <= len(names) * 0.2) or (not names and share < OFF_TOPIC_BELOW / 2))
            if unrelated:
                art.removed.append(Removal(para, "off_topic"))
                if heading:
                    heading.reason = "off_topic"
            else:
                keep.append(para)
        art.paragraphs = keep


def _heading_above(art: Article, para: str):
    """The removed heading that stood right above `para` in the body, if any."""
    units = split_units(art.text)
    try:
        i = units.index(para)
    except ValueError:
        return None
    if i == 0:
        return None
    above = units[i - 1]
    for r in art.removed:
        if r.text == above and r.reason == "heading":
            return r
    return None
