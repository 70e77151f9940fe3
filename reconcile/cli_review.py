"""CLI twins of the review pages: editors, decisions, export.

Registered on the main ``reconcile`` group by :func:`register`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import store


def _db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=str(store.DEFAULT_DB), show_default=True,
        help="The desk database (SQLite file).",
    )(fn)


def _open(db_path: str):
    try:
        return store.open_db(db_path, create=False)
    except FileNotFoundError:
        raise click.ClickException(f"{db_path}: no such desk; build one with 'reconcile ingest' or 'reconcile demo'") from None


def read_password(stream=None) -> str:
    """From standard input when it is not a terminal (first line), else prompted twice."""
    stream = stream or sys.stdin
    if not stream.isatty():
        line = stream.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise click.ClickException("no password on standard input")
        return password
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@click.group()
def editor():
    """Editors: who may record decisions (passwords kept only as hashes in the desk)."""


@editor.command("add")
@click.argument("name")
@_db_option
@click.option("--replace", is_flag=True, help="Set a new password for an existing editor.")
def editor_add(name, db_path, replace):
    """Add editor NAME. The password is read from standard input when it is not a terminal,
    otherwise prompted for twice."""
    from .auth import EditorError, add_editor, check_name

    try:
        check_name(name)
    except EditorError as e:
        raise click.ClickException(str(e)) from None
    db = _open(db_path)
    password = read_password()
    try:
        new = add_editor(db, name, password, replace=replace)
    except EditorError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{'added' if new else 'updated'} editor {name} on {Path(db_path).name}")


@editor.command("list")
@_db_option
def editor_list(db_path):
    """List the desk's editors."""
    from .auth import list_editors

    for e in list_editors(_open(db_path)):
        click.echo(f"{e['name']}\t{'active' if e['active'] else 'removed'}\tsince {e['created_at']}")


@editor.command("remove")
@click.argument("name")
@_db_option
def editor_remove(name, db_path):
    """Revoke NAME's right to decide (their decisions stay)."""
    from .auth import EditorError, remove_editor

    try:
        remove_editor(_open(db_path), name)
    except EditorError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"removed editor {name}")


@click.command()
@click.argument("action", type=click.Choice(["prefer", "value", "clear", "deprecate", "restore", "resolve",
                                             "unresolve", "merge", "split"]))
@click.argument("target")
@click.option("--kind", help="Claim kind (prefer, value, clear).")
@click.option("--victims", help="Victim group (prefer, value, clear).")
@click.option("--claim", "claim_id", help="The preferred claim's id (prefer).")
@click.option("--low", type=click.IntRange(min=0), help="Lowest value (value).")
@click.option("--high", type=click.IntRange(min=0), help="Highest value (value); omit with --open.")
@click.option("--open", "open_", is_flag=True, help="The value is open above (value).")
@click.option("--from", "merge_from", help="Event to merge into TARGET (merge).")
@click.option("--claims", "split_claims", multiple=True, help="Claim to split off (split; repeat).")
@click.option("-r", "--rationale", required=True, help="Why: required for every decision.")
@click.option("--editor", "editor_name", required=True, help="The deciding editor (must be an active editor).")
@_db_option
def decide(action, target, kind, victims, claim_id, low, high, open_, merge_from, split_claims, rationale,
           editor_name, db_path):
    """Record a decision on TARGET (event:ID, subject:NAME, claim:ID or conflict:ID).

    \b
    reconcile decide prefer event:e123 --kind killed --claim c456 -r "officials on site" --editor ana
    reconcile decide value event:e123 --kind killed --low 7 -r "hospital list" --editor ana
    reconcile decide deprecate claim:c789 -r "misread figure" --editor ana
    reconcile decide resolve conflict:k1 -r "revision, not contradiction" --editor ana
    """
    from .auth import is_editor
    from .decisions import DecisionError, record, utc_now
    from .models import Decision

    db = _open(db_path)
    if not is_editor(db.conn, editor_name):
        raise click.ClickException(f"{editor_name!r} is not an active editor of {Path(db_path).name}")
    if action == "value" and low is not None and high is None and not open_:
        high = low
    detail = None
    if action == "merge":
        detail = json.dumps({"from": merge_from})
    elif action == "split":
        detail = json.dumps({"claims": sorted(split_claims)})
    try:
        d = record(db, Decision(target=target, action=action, kind=kind, victims=victims,
                                preferred_claim_id=claim_id, value_low=low, value_high=high, detail=detail,
                                rationale=rationale, actor=editor_name, decided_at=utc_now()))
    except (DecisionError, ValueError) as e:
        raise click.ClickException(str(e).splitlines()[0]) from None
    click.echo(f"decision {d.id}: {d.action} {d.target} by {d.actor}")


@click.group()
def decisions():
    """Decisions as a reviewable file (YAML or JSON), for backup and review."""


@decisions.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@_db_option
def decisions_export(file, db_path):
    """Write every decision to FILE (.yaml or .json)."""
    from .decisions import export_decisions

    n = export_decisions(_open(db_path), file)
    click.echo(f"{n} decisions written to {file}")


@decisions.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_db_option
def decisions_import(file, db_path):
    """Append the decisions in FILE that the desk does not have yet, and apply them."""
    from .decisions import DecisionError, import_decisions

    try:
        added, skipped = import_decisions(_open(db_path), file)
    except DecisionError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{added} decisions imported, {skipped} already on the desk")


@click.command("export")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "json", "claimreview"]), default="csv",
              show_default=True, help="csv or json of reconciled values with provenance; claimreview: "
                                      "schema.org ClaimReview JSON-LD.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@click.option("--base-url", help="Public URL of the desk database (for ClaimReview links).")
@_db_option
def export_cmd(fmt, output, base_url, db_path):
    """Export reconciled values (editor's choice above consensus) with their provenance."""
    from .export import export

    text = export(_open(db_path), fmt, base_url=base_url)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"written {output}", err=True)
    else:
        click.echo(text, nl=False)


def register(cli: click.Group) -> None:
    for command in (editor, decide, decisions, export_cmd):
        cli.add_command(command)
