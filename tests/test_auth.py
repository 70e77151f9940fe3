"""Editors: password hashing, the editors table, hashes never visible through Datasette."""

from __future__ import annotations

import sqlite3

import pytest

from reconcile import auth
from reconcile.store import open_db


def test_hash_is_salted_and_verifies():
    a, b = auth.hash_password("correct horse"), auth.hash_password("correct horse")
    assert a != b and a.startswith("scrypt$")
    assert "correct horse" not in a
    assert auth.verify_password("correct horse", a)
    assert not auth.verify_password("correct hors", a)
    assert not auth.verify_password("", a)


@pytest.mark.parametrize("stored", [None, "", "plain", "scrypt$1$2", "pbkdf2$1$2$3$4$5", "scrypt$x$8$1$AA==$AA=="])
def test_malformed_hashes_never_verify(stored):
    assert auth.verify_password("anything", stored) is False


def test_add_list_remove_editor(tmp_path):
    db = open_db(tmp_path / "desk.db")
    assert auth.add_editor(db, "ana", "long enough secret") is True
    with pytest.raises(auth.EditorError, match="exists"):
        auth.add_editor(db, "ana", "another secret!")
    assert auth.add_editor(db, "ana", "another secret!", replace=True) is False
    assert [e["name"] for e in auth.list_editors(db)] == ["ana"]
    assert "password_hash" not in auth.list_editors(db)[0]
    assert auth.check_login(tmp_path / "desk.db", "ana", "another secret!")
    assert not auth.check_login(tmp_path / "desk.db", "ana", "long enough secret")
    auth.remove_editor(db, "ana")
    assert not auth.check_login(tmp_path / "desk.db", "ana", "another secret!")
    assert not auth.is_editor(db.conn, "ana")


@pytest.mark.parametrize("name", ["", "a b", "<script>", "x" * 65, "../etc", "-dash"])
def test_bad_editor_names_refused(tmp_path, name):
    db = open_db(tmp_path / "desk.db")
    with pytest.raises(auth.EditorError):
        auth.add_editor(db, name, "long enough secret")


def test_short_password_refused(tmp_path):
    db = open_db(tmp_path / "desk.db")
    with pytest.raises(auth.EditorError, match="too short"):
        auth.add_editor(db, "ana", "short")


def test_unknown_editor_and_missing_table_refused(tmp_path):
    db = open_db(tmp_path / "desk.db")
    auth.add_editor(db, "ana", "long enough secret")
    assert not auth.check_login(tmp_path / "desk.db", "bob", "long enough secret")
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t (x)").connection.close()
    assert not auth.check_login(plain, "ana", "long enough secret")


def test_hide_hashes_reads_null_on_any_query(tmp_path):
    db = open_db(tmp_path / "desk.db")
    auth.add_editor(db, "ana", "long enough secret")
    conn = sqlite3.connect(tmp_path / "desk.db")
    auth.hide_hashes(conn)
    assert conn.execute("select name, password_hash from editors").fetchall() == [("ana", None)]
    assert conn.execute("select count(*) from editors where password_hash like 'scrypt%'").fetchone() == (0,)
    assert conn.execute("select * from (select password_hash as h from editors)").fetchall() == [(None,)]
    # the check that login uses still works on its own connection
    assert auth.check_login(tmp_path / "desk.db", "ana", "long enough secret")
