"""Helpers to write a fictional cluster's articles.jsonl and gold.json (round 4)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[1]

def R(a, s): return {"article": a, "snippet": s}

def write(cluster, articles, gold):
    d = ROOT / cluster
    d.mkdir(exist_ok=True)
    with open(d / "articles.jsonl", "w") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    figs = [dict(R(a, s), measure=m, low=lo, high=hi, **({"vague": True} if v else {})) for a, s, m, lo, hi, *v in gold.pop("F")]
    claims = [dict(R(a, s), speaker=sp, stance=st) for a, s, sp, st in gold.pop("C")]
    times = [dict(R(a, s), text=t, value=v) for a, s, t, v in gold.pop("T")]
    ents = [{"name": n, "type": t, "aliases": al} for n, t, al in gold.pop("E")]
    out = {"cluster": cluster, "note": gold["note"], "source": gold["source"],
           "published": {a["id"]: a["published"] for a in articles if a.get("published")},
           "must_remove": gold["must_remove"], "must_keep": gold["must_keep"],
           "not_in_summary": gold["not_in_summary"], "duplicates": gold["duplicates"],
           "no_figures_from": gold.get("no_figures_from", []), "entities": ents, "times": times,
           "periods": gold["periods"], "events": gold["events"], "figures": figs, "claims": claims,
           "conflicts": gold["conflicts"], "summary_must_cover": gold["summary_must_cover"],
           "summary_max_words": 250, "no_invented_year": gold["no_invented_year"]}
    (d / "gold.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")

def check(articles, gold):
    """Round 5: every entity alias is a surface form some article writes, and each article
    is 350-700 words (call before write, which consumes gold's E/F/C/T lists)."""
    import re
    body = " ".join(a["text"] for a in articles).lower().replace("\u2019", "'")
    absent = [al for _, _, als in gold["E"] for al in als if al.lower() not in body]
    assert not absent, absent
    for a in articles:
        n = len(a["text"].split())
        assert 350 <= n <= 700, (a["id"], n)
    names = {x.lower() for n, _, als in gold["E"] for x in [n, *als]}
    bad = [c for c in gold["C"] if c[2].lower() not in names]
    assert not bad, bad
    ids = {a["id"] for a in articles}
    texts = {a["id"]: re.sub(r"\s+", " ", a["text"]).lower() for a in articles}
    for key in ("F", "C", "T"):
        for item in gold[key]:
            assert re.sub(r"\s+", " ", item[1]).lower() in texts[item[0]], (key, item)
    for a in articles:
        print(a["id"], len(a["text"].split()), "words")
