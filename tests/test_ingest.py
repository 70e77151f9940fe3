"""Ingest end to end on real SQLite files: idempotent, exact provenance, nothing half-written."""

import sqlite3
from pathlib import Path

import pytest
from conftest import build_desk

from reconcile.ingest import ingest
from reconcile.store import open_db

TABLES = ("sources", "claims", "events", "conflicts", "decisions")


def dump(path):
    db = open_db(path)
    try:
        return {t: sorted(map(repr, db.execute(f"select * from [{t}]").fetchall())) for t in TABLES}
    finally:
        db.close()


def test_fixture_desk_has_sources_claims_and_metadata(desk):
    db = open_db(desk)
    sources = {r["origin"].rsplit("/", 1)[-1]: r for r in db["sources"].rows}
    assert set(sources) == {"airport-ledger.txt", "airport-wire.md", "hostile.txt",
                            ["tv", "evening-bulletin-2021-08-27"][-1], "morning-news-2021-08-28"}
    ledger = sources["airport-ledger.txt"]
    assert (ledger["publisher"], ledger["published"], ledger["author"]) == ("Kabul Ledger", "2021-08-27", "R. Ahmadi")
    wire = sources["airport-wire.md"]  # manifest leaves title/date empty: the front matter gives them
    assert (wire["title"], wire["published"], wire["publisher"]) == (
        "Families search hospitals after Kabul airport blast", "2021-08-28", "Frontier Wire")
    assert not wire["text"].startswith("---")
    assert db["claims"].count_where("source_id = ?", [ledger["id"]]) >= 2


def test_every_claim_points_at_its_evidence(desk):
    db = open_db(desk)
    rows = db.execute(
        "select c.span_start, c.span_end, c.quote, s.text, c.kind from claims c join sources s on s.id = c.source_id"
    ).fetchall()
    assert rows
    for start, end, quote, text, kind in rows:
        assert 0 <= start < end <= len(text), (kind, quote)
        evidence = text[start:end]
        assert evidence.strip() and evidence in quote and quote in text


def test_hand_entered_claims_keep_provenance_and_validation(desk):
    db = open_db(desk)
    (row,) = db.execute(
        "select s.text, c.span_start, c.span_end, c.value_low, c.value_high, c.claimant_role, c.extractor "
        "from claims c join sources s on s.id = c.source_id where s.origin = 'tv/evening-bulletin-2021-08-27' "
        "and c.kind = 'injured'").fetchall()
    text, start, end, low, high, role, extractor = row
    assert text[start:end] == "more than 140 wounded"
    assert (low, high, role, extractor) == (140, None, "official", "manual")


def test_reingesting_the_same_files_changes_nothing(desk, fixtures):
    before = dump(desk)
    db = open_db(desk)
    result = ingest(db, [fixtures / "reports", fixtures / "claims"], fixtures / "reports" / "sources.csv")
    db.close()
    assert (result.new_sources, result.new_claims, result.errors) == (0, 0, [])
    assert result.unchanged_sources == 5
    assert dump(desk) == before


def test_bad_files_are_reported_and_good_files_still_ingested(tmp_path, fixtures):
    reports = fixtures / "reports"
    (reports / "empty.txt").write_text("")
    (reports / "scan.txt").write_bytes(b"%PDF-1.4 \x00\x01")
    (reports / "legacy.txt").write_bytes("Kondoz \u2013 blast".encode("cp1252"))
    (fixtures / "claims" / "typo.yaml").write_text(
        "source: {origin: tv/x}\nclaims:\n  - {kind: killed, value_low: 3, quote: q, vicitms: police}\n")
    result = build_desk(tmp_path / "d.db", reports, fixtures / "claims")
    messages = sorted((Path(e.path).name, str(e)) for e in result.errors)
    assert [name for name, _ in messages] == ["empty.txt", "legacy.txt", "scan.txt", "typo.yaml"]
    assert all(message.startswith(str(fixtures)) and "\n" not in message for _, message in messages)
    assert "vicitms: Extra inputs are not permitted" in messages[-1][1]
    assert result.new_sources == 5 and result.totals["claims"] > 0


def test_a_failed_write_leaves_the_desk_as_it_was(desk, fixtures):
    before = dump(desk)
    db = open_db(desk)
    # A real SQLite failure half-way through the write (as a full disk would raise).
    db.execute("create trigger refuse before insert on claims when new.quote like '%Mazar%' "
               "begin select raise(abort, 'disk I/O error'); end")
    (fixtures / "new.txt").write_text("Officials said 9 people were killed in a blast in Mazar-i-Sharif on Monday.")
    (fixtures / "other.txt").write_text("Police said 3 people were injured in Herat on Sunday.")
    with pytest.raises(sqlite3.IntegrityError, match="disk I/O error"):
        ingest(db, [fixtures / "other.txt", fixtures / "new.txt"])
    db.execute("drop trigger refuse")
    db.close()
    assert dump(desk) == before


