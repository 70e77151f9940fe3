"""fastrx.factored: an alternation with its alternatives joined by first letter finds what the plain
alternation finds (the same spans and groups, in the same backtracking order), in patterns that embed it."""

from __future__ import annotations

import random
import re

import pytest

from reconcile.extract import numbers, rules, victims
from reconcile.extract.fastrx import factored, top_alternatives

PLAIN_NOUN = r"(?:" + "|".join(n for n, _ in victims._NOUNS) + r")"
PLAIN_HEDGE = r"(?:" + "|".join(h for h, _ in numbers._HEDGES) + r")"


def test_top_alternatives_keeps_groups_and_classes_whole():
    assert top_alternatives(r"a|(?:b|c)d|[|]e|\|f|g") == ["a", "(?:b|c)d", "[|]e", r"\|f", "g"]
    assert top_alternatives(r"[]|]x|y") == ["[]|]x", "y"]


def test_factored_joins_by_first_letter_only():
    assert factored(["soldiers", "police", "sailors"]) == "(?:s(?:oldiers|ailors)|police)"
    # another case of a taken letter, or an alternative opening with no plain letter, keeps its place
    assert factored(["fighters", "FC", "fans"]) == "(?:fighters|FC|fans)"
    assert factored(["ab", r"\d+", "ac"]) == r"(?:ab|\d+|ac)"
    assert factored([r"\bab", r"\bac", "ad"]) == r"(?:\b(?:a(?:b|c))|ad)"
    assert factored(["a?b", "ac"]) == "(?:a?b|ac)"


WORDS = ("soldiers soldier service members servicemen police policeman officers officer civilians worshippers "
         "students children women militants fighters FC personnel Afghans Afghan Pakistani people persons others "
         "more than at least nearly about up to between and dozens of a dozen several hundreds were was killed "
         "wounded in on the attack said Frontier Corps paramilitary army guards security forces Taliban").split()


def _texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 14))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        seps = [rng.choice([" ", " ", " ", ", ", "  ", "-", " 13 "]) for _ in words]
        yield "".join(w + s for w, s in zip(words, seps, strict=True))


def _same(fast: re.Pattern, plain: re.Pattern, text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
    want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert got == want, text


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
@pytest.mark.parametrize("shape", [
    "{x}\\b",
    "(?P<a>{x})(?P<b>\\w*)\\s+(?:were|was)\\b",  # backtracking into the alternation
    "\\b(?:\\w+\\s+){{0,2}}?(?P<n>{x})\\b(?:\\s+of\\s+(?P<m>{x}))?",
])
def test_victim_nouns_factored_find_what_the_plain_alternation_finds(shape, flags):
    assert victims.VICTIM_NOUN != PLAIN_NOUN  # (the module uses the factored form)
    fast = re.compile(shape.format(x=victims.VICTIM_NOUN), flags)
    plain = re.compile(shape.format(x=PLAIN_NOUN), flags)
    for text in _texts(400, 7):
        _same(fast, plain, text)


def test_hedges_and_counts_factored_find_what_the_plain_ones_find():
    fast = re.compile(rf"(?P<h>{numbers.HEDGE})\s+(?P<n>\w+)", re.IGNORECASE)
    plain = re.compile(rf"(?P<h>{PLAIN_HEDGE})\s+(?P<n>\w+)", re.IGNORECASE)
    for text in _texts(400, 11):
        _same(fast, plain, text)
    num = re.compile(numbers.NUMBER_EXPR, re.IGNORECASE)
    for text in ("at least 13 soldiers", "more than a dozen", "between 1,500 and 2,200 fighters", "dozens of people",
                 "a few hundred", "twenty-one", "well over 100", "no fewer than 40", "up to 50"):
        assert num.search(text).group(0) == numbers.NUMBER_RX.search(text).group(0)


def test_stop_words_factored_reject_what_the_plain_list_rejects():
    plain = (r"(?:in|on|at|during|after|before|when|while|and|or|but|was|were|is|are|has|have|had|by|from|with|as|that|"
             r"which|who|to|for|since|into|near|outside|inside|across|amid|killed|injured|wounded|dead|died|lost|perished|"
             r"including|among|of|than|the\s+attack|said|says|according|this|last|a|an)")
    assert rules._STOP == factored(top_alternatives(plain[3:-1])) != plain
    for flags in (0, re.IGNORECASE):
        fast_rx = re.compile(rf"\b(?!{rules._STOP}\b)\w+", flags)
        plain_rx = re.compile(rf"\b(?!{plain}\b)\w+", flags)
        for text in _texts(300, 3):
            _same(fast_rx, plain_rx, text)


def test_gated_searches_of_the_words_before_a_place_find_what_the_patterns_find():
    from reconcile.extract import offscene, places
    from reconcile.extract.gates import GatedSearch

    gated = [v for mod in (places, offscene) for v in vars(mod).values() if isinstance(v, GatedSearch)]
    assert len(gated) >= 10
    rng = random.Random(5)
    words = ("from near the city of officials said speaking in police chief of the Taliban based in revenge for "
             "a hospital in next to 30 km from pilgrims from leaving for corridors of power in \u0130n FROM Near").split()
    for _ in range(3000):
        before = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) + rng.choice(["", " ", " the "])
        for g in gated:
            got, want = g.search(before), g.rx.search(before)
            assert (got and got.span()) == (want and want.span()), (g.rx.pattern[:60], before)


def test_toll_numbers_fast_pattern_finds_what_the_plain_one_finds():
    from reconcile.extract.tollplaces import _TOLL_NUMBER

    plain = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                       r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|"
                       r"scores|several|hundreds)\b(?![\-\u2010](?:day|hour|week|month|year))", re.IGNORECASE)
    rng = random.Random(9)
    toks = ["12", "1,500", "five", "Five-day", "seven-hour", "a12", "x", ",", "-", "dozen", "Dozens", "SCORES",
            "\u017feven", "3-week", "twentyone", "_9", "\u0663", "several"]
    for _ in range(3000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in _TOLL_NUMBER.finditer(text)] == [m.span() for m in plain.finditer(text)], text
