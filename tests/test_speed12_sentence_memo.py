"""A sentence's border-fight sides are read once for all its claims (borderfight._sentence_sides, a per-report
memo): the same answers as reading them per claim. Sentences in our own words."""

from reconcile.extract import borderfight, memo
from reconcile.extract.borderfight import _sentence_sides, _sides, border_place

FIGHTS = [
    "Troops of Afghanistan and Pakistan exchanged fire along the border near Torkham, and three soldiers died.",
    "Pakistani and Afghan forces clashed across the frontier overnight; two guards were wounded on each side.",
    "Iranian and Pakistani border guards fought a skirmish at the frontier, leaving four dead.",
]
NEAR_MISS = [
    "Pakistan and Afghanistan agreed to reopen the border crossing for trade on Monday.",  # no fight
    "Afghan and Pakistani troops fought together along the border against the militants.",  # allies
    "Four people were killed in a market blast in Kabul.",  # no border, one state
]


def test_same_sides_as_read_per_claim():
    memo.clear()
    for s in FIGHTS + NEAR_MISS:
        text = "Lead line.\n\n" + s + "\n"
        a, b = 12, 12 + len(s)
        assert _sentence_sides(text, a, b) == _sides(text[a:b])
        assert _sentence_sides(text, a, b) == _sides(text[a:b])  # (the memo's answer)


def test_border_place_unchanged_for_every_claim_of_a_sentence():
    memo.clear()
    for s in FIGHTS + NEAR_MISS:
        text = s + "\n"
        first = border_place(text, 0, len(s), None)
        again = border_place(text, 0, len(s), None)  # a second claim of the same sentence
        memo.clear()
        fresh = border_place(text, 0, len(s), None)
        assert first is again and first == fresh


def test_memo_holds_one_report_only():
    memo.clear()
    _sentence_sides("x" * 10, 0, 10)
    assert any(len(c) for c in memo._MEMOS)
    memo.clear()
    assert not any(len(c) for c in memo._MEMOS)
    assert borderfight._sentence_sides.uncached("a border clash", 0, 14) == _sides("a border clash")
