"""bench.entities end to end on a fictional two-sentence document in GUM's CoNLL-U form
(the benchmark once broke on a missing import and nothing noticed)."""
import bench.entities as be

# Fictional: an invented mayor and town, entity column as GUM writes it (group-type-...-identity).
DOC = """# text = Mayor Ilse Varga visited Dornholm .
1\tMayor\tmayor\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-x-x-x-Ilse_Varga
2\tIlse\tIlse\tPROPN\tNNP\t_\t3\tflat\t_\t_
3\tVarga\tVarga\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)
4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
5\tDornholm\tDornholm\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(2-place-new-x-x-x-x-Dornholm)
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = Varga said Dornholm would rebuild its harbour .
1\tVarga\tVarga\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-x-x-x-x-Ilse_Varga)
2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
3\tDornholm\tDornholm\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=(2-place-giv-x-x-x-x-Dornholm)
4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_
5\trebuild\trebuild\tVERB\tVB\t_\t2\tccomp\t_\t_
6\tits\tits\tPRON\tPRP$\t_\t7\tnmod:poss\t_\t_
7\tharbour\tharbour\tNOUN\tNN\t_\t5\tobj\t_\t_
8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""


def test_reads_gold_names_and_scores_both_systems(tmp_path, monkeypatch):
    (tmp_path / "GUM_news_fictional.conllu").write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(be, "DATA", tmp_path)
    gold = be.read_doc(tmp_path / "GUM_news_fictional.conllu")
    assert [n[:2] for n in gold[0][2]] == [(0, 2), (4, 4)] and [n[:2] for n in gold[1][2]] == [(0, 0), (2, 2)]
    stats = be.evaluate(["spaCy", "newsbrief"])
    assert stats["newsbrief"]["gold"] == 4 and stats["newsbrief"]["tp"] >= 2
