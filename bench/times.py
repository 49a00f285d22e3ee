"""Time normalisation on TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT, TimeML).

For every DATE TIMEX3 in the text (the document creation time excluded), given
the document creation time (DCT) as anchor:

* newsbrief: `time_grammar.find(..., timeml=True)` over the whole document (extent
  found by us, then normalised). `timeml=True` adds what only TimeML can write
  (PRESENT_REF / PAST_REF / FUTURE_REF, seasons) and the readings that need the
  text before (earnings-report quarters, "that year"); the brief's `times[]` never
  asks for them (see `time_refs`). A gold timex counts as correct when a found expression overlaps it
  (relaxed match) and its value, written the TimeML way, equals the gold value.
  Value precision / recall / F1 as in TempEval-3 ("value F1", relaxed match).
* plain dateparser on the *gold* extents (given the extent for free), with
  RELATIVE_BASE = DCT and its own granularity (day / week / month / year).

Target: HeidelTime's published value F1 of 77.6 (TempEval-3, platinum test set,
relaxed match: a different, small test set, so the figures are indicative).

    python -m bench.times [--limit N]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "tempeval3_tbaq_timeml"
HEIDELTIME_VALUE_F1 = 77.6
EXPRESSIBLE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-Q\d|\d{3}X?|\d{2})$")


def read_tml(path: Path):
    """(dct, text, [(start, end, type, value, mention)]) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value")[:10]
    text_el = root.find("TEXT")
    parts: list[str] = []
    timexes = []

    def walk(el):
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(map(len, parts))
            walk(child)
            end = sum(map(len, parts))
            if child.tag == "TIMEX3":
                timexes.append((start, end, child.get("type"), child.get("value"), "".join(parts)[start:end]))
            if child.tail:
                parts.append(child.tail)

    walk(text_el)
    return dct, "".join(parts), timexes


def timeml(value: str | None) -> str | None:
    """Our contract value written the TimeML way: a Monday-Sunday range is an ISO
    week, a range inside one month starting on the 1st is that month, a quarter
    range is a quarter, a decade or century range is a decade or century; other ranges keep their start."""
    if not value or "/" not in value:
        return value
    a, b = value.split("/", 1)
    if len(a) == 4 and len(b) == 4 and a.endswith("00") and b.endswith("99"):
        return a[:2]  # a century
    if len(a) == 4 and len(b) == 4 and a.endswith("0") and b.endswith("9"):
        return a[:3]  # TimeML 1.2 writes a decade with its first three digits
    try:
        da, db = date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return a
    if da.weekday() == 0 and db - da == timedelta(days=6):
        y, w, _ = da.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if da.weekday() == 5 and db - da == timedelta(days=1):
        y, w, _ = da.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if da.day == 1 and da.month in (1, 4, 7, 10) and (db.month - da.month) == 2 and db.year == da.year \
            and (db + timedelta(days=1)).day == 1:
        return f"{da.year:04d}-Q{(da.month - 1) // 3 + 1}"
    if (da.month, da.day) == (1, 1) and da.year == db.year and (db - da).days > 40:
        return f"{da.year:04d}"
    if da.day == 1 and (da.year, da.month) == (db.year, db.month):
        return f"{da.year:04d}-{da.month:02d}"
    return a


def same_decade_notation(value: str | None) -> str | None:
    """The gold writes a decade both ways, "197" (TimeML 1.2) and "197X" (older
    TIMEX2 style): one notation for comparing."""
    return value[:3] if value and re.fullmatch(r"\d{3}X", value) else value


