"""Stage `clean`: keep the article's own prose, drop what a scraper dragged along.

Every article body is cut into units (a line, or a hard-wrapped block joined back
into one paragraph). A unit is dropped, with its reason recorded in
`Article.removed`, when:

- `title_repeat`: it repeats the article's title;
- `link_list`: it starts like a list of links to other stories ("More news:", "Read more:");
- `boilerplate`: it is a page widget ("Share Print Comment", "Related Articles",
  "Advertisement"; also when glued to the front of a sentence), a byline or credit, a copyright line, or a short unpunctuated
  line that recurs in several articles of the cluster;
- `heading`: a short line with no sentence punctuation, or a short question, standing alone;
- `caption`, `timestamp`, `media`, `call_to_action`, `credit`, `wire_markup`,
  `wire_note`, `highlights`: page furniture found by `text.furniture` (captions
  closed by a credit, clock and date lines, player and embed text, sign-up prompts,
  contributor lines, wire-feed markup); a piece of a unit can go and the rest stay;
- `boilerplate` also: a unit repeated in several articles that is not a news
  sentence (no finite verb, or it addresses the reader);
- `off_topic`: a paragraph (with the heading above it) whose distinctive words
  are nearly all absent from the rest of the cluster and whose names the rest of
  its own article never mentions, standing where a pasted story stands (under a
  headline of its own, or in a block closing the article): a pasted unrelated
  story. A lone such paragraph among the article's own is a detail. An article never
  loses most of its text this way: a whole article that looks off-topic is a
  different angle on the story (or the cluster's odd one out), not a paste.

Before any of that, a document that is not an article (a crawler's notice, a login
wall, a cookie page, a list of links: `furniture.document_kind`) is skipped with
its reason, and only the real articles define what the cluster is about, so a
junk document can never make a real one look off-topic. A document with a few
notice-like sentences only (`furniture.notice_kind`: a crawler's note opening a
page of its own jargon) is skipped the same way when the rest of the cluster shares
nothing with it, judged as a pasted story under a headline of its own is.

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
from newsbrief.summarize.readability import has_finite_verb
from newsbrief.text import furniture

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
    r"related(\s+(news|stories|articles|coverage|content|links|photos|videos?|galler(y|ies)))?|recommended|"
    r"trending|most\s+(read|popular|viewed)|you\s+may\s+(also\s+)?like|don'?t\s+miss|watch|"
    r"click\s+here|editor'?s\s+picks?|further\s+reading)\b\s*[:\-\u2013\u2014|>]", re.I)
# the same labels set in capitals open a block of links without a colon: "MOST READ IN SPORT ..."
LINK_LIST_CAPS = re.compile(
    r"^\s*(MORE\s+(NEWS|STORIES)|READ\s+(MORE|ALSO|NEXT)|ALSO\s+READ|SEE\s+ALSO|RELATED\s+(NEWS|STORIES|"
    r"ARTICLES|COVERAGE|CONTENT|LINKS|PHOTOS|VIDEOS?)|RECOMMENDED|TRENDING|MOST\s+(READ|POPULAR|VIEWED)|"
    r"YOU\s+MAY\s+(ALSO\s+)?LIKE|DON'?T\s+MISS|EDITOR'?S\s+PICKS?)\b(?!['\u2019])")


def _caps_link_label(plain: str) -> bool:
    """A capitals label opening a list of links ("MOST READ IN SPORT Harbour reopens ..."):
    the links after it are in ordinary case; a line shouted in capitals throughout is
    prose ("RECOMMENDED DOSES WERE GIVEN ..."), not a label."""
    m = LINK_LIST_CAPS.match(plain)
    return bool(m) and (not plain[m.end():].strip() or any(c.islower() for c in plain[m.end():]))


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
    cleaner = Cleaner(ctx.resources if ctx is not None else None, keep_passes=True)
    for art in articles:
        cleaner.observe(art)
    for art in articles:
        cleaner.clean(art)


class Cleaner:
    """Cleans articles against the statistics of their cluster, in two passes:
    `observe` every article (only counts are kept: which short lines recur, which
    words each article uses, which documents are not articles), then `clean` each
    one. Memory grows with the vocabulary, not with the text, so a large feed can
    stream through twice."""

    def __init__(self, resources=None, keep_passes: bool = False) -> None:
        self.resources = resources  # the spaCy model, asked for only to judge a repeated unit
        # the line pass of each observed article, kept for `clean` when the articles
        # are all in memory anyway (not when a feed streams through)
        self._passes: dict[int, tuple[list[str], list]] | None = {} if keep_passes else None
        self._news: dict[str, bool] = {}
        self.short_lines: Counter[str] = Counter()  # unpunctuated short line -> articles
        self.repeated: Counter[int] = Counter()  # hash of a kept unit's key -> articles
        self.term_df: Counter[str] = Counter()  # word -> articles using it
        self.not_articles: dict[str, str] = {}  # article id -> what the document is
        self.suspects: dict[str, str] = {}  # article id -> the notice kind a few of its sentences have
        self.observed = 0
        self._recurring: set[str] | None = None

    def observe(self, art: Article) -> None:
        units = split_units(art.text)
        passes = list(_line_pass(art, units))
        if self._passes is not None:
            self._passes[id(art)] = (units, passes)
        prose = [text for text, _, reason in passes if text and not reason]
        kind = furniture.document_kind(prose, removed_units=len(units) - len(prose))
        if kind:
            self.not_articles[art.id] = kind
            return  # a notice is not part of the cluster: it lends no support to anything
        suspect = furniture.notice_kind(prose)
        if suspect:
            self.suspects[art.id] = suspect
        self.short_lines.update({_key(u) for u in units if len(u.split()) <= 8 and not SENTENCE_END.search(u)})
        self.repeated.update({hash(_key(p)) for p in prose if _may_be_furniture(p)})
        self.term_df.update(_prose_terms(art, prose))
        self.observed += 1
        self._recurring = None

    def clean(self, art: Article) -> Article:
        """Fill `art.paragraphs` with what is kept and `art.removed` with the rest."""
        if art.id in self.not_articles:
            return self._skip_not_article(art, self.not_articles[art.id])
        if self._recurring is None:
            self._recurring = {k for k, n in self.short_lines.items() if n >= 2 and k}
        recurring = self._recurring if self.observed > 1 else set()
        kept: list[tuple[str, Removal | None]] = []  # paragraph, heading removed just above it
        heading = None
        units, passes = self._passes.pop(id(art), (None, None)) if self._passes is not None else (None, None)
        if units is None:
            units = split_units(art.text)
            passes = list(_line_pass(art, units))
        if art.id in self.suspects and self._shares_nothing(art, passes):
            return self._skip_not_article(art, self.suspects[art.id])
        own: set[str] = set()
        for text, removals, reason in passes:
            art.removed.extend(removals)
            if text and not reason:
                own |= _terms(text)  # as `observe` counted it
            if text and reason in (None, "heading") and not SENTENCE_END.search(text) \
                    and _key(text) in recurring:
                reason = "boilerplate"
            elif text and not reason and self.observed > 1 and self._repeated_furniture(text):
                reason = "boilerplate"
            if not text:
                heading = None
                continue
            if reason:
                removal = Removal(text, reason)
                art.removed.append(removal)
                heading = removal if reason == "heading" else None
            else:
                kept.append((text, heading))
                heading = None
        if self.observed > 1:
            kept = self._drop_off_topic(art, kept, own | _terms(art.title or ""))
        art.paragraphs = [p for p, _ in kept]
        if not art.paragraphs and art.status == "used":
            art.skip(f"{art.source}: nothing left after removing boilerplate")
        return art

    def _skip_not_article(self, art: Article, kind: str) -> Article:
        for unit in split_units(art.text):
            art.removed.append(Removal(unit, "not_an_article"))
        art.paragraphs = []
        return art.skip(f"{art.source}: not an article: {kind}")

    def _shares_nothing(self, art: Article, passes) -> bool:
        """The whole article is unrelated to the rest of the cluster, judged as a
        pasted story under a headline of its own is (`_unrelated`)."""
        if self.observed < 2:
            return False
        prose = [text for text, _, reason in passes if text and not reason]
        own = _prose_terms(art, prose)
        text = " ".join(p for p in [art.title or ""] + prose if p)
        return _unrelated(text, lambda t: self.term_df[t] - (t in own) >= 1, headed=True)

    def _repeated_furniture(self, text: str) -> bool:
        """A unit found in several articles that is not a news sentence: page text
        shared by pages of one site (a prompt, a label), not a syndicated sentence."""
        if not _may_be_furniture(text) or self.repeated[hash(_key(text))] < 2:
            return False
        if text not in self._news:
            self._news[text] = _news_sentence(text, self.resources)
        return not self._news[text]

    def _drop_off_topic(self, art, kept, own):
        """Drop paragraphs (with the heading above them) that share almost none of
        their distinctive words with the rest of the cluster, unless the rest of
        their own article names the same people and places (a quote from someone
        the article introduced is part of it). When that would take most of the
        article, nothing goes: the article is not a host of a pasted story."""
        title = _terms(art.title or "")

        def elsewhere(term: str) -> bool:
            return term in title or self.term_df[term] - (term in own) >= 1

        flagged = []
        for i, (para, heading) in enumerate(kept):
            text = para + (" " + heading.text if heading else "")
            if _unrelated(text, elsewhere, heading is not None):
                flagged.append(i)
        if not flagged:
            return kept
        # what the article's on-topic paragraphs say supports its other paragraphs
        on_topic = set(title)
        for i, (para, _) in enumerate(kept):
            if i not in flagged:
                on_topic |= _terms(para)
        flagged = [i for i in flagged
                   if _unrelated(kept[i][0] + (" " + kept[i][1].text if kept[i][1] else ""),
                                 lambda t: elsewhere(t) or t in on_topic, kept[i][1] is not None)]
        flagged = _pasted(kept, flagged)
        words = sum(len(p.split()) for p, _ in kept)
        if sum(len(kept[i][0].split()) for i in flagged) > 0.5 * words:
            return kept
        out = []
        for i, (para, heading) in enumerate(kept):
            if i in flagged:
                art.removed.append(Removal(para, "off_topic"))
                if heading:
                    heading.reason = "off_topic"
            else:
                out.append((para, heading))
        return out


def _pasted(kept, flagged: list[int]) -> list[int]:
    """The flagged paragraphs that sit where a pasted story sits: under a headline
    of its own (with the paragraphs that follow it, flagged too), or in a run of
    two or more closing the article (a block of other stories under it). A lone
    unrelated-looking paragraph between two of the article's own is a detail of
    the article (a neighbour, a relative, an earlier case), not a paste."""
    marked = set(flagged)
    tail = len(kept)
    while tail > 0 and tail - 1 in marked:
        tail -= 1
    out = []
    for i in flagged:
        if kept[i][1] is not None or (i - 1 in out) or (i >= tail and len(kept) - tail >= 2):
            out.append(i)
    return out


_DIRECT_QUOTE = re.compile(r"[\"\u201c\u201d]\s*\S+(?:\s+\S+){4,}?[^\"\u201c\u201d]*[\"\u201c\u201d]|``.+?''")


def _unrelated(text: str, supported, headed: bool = False) -> bool:
    """Few of the text's distinctive words, and few of its names, are `supported`.

    A pasted story brings a cast of its own: three names or more the cluster never
    mentions (two under a headline of its own), or, under a headline of its own,
    almost no shared word. Without a headline, a paragraph with no names is a
    detail of its story (what divers searched, where the family lives), and a
    direct quotation is never judged so: a quote talks in the speaker's words, not
    the story's, and belongs to the story that quotes it."""
    if not headed and _DIRECT_QUOTE.search(text):
        return False
    terms = _terms(text)
    total = sum(_weight(t) for t in terms)
    share = sum(_weight(t) for t in terms if supported(t)) / total if total else 1.0
    names = _names(text)
    names_shared = sum(1 for n in names if supported(n))
    # names decide when there are some; without names only near-zero overlap counts
    return len(terms) >= 6 and share < OFF_TOPIC_BELOW and (
        (len(names) >= (2 if headed else 3) and names_shared <= len(names) * 0.2)
        or (headed and not names and share < OFF_TOPIC_BELOW / 2))


