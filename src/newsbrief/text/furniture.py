"""Page furniture inside a scraped article's text, and documents that are not articles.

A scraper hands over text, not HTML, so the signals that HTML extractors
(trafilatura, jusText) use -- tags, link density, DOM position -- are gone by the
time a unit of text reaches `clean`. trafilatura is used where the input is HTML
(`ingest.read`); what is left here is written by hand because no library works on
plain text lines: the same kinds of signal, restated on the text itself.

Line-level signals (`scan`), each general to news pages on any outlet:

- `caption`: a unit closed by a credit -- a short bracketed or pipe-separated group
  of names with a credit word ("Photo", "Images", "Courtesy") or made only of
  capitalised words, with no sentence inside: "... on Monday. (Photo: Jane Doe/Agency)",
  "... at the port. | Wirepix". A caption block glued to a headline and a dek on one
  line goes with it unless real prose follows. A gallery's credits run together
  with no sentence among them go too. So does a short unit opened by a caption label
  and a colon ("Photo caption: ...", "(Photo: Jane Doe/Agency.)"; lexicon
  `furniture_caption_labels`).
- `timestamp`: a line that is only a time or date ("4:05 p.m. ET", "Posted 12 March
  2020"), or a live-blog time opening an entry (the entry stays).
- `media`: media-player, gallery and embed text (lexicon `furniture_media_player`),
  and a line closed by a clip duration ("... the council vote 02:14").
- `call_to_action`: newsletter, alert, follow and sharing prompts (lexicon
  `furniture_call_to_action`): two prompts in one sentence, or one that opens it or
  addresses the reader.
- `credit`: contributor and contact lines ("X contributed to this report",
  "Contributing: ...", "She can be reached at ...").
- `wire_markup` / `wire_note`: layout entities of wire feeds ("&QL;"), operator
  initials closing a story ("(ab-cd)"), slug lines and editing notes ("graf 3 pvs").
- `highlights` / `link_list`: a kicker label opening a line ("MORE: ...",
  "Story highlights ...").

Document-level (`document_kind`): a page whose prose is mostly a crawler's notice, a
login wall, a cookie page or a site notice (lexicon `furniture_site_notice`), or a
list of links with no prose, is not an article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsbrief.lexicon import mapping, words


def lexicon(name: str) -> frozenset[str]:
    """Entries of `lexicon/<name>.txt` (the package's one loader)."""
    return words(name)


def _phrases(entries) -> re.Pattern:
    """One case-insensitive pattern for phrases on word boundaries, longest first."""
    alts = sorted({e.lower() for e in entries}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in alts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _pattern(name: str) -> re.Pattern:
    return _phrases(lexicon(name))


@lru_cache(maxsize=None)
def _anchors(name: str) -> frozenset[str]:
    """The rarest word of each phrase: a unit without any cannot match (a cheap test
    before the regex, which matters on a feed of many thousand articles)."""
    from newsbrief.resources import zipf

    out = set()
    for phrase in lexicon(name):
        words = phrase.lower().split()
        out.add(min(words, key=zipf))
    return frozenset(out)


_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")


def _may_match(name: str, text: str) -> bool:
    return not _anchors(name).isdisjoint(_TOKEN.findall(text.lower()))


def _search(name: str, text: str):
    return _pattern(name).search(text) if _may_match(name, text) else None


@lru_cache(maxsize=None)
def _site_notice() -> tuple[re.Pattern, dict[str, str]]:
    kinds = {re.sub(r"\s+", " ", phrase): kind for phrase, kind in mapping("furniture_site_notice").items()}
    return _phrases(kinds), kinds


# -- small helpers -------------------------------------------------------------------

SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# a rough sentence break: end punctuation, closing quotes, space, then a capital or quote
_BREAK = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(]?[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
IMPERATIVE_OPENERS = frozenset({"follow", "watch", "listen", "read", "join", "stay", "get"})
# an instruction someone gave, reported: news ("Join the strike, union leaders told members")
_REPORTED = re.compile(r",\s+(?:[\w'\u2019.-]+\s+){0,5}(?:said|says|told|tells|urged|urges|warned|warns|added|wrote|"
                       r"announced|insisted|advised|asked)\b", re.I)
AFTER_IMPERATIVE = frozenset({"the", "our", "us", "this", "live", "tuned", "along", "all"})  # not "Read said"
SECOND_PERSON = re.compile(r"\b(you|your|yours|you're|you've|you'll)\b", re.I)
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]|``.*?''")


def rough_sentences(text: str) -> list[str]:
    """Sentences by punctuation alone: enough to find where a prompt starts."""
    parts = _BREAK.split(text.strip())  # sentence, its closing quotes, sentence, ...
    # each sentence keeps its closing quotes: a paragraph rebuilt from the kept ones loses none
    return [s for s in (parts[k] + (parts[k + 1] if k + 1 < len(parts) else "") for k in range(0, len(parts), 2)) if s]


def _words(text: str) -> int:
    return len(text.split())


def _substantial(text: str) -> bool:
    """Real prose: at least two sentences and thirty words."""
    return _words(text) >= 30 and len(rough_sentences(text)) >= 2 and bool(SENTENCE_END.search(text))


# -- wire markup -----------------------------------------------------------------------

# layout entities of wire feeds (&QL; &UR; &LR; &HT; &QC;); &AMP; is a real ampersand
_SGML_ENTITY = re.compile(r"\s*&(?!AMP;|amp;)[A-Z][A-Za-z]{1,3}\d*;")
_SLUG = re.compile(r"\bBC-[A-Z0-9]+(?:-[A-Z0-9]+)+\b")
# operator initials closing a wire story: "(ab-cd)", "(abc-de-fg)"
_OPERATOR = re.compile(r"\s*\(([a-z]{2,5}(?:-[a-z]{2,5})+)\)\s*$")
# editing notes to the desk: "graf 5 pvs" (pick up paragraph 5 of the previous version),
# "(MORE)", "ENDIT", "OPTIONAL TRIM", "-30-"
_EDIT_NOTE = re.compile(
    r"\bgrafs?\s+\d+(?:\s*-\s*\d+)?(?:\s+(?:pvs|prev(?:ious)?)\b\.?)?|\bpvs\b\.?|\(MORE\)|\bENDIT\b|"
    r"\(?\bEND\s+(?:OPTIONAL\s+)?TRIM\b\)?|\bOPTIONAL\s+TRIM\b|(?<!\S)-(?:0|30)-(?!\S)")


_EDIT_HINT = re.compile(r"graf|pvs|MORE\)|ENDIT|TRIM|-0-|-30-")


def _is_word(token: str) -> bool:
    """An English word, not a desk operator's initials ("two", "mile", "so" are words)."""
    from newsbrief.resources import zipf

    return zipf(token) >= (3.0 if len(token) >= 3 else 4.5)


def strip_wire(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Remove wire-feed markup and editing notes; return the text and what went."""
    removed: list[tuple[str, str]] = []
    if _SLUG.search(text):
        return "", [(text, "wire_note")]
    entities = _SGML_ENTITY.findall(text)
    if entities:
        removed.append((" ".join(e.strip() for e in entities), "wire_markup"))
        text = _SGML_ENTITY.sub("", text).strip()
    m = _OPERATOR.search(text)
    if m and not all(_is_word(part) for part in m.group(1).split("-")):
        removed.append((m.group(0).strip(), "wire_markup"))
        text = text[:m.start()].rstrip()
    while _EDIT_HINT.search(text):
        m = _EDIT_NOTE.search(text)
        if not m:
            break
        # the note and the sentence fragment it hangs on, back to the last sentence end
        start = 0
        for b in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+", text[:m.start()]):
            start = b.end()
        removed.append((text[start:m.end()].strip(), "wire_note"))
        text = (text[:start] + text[m.end():]).strip()
    return text, removed


# -- timestamps ------------------------------------------------------------------------

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_DAYS = ("monday tuesday wednesday thursday friday saturday sunday "
         "mon tue tues wed thu thur thurs fri sat sun").split()
_ZONES = "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist jst aest aedt local time".split()
_TIME_WORDS = set(_MONTHS + _DAYS + _ZONES + (
    "updated posted published last modified on at am pm a.m. p.m. today yesterday ago min mins minute "
    "minutes hour hours hr hrs st nd rd th").split())
_CLOCK = r"\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.\s?m\.|\d{1,2}\s*[ap]m\b"
_CLOCK_RE = re.compile(_CLOCK, re.I)
_TS_PREFIX = re.compile(
    rf"^(?:{_CLOCK})(?:\s+(?:{'|'.join(z for z in _ZONES if z not in ('local', 'time'))}|local\s+time)\b)?"
    r"\s*[:|\-\u2013\u2014]?\s+(?=[A-Z\"\u201c])", re.I)


def is_timestamp(text: str) -> bool:
    """A line that is only a time and/or a date, with 'Updated', 'Posted', a zone."""
    if _words(text) > 12:
        return False
    rest = _CLOCK_RE.sub(" ", text)
    has_clock = rest != text
    tokens = re.findall(r"[A-Za-z][A-Za-z.]*|\d+", rest)
    if not tokens:
        return has_clock
    has_date = False
    for t in tokens:
        low = t.lower().rstrip(".") if t.lower() not in ("a.m.", "p.m.") else t.lower()
        if t.isdigit():
            has_date = has_date or len(t) == 4 or any(x.lower().rstrip(".") in _MONTHS for x in tokens)
            continue
        if low not in _TIME_WORDS:
            return False
    return has_clock or has_date


def timestamp_prefix(text: str) -> str | None:
    """A live-blog time opening an entry ("2:05 p.m. Officials said ..."): the time."""
    m = _TS_PREFIX.match(text)
    return m.group(0) if m else None


# -- captions and credits ---------------------------------------------------------------

_FUNCTION = {"of", "the", "de", "la", "le", "del", "via", "and", "for", "von", "van", "der", "du", "da", "y", "&"}
_MONTH_DAY = re.compile(rf"^(?:{'|'.join(_MONTHS)})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?$", re.I)
_PARTY = re.compile(r"^[A-Z]{1,2}\s*-\s*[A-Z]")  # "(R-Utah)", "(D-N.Y.)": a label, not a credit


def _capitalised(group: str, most: int = 6, lower_ok: int = 0) -> bool:
    """Only names: every word capitalised (bar 'of', 'de', ... and `lower_ok` others),
    no digits, few words."""
    tokens = re.findall(r"[^\s/,;]+", group)
    words = [t.strip("().'\"") or t for t in tokens if re.search(r"[A-Za-z]", t)]
    if not words or len(words) > most or re.search(r"\d", group):
        return False
    return sum(1 for w in words if not (w[0].isupper() or w.lower() in _FUNCTION)) <= lower_ok


def credit_like(group: str, at_end: bool) -> bool:
    """A credit: a short group with a credit word, or (closing a unit) names only."""
    group = group.strip()
    if not group or _words(group) > 12 or _PARTY.match(group):
        return False
    if re.search(r"[.!?]\s+[a-z]", group) or group.endswith(("?", "!")):
        return False  # a sentence, not a credit
    if _search("furniture_credit", group):
        other = _pattern("furniture_credit").sub(" ", group)
        other = re.sub(r"[:/,|()\-\u2013\u2014]|\bby\b", " ", other)
        return not other.strip() or _capitalised(other, most=11, lower_ok=1)
    return at_end and _capitalised(group)


# one or more bracketed groups closing the unit, then at most three capitalised tokens
_TRAILING_GROUPS = re.compile(r"(?:\s*\([^()]{1,80}\))+(?:\s+[A-Z][\w.&/\-]*){0,3}\s*$")
_GROUP = re.compile(r"\(([^()]{1,80})\)")
_TAIL_CREDIT = re.compile(  # "... on Monday. Photo: Jane Doe/Agency", "... Credit: Jane Doe"
    r"(?<=[.!?\"\u201d'])\s+(?:photo|photograph|image|picture|video|credit)s?(?:\s+credit)?\s*:\s*[A-Z][^.!?]{0,60}$", re.I)
_CAPTION_LABEL = re.compile(r"^\s*[(\[]?(?:%s)\s*:\s*\S" % "|".join(
    sorted((re.escape(w) for w in words("furniture_caption_labels")), key=len, reverse=True)), re.I)
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d'\u2019)]*\s+(?=[A-Z])")


def _tail_slash(text: str) -> int | None:
    """'... on Monday. AGENCY/Jane Doe': where a slash-joined credit closing the unit
    after a sentence starts, or None."""
    slash = text.rfind("/")
    if slash < 0 or len(text) - slash > 60:
        return None
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text[:slash])]
    if not starts:
        return None
    tail = text[starts[-1]:]
    return starts[-1] if credit_like(tail, at_end=True) and _words(tail) <= 8 else None


CAPTION_MOST = 80  # a unit longer than this is prose with a credit stuck on, not a caption
_PIPE_END = re.compile(r"\s\|\s*([^|]{1,60})$")
_PIPE_MID = re.compile(r"\s\|\s*((?:[A-Z][\w.&/\-]*\s+){0,3}(?:Photos?|Images?|Pictures?|Video|File))\b")
_MID_GROUP = re.compile(r"(?<=[.!?\"\u201d'])\s*\(([^()]{1,80})\)")


def caption_end(text: str) -> int | None:
    """Where a caption block closed by a credit ends (its index), or None."""
    m = _TRAILING_GROUPS.search(text)
    if m and m.start() > 0:
        groups = _GROUP.findall(m.group(0))
        tail = m.group(0)[m.group(0).rfind(")") + 1:].strip()
        ok = all(credit_like(g, at_end=True) or (tail and _MONTH_DAY.match(g.strip())) for g in groups)
        if ok and (not tail or _capitalised(tail, most=3)):
            return len(text)
    m = _TAIL_CREDIT.search(text)
    if m:
        return len(text)
    if _tail_slash(text) is not None:
        return len(text)
    m = _PIPE_END.search(text)
    if m and credit_like(m.group(1), at_end=True) and _words(m.group(1)) <= 4:
        return len(text)
    m = _PIPE_MID.search(text)
    if m:
        return m.end()
    for m in _MID_GROUP.finditer(text):
        if _search("furniture_credit", m.group(1)) and credit_like(m.group(1), at_end=False):
            return m.end()
    return None


_PROSE_BREAK = re.compile(r"[a-z]{3}[.!?][\"\u201d'\u2019)]*\s+[A-Z]")  # "said. The", not "J.R. Amsel"


def credit_run(text: str) -> bool:
    """A gallery's credits run together with no sentence among them ("Ann Lee--Pixwire
    Images Tom Roe/Agency Images ..."): three credit words or more, one at least every
    twelve words, and no sentence break."""
    if not _may_match("furniture_credit", text) or _PROSE_BREAK.search(text) or SENTENCE_END.search(text):
        return False
    hits = len(_pattern("furniture_credit").findall(text))
    return hits >= 3 and _words(text) <= 12 * hits


def _caption_block(text: str) -> bool:
    """Several captions run together: two credits, or a caption cut short ('...')
    before its credit."""
    credits = sum(1 for g in _GROUP.findall(text) if credit_like(g, at_end=True))
    return credits >= 2 or bool(re.search(r"(?:\.\.\.|\u2026)\s*\([^()]{1,80}\)", text))


def _credit_tail(text: str) -> int | None:
    """Where the credit closing a long unit starts (the prose before it stays)."""
    for pattern in (_TRAILING_GROUPS, _TAIL_CREDIT, _PIPE_END):
        m = pattern.search(text)
        if m and m.start() > 0:
            return m.start()
    return _tail_slash(text)


# -- media, prompts, credit lines -------------------------------------------------------

_DURATION_END = re.compile(
    r"(?<![\d:.,])(?<!\bat )(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bafter )(?<!\bsince )(?<!\bfrom )"
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*$", re.I)
_DURATION_BRACKET = re.compile(r"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)")  # a clip's length: "(3:40)"
_CREDIT_LINE = re.compile(
    r"\bcontribut(?:ed|ing)\b[^.!?]{0,120}?\b(?:to|for)\s+(?:this|the)\s+(?:report|story|article)"
    r"(?:\s+(?:from|in)\s+[A-Z][^.!?]{0,40})?[.!?]?\s*$"
    r"|\bcontributed\s+reporting\b[^.!?]{0,60}[.!?]?\s*$"
    r"|^\s*contributing(?:\s+writers?|\s+reporters?)?\s*:"
    r"|^\s*\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"
    r"|^\s*(?:photo(?:graph)?|image|picture|illustration|photo\s+illustration|video|graphic)s?\s+by\b"
    r"|^\s*follow\s+(?:@\w+|(?:[A-Z][\w.'\-]*\s+){1,4})on\s+(?:twitter|facebook|instagram|x)\b"
    r"|^\s*contact\s+(?:[A-Z][\w.'\-]*\s+){1,4}(?:at|on)\s+\S*(?:@|\d{3}[.\-]\d{3})"
    r"|^\s*(?:e-?mail|twitter)\s*:\s*\S*[@.]\S+"
    r"|\bcan\s+be\s+(?:reached|contacted|emailed)\s+(?:at|on|by|via)\s+(?:twitter|x|e-?mail|\S+@\S+|https?://|@\w)"
    r"|\bfollow\s+(?:him|her|them|the\s+(?:author|writer|reporter))\s+on\s+(?:twitter|facebook|instagram|x)\b"
    r"|\b(?:e-?mail|contact)\s+(?:him|her|them|the\s+(?:author|writer|reporter))\s+at\b", re.I)
_CREDIT_HINTS = ("contribut", "reporting", "writing", "editing", "reached", "contacted", "emailed", "follow",
                 "contact", "photo", "image", "picture", "illustration", "video", "graphic", "mail", "twitter")


def _credit_hint(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _CREDIT_HINTS)

_KICKER = re.compile(
    r"^\s*\(?(?:more|video|videos|watch|photos|gallery|listen|related|read\s+more|see\s+also)\s*:\s*\S"
    r"|^\s*more\s+(?:from|on|about)\s+[^:.!?]{1,40}:\s*$"
    r"|^\s*\[[^\[\]]{3,100}\]\s*$"  # a whole line in square brackets: a link
    r"|^\s*(?:story\s+)?highlights\b(?!\s*[.,:;]?\s*(?-i:[a-z]))", re.I)


LABEL_MOST = 8  # a one-word player label ("Slideshow", "Autoplay") stands in a sentence this short


def media_start(text: str) -> int | None:
    """Where player, gallery or embed text starts, or None. A phrase of several words
    is the player's own wording anywhere; a single word ("slideshow") is a label only
    in a short line or a short fragment of one, not in a sentence that talks about one
    ("... posted a 40-page slideshow of the designs ...")."""
    if not _may_match("furniture_media_player", text):
        return None
    for m in _pattern("furniture_media_player").finditer(text):
        if " " in m.group(0).strip() or _words(text) <= LABEL_MOST:
            return m.start()
        for sentence in rough_sentences(text):
            at = text.find(sentence)
            if at <= m.start() < at + len(sentence) and _words(sentence) <= LABEL_MOST:
                return m.start()
    return None


def _prompt(sentence: str) -> bool:
    """A call to action: two prompts, or one that opens the sentence or addresses the reader."""
    if not _may_match("furniture_call_to_action", sentence):
        return False
    plain = _QUOTED.sub(" ", sentence)
    hits = {h.group(0).lower() for h in _pattern("furniture_call_to_action").finditer(plain)}
    if len(hits) >= 2:
        return True
    if not hits or _REPORTED.search(plain):
        return False
    first = _pattern("furniture_call_to_action").search(plain)
    lead = " ".join(plain.lower().split()[:2])
    # the prompt opens the sentence, or an imperative to the reader does ("Follow the Harbour
    # Star for live updates", "Watch our live coverage")
    opens = first.start() <= 2 or plain[:first.start()].strip().lower() in {"please", "or", "and", "email", "to"} \
        or (lead.split() + [""])[0] in IMPERATIVE_OPENERS and (lead.split() + ["", ""])[1] in AFTER_IMPERATIVE
    if first.group(0).lower() in ("click here", "tap here"):
        return True  # a link's label, whatever the sentence around it
    return opens or bool(SECOND_PERSON.search(plain))


def strip_prompts(text: str, removed: list[tuple[str, str]]) -> str:
    """Drop call-to-action sentences, with a sentence after a prompt that still
    talks to the reader ("You can unsubscribe at any time."); the rest stays."""
    if not _may_match("furniture_call_to_action", text):
        return text
    sentences = rough_sentences(text)
    flags = [_prompt(s) for s in sentences]
    if not any(flags):
        return text
    for i in range(1, len(flags)):
        if flags[i - 1] and not flags[i] and (SECOND_PERSON.search(sentences[i]) or _words(sentences[i]) <= 6):
            flags[i] = True
    kept = [s for s, f in zip(sentences, flags) if not f]
    gone = [s for s, f in zip(sentences, flags) if f]
    if not kept or sum(_words(s) for s in kept) < 6:
        removed.append((text.strip(), "call_to_action"))
        return ""
    removed.append((" ".join(gone), "call_to_action"))
    return " ".join(kept)


def _cut(text: str, start: int, reason: str, removed: list[tuple[str, str]]) -> str:
    """Remove text[start:]; the prose before stays if it is whole sentences."""
    before = text[:start].strip()
    if before and SENTENCE_END.search(before) and _words(before) >= 6:
        removed.append((text[start:].strip(), reason))
        return before
    removed.append((text.strip(), reason))
    return ""


def _cut_sentence(text: str, start: int, reason: str, removed: list[tuple[str, str]]) -> str:
    """Remove only the rough sentence holding text[start]: a long unit of prose
    with a player's line run into it (thirty words of prose or more before it) keeps
    the prose on both sides; player text opening a unit takes the rest with it."""
    at = 0
    for sentence in rough_sentences(text):
        at = text.find(sentence, at)
        if at <= start < at + len(sentence):
            removed.append((sentence.strip(), reason))
            return (text[:at].rstrip() + " " + text[at + len(sentence):].lstrip()).strip()
        at += len(sentence)
    return _cut(text, start, reason, removed)


def scan(unit: str) -> tuple[str, list[tuple[str, str]]]:
    """Furniture in one unit: the text that stays ("" when none) and (text, reason) removed."""
    if not _SPECIAL.search(unit):
        # plain prose (no bracket, pipe, slash, colon, ampersand or digit): only
        # the phrase and credit-line rules can apply
        return _scan_prose(unit, [])
    text, removed = strip_wire(unit)
    if not text:
        return "", removed
    if is_timestamp(text):
        return "", removed + [(text, "timestamp")]
    prefix = timestamp_prefix(text)
    if prefix:
        removed.append((prefix.strip(), "timestamp"))
        text = text[len(prefix):].strip()
    if credit_run(text):
        return "", removed + [(text, "caption")]
    if _CAPTION_LABEL.match(text) and _words(text) <= CAPTION_MOST:  # "Photo caption: ...",
        return "", removed + [(text, "caption")]  # "(Photo: Jane Doe/Agency.)"; a longer unit is left to the rules below
    cut = caption_end(text)
    if cut is not None and cut == len(text) and _words(text) > CAPTION_MOST and not _caption_block(text):
        credit = _credit_tail(text)
        if credit:
            removed.append((text[credit:].strip(), "caption"))
            text = text[:credit].strip()
        cut = None
    if cut is not None:
        caption, rest = text[:cut].strip(), text[cut:].strip()
        removed.append((caption, "caption"))
        if rest and not _substantial(rest):
            removed.append((rest, "caption"))  # headline and dek glued to the lead image
            rest = ""
        text = rest
        if not text:
            return "", removed
    if text and ((_DURATION_END.search(text[-40:]) and not SENTENCE_END.search(text))
                 or (_DURATION_BRACKET.search(text) and _words(text) <= 60)):
        return "", removed + [(text, "media")]
    return _scan_prose(text, removed)


_SPECIAL = re.compile(r"[()\[\]|/:&\d]")


def _scan_prose(text: str, removed: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The rules that need no markup: kickers, player text, prompts, credit lines."""
    if _KICKER.search(text):
        reason = "highlights" if re.match(r"\s*(?:story\s+)?highlights\b", text, re.I) else "link_list"
        return "", removed + [(text, reason)]
    start = media_start(text)
    if start is not None and _words(text) > CAPTION_MOST and _words(text[:start]) >= 30:
        text = _cut_sentence(text, start, "media", removed)  # player text inside long prose
    elif start is not None:
        text = _cut(text, start, "media", removed)
    if text:
        text = strip_prompts(text, removed)
    if text and _credit_hint(text) and _words(text) <= 80 and _CREDIT_LINE.search(text):
        return "", removed + [(text, "credit")]
    if text and _credit_hint(text):
        last = rough_sentences(text)[-1]
        if _words(last) <= 60 and _CREDIT_LINE.search(last):
            text = _cut(text, text.rfind(last), "credit", removed)
    return text, removed


# -- documents that are not articles ----------------------------------------------------

def notice_hits(sentence: str) -> dict[str, str]:
    """The site-notice phrases in a sentence, each with its kind."""
    pattern, kinds = _site_notice()
    found = {re.sub(r"\s+", " ", m.group(0).lower()) for m in pattern.finditer(sentence)}
    return {f: kinds[f] for f in found}


def document_kind(prose: list[str], removed_units: int = 0) -> str | None:
    """What a document is when it is not an article: "crawl notice", "login wall",
    "cookie page", "site notice", "list of links"; None for an article.

    `prose` is the text left after line-level cleaning, `removed_units` how many
    units cleaning took out. A sentence is notice-like when it carries two notice
    phrases or one of several words ("Wayback Machine"); one that carries a single
    notice word, or addresses the reader, counts half -- but only in a document
    that has a notice-like sentence at all. The document is a notice when such
    sentences make most of its prose."""
    words = sum(_words(p) for p in prose)
    if words == 0:
        return None
    if removed_units >= 8 and removed_units >= 0.85 * (removed_units + len(prose)) and words < 80:
        return "list of links"
    if words > 600:
        return None
    strong, weak, kinds = _notice_weights(prose)
    need = 0.5 if words <= 300 else 0.7
    if strong and strong + weak >= need * words:
        return max(kinds, key=kinds.get)
    return None


def notice_kind(prose: list[str]) -> str | None:
    """The kind of the notice-like sentences of a document of at most 600 words
    that `document_kind` does not call a notice (they are too few of its prose), or
    None when it has none. Alone this says nothing about the document; the clean
    stage skips such a document only when the rest of its cluster shares nothing
    with it (a crawler's notice opening a page of its own jargon)."""
    if sum(_words(p) for p in prose) > 600:
        return None
    strong, _, kinds = _notice_weights(prose)
    return max(kinds, key=kinds.get) if strong else None


def _notice_weights(prose: list[str]) -> tuple[float, float, dict[str, float]]:
    """Words in notice-like sentences (two notice phrases, or a several-word one),
    half the words of sentences with one notice word or addressing the reader, and
    the notice kinds the former carry, weighted by their words."""
    strong = 0.0
    weak = 0.0
    kinds: dict[str, float] = {}
    for p in prose:
        for s in rough_sentences(p):
            hits = notice_hits(s)
            n = _words(s)
            if len(hits) >= 2 or any(" " in h for h in hits):
                strong += n
                for k in hits.values():
                    kinds[k] = kinds.get(k, 0) + n / len(hits)
            elif hits or SECOND_PERSON.search(_QUOTED.sub(" ", s)):
                weak += n / 2
    return strong, weak, kinds
