"""The count-phrase pattern's speed rewrites match exactly what the plain forms match (numbers.DIGITS opens each
alternative with its digit, the look-behind after it): compared at every position of random and written texts."""

import random
import re

from reconcile.extract import numbers

#: the plain form numbers.DIGITS stands for
#: (a group of three digits after one to three digits and a space is the second group of "340 000", no number)
_NG = r"(?!(?:(?<=\D\d[ \u00a0\u202f])|(?<=\D\d\d[ \u00a0\u202f])|(?<=\D\d\d\d[ \u00a0\u202f]))\d{3}(?!\d))"
PLAIN_DIGITS = (r"(?:(?<![\d.,])" + _NG + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|"
                r"(?<![\d.,])" + _NG + r"\d{1,3}(?:,\d{3})+(?![\d,]\d)|(?<![\d.,])" + _NG + r"\d+(?:\.\d+)?(?![\d]|,\d|\.\d))")

TEXTS = [
    "At least 21 people were killed and between 1,500 and 2,200 were wounded in Kabul on 12.5.",
    "The toll rose to 1,000,000,000 in a typo, then 3.5 million, 58K, 5k and 2m; A320 crashed 12,34,567 times.",
    "No digits here: twenty-one, a dozen, scores of them, hundreds of thousands.",
    "More than 340 000 people and 1\u00a0500 and 12\u202f000 died; in 2015 500 people; 3 000 000 and 12 34 and 1 2345.",
    "Unicode digits \u0661\u0663 and \u06f1\u06f3 killed, 1\u066b5 and 1.5.5 and ,12 and .12 and 1,2345.",
    "",
    "7",
    ".7",
    "a7",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(20261122)
    alphabet = list("0123456789") * 3 + list(".,- ") * 3 + list("abkmKM") + ["\u0663", "\n", "dozen", " million", " and "]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def _spans(rx: re.Pattern, text: str) -> list:
    out = []
    for p in range(len(text) + 1):
        for end in (len(text), max(p, len(text) - 1)):
            m = rx.match(text, p, end)
            out.append(None if m is None else m.span())
    return out


def test_digits_match_the_plain_form():
    fast, plain = re.compile(numbers.DIGITS), re.compile(PLAIN_DIGITS)
    for text in TEXTS + _random_texts(1000):
        assert _spans(fast, text) == _spans(plain, text), text


def test_number_expression_matches_the_plain_form():
    assert numbers.DIGITS in numbers.NUMBER_EXPR
    plain = re.compile(numbers.NUMBER_EXPR.replace(numbers.DIGITS, PLAIN_DIGITS), re.IGNORECASE)
    fast = re.compile(numbers.NUMBER_EXPR, re.IGNORECASE)
    for text in TEXTS + _random_texts(150):
        assert _spans(fast, text) == _spans(plain, text), text
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