def _line_pass(art: Article, units: list[str]):
    """Each unit through furniture and shape, without cluster statistics:
    (text left, removals, shape reason or None). Text left is "" when furniture
    took it all."""
    for unit in units:
        removals: list[Removal] = []
        unit = _unglue_title(unit, art, removals)
        unit = _unglue_widget(unit, removals)
        if art.title and len(unit) >= 8 and fuzz.ratio(_key(unit), _key(art.title)) >= 92:
            yield unit, removals, "title_repeat"
            continue
        text, pieces = furniture.scan(unit)
        removals.extend(Removal(t, r) for t, r in pieces if t)
        yield text, removals, (shape_reason(text, art.title, set()) if text else None)


def _prose_terms(art: Article, prose: list[str]) -> set[str]:
    terms = set(_terms(art.title or ""))
    for p in prose:
        terms |= _terms(p)
    return terms


def _may_be_furniture(text: str) -> bool:
    """Short, or talking to the reader: the units worth counting across articles
    (a feed's prose paragraphs are neither, and are not kept in memory)."""
    words = len(text.split())
    return words <= 15 or (words <= 40 and bool(furniture.SECOND_PERSON.search(text)))


def _news_sentence(text: str, resources=None) -> bool:
    """A sentence of a story: it has a finite verb (spaCy's tagger) and does not
    address the reader."""
    if furniture.SECOND_PERSON.search(furniture._QUOTED.sub(" ", text)):
        return False
    from newsbrief.resources import default

    nlp = (resources or default()).nlp
    doc = nlp(text, disable=[p for p in nlp.pipe_names if p not in ("tok2vec", "tagger")])
    return has_finite_verb(doc)


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
    if LINK_LIST.match(plain) or _caps_link_label(plain):
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
    if not ended and plain.endswith(":") and len(words) >= 8:
        return None  # a sentence leading into a quote: "The agency said in a statement:"
    if not ended and len(words) <= 16:
        return "heading"
    if plain.endswith("?") and len(words) <= 12 and not re.search(r"[\"\u201c\u201d]", plain):
        return "heading"
    return None


