"""A profile page's strength field broken over lines (expl12): each line a value of its own year, the
year note kept as the scope so the values form a series, not a conflict."""

from __future__ import annotations

from phenomena_helpers import extracted

PAGE = ("Jamaat Ansarullah\n\nFrom a free encyclopedia\n\nLeadersAmriddin Tabarov\n"
        "Size150–200 (after 2018)[7]\n~1,500 (2012)[8]\n300–400 (2006)[9] Unknown (since 2021), reportedly 90 plus family members.\n"
        "Allies\n\nThe group was active in the north of the country.\n")


def _strength(text):
    return sorted((c.value_low, c.value_high, c.scope) for c in extracted(text, "strength", "2024-03-04", "Wiki", "w.txt"))


def test_every_value_line_of_a_size_field_is_read_with_its_year():
    assert _strength(PAGE) == [(90, 90, "since 2021; including family members"), (150, 200, "after 2018"),
                               (300, 400, "2006"), (1350, 1650, "2012")]


def test_a_figure_line_after_a_line_that_is_no_size_field_is_not_read():
    page = PAGE.replace("Size150–200 (after 2018)[7]", "Ideology: Salafism")
    assert _strength(page) == []


def test_a_prose_sentence_after_a_size_field_is_read_by_the_prose_rules_only():
    page = PAGE.replace("~1,500 (2012)[8]\n300–400 (2006)[9] Unknown (since 2021), reportedly 90 plus family members.\n",
                        "2012 was the year its fighters moved north.\n")
    assert _strength(page) == [(150, 200, "after 2018")]


def test_value_lines_set_apart_by_blank_lines_are_still_the_field():
    # a scraped infobox often keeps an empty line (or an empty table cell) between a cell's lines
    page = PAGE.replace("[7]\n~1,500", "[7]\n\n~1,500").replace("[8]\n300", "[8]\n | \n300")
    assert _strength(page) == _strength(PAGE)
