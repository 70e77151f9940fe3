"""A user's own gazetteer and alias files, in force for one block of a test."""

from __future__ import annotations

from contextlib import contextmanager

from reconcile import aliases, gazetteer


@contextmanager
def user_tables(tmp_path, monkeypatch, *, places: str | None = None, actors: str | None = None):
    """Extend the gazetteer (``places``: YAML text) and/or the alias table (``actors``) as a user does, through
    ``RECONCILE_GAZETTEER`` and ``RECONCILE_ALIASES``, for the ``with`` block; the shipped tables are restored after,
    also when loading the user's file fails (the error reaches the caller)."""
    tables = [(text, var, name, module) for text, var, name, module in (
        (places, gazetteer.ENV_VAR, "g.yaml", gazetteer), (actors, aliases.ENV_VAR, "a.yaml", aliases))
        if text is not None]
    for text, var, name, _module in tables:
        path = tmp_path / name
        path.write_text(text)
        monkeypatch.setenv(var, str(path))
    try:
        for *_, module in tables:
            module.reload()
        yield
    finally:
        for _text, var, _name, module in tables:
            monkeypatch.delenv(var)
            module.reload()
