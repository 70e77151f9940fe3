"""Page furniture of scraped pages that must give no claim (photo captions with a photographer's credit, teasers
of linked stories, lists of links under a label or under the article, reference lists), each with phrasings of our
own, and near-misses that must still give their claims (a toll in a short paragraph, a cut-off last paragraph, a
numbered list of attacks in the body, a bracketed agency at the end of a story)."""
import pytest

from reconcile.benchmarks.extract import source
from reconcile.extract import extract_claims
from reconcile.extract.segment import segment


def tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.kind, c.value_low, c.value_high) for c in extract_claims(source(text)) if c.kind in ("killed", "injured"))


LEAD = "A bomb tore through a vegetable market in Ghazni on Monday, killing nine people, police said.\n\n"
LEAD_TOLL = [("killed", 9, 9)]

CAPTIONS = [
    # a photographer's credit after the agency, after the photo's date line
    "Residents search the rubble of a shop in Ghazni, Afghanistan, May 4, 2015. At least 14 people were killed in "
    "the blast, officials said. REUTERS/Jane Roe",
    # the photographer's name, then the agency
    "A wounded boy rests on a hospital bed in Ghazni on Monday. Twenty people were hurt in the explosion, doctors "
    "said. Str / AP",
    "Mourners carry a coffin through the streets of the town. Eleven died in the attack. Karim Noor / AFP via Getty Images",
    "Men carry a wounded boy to a clinic in Ghazni on Monday, March 2, 2015. Nine died in the blast. (AP Photo/Jane Roe)",
    "Rescuers dig through the rubble of a shop, Monday, May 4, 2015. Six were killed there. (Reuters)",
    # an agency in brackets, after a dated photo line
    "An elderly man, who was injured in the blast, is treated at a clinic in Ghazni, Afghanistan, Sept. 6, 2015. "
    "At least 12 people were killed and about 30 were wounded, police said. [Agencies]",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_with_a_credit_gives_no_claim(caption):
    assert tolls(LEAD + caption + "\n\nThe governor visited the market on Tuesday.") == LEAD_TOLL


def test_a_caption_that_alone_gives_a_figure_is_still_furniture():
    text = ("Gunmen attacked a police post in Zabul on Monday night, officials said.\n\n"
            "Police officers stand guard near the post in Zabul, Afghanistan, March 2, 2016. Six officers were "
            "killed in the assault. REUTERS/John Doe\n\nThe Taliban have not commented.")
    assert tolls(text) == []


NOT_CAPTIONS = [
    # a story's last paragraph that ends with a bracketed agency: no photo line, still the story
    ("Officials said five policemen were killed in the attack. [Agencies]", [("killed", 5, 5)]),
    # a slash in the body that is no credit
    ("Officials said 7 guards died and 12 were wounded on the Kabul/Jalalabad highway.", [("injured", 12, 12), ("killed", 7, 7)]),
    # ... or with the agency in parentheses, or a video's lead signed so
    ("Officials said five policemen were killed in the attack. (AFP)", [("killed", 5, 5)]),
    ("Officials say gunmen attacked a checkpoint, reportedly killing at least 10 guards. (Reuters)", [("killed", 10, None)]),
    # a short paragraph with a toll, no credit at all
    ("Eight soldiers were wounded.", [("injured", 8, 8)]),
]


@pytest.mark.parametrize("para,expected", NOT_CAPTIONS)
def test_a_story_paragraph_keeps_its_claims(para, expected):
    assert set(expected) <= set(tolls(LEAD + para))


TEASERS = [
    "Suspected militants killed four teachers and wounded two others at a school in Khost on Friday\u2026 Read more \u00bb",
    "Thirteen people were killed when the convoy was hit near the border...more",
    "Gunmen shot dead six labourers at a brick kiln in the south... Read more",
    "A roadside bomb killed three soldiers in Kunar, the army said... Continue reading",
]


@pytest.mark.parametrize("teaser", TEASERS)
def test_a_teaser_of_another_story_gives_no_claim(teaser):
    assert tolls(LEAD + teaser + "\n\nThe governor visited the market on Tuesday.") == LEAD_TOLL


def test_a_teaser_alone_on_an_aggregator_page_is_its_text():
    text = ("Gunmen kill six at a brick kiln\n\nGunmen shot dead six labourers at a brick kiln in the south on "
            "Sunday, police said, and wounded four others who\u2026 read full story")
    assert ("killed", 6, 6) in tolls(text)


def test_a_sentence_ending_on_more_is_no_teaser():
    assert ("injured", 31, None) in tolls(LEAD + "More than 30 were injured and doctors fear there are more.")


LABELS = ["Related readings:", "Also read", "Most Popular", "More from this section", "Top stories", "Read more:"]
LINKS = ("Bombers kill 28 army recruits at a training base outside the northern city\n"
         "Four dead as rockets strike the airport of the capital on Sunday night\n"
         "Minister says talks with the rebels will go on despite the violence\n")


@pytest.mark.parametrize("label", LABELS)
def test_titles_under_a_list_label_give_no_claim(label):
    text = LEAD + label + "\n" + LINKS + "\nPolice said 14 others were wounded in the market."
    assert tolls(text) == sorted(LEAD_TOLL + [("injured", 14, 14)])


def test_titles_after_the_article_give_no_claim():
    text = (LEAD + "Doctors said 14 others were wounded.\n\n"
            "At least 2 killed, 5 hurt in grenade attack in the east\n"
            "Minister says talks with the rebels will go on despite the violence\n"
            "\u00a9 2019 Example Media. All rights reserved")
    assert tolls(text) == sorted(LEAD_TOLL + [("injured", 14, 14)])


def test_a_cut_off_last_paragraph_still_gives_its_claim():
    text = (LEAD + "Doctors at the provincial hospital said the blast, which struck at the busiest hour, also left "
            "23 people wounded, among them several traders and")
    assert ("injured", 23, 23) in tolls(text)


def test_a_reference_list_gives_no_claim():
    text = (LEAD + "References\n"
            '1. ^ "Gunmen kill 27 worshippers at a shrine in the west". Example Times. 6 March 2020. Retrieved 7 March 2020.\n'
            '2. ^ a b "Seven wounded in blast at a wedding hall". Example News. 8 March 2020.\n')
    assert tolls(text) == LEAD_TOLL


def test_a_numbered_list_of_attacks_in_the_body_keeps_its_claims():
    text = ("The province saw three major attacks this spring.\n\n"
            "1. On 4 May, a bomb killed 12 people at a bus station in Kandahar.\n"
            "2. On 19 May, gunmen wounded 8 guards at a checkpoint in Helmand.\n")
    assert tolls(text) == [("injured", 8, 8), ("killed", 12, 12)]


def test_furniture_is_marked_with_exact_offsets():
    text = LEAD + "Related stories:\n" + LINKS + "\nPolice said 14 others were wounded."
    sents = segment(text)
    marked = [text[s.start : s.end] for s in sents if s.boilerplate]
    assert marked[0] == "Related stories:" and marked[1].startswith("Bombers kill 28")
    assert not any(s.boilerplate for s in sents if "14 others" in text[s.start : s.end])


THREADS = [
    "Reader Comments (3)\n\n  \u2022 farid_k\n    Mar 3, 2012 - 4:19PM\n\n    Another 40 innocents killed and nobody is punished.\n",
    "2 Comments\n\nsamir says:\nJune 5, 2011 at 4:12 pm\n\nThey said 12 died but my cousin counted at least 30 bodies.\n",
    "Leave a Reply\n\nguest_reader\n3 months ago\n\nAt least 100 were wounded that night, I was there.\n",
]


@pytest.mark.parametrize("thread", THREADS)
def test_readers_comments_give_no_claim(thread):
    assert tolls(LEAD + "Doctors said 14 others were wounded.\n\n" + thread) == sorted(LEAD_TOLL + [("injured", 14, 14)])


def test_a_comment_form_before_the_story_leaves_the_story():
    text = ("Comments\nYour Name\nYour e-mail (optional)\nComments have been closed on this article.\n\n" + LEAD
            + "Doctors said 14 others were wounded.")
    assert tolls(text) == sorted(LEAD_TOLL + [("injured", 14, 14)])


def test_a_story_that_quotes_a_time_keeps_its_claims():
    text = ("Comments\n\n" + LEAD + "The blast went off at 4:12 pm. Doctors said 14 others were wounded.")
    assert tolls(text) == sorted(LEAD_TOLL + [("injured", 14, 14)])


TICKERS = [
    "Breaking: five killed as a bomb hits a bus in the south of the province | Two soldiers wounded in a raid on a "
    "checkpoint near the border | Minister calls for calm after the attacks",
    "Latest \u2022 Six dead in a mortar strike on a school in the east \u2022 Fourteen hurt as a grenade is thrown into "
    "a crowded market \u2022 Talks resume in the capital",
]


@pytest.mark.parametrize("ticker", TICKERS)
def test_a_ticker_line_gives_no_claim(ticker):
    assert tolls(ticker + "\n\n" + LEAD) == LEAD_TOLL
    assert tolls(LEAD + ticker + "\n\nThe governor visited the market on Tuesday.") == LEAD_TOLL


def test_a_standfirst_under_the_title_still_gives_its_claim():
    text = ("Blast hits a market in the south\n\nThe explosion, which struck at the busiest hour of the morning, "
            "also left more than 40 people wounded\n\n" + LEAD)
    assert ("injured", 41, None) in tolls(text)



def test_key_points_after_the_article_keep_their_claims():
    text = (LEAD + "Key points\n"
            "Two bombers blew themselves up at the gates of the market\n"
            "At least 16 people lost their lives in the attack and 57 others were wounded\n"
            "Protesters took to the streets of three cities on the same evening\n")
    assert ("injured", 57, 57) in tolls(text)


DATED_CAPTIONS = [
    "The crater left by a roadside bomb in Kunar that killed one soldier and wounded six others, 14 July 2015.",
    "Relatives mourn three guards killed in the raid on the post, March 2, 2016.",
    "Wreckage of the bus in which nine passengers died, Sept. 4, 2012.",
]


@pytest.mark.parametrize("caption", DATED_CAPTIONS)
def test_a_caption_dated_at_its_end_gives_no_claim(caption):
    assert tolls(LEAD + caption + "\n\nThe governor visited the market on Tuesday.") == LEAD_TOLL


NOT_DATED_CAPTIONS = [
    ("Gunmen killed four guards at the post, officials said on Monday, 14 July 2015.", ("killed", 4, 4)),
    ("Gunmen killed four guards at the post on Monday, 14 July 2015.", ("killed", 4, 4)),
    ("The raid began at dawn. Gunmen killed four guards at the post, 14 July 2015.", ("killed", 4, 4)),
]


@pytest.mark.parametrize("para,claim", NOT_DATED_CAPTIONS)
def test_a_story_sentence_ending_on_a_date_keeps_its_claim(para, claim):
    assert claim in tolls(LEAD + para)
