"""Number grammar and measure lexicons for `figures`.

`find_numbers(text)` finds count expressions with their qualifier and bounds:

    "about 80"                  -> low=high=80, approximate
    "more than 70", "over 50"   -> low=70, high=None
    "as many as 900", "up to 9" -> low=None, high=900
    "at least four"             -> low=4, high=None
    "between 30 and over 90"    -> low=30, high=90
    "two or three", "5-10"      -> low=2, high=3
    "dozens", "hundreds of"     -> vague, low=high=None

and drops what is never a count: years, dates, times, ages, percentages, model
numbers ("Z-40", "F-16"), street numbers, ordinals. Everything here is English
grammar; no rule knows a particular story.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.lexicon import INCIDENT_KINDS, mapping, plural, words
from newsbrief.text.number_words import CARDINALS, SCALES

UNITS = CARDINALS  # "zero" .. "ninety" -> value
# attached suffixes: "$1.5bn", "£20m", "3m people", "5km" ("m" alone is settled in find_numbers)
SUFFIX_SCALE = {"tn": 1e12, "trn": 1e12, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "km": 1, "kms": 1}
_W = "|".join(sorted(list(UNITS) + list(SCALES), key=len, reverse=True))
WORDNUM = (rf"(?:half\s+a\s+(?:million|billion|trillion)|a\s+(?:dozen|hundred|thousand|million|billion|trillion)|"
           rf"(?:{_W})(?:[\s-]+(?:{_W}))*(?:\s+dozen)?)")
DIGNUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
          r"(?:\s+(?:hundred|thousand|million|billion|trillion)\b|(?:tn|trn|bn|mn|m|k|km|kms)\b)?")
NUM = rf"(?:{DIGNUM}|{WORDNUM})"

APPROX = r"about|around|approximately|roughly|some|an\s+estimated|estimated|nearly|almost|close\s+to|approx\.?|circa|perhaps|possibly"
LOWER = (r"more\s+than|over|at\s+least|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of|"
         r"(?:a\s+bit|slightly|just|well|far|many)\s+(?:more\s+than|over)|above|a\s+minimum\s+of|at\s+a\s+minimum")
UPPER = (r"as\s+many\s+as|as\s+much\s+as|up\s+to|fewer\s+than|less\s+than|under|at\s+most|no\s+more\s+than|"
         r"(?:just|slightly)\s+(?:under|below|less\s+than|fewer\s+than)|below|a\s+maximum\s+of")
QUAL = rf"(?P<qual>{LOWER}|{UPPER}|{APPROX})"
QUAL2 = rf"(?:{LOWER}|{UPPER}|{APPROX})"

RANGE_RE = re.compile(
    rf"\b(?P<between>between)\s+(?P<n1>{NUM})\s+and\s+(?P<q2>{QUAL2}\s+)?(?P<n2>{NUM})\b", re.I)
SIMPLE_RE = re.compile(
    rf"(?<![\w\-.,/:])(?:{QUAL}\s+)?(?P<n1>{NUM})(?:\s*(?:-|\u2013|to|or)\s*(?P<q2>{QUAL2}\s+)?(?P<cur2>[$\u00a3\u20ac\u00a5])?(?P<n2>{NUM}))?(?![\w]|[.,/:]\d)",
    re.I)
VAGUE_RE = re.compile(
    r"\b(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|(?:several|many)\s+(?:dozen|hundred|thousand)s?|"
    r"dozens|scores|hundreds|thousands|millions|billions)\b", re.I)
# An indefinite quantifier before a scale word is a vague count, never the scale itself:
# "several hundred", "a few thousand", "a couple of hundred", "a few dozen" are not 100,
# 1,000 or 12. "a handful of <noun>" is a small vague count (not "he is a handful").
# Read before the plain numbers so that "hundred" alone cannot take the span.
VAGUE_FIRST_RE = re.compile(
    r"\b(?:(?:several|many|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)s?"
    r"(?:\s+thousand)?|a\s+handful(?=\s+of\b))\b", re.I)

# "an inch of rain", "more than a mile away", "a mile from the coast": the article is the
# number one of a length unit only where the unit measures a layer (lexicon layer_nouns) or
# a distance (away, from, north of, long/deep ...). Not "half a mile" (a fraction of one),
# not "broke a foot" or "won by a mile" (no measuring word follows), not "a foot patrol".
def _alternation(names) -> str:
    """A regex alternation of lexicon entries, longest first."""
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_LAYERS = _alternation(words("layer_nouns"))
ONE_UNIT_RE = re.compile(
    rf"(?<![\w\-])(?<!half )(?<!quarter )(?<!third )(?<!fraction of )(?<!part of )"
    rf"(?:{QUAL}\s+)?(?P<n1>an?)\s+(?:foot|inch|mile|yard|metre|meter|kilometre|kilometer)"
    rf"(?=\s+(?:of\s+(?:[a-z]+\s+)?(?:{_LAYERS})\b|away\b|(?:long|deep|high|wide|tall)\b|"
    r"from\s+(?:the|a|an|its|his|her|their|our)\b|(?:north|south|east|west)\w*\s+of\b))", re.I)
# "twin car bombs", "twin blasts": a count of two happenings (lexicon `incident_nouns`),
# at most two words between; "twin brothers", "the twin towers" count nothing
TWIN_RE = re.compile(rf"\b(?P<n1>twin)(?=\s+(?:[a-z\-]+\s+){{0,2}}(?:{_alternation(plural(n) for n in INCIDENT_KINDS)})\b)",
                     re.I)
CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|\u20ac|\u00a3|\u00a5|USD|EUR|GBP)\s*$")
CURRENCY_AFTER = re.compile(rf"^\s*(?:{_alternation(words('currency_names'))})\b", re.I)
# "40 million crowns"; not "two crowns and a sceptre": these names are money only after a scale word
CURRENCY_SCALED_AFTER = re.compile(rf"^\s*(?:{_alternation(words('currency_names_scaled'))})\b", re.I)
SCALED_AMOUNT = re.compile(r"(?:\d|\b)(?:thousand|million|billion|trillion|bn|m)$", re.I)
# a vague amount of money: "thousands of dollars", "hundreds of billions of euros"; not
# "thousands of pounds of grain", "shed dozens of pounds in weight" (a weight)
CURRENCY_OF = re.compile(r"^\s+of\s+(?:dollars|euros|pounds(?!\s+(?:of|in\s+(?:body\s+)?weight|heavier|lighter)\b)|roubles|rubles|yuan|yen|rupees|francs|pesos|"
                         r"dinars|riyals|dirhams|shekels)\b", re.I)
DISTANCE_AFTER = re.compile(r"^\s*(?:\(?\s*)?(?:miles?|mi|km|kms|kilomet(?:re|er)s?|met(?:re|er)s?|yards?|feet|foot|ft|"
                            r"nautical\s+miles?)\b", re.I)
AREA_AFTER = re.compile(r"^\s*(?:square|sq|cubic|hectares?|acres?)\b", re.I)
# rates: "per 1,350 residents", "1 for every 675", "one in 10 adults", "1 murder per ..."
RATE_BEFORE = re.compile(r"(?:\bper|\b(?:1|one)\s+(?:\w+\s+)?(?:for|in)(?:\s+every)?|\bfor\s+every|\bout\s+of)\s+$",
                         re.I)
RATE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:per|for\s+every|in\s+every)\b", re.I)
RATE_ONE = re.compile(r"^\s+(?:for|in)\s+(?:every\s+)?[\d,]+\b", re.I)  # "1 for 675 residents", "one in 10"
PERCENT_AFTER = re.compile(r"^\s*(?:%|percent\b|per\s*cent\b|percentage\s+points?\b)", re.I)
AGE_AFTER = re.compile(r"^\s*(?:-|\s)?\s*(?:years?[\s-]*old|year-old|yr-old|-year-old)", re.I)
AGE_BEFORE = re.compile(r"(?:\baged?|\bages|\bage\s+of|\b(?:died|dies|dead)\s+at(?:\s+the\s+age\s+of)?)\s*$", re.I)
# a clock hour told in words: "shortly after seven in the evening", "at about nine at night",
# "by six in the morning" (a time preposition before, the part of the day after, then no noun:
# not "killed seven in the evening raid")
HOUR_BEFORE = re.compile(r"\b(?:at|after|before|until|till|by|since|past|from)\s+(?:about\s+|around\s+|roughly\s+)?$",
                         re.I)
HOUR_AFTER = re.compile(r"^\s+(?:o'clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
                        r"(?=\s*(?:[,.;:)!?\u2014-]|$)|\s+(?:on|of|and|when|as|before|after|until|while|local|in|at|near|"
                        r"[A-Z][a-z]+day)\b)", re.I)
TIME_AFTER = re.compile(r"^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|hours?\s+(?:GMT|UTC)|GMT|UTC|local\s+time|h\b)|^:\d", re.I)
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
MONTH_BEFORE = re.compile(rf"\b{MONTHS}\s*$", re.I)
MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?{MONTHS}\b", re.I)
# the second day of a list or span of days: "March 7 and 8", "7 and 8 March", "March 3 to 5"
DAY_LIST_BEFORE = re.compile(rf"\b{MONTHS}\s+\d{{1,2}}\s*(?:and|or|to|through|-|\u2013)\s*$", re.I)
# after a comma ("May 2, 3 and 4"), only when another day follows: "on May 2, 9 more on May 3" is a count
# "May 4 and 11 more", "May 4 and 11 people": the second number counts, no day
MORE_AFTER = re.compile(r"^\s+(?:more|others?|people|of\b|[a-z]{3,}s\b)", re.I)
DAY_COMMA_BEFORE = re.compile(rf"\b{MONTHS}\s+\d{{1,2}}\s*,\s*$", re.I)
DAY_COMMA_AFTER = re.compile(r"^\s*(?:,|and|or)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[a-z])", re.I)
DAY_LIST_AFTER = re.compile(rf"^\s*(?:,|and|or|to|through|-|\u2013)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b",
                            re.I)
STREET_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|"
                          r"Way|Square|Place|Court|Terrace|Highway|Hwy)\b")
LABEL_BEFORE = re.compile(r"\b(?:No|Nos|Number|Resolution|Article|Chapter|Section|Flight|Route|Highway|Room|"
                          r"Apartment|Unit|Gate|Platform|Channel|Page|Vol|Volume|Part|Phase|Level|Category|Grade|"
                          r"Class|Type|Model|Version|Mark|Mk|Block|Building|Floor|Bus|Line|Tier|Week|Day|Round|"
                          r"Stage|Game|Season|Episode|Item|Paragraph|Clause|Amendment|Act|Camp|Hill|Base|Road)\.?\s*$")
# "a 12-truck convoy", "40-mile": number, hyphen, a lowercase noun of three letters or more
HYPHEN_NOUN = re.compile(r"^-[a-z]{3,}\b(?!-)")
HYPHEN_TIME = re.compile(r"^-(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|point|"
                         r"percent|degrees?|yard|to|and|or)\b")
# a capitalised word (not opening the sentence, no month or weekday) right before the number
PROPER_LABEL_BEFORE = re.compile(rf"(?<=[\w,;)] )(?!(?:{MONTHS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s)[A-Z][a-z]+\s+$")
COUNTED_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children|police|staff|personnel|dead|"
                           r"killed|died|injured|wounded)\b")
YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


@dataclass
class Number:
    start: int  # character span of the whole expression (qualifier included)
    end: int
    text: str
    low: float | None
    high: float | None
    approximate: bool = False
    vague: bool = False
    unit: str | None = None  # "money" | "distance" | None
    word: bool = False  # spelled out ("two"), not digits
    qualified: bool = False
    value_start: int = 0  # span of the (first) number itself
    value_end: int = 0
    value2_start: int | None = None


def word_value(text: str) -> float | None:
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["a", "dozen"]:
        return 12.0
    if words[:2] == ["half", "a"] and len(words) == 3 and words[2] in SCALES:
        return SCALES[words[2]] / 2
    if words and words[-1] == "dozen":
        inner = word_value(" ".join(words[:-1])) if len(words) > 1 else 1.0
        return inner * 12 if inner is not None else None
    if words and words[0] == "a":
        words = ["one"] + words[1:]
    total = current = 0
    seen = False
    for w in words:
        if w in UNITS:
            current += UNITS[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w in SCALES:
            total += max(current, 1) * SCALES[w]
            current = 0
            seen = True
        elif w == "and":
            continue
        else:
            return None
    return float(total + current) if seen else None


def value(text: str) -> float | None:
    t = text.strip()
    m = re.match(r"^([\d,]+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion|trillion)|(tn|trn|bn|mn|m|k|km|kms))?$",
                 t, re.I)
    if m:
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            return None
        if m.group(2):
            v *= SCALES[m.group(2).lower()]
        elif m.group(3):
            v *= SUFFIX_SCALE[m.group(3).lower()]
        return v
    return word_value(t)


def qualifier_kind(q: str | None) -> str | None:
    if not q:
        return None
    q = re.sub(r"\s+", " ", q.strip().lower())
    if re.fullmatch(LOWER, q, re.I):
        return "lower"
    if re.fullmatch(UPPER, q, re.I):
        return "upper"
    if re.fullmatch(APPROX, q, re.I):
        return "approx"
    return None


def never_a_count(text: str, start: int, end: int, raw: str) -> bool:
    """Years, dates, times, ages, percentages, model/label numbers, street numbers."""
    before, after = text[:start], text[end:]
    if PERCENT_AFTER.match(after) or AGE_AFTER.match(after) or TIME_AFTER.match(after):
        return True
    if HOUR_BEFORE.search(before) and HOUR_AFTER.match(after) and (
            re.fullmatch(r"(?i:(?:about|around|roughly)\s+)?(?i:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve)", raw)
            or (re.fullmatch(r"(?i:(?:about|around|roughly)\s+)?(\d{1,2})", raw)
                and 1 <= int(re.search(r"\d+", raw).group()) <= 12)):
        return True  # "after seven in the evening": an hour, not a count
    if re.match(r"^\d", raw) and AGE_BEFORE.search(before):
        return True
    name = re.search(r"\b([A-Z][\w.'-]+),\s*(?:then\s+)?$", before)
    if re.match(r"^\d{1,3}$", raw) and name and name.group(1).lower().rstrip(".") not in DAY_NAMES and (
            re.match(r"^\s*(?:,|\)|$)", after) or (re.match(r"^\.\s*$", after) and int(raw) <= 120)):
        return True  # "Jane Roe, 28, was charged", "Roe, then 34, said", "... and Ida Roe, 61.": an age
    if re.match(r"^\d{1,3}$", raw) and int(raw) <= 120 and re.match(r"^\s*,", after):
        # a person noun under a determiner: "the miner, 54, died" (not "hours later, 11, had died")
        # also after a possessive ("the ferry's captain, 45,") or with an of-phrase ("the captain
        # of the trawler, 45,")
        noun = re.search(r"\b(?:(?i:the|a|an|his|her|their|its|our)|[A-Za-z]+['\u2019]s)\s+(?:[a-z-]+\s+)?"
                         r"([a-z]+)(?:\s+of\s+(?i:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+\s+)?[a-z]+)?"
                         r"\s*,\s*$", before)
        fronted = noun is not None and re.search(r"(?i:\bof)\s+$", before[:noun.start()])  # "Of the crew, 12, ..."
        # a place or time phrase fronted before the count: "At the scene, 12, ..." is no age
        placed = noun is not None and FRONTING_PREPS.search(before[:noun.start()])
        if noun and not fronted and noun.group(1) not in COUNT_HEADS and (
                noun.group(1) in PERSON_NOUNS or noun.group(1) in ROLE_NOUNS
                or (_singular(noun.group(1)) and not placed and not PLURAL_FOLLOWS.match(after))):
            return True  # an age after a person noun, or after any one person or thing ("her son, 8,")
    if re.match(r"^\d{1,3}$", raw) and int(raw) <= 120 and re.search(r"\bwho\s+(?:was|is)\s*$", before) \
            and re.match(r"^\s*(?:[,.;)]|$|and\b|when\b)", after):
        return True  # "the soldier, who was 20, died": the age of a person
    if re.match(r"^\d{1,3}$", raw) and int(raw) <= 120 and re.search(r"(?:^|[.;:!?,]\s+)[A-Z][a-z]+\s+at\s+$",
                                                                before) \
            and re.match(r"^\s*(?:,|is\b|was\b|has\b|remains\b)", after):
        return True  # "Now Orla at 83 remains ...": a name opening the clause, a person's age
    if re.match(r"^\d{1,3}$", raw) and int(raw) <= 120 and re.search(r"(?:^|[.;:!?]\s+|,\s+)[Aa]t\s+$", before) \
            and re.match(r"^\s*,\s*(?:he|she|I|[A-Z][a-z]+)\s+(?:is|was|has|had|would|will|became|remains|"
                         r"[a-z]+ed)\b", after):
        return True  # "At 31, she was ...", "But at 58, Ines would ...": the age of the clause's person
    if raw[:1].isupper() and not raw[:1].isdigit() and re.search(r"(?<=\w )[A-Z][a-z]+\s+of\s+(?:the\s+)?$", before):
        return True  # "the Circle of Five", "the Board of Nine": a name's number
    if re.match(r"^\d", raw) and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after)):
        return True
    if re.fullmatch(r"\d{1,2}", raw) and 1 <= int(raw) <= 31 and (
            (DAY_LIST_BEFORE.search(before) and not MORE_AFTER.match(after)) or DAY_LIST_AFTER.match(after) or
            (DAY_COMMA_BEFORE.search(before) and DAY_COMMA_AFTER.match(after))):
        return True  # "on March 7 and 8", "on 7 and 8 March": days, not counts
    if YEAR.match(raw) and not re.match(r"^\s+(?!(?:was|is|has|as|its|this|his|whereas)\b)(?:[a-z]+\s+)?"
                                        r"(?:[a-z]+s|people|men|women|children|police|staff|personnel)\b", after):
        return True  # a year, unless "2000 people"
    if re.match(r"^\d", raw) and STREET_AFTER.match(after):
        return True
    if RATE_BEFORE.search(before) or RATE_AFTER.match(after) or (
            raw.lower() in ("1", "one") and RATE_ONE.match(after)):
        return True  # "1 murder per 1,350 residents", "one in 10 adults": a rate, not a count
    if re.match(r"^\d", raw) and LABEL_BEFORE.search(before):
        return True
    if re.search(r"[A-Za-z]-?$", before) and not re.search(r"\s$", before) and before:
        return True  # "Z-40", "MH17", "F-16"
    if re.match(r"^(?:st|nd|rd|th)\b", after):
        return True
    if re.match(r"^\d", raw) and HYPHEN_NOUN.match(after) and not HYPHEN_TIME.match(after):
        return False  # "a 12-truck convoy", "a 9-day strike": a count of what the noun names
    if re.match(r"^-?[A-Za-z]", after) and not re.match(r"^-?(?:km|kms|mi|m)\b", after):
        return True  # "3D", "MH17b"
    if re.match(r"^\d", raw) and PROPER_LABEL_BEFORE.search(before) and not COUNTED_AFTER.match(after):
        return True  # "Route 9 near ...", "Apollo 13": a name's number, not a count
    return False


def find_numbers(text: str) -> list[Number]:
    """Count expressions in reading order: "between .. and .." ranges first, then
    single numbers and plain ranges, then vague words, each kept only where no
    earlier one lies; then each is given its unit."""
    out: list[Number] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for m in VAGUE_FIRST_RE.finditer(text):
        out.append(Number(m.start(), m.end(), m.group(0), None, None, vague=True, word=True,
                          value_start=m.start(), value_end=m.end()))
        taken.append((m.start(), m.end()))
    for m in RANGE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        num = _between(text, m)
        if num is not None:
            out.append(num)
            taken.append((m.start(), m.end()))
    pos = 0
    while (m := SIMPLE_RE.search(text, pos)) is not None:
        pos = m.end()
        if not free(m.start(), m.end()):
            continue
        found = _simple(text, m)
        if found is not None:
            out.append(found[0])
            taken.append(found[1])
        if m.group("cur2") and (found is None or found[1][1] < m.end()):
            pos = found[1][1] if found else m.end("n1")  # "50 to $60": the sum after is read on its own
    for m in ONE_UNIT_RE.finditer(text):
        if free(m.start(), m.end()):
            num = Number(m.start(), m.end(), m.group(0), 1.0, 1.0, word=True, value_start=m.start("n1"),
                         value_end=m.end("n1"), qualified=m.group("qual") is not None, unit="distance")
            out.append(_bounded(num, text, m, None, qualifier_kind(m.group("qual"))))
            taken.append((m.start(), m.end()))
    for m in TWIN_RE.finditer(text):
        if free(m.start(), m.end()):
            out.append(Number(m.start(), m.end(), m.group(0), 2.0, 2.0, word=True,
                              value_start=m.start(), value_end=m.end()))
            taken.append((m.start(), m.end()))
    for m in VAGUE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        out.append(Number(m.start(), m.end(), m.group(0), None, None, vague=True, word=True,
                          value_start=m.start(), value_end=m.end()))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda n: n.start)
    out = _without_conversions(text, out)
    for n in out:
        _set_unit(text, n)
    return _hedged_ranges(text, sorted(out, key=lambda n: n.start))


# "at least 40 and perhaps as many as 70": a lower bound, a conjunction, a hedge, an upper
# bound; between them at most the counted noun ("at least 12 people and possibly as many as 20")
HEDGED_GAP = re.compile(r"^\s+(?:(?P<noun>[a-z]+)\s+)?(?:and|or|but)\s+"
                        r"(?:(?:perhaps|possibly|maybe|probably|potentially)\s+)?$")
NOUN_AFTER = re.compile(r"^\s+(?!(?:was|is|has|as|were|had|have|are|does|this|its|his)\b)"
                        r"(?P<noun>[a-z]+s|people|men|women|children)\b")


def _hedged_ranges(text: str, out: list[Number]) -> list[Number]:
    """Join a lower bound and a larger upper bound across a hedge into one range:
    "at least 40 and perhaps as many as 70 villagers" is 40..70. Not when a word between
    them names a measure or a state ("at least 40 killed and as many as 70 hurt"), when
    the nouns after each differ ("at least 40 villagers and as many as 70 soldiers"), or
    when the units differ."""
    merged: list[Number] = []
    for n in out:
        prev = merged[-1] if merged else None
        gap = HEDGED_GAP.match(text[prev.end:n.start]) if prev is not None else None
        if gap and not prev.vague and not n.vague and prev.unit == n.unit \
                and not AGE_BEFORE.search(text[:prev.start]) \
                and prev.low is not None and prev.high is None and n.low is None and n.high is not None \
                and n.high > prev.low and _same_counted(text, gap.group("noun"), n):
            prev.high, prev.end = n.high, n.end
            prev.text = text[prev.start:prev.end]
            prev.value2_start = n.value_start
            continue
        merged.append(n)
    return merged


def _same_counted(text: str, noun: str | None, second: Number) -> bool:
    """The word between the two bounds, if any, is the counted noun of both: a plural or
    person noun that names no measure, and the second bound counts nothing else."""
    if noun is None:
        return True
    if noun in WORD_MEASURE or not NOUN_AFTER.match(" " + noun):
        return False
    after = NOUN_AFTER.match(text[second.end:])
    return after is None or after.group("noun") == noun


def _between(text: str, m: re.Match) -> Number | None:
    """A RANGE_RE match ("between 30 and 90") as a Number; None when no count."""
    lo, hi = value(m.group("n1")), value(m.group("n2"))
    if lo is None or hi is None or never_a_count(text, m.start("n2"), m.end("n2"), m.group("n2")):
        return None
    return Number(m.start(), m.end(), m.group(0), lo, hi, qualified=True,
                  value_start=m.start("n1"), value_end=m.end("n1"), value2_start=m.start("n2"),
                  word=not m.group("n1")[0].isdigit())


def _simple(text: str, m: re.Match) -> tuple[Number, tuple[int, int]] | None:
    """A SIMPLE_RE match as a Number, with the span it takes from later rules; None
    when it is no count. The span stays the whole match even when only the second
    number is kept ("from 30 to 37")."""
    n1 = m.group("n1")
    n2 = _range_partner(text, m)
    if n2 is False:
        return None
    sep_end = m.end("n1")
    end = m.end("n2") if n2 is not None else sep_end
    start = m.start()
    v1 = value(n1)
    if v1 is None or not _first_is_count(text, m):
        return None
    if n2 is not None and never_a_count(text, m.start("n2"), m.end("n2"), n2):
        n2, end = None, sep_end
    kind = qualifier_kind(m.group("qual"))
    num = Number(start, end, text[start:end], v1, v1, word=not n1[0].isdigit(), qualified=kind is not None,
                 value_start=m.start("n1"), value_end=m.end("n1"))
    num = _bounded(num, text, m, n2, kind)
    if n1.lower().startswith("a dozen") or n1.lower().endswith("dozen"):
        num.approximate = True
    return num, (start, end)


MONEY_CHANGE_WORDS = words("money_change_words")  # "jumped $3 to $71": a change and a level


def _range_partner(text: str, m: re.Match) -> str | None | bool:
    """The second number of a SIMPLE_RE match ("5-10", "two or three"); None when
    there is none to read, False when the pair is no count at all."""
    n1, n2 = m.group("n1"), m.group("n2")
    if n2 is None:
        return None
    cur2 = m.group("cur2")
    if cur2:
        if text[max(0, m.start("n1") - 1):m.start("n1")] != cur2:
            return None  # "50 to $60": one sum of money named, not a range of two
        a, b = value(n1), value(n2)
        before = text[:m.start("n1") - 1].lower().split()[-1:]
        if a is None or b is None or not a < b <= 5 * a or (before and before[0] in MONEY_CHANGE_WORDS):
            # "jumped $3.20 to $71.40", "incomes from $80,000 to $120,000": a change and a
            # level, or a span one of whose ends is read as the other's: two sums
            return None
    sep = text[m.end("n1"):m.start("cur2") if cur2 else m.start("n2")].strip().lower()
    # "2014-15", "7-0" scores and dates are no ranges: only plain counts
    if sep == "-" and not (n1[0].isdigit() and n2[0].isdigit()):
        return None
    if sep in ("-", "\u2013"):
        a, b = value(n1), value(n2)
        if a is None or b is None or b <= a or (a >= 100 and b > 5 * a) \
                or (re.fullmatch(r"\d{3}", n1) and re.fullmatch(r"\d{4}", n2)):
            return False  # "won 3-1", "ruled 7-2", "555-1234": scores, votes, phone numbers
    return n2


def _first_is_count(text: str, m: re.Match) -> bool:
    n1 = m.group("n1")
    if n1.lower() == "one" and re.search(r"\b(?:any|no|every|each|the|this|that|which|only|last|next|another)\s*$",
                                         text[:m.start("n1")], re.I):
        return False  # "any one", "no one", "the one who"
    return not never_a_count(text, m.start("n1"), m.end("n1"), n1)


def _bounded(num: Number, text: str, m: re.Match, n2: str | None, kind: str | None) -> Number:
    """`num` with the bounds its second number or its qualifier gives."""
    v1 = num.low
    if n2 is not None:
        v2 = value(n2)
        before = text[:m.start()].rstrip().lower()
        if v2 is None:
            pass
        elif before.endswith("from") or v2 < v1:  # "rose from 30 to 37": the new figure only
            num = Number(m.start("n2"), m.end("n2"), n2, v2, v2, word=not n2[0].isdigit(),
                         value_start=m.start("n2"), value_end=m.end("n2"))
        else:
            num.low, num.high = v1, v2
            num.qualified = True
            num.value2_start = m.start("n2")
            if text[m.end("n1"):m.start("n2")].strip().lower() == "or":
                num.approximate = True
    elif kind == "lower":
        num.high = None
    elif kind == "upper":
        num.low = None
    elif kind == "approx":
        num.approximate = True
    return num


def _without_conversions(text: str, out: list[Number]) -> list[Number]:
    """`out` (sorted) without a converted value in brackets: "95 miles (152
    kilometers)" is one figure."""
    return [n for k, n in enumerate(out)
            if not (k and re.fullmatch(r"\s*[^\s()]*\s*\(\s*", text[out[k - 1].end:n.start] or "x")
                    and text[out[k - 1].end:n.start].count("(") == 1
                    and len(text[out[k - 1].end:n.start]) <= 14)]