def _unglue_title(unit: str, art: Article, removals: list[Removal]) -> str:
    """A title scraped onto the front of the first sentence ("Storm hits coast The
    storm ...") is cut off and recorded as a title repeat."""
    title = art.title
    if not title or len(title.split()) < 3 or len(unit) <= len(title) + 10:
        return unit
    head = unit[:len(title)]
    rest = unit[len(title):]
    if _key(head) == _key(title) and rest[:1].isspace() and rest.strip()[:1].isupper():
        removals.append(Removal(head.strip(), "title_repeat"))
        return rest.strip()
    return unit


SHARE_WORDS = {"share", "email", "e-mail", "tweet", "print", "comment", "comments"}
BUTTON_WORDS = SHARE_WORDS | {"facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "save"}


def _unglue_widget(unit: str, removals: list[Removal]) -> str:
    """Sharing buttons scraped onto the front of the first sentence ("Email This
    The council said ..."): a run of two to five capitalised button words (a sharing
    verb or a network's name; "This" only right after a sharing verb) before a
    capitalised sentence of six words or more is cut off as boilerplate. Other widget
    words ("News", "Video", "The") are not buttons: "Email This News Corp said ..."
    keeps "News Corp said ..."."""
    tokens = unit.split(" ")
    k = 0
    while k < min(5, len(tokens)) and tokens[k][:1].isupper() and (
            tokens[k].lower() in BUTTON_WORDS
            or tokens[k].lower() == "this" and k and tokens[k - 1].lower() in SHARE_WORDS):
        k += 1
    rest = tokens[k:]
    if k < 2 or not SHARE_WORDS & {t.lower() for t in tokens[:k]} or len(rest) < 6 \
            or not rest[0][:1].isupper() and rest[0][:1] not in "\"\u201c'":
        return unit
    removals.append(Removal(" ".join(tokens[:k]), "boilerplate"))
    return " ".join(rest)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# -- off-topic ---------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _weight(word: str) -> float:
    """How much a shared word says about the topic: rare words count, 'said' doesn't."""
    from newsbrief.resources import zipf  # wordfreq's zipf_frequency, from a cached table

    return max(0.0, 6.0 - zipf(word))


@lru_cache(maxsize=8192)
def _terms(text: str) -> frozenset[str]:
    """The text's words that can say what it is about (a paragraph's are asked for
    several times: once computed, shared, so never changed by a caller)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w for w in (t.lower().strip("'-") for t in WORD.findall(text))
            if len(w) > 2 and w not in STOP_WORDS)


CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"}


def _names(text: str) -> set[str]:
    """Lower-cased capitalised words not opening a sentence: the names a story is about."""
    names = set()
    # not after a sentence end ('. The', '." The', opening quote): after '," ' is a speaker
    for m in re.finditer(r"(?<![.!?]\s)(?<![.!?][\"\u201d'\u2019]\s)(?<!\u201c\s)(?<!^)\b[A-Z][A-Za-z'\-]+", text):
        word = m.group(0).lower().strip("'-")
        if word not in CALENDAR and len(word) > 1:
            names.add(word)
    return names & _terms(text)


STAGE = Stage("clean", run, requires=("articles",), provides=("paragraphs", "removed"))
