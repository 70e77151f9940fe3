"""Name keys shared by the gazetteer and the alias table.

A *key* is what two spellings of one name have in common: lower case, no accents,
no apostrophes, hyphens or spaces, and (for Persian/Pashto compounds) no connecting
vowel, so "Pul-e-Khumri", "Pul-i-Khumri" and "Pul e Khumri" share the key "pulkhumri".
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

_CONNECTOR = re.compile(r"(?<=\w)[\s\-\u2010-\u2015]+(?:e|i|ye|y)[\s\-\u2010-\u2015]+(?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(name: str) -> str:
    """The comparison key of a place or actor name."""
    if name.isascii():
        s = name
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _POSSESSIVE.sub("", s.strip())
    s = _CONNECTOR.sub(" ", s)
    s = s.lower()
    s = s.removeprefix("the ")
    return _NON_ALNUM.sub("", s)


def extra_files(env_var: str, default_name: str) -> list[Path]:
    """User files that extend a bundled data file: ``claims/<default_name>`` in the
    working directory when present, then every path in the environment variable."""
    paths: list[Path] = []
    local = Path("claims") / default_name
    if local.is_file():
        paths.append(local)
    for p in os.environ.get(env_var, "").split(os.pathsep):
        if p.strip():
            paths.append(Path(p.strip()))
    return paths


class DataFileError(ValueError):
    """A data file (the gazetteer, the landmarks, the alias table) the desk cannot use, with the reason.
    ``str()`` is the one-line message: the file, then why."""

    def __init__(self, path: str | Path, reason: str):
        self.path, self.reason = str(path), reason
        super().__init__(f"{self.path}: {reason}")


class Entry(dict):
    """One entry of a data file, knowing the file and its place in it (for error messages)."""

    path = ""
    label = ""


def entry_error(e: dict, fallback: str, reason: object) -> ValueError:
    """The error for a bad entry ``e``: a DataFileError naming its file and its number there when it was
    read from a file, else a ValueError named by ``fallback`` ("gazetteer entry 3")."""
    if isinstance(e, Entry) and e.path:
        return DataFileError(e.path, f"{e.label} ({dict(e)!r}): {reason}")
    return ValueError(f"{fallback} ({e!r}): {reason}")


def load_entries(bundled: Path, extras: Iterable[Path], section: str) -> list[dict]:
    """Entries of ``section`` from the bundled file, then from each user file.

    A user file that is missing or malformed raises DataFileError naming the file; each entry
    knows its file and number (``Entry``), so that a bad one is reported where it is written.
    """
    out: list[dict] = []
    for path in [bundled, *extras]:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as e:
            raise DataFileError(path, f"cannot read {section}: {e}") from e
        entries = data.get(section) if isinstance(data, dict) else None
        if entries is None:
            continue
        if not isinstance(entries, list) or not all(isinstance(x, dict) for x in entries):
            raise DataFileError(path, f"`{section}` must be a list of mappings")
        for i, x in enumerate(entries, 1):
            entry = Entry(x)
            entry.path, entry.label = str(path), f"{section} entry {i}"
            out.append(entry)
    return out