def _set_unit(text: str, n: Number) -> None:
    """Money, distance or area, from the words around the number (or its suffix)."""
    before, after = text[:n.start], text[n.end:]
    raw = text[n.value_start:n.end]
    if re.search(r"\dkms?$", raw):
        n.unit = "distance"
        return
    if re.search(r"\dm$", raw) and not CURRENCY_BEFORE.search(before) \
            and not re.match(r"^\s+(?:[a-z]+\s+)?(?:people|[a-z]+s)\b", after):
        # "a 5m wall": metres, not millions
        n.low = n.low / 1e6 if n.low is not None else None
        n.high = n.high / 1e6 if n.high is not None else None
        n.unit = "distance"
        return
    if CURRENCY_BEFORE.search(before) or CURRENCY_AFTER.match(after) or (n.vague and CURRENCY_OF.match(after)) \
            or (CURRENCY_SCALED_AFTER.match(after) and SCALED_AMOUNT.search(raw)):
        n.unit = "money"
        cb = CURRENCY_BEFORE.search(before)
        if cb:
            n.start = cb.start()
            n.text = text[n.start:n.end]
    elif AREA_AFTER.match(after):
        n.unit = "area"
    elif DISTANCE_AFTER.match(after) or (after.startswith("-") and DISTANCE_AFTER.match(after[1:])):
        # "a 60-metre stretch", "the 40-foot mast": the unit joined by a hyphen
        n.unit = "distance"


