"""prec11: page furniture of scraped pages that must never yield claims: a photo caption with its credit line
run onto it ("... Photo by Jane Roe/Agency | License Photo"), however long the caption.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values

from reconcile.extract.segment import is_boilerplate, is_caption


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
    assert is_caption(_LONG + credit) and not is_boilerplate(_LONG + credit)


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
    assert not is_boilerplate(para) and not is_caption(para)


@pytest.mark.parametrize("caption", [
    "In this photo provided by a local news agency, medics carry a wounded man from the market in the city, Monday, "
    "May 4, 2015. Gunmen attacked the crowded market on Monday, killing several people and wounding others.",
    "This image released by the provincial government shows the burned market where several people were killed.",
    "Mourners gather outside the hospital where 14 of the wounded died overnight. (Photo | Wire)",
    "Rescuers search the rubble of the market after the bombing that killed 20 people. (Picture / Agency)",
])
def test_a_caption_in_the_wires_frame_yields_no_claims_but_gives_context(caption):
    assert is_caption(caption) and not is_boilerplate(caption)
    text = caption + "\n\nThe governor said 12 people were killed in the attack.\n"
    assert values(_claims(text, "killed")) == [(12, 12)]


def test_a_captions_place_and_date_still_tell_the_event():
    text = ("In this photo provided by a local news agency, medics carry the wounded from the market in Kandahar, Monday, "
            "May 4, 2015. (Photo | Wire)\n\n"
            "At least 12 people were killed in the attack, officials said.\n")
    [c] = _claims(text, "killed", published="2015-05-04")
    assert c.place and "Kandahar" in c.place
