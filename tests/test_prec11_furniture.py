"""prec11: page furniture of scraped pages that must never yield claims: a photo caption with its credit line
run onto it ("... Photo by Jane Roe/Agency | License Photo"), however long the caption.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values

from reconcile.extract.segment import is_boilerplate


def _claims(text, kind=None, published="2015-09-07"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


_LONG = ("Rescuers search the rubble of a market hit by an air strike on the edge of the capital on March 2, 2015. On "
         "Sunday, a rocket attack on a depot killed scores of soldiers, including 40 from the coalition's main army and "
         "seven from its smaller allies, and left dozens more wounded in the hospitals of the region. ")


@pytest.mark.parametrize("credit", [
    "Photo by Jane Roe/UPI | License Photo",
    "Photo by Jane Roe/UPI",
    "Photo courtesy of the Red Crescent",
    "Photo by Ahmad Karim",
    "Image by John Doe/Agency | Buy Photo",
])
def test_a_caption_ending_in_a_photo_credit_is_furniture(credit):
    assert is_boilerplate(_LONG + credit)


def test_a_captions_tolls_yield_no_claims():
    text = (_LONG + "Photo by Jane Roe/UPI | License Photo\n\n"
            "CAPITAL, Sept. 6 (Wire) -- A rocket attack on Friday killed 52 coalition soldiers, the coalition said.\n")
    assert values(_claims(text, "killed")) == [(52, 52)]


@pytest.mark.parametrize("para", [
    "A bomb killed four people at a photo studio in the old city, police said.",
    "The photographer was among 12 people killed in the blast, his agency said.",
    "Twelve people were killed, a photo of the scene shows.",
])
def test_near_miss_prose_about_photos_is_no_caption(para):
    assert not is_boilerplate(para)
