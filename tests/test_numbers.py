"""Count phrases as intervals (DESIGN.md), checked case by case and by property."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.extract.numbers import NUMBER_RX, parse_count


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        ("13", 13, 13, "exact"),
        ("at least 13", 13, None, "at_least"),
        ("no fewer than 8", 8, None, "at_least"),
        ("more than 100", 101, None, "more_than"),
        ("well more than 100", 101, None, "more_than"),
        ("over 200", 201, None, "more_than"),
        ("between 1,500 and 2,200", 1500, 2200, "range"),
        ("somewhere between 1,500 and 2,200", 1500, 2200, "range"),
        # a hyphen inside a vague quantity joins its words: "two-dozen" is 24, not the range 2-12
        ("two-dozen", 24, 24, "vague"),
        ("over two-dozen", 24, None, "more_than"),
        ("half-a-dozen", 6, 6, "exact"),
        ("two - three", 2, 3, "range"),
        ("between 500 and a few thousand", 500, 5000, "range"),
        ("10-15", 10, 15, "range"),
        ("two or three", 2, 3, "range"),
        ("more than a dozen", 13, None, "more_than"),
        ("a dozen", 12, 12, "exact"),
        ("half a dozen", 6, 6, "exact"),
        ("dozens", 24, 99, "vague"),
        ("hundreds", 200, 999, "vague"),
        ("scores", 40, 399, "vague"),
        ("a few thousand", 2000, 5000, "vague"),
        ("tens of thousands", 20000, 99999, "vague"),
        ("nearly 100", 90, 99, "about"),
        ("about 60", 54, 66, "about"),
        ("up to 50", 50, 50, "at_most"),  # "as many as 50": the figure, stressed
        ("at most 50", 0, 50, "at_most"),
        ("no more than 50", 0, 50, "at_most"),
        ("fewer than 10", 0, 9, "at_most"),
        ("an estimated 4,000 to 6,000", 4000, 6000, "range"),
        ("above forty", 41, None, "more_than"),
        ("twenty-one", 21, 21, "exact"),
        ("two hundred and fifty", 250, 250, "exact"),
        ("1.5 million", 1_500_000, 1_500_000, "exact"),
    ],
)
def test_parse_count(text, low, high, qualifier):
    c = parse_count(text)
    assert c is not None
    assert (c.low, c.high, c.qualifier) == (low, high, qualifier)


def test_vague_quantity_names_its_rule():
    assert parse_count("dozens").vague == "dozens"
    assert parse_count("between 500 and a few thousand").vague == "a_few_thousand"
    assert parse_count("13").vague is None


def test_implausible_count_is_flagged_not_raised():
    c = parse_count("1,000,000,000")
    assert c is not None and c.warning and "implausib" in c.warning


def test_and_without_between_is_two_numbers():
    spans = [m.group(0) for m in NUMBER_RX.finditer("killed six and injured at least 11")]
    assert spans == ["six", "at least 11"]


def _words(n: int) -> str:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return units[n]
    if n < 100:
        return tens[n // 10 - 2] + ("" if n % 10 == 0 else "-" + units[n % 10])
    if n < 1000:
        rest = n % 100
        return units[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))
    rest = n % 1000
    return _words(n // 1000) + " thousand" + ("" if rest == 0 else " " + _words(rest))


@given(st.integers(min_value=0, max_value=999_999))
def test_digits_parse_back(n):
    for text in (str(n), f"{n:,}"):
        c = parse_count(text)
        assert (c.low, c.high) == (n, n)


@given(st.integers(min_value=1, max_value=99_999))
def test_number_words_parse_back(n):
    c = parse_count(_words(n))
    assert c is not None and (c.low, c.high) == (n, n), _words(n)


@given(st.integers(min_value=1, max_value=99_999))
def test_hedged_intervals_contain_or_bound_the_number(n):
    assert parse_count(f"at least {n:,}").low == n
    assert parse_count(f"more than {n:,}").low == n + 1
    a = parse_count(f"about {n:,}")
    assert a.low <= n <= a.high
    assert parse_count(f"up to {n:,}").high == n


@given(st.text(max_size=60))
def test_arbitrary_text_never_raises(s):
    parse_count(s)
    for m in NUMBER_RX.finditer(s):
        parse_count(m.group(0))
