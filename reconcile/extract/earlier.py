"""An earlier attack told in a clause after the report's own (issue 3, event context): "Three guards were killed in
Iran, state media reported, two days after seven officers were killed in an air raid in Syria". The toll inside the
trailing "N days after ..." clause is that earlier attack's, with its own place, days before the report's event;
:mod:`.context`'s ``sentence_context`` asks :func:`trailing_earlier` and :mod:`.reader` reads each clause apart when
a sentence holds one (``TRAILING_AFTER``)."""

from __future__ import annotations

import re

from .gates import doc_gated
from .otherattacks import _CLAUSE_END

# a sentence whose main clause ends on ", N days after ...": a clause of another attack may follow (reader.own reads
# each clause's claims apart)
TRAILING_AFTER = re.compile(r",\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+|less\s+than\s+)?(?:a|an|one|two|three|"
                            r"four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,2})\s+(?:hours?|days?|weeks?|months?)\s+"
                            r"after\s", re.IGNORECASE)
TRAILING_AFTER = doc_gated(TRAILING_AFTER)  # (speed: no scan of a stretch holding none of the strings every match holds)
# a phrase set after the sentence's main clause, by a comma ("..., state media reported, two days after")
_TRAILING_PHRASE = re.compile(r"\w[\w\"\u201d']*,\s+(?:just\s+|only\s+|barely\s+|some\s+|about\s+|less\s+than\s+)?$")


def trailing_earlier(text: str, rs: int, m: re.Match, focus: int) -> bool:
    """The "N days after" phrase ``m`` opens a clause set after the main one by a comma, and the toll at ``focus``
    lies in that clause ("..., two days after seven officers were killed in Syria"): the toll is the earlier attack's
    (not "Four died on Monday, days after the wedding", no toll after it; nor "..., a day after, the toll rose to 9")."""
    return m.end() <= focus and _TRAILING_PHRASE.search(text, rs, m.start()) is not None and \
        _CLAUSE_END.search(text, m.end(), focus) is None
