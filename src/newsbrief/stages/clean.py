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
from functools import lru_cache

from rapidfuzz import fuzz

from newsbrief.model import Article, Brief, Removal
from newsbrief.stage import Stage

# Words that page furniture is made of. A short line made only of these is a widget.
WIDGET_WORDS = {
    "comment", "comments", "print", "share", "email", "e-mail", "tweet", "facebook",
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


def run(brief: Brief, ctx=None) -> None:
    articles = brief.used_articles()
    cleaner = Cleaner()
    for art in articles:
        cleaner.observe(art)
    for art in articles:
        cleaner.clean(art)


class Cleaner:
    """Cleans articles against the statistics of their cluster, in two passes:
    `observe` every article (only counts are kept: which short lines recur, which
    words each article uses), then `clean` each one. Memory grows with the
    vocabulary, not with the text, so a large feed can stream through twice."""

    def __init__(self) -> None:
        self.short_lines: Counter[str] = Counter()  # unpunctuated short line -> articles
        self.term_df: Counter[str] = Counter()  # word -> articles using it
        self.observed = 0
        self._recurring: set[str] | None = None

    def observe(self, art: Article) -> None:
        units = split_units(art.text)
        self.short_lines.update({_key(u) for u in units if len(u.split()) <= 8 and not SENTENCE_END.search(u)})
        self.term_df.update(_article_terms(art, units))
        self.observed += 1
        self._recurring = None

    def clean(self, art: Article) -> Article:
        """Fill `art.paragraphs` with what is kept and `art.removed` with the rest."""
        if self._recurring is None:
            self._recurring = {k for k, n in self.short_lines.items() if n >= 2 and k}
        recurring = self._recurring
        kept: list[tuple[str, Removal | None]] = []  # paragraph, heading removed just above it
        heading = None
        for unit in split_units(art.text):
            unit = _unglue_title(unit, art)
            reason = shape_reason(unit, art.title, recurring if self.observed > 1 else set())
            if reason:
                removal = Removal(unit, reason)
                art.removed.append(removal)
                heading = removal if reason == "heading" else None
            else:
                kept.append((unit, heading))
                heading = None
        if self.observed > 1:
            kept = self._drop_off_topic(art, kept)
        art.paragraphs = [p for p, _ in kept]
        if not art.paragraphs and art.status == "used":
            art.skip(f"{art.source}: nothing left after removing boilerplate")
        return art

    def _drop_off_topic(self, art, kept):
        """Drop paragraphs (with the heading above them) that share almost none of
        their distinctive words with the rest of the cluster."""
        own = _article_terms(art, split_units(art.text))
        title = _terms(art.title or "")

        def elsewhere(term: str) -> bool:
            return term in title or self.term_df[term] - (term in own) >= 1

        out = []
        for para, heading in kept:
            text = para + (" " + heading.text if heading else "")
            terms = _terms(text)
            total = sum(_weight(t) for t in terms)
            share = sum(_weight(t) for t in terms if elsewhere(t)) / total if total else 1.0
            names = _names(text)
            names_shared = sum(1 for n in names if elsewhere(n))
            # names decide when there are some; without names only near-zero overlap counts
            unrelated = len(terms) >= 6 and share < OFF_TOPIC_BELOW and (
                (len(names) >= 2 and names_shared <= len(names) * 0.2)
                or (not names and share < OFF_TOPIC_BELOW / 2))
            if unrelated:
                art.removed.append(Removal(para, "off_topic"))
                if heading:
                    heading.reason = "off_topic"
            else:
                out.append((para, heading))
        return out


def _article_terms(art: Article, units: list[str]) -> set[str]:
    terms = _terms(art.title or "")
    for u in units:
        terms |= _terms(u)
    return terms


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
    """Prose wrapped at a fixed width: many breaks fall mid-sentence (the next line
    goes on in lower case), or the lines run to the same width without ending
    sentences. A block of one-line items (links, headings) is neither."""
    if len(lines) < 2 or max(len(line) for line in lines) > 100:
        return False
    if any(LINK_LIST.match(line) or BULLET.match(line) for line in lines):
        return False
    breaks = list(zip(lines, lines[1:]))
    open_ends = [a for a, _ in breaks if not SENTENCE_END.search(a)]
    mid_sentence = sum(1 for a, b in breaks if not SENTENCE_END.search(a) and (b[0].islower() or b[0] in "(,;"))
    if mid_sentence >= max(1, len(breaks) * 0.25):
        return True
    widths = [len(line) for line in lines[:-1]]
    return min(widths) >= 50 and min(widths) >= 0.75 * max(widths) and len(open_ends) >= len(breaks) / 2


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


# -- off-topic ---------------------------------------------------------------------

@lru_cache(maxsize=65536)
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


STAGE = Stage("clean", run, requires=("articles",), provides=("paragraphs", "removed"))
