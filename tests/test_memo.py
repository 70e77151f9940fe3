"""Per-report memos (reconcile.extract.memo): an answer is the function's own, a list answer is
the caller's to change, each report starts afresh, and a memo never grows past its bound."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from reconcile.extract import dates, events, extract_claims, memo, places
from reconcile.models import Source

CORPUS = Path(__file__).parent / "corpus"


def _source(text: str, published: str = "2021-10-10") -> Source:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Source(id="s" + sha[:12], origin="memo-test", published=published, text=text, sha256=sha)


def test_memoized_answers_are_the_functions_own():
    pub = dt.date(2022, 3, 4)
    for path in sorted(CORPUS.glob("*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        for a in range(0, min(len(text), 3000), 170):
            b = min(len(text), a + 240)
            memo.clear()
            for _ in range(2):  # the second answer comes from the memo
                assert dates.find_dates(text, a, b, pub) == dates.find_dates.uncached(text, a, b, pub)
                assert places.event_places(text, a, b) == places.event_places.uncached(text, a, b)
                assert events.event_type(text[a:b]) == events.event_type.uncached(text[a:b])


def test_a_list_answer_is_a_copy():
    text = "A bomb killed five people in Kunduz on Friday and three in Kabul on Saturday."
    memo.clear()
    first = places.event_places(text, 0, len(text))
    assert [m.text for m in first] == ["Kunduz", "Kabul"]
    first.clear()  # the caller's own list: the next caller still gets every mention
    assert [m.text for m in places.event_places(text, 0, len(text))] == ["Kunduz", "Kabul"]


def test_memos_are_emptied_and_bounded():
    memo.clear()
    for k in range(memo.MAX_ENTRIES + 50):
        events.event_type(f"A suicide bomber struck {k} times.")
    assert all(len(cache) <= memo.MAX_ENTRIES for cache in memo._MEMOS)
    memo.clear()
    assert all(not cache for cache in memo._MEMOS)


def test_reports_read_in_any_order_give_the_same_claims():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:8]]
    alone = [[c.model_dump() for c in extract_claims(_source(t))] for t in texts]
    for t in texts:  # another report read before each one leaves nothing behind
        extract_claims(_source(t + "\nThe death toll in Herat rose to 12 on Monday.\n"))
    again = [[c.model_dump() for c in extract_claims(_source(t))] for t in reversed(texts)]
    assert again[::-1] == alone
    assert any(alone)
