"""Publishing the desk with Datasette: one configured instance for the server and the tests."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import yaml
from datasette.app import Datasette

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "metadata.yml"
SETTINGS = {
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "allow_download": True,
}


def load_metadata(path: str | Path | None = None, database: str = "desk") -> dict:
    """metadata.yml, its ``databases.desk`` block re-keyed to the served database's name."""
    path = Path(path) if path else METADATA
    if not path.exists():
        return {}
    metadata = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    databases = metadata.get("databases") or {}
    if "desk" in databases and database != "desk":
        databases[database] = databases.pop("desk")
    return metadata


def desk_secret(db_path: str | Path) -> str:
    """The signing secret kept beside the desk (``desk.db.secret``) so logins survive restarts."""
    env = os.environ.get("DATASETTE_SECRET")
    if env:
        return env
    path = Path(str(db_path) + ".secret")
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_hex(32)
    path.touch(mode=0o600)
    path.write_text(value)
    return value


def make_datasette(db_path: str | Path, metadata: str | Path | None = None) -> Datasette:
    """The desk as Datasette serves it: published under the file's stem, with our metadata."""
    return Datasette(
        [str(db_path)],
        metadata=load_metadata(metadata, Path(db_path).stem),
        settings=SETTINGS,
        secret=desk_secret(db_path),
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, metadata: str | Path | None = None) -> None:
    import uvicorn
    from datasette.cli import run_sync

    ds = make_datasette(db_path, metadata)
    run_sync(ds.invoke_startup)
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
