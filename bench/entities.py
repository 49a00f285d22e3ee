"""Entity bench on GUM news (Wikinews, gold entities + coreference), all 24 news docs.

Gold "named mentions": GUM entity mentions carrying a Wikipedia identity and at least
one PROPN token; the name span is the first..last PROPN token inside the mention.
A predicted mention matches a gold one when they overlap and end on the same token.
Type map: person->PERSON, organization->ORG, place->GPE/LOC/FAC, event->EVENT.
Alias merging precision: over pairs of matched predicted mentions that the system puts
in one entity (within a document), the share that GUM also puts in one entity.
Baseline "spaCy": raw doc.ents; its "merging" is identical surface text.

Run: .venv/bin/python -m bench.entities   (needs ../shared beside the clone)
"""
from __future__ import annotations

import re
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gum_news_entities" / "docs"
TYPEMAP = {"person": {"PERSON"}, "organization": {"ORG"}, "place": {"GPE", "LOC", "FAC"},
           "event": {"EVENT"}}


def read_doc(path):
    sents = []  # (text, tokens[(start, end, upos)], gold[(tok_s, tok_e, grp, type)])
    text, toks, open_, gold = None, [], {}, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[9:]
        elif not line.strip():
            if text is not None:
                sents.append((text, toks, gold))
            text, toks, open_, gold = None, [], {}, []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            pos = text.find(cols[1], toks[-1][1] if toks else 0)
            if pos < 0:
                pos = toks[-1][1] if toks else 0
            i = len(toks)
            toks.append((pos, pos + len(cols[1]), cols[3]))
            m = re.search(r"Entity=([^|]+)", cols[9])
            if m:
                for op in re.finditer(r"\((\d+)-(\w+)-[^()]*?(\))?(?=\(|\d+\)|$)", m.group(1)):
                    fields = op.group(0).strip("()").split("-")
                    ident = len(fields) >= 8 and fields[7]
                    rec = [i, i, op.group(1), op.group(2), bool(ident)]
                    if op.group(3):
                        gold.append(rec)
                    else:
                        open_.setdefault(op.group(1), []).append(rec)
                for cl in re.findall(r"(?<![\w-])(\d+)\)", re.sub(r"\([^()]*\)", "", m.group(1))):
                    if open_.get(cl):
                        rec = open_[cl].pop()
                        rec[1] = i
                        gold.append(rec)
    out = []
    for text, toks, gold in sents:
        names = []
        for s, e, grp, typ, ident in gold:
            props = [k for k in range(s, e + 1) if toks[k][2] == "PROPN"]
            if ident and props and typ in TYPEMAP:
                names.append((props[0], props[-1], grp, typ))
        out.append((text, toks, names))
    return out


def tok_span(toks, start, end):
    ids = [k for k, (a, b, _) in enumerate(toks) if a < end and start < b]
    return (ids[0], ids[-1]) if ids else None


def evaluate(systems):
    from newsbrief.stages import entities
    from newsbrief.stages import parse
    from newsbrief.ids import Unique, sentence_id
    from newsbrief.context import Context
    from newsbrief.model import Article, Brief, Sentence
    from newsbrief.pipeline import run_stage

    stats = {name: dict(tp=0, tp_typed=0, pred=0, gold=0, pairs=0, good=0) for name in systems}
    for path in sorted(DATA.glob("GUM_news_*.conllu")):
        doc = read_doc(path)
        brief = Brief(articles=[Article(id="d", source=path.name)])
        unique = Unique()
        brief.sentences = [Sentence(id=unique(sentence_id("d", t)), article="d", text=t, position=i)
                           for i, (t, _, _) in enumerate(doc)]
        number = {s.id: s.position for s in brief.sentences}
        ctx = Context()
        run_stage(parse.STAGE, brief, ctx)
        run_stage(entities.STAGE, brief, ctx)
        preds = {"spaCy": [], "newsbrief": []}
        for i, (t, toks, names) in enumerate(doc):
            for e in ctx.doc(brief.sentences[i].id).ents:
                if e.label_ in entities.TYPES:
                    preds["spaCy"].append((i, e.start_char, e.end_char, e.label_, "txt:" + e.text))
        for ent in brief.entities:
            for m in ent.mentions:
                preds["newsbrief"].append((number[m.sentence], m.start, m.end, ent.type, ent.id))
        for name in systems:
            st = stats[name]
            st["gold"] += sum(len(n) for _, _, n in doc)
            matched = []
            for i, a, b, label, cluster in preds[name]:
                st["pred"] += 1
                toks, names = doc[i][1], doc[i][2]
                sp = tok_span(toks, a, b)
                hit = None
                if sp:
                    for gs, ge, grp, typ in names:
                        if sp[1] == ge and sp[0] <= ge and gs <= sp[1]:
                            hit = (grp, typ)
                            break
                if hit:
                    st["tp"] += 1
                    st["tp_typed"] += label in TYPEMAP[hit[1]]
                    matched.append((cluster, hit[0]))
            for (c1, g1), (c2, g2) in combinations(matched, 2):
                if c1 == c2:
                    st["pairs"] += 1
                    st["good"] += g1 == g2
    return stats


def main():
    if not DATA.is_dir():
        print(f"bench.entities: GUM data missing at {DATA} (../shared must sit beside the clone)",
              file=sys.stderr)
        return 2
    stats = evaluate(["spaCy", "newsbrief"])
    print(f"GUM news, {len(list(DATA.glob('GUM_news_*.conllu')))} docs; gold = named (PROPN, Wikified) mentions")
    print(f"{'system':<10} {'P':>6} {'R':>6} {'F1':>6} {'P typed':>8} {'R typed':>8} {'merge P':>8} {'pairs':>6}")
    for name, st in stats.items():
        p = st["tp"] / st["pred"] if st["pred"] else 0
        r = st["tp"] / st["gold"] if st["gold"] else 0
        f = 2 * p * r / (p + r) if p + r else 0
        pt = st["tp_typed"] / st["pred"] if st["pred"] else 0
        rt = st["tp_typed"] / st["gold"] if st["gold"] else 0
        mp = st["good"] / st["pairs"] if st["pairs"] else 0
        print(f"{name:<10} {p:6.3f} {r:6.3f} {f:6.3f} {pt:8.3f} {rt:8.3f} {mp:8.3f} {st['pairs']:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