# -- measures ------------------------------------------------------------------------
# word -> the measure it names: "fatalities" -> killed, "fled" -> displaced
WORD_MEASURE = mapping("measure_words")
# "life"/"lives" only count with "lose"/"claim": checked in figures
WEAK_WORDS = words("weak_measure_words")
# nouns that stand for "the number": the measure comes from the context
GENERIC_COUNT = words("generic_counts")
# light verbs that carry a count without naming it: "brings the toll to", "put the number at"
LIGHT_VERBS = words("light_verbs")
PERSON_NOUNS = words("person_nouns")
# heads set off with a count by commas that are a group's size, not one person's age: "the crew, 12, ..."
# Kept apart from the generic_counts and whole_counts lexicons on purpose: they hold nouns
# for one person ("person", "victim"), after which such a number is an age ("the victim,
# 34, died"); their union read that age as a toll of 34 (and changed no figure of the DUC
# 2004 / Multi-News validation sweep).
COUNT_HEADS = frozenset({"crew", "staff", "family", "team", "toll", "total", "tally", "number", "personnel", "police",
                         "group", "party", "delegation", "squad", "unit", "dozen", "hundred", "thousand", "figure",
                         "count", "death", "casualty", "injury", "fatality", "many", "some", "one", "other", "others",
                         "people", "men", "women", "children", "gunmen", "militiamen", "servicemen", "end", "result",
                         "dead", "injured", "wounded", "missing", "rest", "remainder"})


# what follows a group's count, never one person's age: "A day later, 30, most of them women, had died"
PLURAL_FOLLOWS = re.compile(r"^\s*,\s*(?:were|are|have|had|including|among|most|many|mostly|all|some|both|none|"
                            r"half|of)\b", re.I)
FRONTING_PREPS = re.compile(r"(?i:\b(?:at|in|on|by|from|inside|outside|near|across|after|before|during|among|"
                            r"within|for|under|over|beyond|behind|around))\s+$")


def _singular(noun: str) -> bool:
    """A noun that names one of a thing (a crude test: no plural -s), so a number set off
    after it by commas is its age, not a count: "her son, 8,", "the baker's daughter, 9,"."""
    return not noun.endswith("s")
ROLE_NOUNS = words("role_nouns")
# weekday and month names: "on Monday, then 27." and "by May, 40." are no names before an age
DAY_NAMES = set(mapping("weekdays")) | set(mapping("months"))
