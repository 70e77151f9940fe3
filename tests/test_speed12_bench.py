"""The extraction benchmark's real-report figure (--corpus): reports read as ingest reads them, repeated to a
size, and the share of sentences that give a claim. Texts in our own words."""

from reconcile.benchmarks import extract as bench
from reconcile.benchmarks.extract import claim_density, measure, real_sources, source

ONE = ("Gunmen attacked a checkpoint in Kunduz on Monday, killing four police officers, officials said.\n\n"
       "The road was closed for the rest of the day.\n\nResidents said the market stayed shut.\n")
TWO = "A roadside bomb wounded six soldiers in Khost on Friday.\n\nThe army said it would investigate.\n"


def _folder(tmp_path):
    (tmp_path / "a.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "path,title,publisher,author,url,published\n"
        "a.txt,Checkpoint attack,Test Wire,,,2024-03-04\n"
        "b.txt,Roadside bomb,Test Daily,,,2024-03-08\n", encoding="utf-8")
    return tmp_path


def test_reports_repeated_in_order_to_the_size(tmp_path):
    got = real_sources([str(_folder(tmp_path))], 0.001)  # 1,000 bytes: the two reports, again and again
    assert [s.title for s in got[:4]] == ["Checkpoint attack", "Roadside bomb", "Checkpoint attack", "Roadside bomb"]
    assert sum(len(s.text.encode()) for s in got) >= 1000
    assert sum(len(s.text.encode()) for s in got[:-1]) < 1000  # no report past the size
    assert got[0].published == "2024-03-04" and got[1].publisher == "Test Daily"


def test_share_of_sentences_giving_a_claim():
    # five sentences, two of them with a toll
    assert claim_density([source(ONE), source(TWO)]) == 2 / 5
    assert claim_density([source("Nothing happened here.\n")]) == 0.0


def test_measure_counts_every_source_once():
    size, words, claims, cpu, wall = measure([source(ONE), source(TWO)], warm=2)
    assert size == len(ONE.encode()) + len(TWO.encode())
    assert words == len(ONE.split()) + len(TWO.split())
    assert claims >= 2 and cpu >= 0 and wall >= 0


def test_synthetic_figure_unchanged_without_corpus(capsys, monkeypatch):
    monkeypatch.setattr(bench, "pathological_lines", lambda: {})
    bench.main(["--mb", "0.01"])
    out = capsys.readouterr().out
    assert out.startswith("corpus: ") and "words/s per core (target >= 200,000)" in out
    assert "real reports" not in out and "sentences giving a claim" not in out
