"""Word lists kept as data, with one loader.

Each list is a file `<name>.txt` beside this module, one entry per line; `#`
starts a comment, blank lines are ignored, entries are lower-cased:

    words("report_verbs")    -> frozenset({"say", "tell", ...})
    mapping("country_abbr")  -> {"uae": "United Arab Emirates", ...}   # key<TAB>value lines

A mapping's key is lower-cased, its value kept as written. Both are read once
(cached). Regular expressions stay in code; code may build them from these words.

The lists several stages share are named here, so no stage imports another
stage's rules for them.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from types import MappingProxyType


def _folder():
    return resources.files(__name__)


def _lines(name: str):
    text = _folder().joinpath(f"{name}.txt").read_text(encoding="utf-8")
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield n, line


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of `<name>.txt`, lower-cased."""
    return frozenset(line.lower() for _n, line in _lines(name))


@lru_cache(maxsize=None)
def mapping(name: str) -> MappingProxyType:
    """`<name>.txt` read as `key<TAB>value` lines (key lower-cased); a read-only dict.

    A line without a tab, or a key given twice, is an error in the file."""
    out: dict[str, str] = {}
    for n, line in _lines(name):
        key, sep, value = line.partition("\t")
        key, value = key.strip().lower(), value.strip()
        if not sep or not key or not value:
            raise ValueError(f"lexicon {name}.txt line {n}: expected key<TAB>value, got {line!r}")
        if key in out:
            raise ValueError(f"lexicon {name}.txt line {n}: {key!r} given twice")
        out[key] = value
    return MappingProxyType(out)


def plural(noun: str) -> str:
    """The regular plural of a lexicon noun ("crash" -> "crashes", "pileup" -> "pileups").
    Hand-written: the lists hold singular nouns and these need no lemmatizer."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


REPORT_VERBS = words("report_verbs")  # lemmas of verbs that introduce what someone said
ORG_NOUNS = words("org_nouns")        # nouns that make a speaker an organisation
TITLES = words("titles")              # words before a name that are titles, not the name
MODAL_AUXILIARIES = words("modal_auxiliaries")  # "can", "could", "may", ...: a possibility, no tense of its own
PRONOUNS_PERSON = frozenset(w for w, kind in mapping("pronouns").items() if kind == "person")
PRONOUNS_GROUP = frozenset(w for w, kind in mapping("pronouns").items() if kind == "group")
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP
# nouns of happenings news counts one by one, and the kind two counts are compared under
INCIDENT_KINDS = mapping("incident_nouns")