def test_a_corrected_report_replaces_its_old_version(tmp_path):
    report = tmp_path / "update.txt"
    report.write_text("Officials said 7 people were killed in a bombing in Kunduz on Friday.")
    build_desk(tmp_path / "d.db", report)
    report.write_text("Officials said 46 people were killed in a bombing in Kunduz on Friday.")
    result = build_desk(tmp_path / "d.db", report)
    db = open_db(tmp_path / "d.db")
    assert result.new_sources == 1 and db["sources"].count == 1
    assert [r["value_low"] for r in db.query("select value_low from claims where kind = 'killed'")] == [46]


def test_manifest_alone_lists_the_reports(tmp_path, fixtures):
    manifest = fixtures / "reports" / "sources.csv"
    with manifest.open("a") as f:
        f.write("missing.txt,Gone,Nobody,,,2021-01-01\n")
    result = build_desk(tmp_path / "d.db", manifest=manifest)
    assert result.new_sources == 3
    assert [str(e) for e in result.errors] == [f"{manifest.parent / 'missing.txt'}: listed in {manifest} but not found"]


def test_a_manifest_row_with_an_impossible_date_leaves_out_only_its_report(tmp_path, fixtures):
    manifest = fixtures / "reports" / "sources.csv"
    reports = sorted(p for p in manifest.parent.iterdir() if p.name != manifest.name and not p.name.startswith("."))
    lines = manifest.read_text().splitlines()
    bad_row = next(k for k, line in enumerate(lines[1:], start=1) if line.split(",")[0] == reports[0].name)
    fields = lines[bad_row].split(",")
    lines[bad_row] = ",".join(fields[:-1] + ["2021-02-30"])
    manifest.write_text("\n".join(lines) + "\n")
    result = build_desk(tmp_path / "d.db", manifest=manifest)
    assert [str(e) for e in result.errors] == [
        f"{reports[0].resolve()}: not ingested: {manifest}: row {bad_row + 1}: published is not a real date: '2021-02-30'"]
    assert result.new_sources == 2  # the other rows' reports
    origins = [r[0] for r in sqlite3.connect(tmp_path / "d.db").execute("select origin from sources")]
    assert not any(o.endswith(reports[0].name) for o in origins)


def test_claim_file_may_annotate_a_report_already_on_the_desk(desk, tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("source: {origin: airport-ledger.txt}\nclaims:\n"
                     "  - {kind: attribution, entity: ISIS-K, quote: 'The Islamic State Khorasan Province claimed "
                     "responsibility for the attack.', claimant_role: perpetrator}\n")
    missing = tmp_path / "missing.yaml"
    missing.write_text("source: {origin: nowhere.txt}\nclaims:\n  - {kind: killed, value_low: 1, quote: q}\n")
    db = open_db(desk)
    result = ingest(db, [extra, missing])
    assert [str(e) for e in result.errors] == [
        f"{missing}: missing source: no report with origin 'nowhere.txt' on the desk or in this run"]
    (row,) = db.execute("select s.origin, c.extractor from claims c join sources s on s.id = c.source_id "
                        "where c.kind = 'attribution' and c.extractor = 'manual' and s.origin like '%ledger%'").fetchall()
    assert row[0].endswith("airport-ledger.txt")


def test_a_folder_scan_skips_readme_manifest_and_reference_data(tmp_path, fixtures):
    claims = fixtures / "claims"
    (claims / "README.md").write_text("# Notes on these claim files\n\nNothing to extract here, 9 killed.\n")
    (claims / "aliases.yaml").write_text("actors:\n  - {id: NEWGROUP, aliases: [New Group]}\n")
    (claims / "gazetteer.yaml").write_text("places:\n  - {name: Newtown, type: city, country: Afghanistan}\n")
    (claims / ".draft.yaml").write_text("not: [valid")
    result = build_desk(tmp_path / "d.db", claims)
    assert result.errors == []
    assert result.new_sources == 2  # broadcast.yaml and broadcast.csv only


def test_a_hand_entered_claim_the_extractor_also_found_keeps_what_the_editor_typed(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "market.txt").write_text(
        "Market blast\n\nPolice said 9 people were killed in the blast at the market in Jalalabad on Monday.\n",
        encoding="utf-8")
    (reports / "market-claims.yaml").write_text(
        "source:\n  origin: market.txt\nclaims:\n  - kind: killed\n    value_low: 9\n    value_high: 9\n"
        "    value_text: '9 people were killed'\n    victims: people\n"
        "    quote: 'Police said 9 people were killed in the blast at the market in Jalalabad on Monday.'\n"
        "    claimant: district police\n    claimant_role: official\n", encoding="utf-8")
    path = tmp_path / "desk.db"
    for _ in range(2):  # the second run changes nothing
        db = open_db(path)
        try:
            assert ingest(db, [reports]).errors == []
        finally:
            db.close()
        con = sqlite3.connect(path)
        rows = con.execute("select extractor, claimant, event_id is not null from claims where kind = 'killed'").fetchall()
        con.close()
        assert rows == [("manual", "district police", 1)]
