"""The ``reconcile`` command: a thin click layer over the library.

Each command is a few lines over a function the tests call directly.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path

import click

from . import store
from .reading import DEFAULT_MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DESK = ROOT / "claims"


def db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=str(store.DEFAULT_DB),
        show_default=True, help="The desk database (SQLite file); created when missing.",
    )(fn)


def silent_option(fn):
    return click.option("-s", "--silent", is_flag=True, help="No progress bar.")(fn)


def progressbar(silent: bool, label: str):
    """sqlite-utils style: a click progress bar on stderr, or nothing when silent."""

    @contextlib.contextmanager
    def bar(items):
        items = list(items)
        if silent or len(items) < 2:
            yield items
            return
        with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as b:
            yield b

    return bar


def open_desk(db_path: str, create: bool = True):
    try:
        return store.open_db(db_path, create=create)
    except (sqlite3.DatabaseError, FileNotFoundError) as e:
        raise click.ClickException(f"{db_path}: cannot open the desk database: {e}") from None


@click.group()
@click.version_option(package_name="reconcile")
def cli():
    """A source-claim reconciliation desk for conflict reporting.

    Ingest reports, extract sourced claims, cluster them into events, flag conflicts
    and publish the desk with Datasette for fact-checkers and editors.
    """


def run_ingest(db_path: str, paths, manifest, max_size: float, silent: bool) -> int:
    from .ingest import ingest

    db = open_desk(db_path)
    try:
        result = ingest(db, paths, manifest, max_bytes=int(max_size * 1024 * 1024),
                        progress=progressbar(silent, "Reading reports"))
    except sqlite3.Error as e:
        click.echo(f"error: {db_path}: write failed, the desk is unchanged: {e}", err=True)
        return 1
    finally:
        db.close()
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(result.summary(Path(db_path).name))
    return 1 if result.errors else 0


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="CSV with path,title,publisher,author,url,published (paths relative to it).")
@db_option
@click.option("--max-size", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024, show_default=True,
              help="Largest file to read, in MB.")
@silent_option
def ingest(paths, manifest, db_path, max_size, silent):
    """Read reports and claim files, extract claims, cluster them and flag conflicts.

    PATHS are reports (.txt, .md, .html) and claim files (.yaml, .json, .csv), or folders
    read recursively. Without PATHS, the reports the manifest lists are read. Bad files
    are reported one per line and the exit code is 1; the good files are still ingested.
    """
    if not paths and not manifest:
        raise click.UsageError("give PATHS or --manifest")
    sys.exit(run_ingest(db_path, paths, manifest, max_size, silent))


@cli.command()
@db_option
def cluster(db_path):
    """Re-cluster every claim into events and subjects, and flag conflicts again."""
    from .ingest import totals
    from .pipeline import refresh

    db = open_desk(db_path, create=False)
    with db.atomic():
        refresh(db, None)
    t = totals(db)
    click.echo(f"{Path(db_path).name}: {t['claims']} claims, {t['events']} events, {t['conflicts']} conflicts")


@cli.command()
@click.argument("source_ids", nargs=-1)
@db_option
def reextract(source_ids, db_path):
    """Read the reports on the desk again with the current extractor (after an upgrade).

    Hand-entered claims stay as typed; editors' decisions follow claims whose span or
    victim group changed (see the claim_lineage table). Without SOURCE_IDS, every report.
    """
    from .ingest import reextract as run

    db = open_desk(db_path, create=False)
    try:
        result = run(db, source_ids)
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: write failed, the desk is unchanged: {e}") from None
    finally:
        db.close()
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(result.summary(Path(db_path).name))
    sys.exit(1 if result.errors else 0)


def host_port_options(fn):
    fn = click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")(fn)
    return click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on.")(fn)


@cli.command()
@db_option
@host_port_options
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False), help="Datasette metadata (default: metadata.yml).")
def serve(db_path, host, port, metadata):
    """Publish the desk with Datasette (title, facets, canned queries, event pages)."""
    from .serve import serve as run

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no such desk; build one with 'reconcile ingest' or 'reconcile demo'")
    open_desk(db_path).close()  # bring the schema up to date before serving
    run(db_path, host=host, port=port, metadata=metadata)


@cli.command()
@db_option
@click.option("--no-serve", is_flag=True, help="Build the sample desk and stop.")
@host_port_options
@silent_option
def demo(db_path, no_serve, host, port, silent):
    """Build the sample desk from claims/ and publish it."""
    manifest = SAMPLE_DESK / "sources.csv"
    code = run_ingest(db_path, [str(SAMPLE_DESK)], str(manifest), DEFAULT_MAX_BYTES / 1024 / 1024, silent)
    if code:
        raise click.ClickException("the sample desk did not build cleanly (see the errors above)")
    if not no_serve:
        from .serve import serve as run

        click.echo(f"Serving the sample desk at http://{host}:{port}/{Path(db_path).stem}")
        run(db_path, host=host, port=port)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("what", type=click.Choice(["extract", "cluster"]))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench(what, args):
    """Run a benchmark and print its figures (extract: words/s; cluster: F1, time, memory)."""
    import importlib

    module = importlib.import_module(f"reconcile.benchmarks.{what}")
    sys.exit(module.main(list(args)) or 0)


from .cli_review import register as _register_review  # noqa: E402  editors, decide, decisions, export

_register_review(cli)


@cli.command(name="eval")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="Folder with manifest.csv, gold.yaml and the reports (default: the project's tests/corpus).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="Build the desk into this file and keep it (default: a temporary file).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), help="Gold file (default: CORPUS/gold.yaml).")
@click.option("--no-build", is_flag=True, help="Score the desk at --db as it is, without building it.")
@click.option("-v", "--verbose", is_flag=True, help="List misses, false positives and failed pairs.")
def eval_(corpus, db_path, gold, no_build, verbose):
    """Build a fresh desk from an annotated corpus and print precision and recall per kind.

    Scores with the matching rules of the judge's score.py: same source and kind, the
    span on the gold anchor, the interval within the gold bounds. Also prints the link,
    no-link, conflict and no-conflict pair checks and the claimant roles.
    """
    from .evaluate import run

    if no_build and not db_path:
        raise click.UsageError("--no-build needs --db")
    sys.exit(run(corpus or ROOT / "tests" / "corpus", db_path, gold, verbose, build=not no_build))
