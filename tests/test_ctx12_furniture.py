"""ctx12: page furniture that carried tolls of its own into the desk: the wire's photo-desk caption ("<scene> on
<date>. - <a line of the story>"), a list of related stories whose titles the page cut short with "...", a
breadcrumb trail whose last item is a cut title, a story's highlights run together on one bulleted line.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest
from phenomena_helpers import extracted, values

from reconcile.extract.segment import is_caption, segment


def _claims(text, kind="killed", published="2021-05-04"):
    return extracted(text, kind, published, "Test Wire", "t.txt")


_BODY = "KANDAHAR, Afghanistan \u2014 A car bomb hit a market in the city on Monday, killing 12 people, a police spokesman said.\n"


# --------------------------------------------------------------------------- the photo desk's caption

@pytest.mark.parametrize("caption", [
    "Rescuers carry a wounded man to an ambulance after a car bomb went off near a market in the city on May 3, 2021. - "
    "At least 19 people were killed and 30 wounded by the bomb, a nurse told the agency.",
    "Relatives mourn beside coffins at a cemetery on the edge of the city on 3 May 2021. - A bombing killed 19 people "
    "on Monday, hospital staff said.",
    "Soldiers stand guard at the gate of a damaged school in the northern town on Sept. 14, 2019. - Gunmen killed "
    "seven pupils there on Saturday.",
])
def test_a_photo_desk_caption_with_the_storys_line_yields_no_claims(caption):
    assert is_caption(caption)
    assert values(_claims(_BODY + caption + "\n")) == [(12, 12)]


@pytest.mark.parametrize("para", [
    "KABUL, May 3, 2021 - At least 19 people were killed by a car bomb near a market, police said.",
    "Officials said the bomb went off at noon on May 3, 2021. - Nineteen people died, the governor added.",
    "The attack came on May 3, 2021. - Nineteen people died.",
])
def test_near_miss_a_dateline_or_a_said_sentence_is_no_caption(para):
    assert not is_caption(para)


# --------------------------------------------------------------------------- related stories cut short

@pytest.mark.parametrize("label", ["Related story", "Related Stories", "Also read", "Most Popular"])
def test_cut_titles_under_a_related_label_yield_no_claims(label):
    text = (_BODY + "\n" + label + "\n\nBomber kills at least 10 civilians, two foreign...\n\nWORLD\n\n"
            "Blast at a tuition centre kills 24\u2026\n\nThe governor visited the wounded in hospital.\n")
    assert values(_claims(text)) == [(12, 12)]


def test_near_miss_a_cut_sentence_of_the_story_itself_still_counts():
    text = "Blast at a city market\n\nAt least 14 people were killed when a bomb exploded near a market on Monday...\n"
    assert values(_claims(text)) == [(14, None)]


# --------------------------------------------------------------------------- breadcrumbs

@pytest.mark.parametrize("crumbs", [
    "1. Home\n2. World\n3. 12 killed in car bomb at\n",
    "Home > World > 12 killed in car bomb at\n",
    "Home \u00bb News \u00bb Asia \u00bb 12 killed in car bomb at\n",
])
def test_a_breadcrumb_trail_yields_no_claims(crumbs):
    text = crumbs + "\n" + _BODY
    got = _claims(text)
    assert values(got) == [(12, 12)]
    assert all(c.span_start > len(crumbs) for c in got)


def test_near_miss_a_numbered_list_without_home_is_read():
    text = ("Attacks this week:\n\n1. A bomb killed 12 people in a market in the city on Monday.\n\n"
            "2. Gunmen killed four guards at a checkpoint on Tuesday.\n")
    assert (4, 4) in values(_claims(text))


# --------------------------------------------------------------------------- highlights on one bulleted line

def test_highlights_run_together_on_a_bulleted_line_yield_no_claims():
    text = ("Bomber strikes a market\n\n\u2022 Nine traders among 21 dead in two blasts \u2022 Faction says it "
            "helped plan the attack\n\n" + _BODY)
    assert values(_claims(text)) == [(12, 12)]
    assert any(s.boilerplate for s in segment(text))


def test_near_miss_one_bullet_point_to_a_line_is_read():
    text = "Bomber strikes a market\n\n\u2022 Nine traders were among 21 people killed in the blast on Monday.\n"
    assert (21, 21) in values(_claims(text)) or (9, 9) in values(_claims(text))