def dateparser_value(mention: str, dct: str, parser, cache: dict) -> str | None:
    key = (mention, dct)
    if key in cache:
        return cache[key]
    base = datetime.fromisoformat(dct)
    value = None
    try:
        data = parser.get_date_data(mention, date_formats=None)
    except Exception:  # dateparser raises on odd input
        data = None
    if data and data.date_obj:
        d = data.date_obj
        period = data.period or "day"
        if period == "year":
            value = f"{d.year:04d}"
        elif period == "month":
            value = f"{d.year:04d}-{d.month:02d}"
        elif period == "week":
            y, w, _ = d.isocalendar()
            value = f"{y:04d}-W{w:02d}"
        else:
            value = d.date().isoformat()
    cache[key] = value
    return value


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--limit", type=int, default=0, help="only the first N documents")
    a = p.parse_args(argv)
    if not DATA.is_dir():
        print(f"bench.times: {DATA} is missing: ../shared must sit beside the clone", file=sys.stderr)
        return 2
    files = sorted(DATA.glob("*/*.tml"))
    if a.limit:
        files = files[:a.limit]
    if not files:
        print(f"bench.times: no .tml files under {DATA}", file=sys.stderr)
        return 2

    import dateparser

    from newsbrief import resources as nlp
    from newsbrief.timex.grammar import find

    model = nlp.load()
    started = time.perf_counter()
    totals = {"gold": 0, "found": 0, "correct": 0, "predicted": 0, "predicted_on_gold": 0,
              "dp_correct": 0, "dp_answered": 0, "expressible": 0, "expressible_correct": 0,
              "expressible_dp": 0}
    per_corpus: dict[str, dict] = {}
    misses: list[tuple] = []
    dp_cache: dict = {}
    parsers: dict = {}
    for path in files:
        dct, text, timexes = read_tml(path)
        corpus = path.parent.name
        pc = per_corpus.setdefault(corpus, {"gold": 0, "correct": 0, "predicted": 0, "dp_correct": 0})
        doc = model(text)
        found = find(text, dct, doc, timeml=True)
        gold_dates = [t for t in timexes if t[2] == "DATE"]
        any_gold = [t for t in timexes]
        for f in found:
            totals["predicted"] += 1
            pc["predicted"] += 1
            if any(f.start < e and s < f.end for s, e, typ, *_ in any_gold if typ == "DATE"):
                totals["predicted_on_gold"] += 1
        if dct not in parsers:
            parsers[dct] = dateparser.date.DateDataParser(
                languages=["en"], settings={"RELATIVE_BASE": datetime.fromisoformat(dct),
                                            "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False})
        for s, e, typ, value, mention in gold_dates:
            value = same_decade_notation(value)
            totals["gold"] += 1
            pc["gold"] += 1
            over = [f for f in found if f.start < e and s < f.end]
            if over:
                totals["found"] += 1
            ours = [timeml(f.value) for f in over]
            expressible = bool(EXPRESSIBLE.match(value or ""))
            totals["expressible"] += expressible
            if value in ours:
                totals["correct"] += 1
                totals["expressible_correct"] += expressible
                pc["correct"] += 1
            else:
                misses.append((mention, value, ours, dct))
            dp = dateparser_value(mention, dct, parsers[dct], dp_cache)
            if dp is not None:
                totals["dp_answered"] += 1
            if dp == value:
                totals["dp_correct"] += 1
                totals["expressible_dp"] += expressible
                pc["dp_correct"] += 1
    elapsed = time.perf_counter() - started

    g = totals["gold"]
    precision = totals["correct"] / totals["predicted"] if totals["predicted"] else 0.0
    recall = totals["correct"] / g if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"TempEval-3 TBAQ-cleaned: {len(files)} documents, {g} DATE TIMEX3 in the text "
          f"(DCT excluded), anchored to each document's DCT; {elapsed:.1f}s")
    print(f"  newsbrief   extent found (relaxed) {totals['found'] / g:6.1%}   value accuracy {recall:6.1%}"
          f"   value P {precision:6.1%}  R {recall:6.1%}  F1 {f1:6.1%}")
    print(f"              {totals['predicted']} expressions predicted, "
          f"{totals['predicted_on_gold'] / max(1, totals['predicted']):.1%} of them on a gold DATE")
    print(f"  dateparser  on the gold extents (extent given): value accuracy "
          f"{totals['dp_correct'] / g:6.1%}  (answered {totals['dp_answered'] / g:.1%})")
    e = totals["expressible"]
    print(f"  on the {e} gold values a brief can express (a day, month, year, ISO week, quarter, "
          f"decade or century; not PRESENT_REF, seasons, times of day, XX): newsbrief "
          f"{totals['expressible_correct'] / max(1, e):6.1%}   dateparser {totals['expressible_dp'] / max(1, e):6.1%}")
    for corpus, pc in sorted(per_corpus.items()):
        print(f"    {corpus:9s} {pc['gold']:5d} gold   newsbrief value accuracy {pc['correct'] / max(1, pc['gold']):6.1%}"
              f"   dateparser {pc['dp_correct'] / max(1, pc['gold']):6.1%}")
    print(f"  target: HeidelTime value F1 {HEIDELTIME_VALUE_F1} (TempEval-3 platinum, relaxed; "
          f"another test set, indicative only)")
    print("  newsbrief read with find(timeml=True): PRESENT/PAST/FUTURE_REF, seasons and earnings quarters "
          "included (never in the brief's times[]); XXXX-WXX, halves and times of day count as misses.")
    if "-v" in sys.argv or "--verbose" in sys.argv:
        for m in misses:
            print("   miss", m)
    return 0


if __name__ == "__main__":
    sys.exit(main([x for x in sys.argv[1:] if x not in ("-v", "--verbose")]))
