"""The speed shortcuts of the extractor skip work only where the skipped work finds nothing.

- ``gates.required``: every match of a pattern holds one of its gate's strings, on report text and
  on random text made of the patterns' own words (checked for every pattern of the extractor, not
  only those gated today);
- the table guard's bound: a sentence never holds more count phrases than the bound lets through;
- claims whose only figure is a number word, or a lone "a", still come out.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.extract as extract
from reconcile.extract import claimants, context, dates, gates, otherattacks, reader, rules, saying, sentenceplace
from reconcile.extract.segment import segment
from reconcile.models import Source

CORPUS = Path(__file__).parent / "corpus"
_MODULES = [saying, claimants, otherattacks, sentenceplace, context, reader, dates, rules]


def _patterns() -> list[tuple[str, re.Pattern, tuple[str, ...]]]:
    import reconcile.extract.casualties as casualties
    import reconcile.extract.casualtywords as casualtywords
    import reconcile.extract.events as events
    import reconcile.extract.groups as groups
    import reconcile.extract.leadevent as leadevent
    import reconcile.extract.notoll as notoll
    import reconcile.extract.offscene as offscene
    import reconcile.extract.places as places
    import reconcile.extract.sayer as sayer
    import reconcile.extract.strength as strength
    import reconcile.extract.tollplaces as tollplaces
    import reconcile.extract.tollshapes as tollshapes

    out, seen = [], set()
    for mod in [*_MODULES, casualties, casualtywords, events, groups, leadevent, notoll, offscene, places, sayer,
                strength, tollplaces, tollshapes]:
        for name, value in vars(mod).items():
            value = value.rx if isinstance(value, gates.DocGated) else value  # (a gated pattern's own gate is checked)
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                gate = gates.required(value)
                if gate is not None:
                    out.append((f"{mod.__name__}.{name}", value, gate))
    return out


PATTERNS = _patterns()


def _sound(text: str) -> None:
    low = text.lower()
    for name, rx, gate in PATTERNS:
        if rx.search(text) is not None:
            assert gates.may_match(gate, low), (name, gate, text)


def test_gates_are_derived_for_the_gated_patterns():
    assert len(PATTERNS) > 50
    assert claimants._GATE_HEADLINE_COLON == (":",)
    assert "said" in claimants._GATE_PARTICIPLE
    # nothing is required where a pattern can match without consuming a literal
    assert gates.required(re.compile(r"\d+|[A-Z]\w*")) is None
    assert gates.required(re.compile(r"(?:in\s+)?march")) == ("march",)
    assert set(gates.required(re.compile(r"kill(?:ed|ing)|(?:shot|gunned)\s+dead", re.I))) == {"kill", "dead"}
    assert gates.required(re.compile(r"(?:a|b)?c*")) is None


def test_text_outside_ascii_always_passes():
    assert gates.may_match(("killed",), "\u0130stanbul bombing")
    assert not gates.may_match(("killed",), "a quiet day")
    assert gates.may_match(None, "a quiet day")


def test_gates_hold_on_the_corpus_sentences():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for t in texts:
        for s in segment(t):
            _sound(t[s.start : s.end])


def _vocabulary() -> list[str]:
    words = set()
    for _, rx, gate in PATTERNS:
        words.update(gate)
        for w in re.findall(r"[a-z]{2,}", re.sub(r"\\[swbdSWBD]", " ", rx.pattern[:2000])):
            words.update((w, w.title(), w.upper()))
    return sorted(words)


_TOKENS = st.sampled_from(_vocabulary() + list("aA0129 _-'.,;:()\"\n") + ["\u2019", "\u201c", "\u201d", "\u2014",
                                                                         "\u0130", "\u017f", "13", "2,000", "the"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TOKENS, st.sampled_from(["", " ", " ", ", ", ": "])), max_size=16))
def test_gates_hold_on_random_text(pieces):
    _sound("".join(a + b for a, b in pieces))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-'a") + ["one", "two", "dozen", "a", "Few", "\u0663", "\u0130",
                                                            "x", "tens", "half", " a ", "1,500"]), max_size=60))
def test_the_count_start_bound_is_never_below_the_count(pieces):
    quote = "".join(pieces)
    found = sum(1 for _ in islice(extract._COUNT_START_BOUND.finditer(quote), 200))
    assert found <= 1 + len(quote.translate(extract._COUNT_START_ROOM))


def _claims(text: str):
    return extract.extract_claims(Source(id="s-speed", origin="test", published="2021-10-10", text=text,
                                         sha256="0" * 64))


def test_a_claim_with_only_a_number_word_still_comes_out():
    claims = _claims("Twenty-one soldiers were killed when militants attacked a checkpoint in Kunduz on Monday.")
    killed = [c for c in claims if c.kind == "killed"]
    assert killed and killed[0].value_low == 21


def test_a_short_sentence_with_a_lone_article_still_counts_one():
    claims = _claims("A policeman was killed in Jalalabad on Friday, officials said.")
    assert any(c.kind == "killed" and c.value_low == 1 for c in claims)


def test_a_headline_colon_still_names_its_source():
    claims = _claims("Police: Four soldiers were martyred in North Waziristan on Monday.")
    assert [(c.kind, c.value_low, c.claimant) for c in claims] == [("killed", 4, "Police")]


def _offset_sound(text: str) -> None:
    if text.isascii() and dates._OFFSET.search(text) is not None:
        assert otherattacks._OFFSET_WORDS.search(text.lower()), text


def test_the_offset_word_gate_holds():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for t in texts:
        for s in segment(t):
            _offset_sound(t[s.start : s.end])
    for phrase in ("two days later", "The night before", "a previous day", "hours after", "Hours earlier", "12 weeks ago",
                   "a few months before", "xday before", "on Friday", "the day before"):
        _offset_sound(phrase)
    assert not otherattacks._OFFSET_WORDS.search("on friday, a holiday")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["day", "days", "Day", "night", "week", "MONTHS", "hour", "hours", "previous", "the",
                                 "before", "after", "ago", "later", "a", "two", "12", "Fri", "x", "-", ",", "."]),
                max_size=10))
def test_the_offset_word_gate_holds_on_random_text(words):
    for sep in (" ", ""):
        _offset_sound(sep.join(words))


def test_direct_init_keeps_the_dataclass_behaviour():
    import dataclasses
    import pickle

    from reconcile.aliases import ActorMention
    from reconcile.extract.claimants import Claimant
    from reconcile.extract.dates import DateRef
    from reconcile.extract.segment import Sentence
    from reconcile.gazetteer import PlaceMention

    c = Claimant("police", "official", 3, 9)
    assert c == Claimant(text="police", role="official", start=3, end=9, scope_start=-1, scope_end=-1)
    assert hash(c) == hash(Claimant("police", "official", 3, 9))
    assert dataclasses.replace(c, role="unknown").role == "unknown"
    assert pickle.loads(pickle.dumps(c)) == c
    assert repr(DateRef("2021-08-26", "day", 0, 8)) == (
        "DateRef(value='2021-08-26', precision='day', start=0, end=8, relative=False)")
    assert Sentence(1, 5, 0, 0).boilerplate is False
    for obj in (c, DateRef("2021", "year", 0, 4), Sentence(1, 5, 0, 0)):
        try:
            obj.start = 99
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError(f"{obj!r} is no longer frozen")
    for cls in (ActorMention, PlaceMention, Claimant, DateRef):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
