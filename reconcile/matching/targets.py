"""The target an attack struck, as a sentence names it ("a courthouse", "the dockyard", "the train").

Two reports of one province naming one target place an attack as precisely as a town does (scoring's place
component): background pieces often name an attack by its target ("the dockyard attack", "the airport siege")
and only its province.  The words are data (``data/targets.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "targets.txt"


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, list[str]]:
    labels: list[str] = []
    parts: list[str] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        label, _, words = line.partition(":")
        labels.append(label.strip())
        parts.append(f"(?P<t{len(labels) - 1}>" + "|".join(w.strip() for w in words.split(",") if w.strip()) + ")")
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b"), labels


def target_of(lower: str) -> str:
    """The label of the first target a lower-cased (ascii-folded) sentence names, "" if none."""
    rx, labels = _pattern()
    m = rx.search(lower)
    if m is None:
        return ""
    return labels[int(m.lastgroup[1:])]
