"""Editors: who may write decisions on the desk.

Passwords are stored only as salted scrypt hashes (stdlib ``hashlib``) in the desk's
``editors`` table, never in the repository.  The published desk never shows a hash:
the plugin installs a SQLite authorizer on Datasette's connections that reads
``editors.password_hash`` as NULL (so ``select * from editors`` in the SQL box gives
nothing away), and login checks the hash through a connection of its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

#: scrypt cost: ~50 ms and 16 MiB per check on a laptop core.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
MIN_PASSWORD = 8
HASH_COLUMN = ("editors", "password_hash")


class EditorError(ValueError):
    """A bad editor name or password, or an editor that does not exist."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64), the format :func:`verify_password` reads."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """Constant-time check of ``password`` against a stored hash; False for anything malformed."""
    if not stored or not isinstance(password, str):
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def check_name(name: str) -> str:
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise EditorError(f"bad editor name {name!r}: 1-64 letters, digits, '_', '.', '@' or '-'")
    return name


def add_editor(db: Database, name: str, password: str, *, replace: bool = False) -> bool:
    """Add an editor (or, with ``replace``, set a new password). Returns True if the editor is new."""
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise EditorError(f"password too short: at least {MIN_PASSWORD} characters")
    exists = bool(db["editors"].count_where("name = ?", [name]))
    if exists and not replace:
        raise EditorError(f"editor {name!r} exists (use --replace to set a new password)")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with db.atomic():
        if exists:
            db.execute("update editors set password_hash = ?, active = 1, changed_at = ? where name = ?",
                       [hash_password(password), now, name])
        else:
            db["editors"].insert({"name": name, "password_hash": hash_password(password), "active": 1,
                                  "created_at": now, "changed_at": now})
    return not exists


def remove_editor(db: Database, name: str) -> None:
    """Revoke an editor's right to write (the row stays: decisions name it)."""
    if not db["editors"].count_where("name = ?", [name]):
        raise EditorError(f"no editor {name!r}")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with db.atomic():
        db.execute("update editors set active = 0, changed_at = ? where name = ?", [now, name])


def list_editors(db: Database) -> list[dict]:
    return list(db.query("select name, active, created_at, changed_at from editors order by name"))


def check_login(db_path: str | Path, name: str, password: str) -> bool:
    """True when ``name`` is an active editor of the desk at ``db_path`` with this password.

    Opens its own connection: Datasette's connections cannot read the hash column.
    A hash is computed even for an unknown name, so timing does not tell names apart.
    """
    stored = None
    if isinstance(name, str) and NAME_RE.match(name):
        conn = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
        try:
            row = conn.execute("select password_hash from editors where name = ? and active = 1", [name]).fetchone()
        except sqlite3.OperationalError:
            row = None
        finally:
            conn.close()
        stored = row[0] if row else None
    if stored is None:
        verify_password(password or "", hash_password("not-an-editor", salt=b"0" * 16))
        return False
    return verify_password(password or "", stored)


def is_editor(conn: sqlite3.Connection, name: object) -> bool:
    """Whether ``name`` is an active editor, on any connection (hash column not needed)."""
    if not isinstance(name, str):
        return False
    try:
        row = conn.execute("select 1 from editors where name = ? and active = 1", [name]).fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None


def hide_hashes(conn: sqlite3.Connection) -> None:
    """Install an authorizer that makes ``editors.password_hash`` read as NULL on ``conn``."""

    def authorizer(action, arg1, arg2, dbname, source):
        if action == sqlite3.SQLITE_READ and (arg1, arg2) == HASH_COLUMN:
            return sqlite3.SQLITE_IGNORE
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorizer)
