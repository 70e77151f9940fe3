"""The reconcile command through click's runner."""

import click
import pytest
from click.testing import CliRunner

from reconcile.cli import cli
from reconcile.store import open_db


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*prefix, name))


@pytest.mark.parametrize("path, command", list(commands(cli)), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help(path, command):
    assert command.help, f"reconcile {' '.join(path)} has no help text"
    result = run(*path, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_ingest_prints_a_summary_and_exits_zero(tmp_path, fixtures):
    result = run("ingest", fixtures / "reports", fixtures / "claims", "--manifest", fixtures / "reports" / "sources.csv",
                 "--db", tmp_path / "desk.db", "-s")
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("desk.db: 5 sources (5 new, 0 unchanged), ")
    assert summary.endswith(" 0 errors")
    again = run("ingest", fixtures / "reports", fixtures / "claims", "--manifest", fixtures / "reports" / "sources.csv",
                "--db", tmp_path / "desk.db", "-s")
    assert "5 sources (0 new, 5 unchanged)" in again.output and "(0 new)" in again.output


def test_ingest_with_a_bad_file_exits_nonzero_naming_it(tmp_path, fixtures):
    bad = fixtures / "reports" / "broken.html"
    bad.write_bytes(b"\xff\xfe\x00<\x00h\x00")
    result = run("ingest", fixtures / "reports", "--db", tmp_path / "desk.db", "-s")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: ")
    assert open_db(tmp_path / "desk.db")["sources"].count == 3


def test_ingest_needs_paths_or_a_manifest(tmp_path):
    result = run("ingest", "--db", tmp_path / "desk.db")
    assert result.exit_code == 2 and "give PATHS or --manifest" in result.output


def test_a_file_that_is_not_a_desk_is_refused(tmp_path, fixtures):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are my notes, not a database\n" * 100)
    result = run("ingest", fixtures / "reports", "--db", not_a_db)
    assert result.exit_code == 1
    assert f"{not_a_db}: cannot open the desk database" in result.output
    assert not_a_db.read_text().startswith("these are my notes")


def test_cluster_recomputes_and_reports(desk):
    result = run("cluster", "--db", desk)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("desk.db: ") and " events, " in result.output


def test_serve_refuses_a_missing_desk(tmp_path):
    result = run("serve", "--db", tmp_path / "nope.db")
    assert result.exit_code == 1 and "no such desk" in result.output
