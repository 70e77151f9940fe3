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


def load_entries(bundled: Path, extras: Iterable[Path], section: str) -> list[dict]:
    """Entries of ``section`` from the bundled file, then from each user file.

    A user file that is missing or malformed raises ValueError naming the file.
    """
    out: list[dict] = []
    for path in [bundled, *extras]:
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as e:
            raise ValueError(f"{path}: cannot read {section}: {e}") from e
        entries = data.get(section) if isinstance(data, dict) else None
        if entries is None:
            continue
        if not isinstance(entries, list) or not all(isinstance(x, dict) for x in entries):
            raise ValueError(f"{path}: `{section}` must be a list of mappings")
        out.extend(entries)
    return out
