"""Claimant roles: which role a claimant's words name.

Roles (DESIGN.md): ``reporter`` (the source itself, the default; other outlets' own
counts too), ``official``, ``perpetrator`` (a group speaking about its own attack),
``researcher``, ``international_org``, ``unknown`` (unnamed sources, witnesses, rumours).
Groups, governments and bodies in the alias table keep the role the table gives them;
the vocabularies below classify the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import aliases
from .statewords import CLEAR_ON_RELOAD, is_capital_name, is_state_name

#: The date the Taliban took Kabul: from then on a Taliban spokesman speaks for the authorities.
TALIBAN_AUTHORITY_FROM = "2021-08-15"

#: A year after the Taliban took Kabul, in the prose of an undated report (not in a reference list's
#: "Retrieved 2023"): the report was written under their rule.
_LATE_YEAR = re.compile(r"\b20(?:2[2-9]|3\d)\b")
_REFERENCE_LINE = re.compile(r"\b(?:Retrieved|Archived|[Aa]ccessed)\b|\^")


@lru_cache(maxsize=4)
def text_era(text: str) -> str | None:
    """For an undated report: a date after the Taliban took Kabul when its prose names a later year
    ("Last year in March 2024, ..."), else None (the roles then read the Taliban as insurgents)."""
    if not _LATE_YEAR.search(text):
        return None
    for line in text.splitlines():
        if _LATE_YEAR.search(line) and not _REFERENCE_LINE.search(line):
            return "2022-01-01"
    return None

INTL = re.compile(
    r"\b(?:U\.?N\.?|UN['\u2019]s|United\s+Nations|UNAMA|Doctors\s+Without\s+Borders|Emergency\s+NGO|Security\s+Council|UNICEF|UNHCR|OCHA|WHO|World\s+Health|Red\s+Cross|"
    r"Red\s+Crescent|ICRC|Amnesty|Human\s+Rights\s+Watch|HRW|M[ée]decins|MSF|World\s+Bank|monitoring\s+team|"
    r"International\s+Organization|IOM|European\s+Union|EU|[Mm]ember\s+[Ss]tates?|UNSC|Sanctions\s+Monitoring|"
    r"[Ss]anctions\s+monitors?|"
    # an aid group or a charity ("a medical charity", "the aid agency", "an NGO")
    r"(?:medical|humanitarian|aid|relief|international)\s+(?:charity|charities|group|agency|agencies|organi[sz]ation)|"
    r"[Cc]harity|NGOs?|[Nn]on-?governmental\s+organi[sz]ations?|"
    r"world\s+(?:body|physique))\b"
)
OFFICIAL = re.compile(
    r"\b(?:officials?|ministry|ministries|ministers?|spokes(?:man|men|woman|person|persons|people)|police|"
    r"governors?|government|authorities|authority|army|military|Pentagon|commanders?|chiefs?|district|provincial|"
    r"generals?|admirals?|colonels?|policem[ae]n|paramedics?|medics?|surgeons?|nurses?|"
    r"president|prime\s+minister|White\s+House|State\s+Department|CENTCOM|Central\s+Command|ISPR|interior|defen[cs]e|"
    r"security\s+forces|administration|hospital|doctors?|health|medical\s+(?:institution|facility|centre|center)|"
    r"department|agency|intelligence|embassy|"
    r"prosecutors?|investigators?|officers?|sources?\s+in\s+the\s+government|mayor|councill?or|"
    r"emergency\s+services|rescue|counter-?terrorism|anti-?terrorism|courts?|judges?|tribunal|(?-i:FIR)|charge[\s\-]?sheet|"
    r"first\s+information\s+report|post-?mortem|autopsy|inquest|Kremlin|Biden|state\s+media|Bakhtar|committee|commission|"
    r"commissioner|superintendent|inspector|magistrate|SHO|DPO|RPO|CPO|CCPO|DHO|SSP|FSB|Inter[\s\-]?Services?|media\s+wing|"
    r"cabinet|parliament|senator|lawmakers?|legislators?|coroner|prosecutor-general|procurator|ombudsman|"
    r"Islamic\s+Emirate|regime|consulate|envoy|ambassador|diplomats?|forces|IRNA|TASS|RIA(?:\s+Novosti)?|Tasnim|"
    r"Fars|PTV|Radio\s+Pakistan|Associated\s+Press\s+of\s+Pakistan|state[\s\-](?:run|owned)|IGP|DIG|DSP|"
    r"(?:security|military|diplomatic|intelligence|official|police|army|government)\s+sources?|"
    r"(?-i:(?:Operations|Operational|Joint|Military|Regional|Air|Africa|Central|Southern|Northern|Special\s+Operations)\s+Command)|"
    r"state\s+(?:broadcaster|television|TV|radio|news(?:\s+agency)?|outlet|channel|news\s+channel)|(?-i:RTA|IRIB)|(?-i:Frontier\s+Corps|Levies|Rangers|Guards?|Corps)|"
    r"(?-i:FC|IRGC|gendarmerie|Gendarmerie|Border\s+Police)|law[\s\-]enforcement|(?:security|special|intelligence)\s+services|"
    r"power\s+(?:structures|agencies|ministries)|siloviki|national\s+security|(?:Foreign|Home)\s+Office|Foreign\s+Affairs|(?-i:FO|MoFA|MOFA|MFA)|"
    # the head of a region or a republic of a federation ("head of the Dagestan Republic", "the region's governor")
    r"(?:head|leader|chief|president|governor)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:republic|region|oblast|krai|territory|"
    r"municipality|prefecture|county)|(?:republic|region|oblast|krai)['\u2019]s\s+(?:head|leader|chief|president|governor))\b"
    r"|\b(?:Gen|Lt|Maj|Brig|Col|Adm|Gov|Sen)\.(?=\s)"
    # a rank without its full stop before a name ("Lt Gen Dempsey", "Maj Gen Ahmed"), the defence departments
    r"|\b(?-i:Lt|Gen|Maj|Brig|Col|Adm|Capt|Cdr|Lt\s+Col|Lt\s+Gen|Maj\s+Gen|Brig\s+Gen)\s+(?=[A-Z])"
    r"|\b(?-i:DoD|DOD|MoD|MOD|NDS|CIA|SIGAR|NATO|ISAF|Resolute\s+Support)\b",
    re.IGNORECASE,
)
RESEARCH = re.compile(
    r"\b(?:researchers?|analysts?|experts?|think[\s\-]tank|institute|tracker|scholars?|professor|"
    r"(?:conducted|conducts|conducting|done|does|carried\s+out)\s+research|policy\s+review|"
    r"ACLED|Long\s+War\s+Journal|Soufan|Crisis\s+Group|(?-i:SITE)|Jamestown|Brookings|(?-i:RAND)|(?-i:CTC)|"
    r"CTC\s+Sentinel|university|Khorasan\s+Diary|research\s+(?:platform|group|organi[sz]ation|firm|cent(?:er|re)|network|project)|"
    r"observatory|ExTrac|Dragonfly|Wilson|fellow)\b",
    re.IGNORECASE,
)
RESEARCH_WEAK = re.compile(r"\b(?:cent(?:er|re)|study|studies|report|data|database|dataset|monitors?|journal)\b", re.IGNORECASE)
UNKNOWN = re.compile(
    r"\b(?:witness(?:es)?|residents?|locals?|villagers|sources?|estimates?|reports?|rumou?rs?|media|"
    r"survivors?|relatives?|some|people|eyewitness(?:es)?|activists?|social\s+media|footage|elders?|mourners?|"
    r"neighbou?rs?|shopkeepers?|a\s+man|a\s+woman|family|families|cousin|brother|father|mother|son|daughter)\b",
    re.IGNORECASE,
)
PERP = re.compile(
    r"\b(?:the\s+group|the\s+militants?|militants|insurgents|jihadists|separatists|rebels|guerrillas|"
    r"(?:rebel|guerrilla)(?=\s+(?:group|fighters?|commanders?|spokes\w+|military|forces|movement|leaders?|sources?)\b)|"
    r"the\s+(?:terror(?:ist)?\s+)?outfit|"
    r"(?:terror(?:ist)?|militant|extremist|jihadist|insurgent|armed|Islamist|banned|outlawed|proscribed|separatist)\s+"
    r"(?:group|organi[sz]ation|outfit|network)|"
    r"propaganda|Amaq|A['\u2019]maq|its\s+(?:news\s+agency|media\s+arm|mouthpiece)|claim\s+of\s+responsibility|"
    r"al-?Naba|Al-?Azaim|Voice\s+of\s+Khurasan|Umar\s+Media|Al-?Emarah|"
    r"claimed\s+responsibility|Telegram\s+channel)\b",
    re.IGNORECASE,
)


#: "said a source in Tajik law enforcement agencies", "a source within the interior ministry": where the
#: unnamed source sits, after the noun (the claimant's words run on to the end of the phrase)
SOURCE_IN = re.compile(r"\s+(?:in|within|inside|at|from|close\s+to)\s+(?P<org>(?:the\s+)?[^,.;:()\"\u201c\u201d]{3,80}?)"
                       r"(?=\s*(?:[,.;:()\"\u201c\u201d]|$)|\s+(?:said|says|told|stating|adding|on|who|as)\b)", re.IGNORECASE)
SOURCE_NOUN = re.compile(r"(?:(?:an?|the|one)\s+)?(?:[\w\-]+\s+)?sources?", re.IGNORECASE)

#: News outlets: their own counts are a reporter's, like the source's.
NEWS = re.compile(
    r"\b(?:Associated\s+Press|AP|AFP|Agence\s+France[\s\-]Presse|Reuters|Xinhua|Anadolu|TOLOnews|Tolo\s+News|Pajhwok|"
    r"BBC|CNN|Al\s+Jazeera|Dawn|Geo\s+News|New\s+York\s+Times|Washington\s+Post|Wall\s+Street\s+Journal|"
    r"Guardian|news\s+agency|broadcaster|newspaper|television|TV|reporters?|correspondents?|journalists?|"
    r"CBS|NBC|ABC|Fox\s+News|Sky\s+News|DW|Deutsche\s+Welle|RFE/RL|Radio\s+Free\s+Europe|Radio\s+Liberty|VOA|"
    r"Voice\s+of\s+America|Ariana\s+News|Khaama|Shamshad|Amu\s+TV|Afghanistan\s+International|Express\s+Tribune|"
    r"ARY|Samaa|Dunya|NDTV|PTI|ANI|IANS|Press\s+Trust\s+of\s+India|Kyodo|EFE|dpa|DPA|Bloomberg|Financial\s+Times|"
    r"Times\s+of\s+India|Hindustan\s+Times|The\s+Hindu|Al\s+Arabiya|Radio\s+Azadi|Etilaatroz|Hasht-e\s+Subh|APA|"
    # an outlet by the shape of its name: "Amaj News", "the Daily Times", "The Frontier Post", "Radio Mashaal", "Kabul Now"
    r"[A-Z][\w\-]+\s+(?:News|Daily|Times|Herald|Tribune|Gazette|Chronicle|Express)|Frontier\s+Post|Radio\s+[A-Z][\w\-]+|"
    r"Kabul\s+Now|Amu\s+TV|Zan\s+Times|Rukhshana)\b")


#: A state named as the speaker ("The United Arab Emirates said", "Pakistan confirmed"): its government's word.
STATE = re.compile(
    r"(?:the\s+)?(?:United\s+States(?:\s+of\s+America)?|U\.S\.?|US|USA|America|United\s+Kingdom|U\.K\.?|UK|Britain|"
    r"Great\s+Britain|France|Germany|Italy|Spain|Russia|China|India|Pakistan|Afghanistan|Iran|Iraq|Syria|Turkey|T\u00fcrkiye|"
    r"Saudi\s+Arabia|United\s+Arab\s+Emirates|U\.A\.E\.?|UAE|Qatar|Kuwait|Bahrain|Oman|Jordan|Egypt|Israel|Japan|"
    r"South\s+Korea|Australia|Canada|Norway|Sweden|Denmark|Netherlands|Belgium|Poland|Tajikistan|Uzbekistan|"
    r"Turkmenistan|Kyrgyzstan|Kazakhstan|Bangladesh|Nepal|Sri\s+Lanka|Indonesia|Malaysia)",
    re.IGNORECASE)

#: State news agencies speak for their governments.
STATE_NEWS = re.compile(r"\b(?:state(?:-run|-owned)?|official|IRNA|TASS|RIA|Tasnim|Fars|PTV|Radio\s+Pakistan|Bakhtar|"
                         r"Associated\s+Press\s+of\s+Pakistan)\b", re.IGNORECASE)


def classify(who: str, published: str | None = None) -> str:
    """The role of a claimant given as words."""
    if "by" in who:  # "police sources quoted by AFP": the police speak, the agency passes it on
        who = _PASSED_ON_BY.sub("", who) or who
    taliban_rule = None if not published else published >= TALIBAN_AUTHORITY_FROM
    if " that " in who and (m := _REPORTS_THAT.match(who)) and m.end() < len(who):
        # "NBC News reports that US and Afghan officials": the outlet passes on the officials' figure
        inner = _classify(who[m.end() :], taliban_rule)
        if inner not in ("unknown", "reporter"):
            return inner
    return _classify(who, taliban_rule)


_REPORTS_THAT = re.compile(r".*?\b(?:reports?|reported|says|said|writes|wrote|notes|noted)(?:\s+[\w,]+){0,4}?\s+that\s+",
                           re.IGNORECASE | re.DOTALL)
#: a state's title before a person's name: another man of the same name as a group's leader ("Kunduz Governor
#: Mohammad Omar" is no Mullah Omar)
_STATE_TITLE_BEFORE = re.compile(
    r"\b(?:governor|minister|mayor|police\s+chief|district\s+chief|provincial|deputy\s+governor|spokes\w+\s+for\s+the\s+"
    r"(?:ministry|governor)|general|gen\.|colonel|col\.|president|ambassador|senator|MP|lawmaker)\b[^,;]*$", re.IGNORECASE)


#: "a Reuters witness and medics", "AFP reporters and police": an outlet's own eyes beside an official's word; the
#: count is the official's
_OFFICIAL_BESIDE_NEWS = re.compile(r"\b(?:and|&)\s+(?:the\s+|local\s+|hospital\s+)?(?:medics|doctors|officials|police|"
                                   r"paramedics|hospital\s+staff|health\s+workers|rescuers|authorities)\b|"
                                   r"\b(?:medics|doctors|officials|police|paramedics|authorities)\s+(?:and|&)\s+", re.IGNORECASE)


_PASSED_ON_BY = re.compile(r"\s*,?\s+(?:as\s+)?(?:quoted|cited|interviewed|contacted|reached)\s+by\s+.*$", re.IGNORECASE | re.DOTALL)


#: A group named as what the claimant studies, fights or speaks about ("an expert on ISKP",
#: "officials fighting the Taliban") is not the claimant's own side.
_ABOUT_GROUP = re.compile(
    r"\b(?:on|about|against|into|fighting|tracking|studying|covering|monitoring|of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_HEAD_BEFORE_GROUP = re.compile(
    r"\b(?:expert|experts|researchers?|research|analysts?|scholars?|specialists?|monitor(?:s|ing)?|team|panel|report|study|"
    r"sanctions|observers?|professor|fellow|journalists?|correspondents?)\b", re.IGNORECASE)
#: A strike or raid on a group named in the claimant's words: the group is its target, not the speaker
_STRIKE_ON = re.compile(
    r"\b(?:air\s*strikes?|strikes?|raids?|attacks?|operations?|bombings?|bombardment|offensive|assaults?|shelling|"
    r"drone\s+strikes?)\s+(?:on|against|targeting|aimed\s+at)\s+(?:the\s+|suspected\s+|alleged\s+)?$"
    r"|\b(?:bombing|shelling|bombardment|pounding)\s+of\s+(?:the\s+|suspected\s+|alleged\s+)?$", re.IGNORECASE)
#: The Taliban as the state: their government's words are an official's whenever they are written.
_TALIBAN_STATE = re.compile(
    r"\bTaliban(?:['\u2019]s)?[\s\-]+(?:led|run|appointed|controlled|installed|government|authorities|administration|regime|"
    r"ministry|ministries|interior|defen[cs]e|police|cabinet|officials?|health|governor|provincial|"
    r"intelligence|security\s+forces|deputy)\b|\bIslamic\s+Emirate\b|\bde\s+facto\b",
    re.IGNORECASE)
#: "a Taliban spokesman": the state's voice after August 2021 (or when the date is unknown), the insurgents' before
_TALIBAN_VOICE = re.compile(r"\bTaliban(?:['\u2019]s)?[\s\-]+(?:chief\s+)?spokes\w+", re.IGNORECASE)


#: Words that make a noun phrase a person's title ("chief spokesman", "police chief", "minister"), as a
#: regex alternation (sayer and coref embed it).
TITLE_WORDS = (
    r"spokes\w+|minister|chief|commander|director|head|governor|official|officer|envoy|ambassador|deputy|"
    r"president|secretary|general|researcher|analyst|expert|fellow|professor|leader|emir|commissioner|"
    r"superintendent|inspector|coordinator|representative|adviser|advisor|doctor|surgeon|chancellor|rector|dean|registrar"
)


#: A capital alone as the subject of a reporting verb stands for its government ("Islamabad maintained that");
#: (read by claimants for the subject of a verb only: "Kabul:" opening a story is a dateline, no speaker).
CAPITAL = re.compile(
    r"(?:Islamabad|Kabul|Tehran|Teheran|New\s+Delhi|Delhi|Washington|Beijing|Moscow|Dushanbe|Tashkent|Ashgabat|Bishkek|"
    r"Astana|Ankara|Riyadh|Doha|Baghdad|Damascus)")


def is_capital(who: str) -> bool:
    """A capital alone ("Islamabad", or any capital the gazetteer gives a country) stands for its government."""
    return CAPITAL.fullmatch(who) is not None or is_capital_name(who)


#: A hospital named as an institute or a college ("Pakistan Institute of Medical Sciences", "a medical college"):
#: its spokesman gives a hospital's count, an official's, not a researcher's
_MEDICAL_INSTITUTE = re.compile(
    r"\b(?:Institute|College|University|Cent(?:er|re))\s+of\s+(?:Medical|Medicine|Health|Cardiology|Neuro\w*|Trauma|"
    r"Child\s+Health|Surgery)|\b(?:Medical|Medicine|Health)\s+(?:Sciences?\s+)?(?:Institute|College|University|Cent(?:er|re))\b",
    re.IGNORECASE)


@lru_cache(maxsize=8192)
def _classify(who: str, taliban_rule: bool | None) -> str:
    """``taliban_rule``: written after the Taliban took Kabul (None: the date is not known)."""
    actor_roles = []
    for m in aliases.find_actors(who):
        a = m.actor
        lead = who[: m.start]
        if a.type == "group" and lead and _ABOUT_GROUP.search(lead) and _HEAD_BEFORE_GROUP.search(lead):
            continue  # "an expert on ISKP": the group is the topic, not the speaker
        if a.type == "group" and lead and _STRIKE_ON.search(lead):
            continue  # "villagers who saw the raid on Taliban positions": the group is the raid's target
        if a.type == "person" and lead and _STATE_TITLE_BEFORE.search(lead) and not any(
                b.actor.type == "group" for b in aliases.find_actors(lead)):
            continue  # "Kunduz Governor Mohammad Omar": a namesake in office, not the group's man
        if a.type == "person" and a.group:
            g = aliases.table().actors.get(a.group)
            actor_roles.append((g.id if g else a.group, g.role if g else None))
        else:
            actor_roles.append((a.id, a.role))
    for aid, role in actor_roles:
        if aid == "Taliban":
            if PERP.search(who) and not _TALIBAN_STATE.search(who):
                return "perpetrator"
            if taliban_rule or _TALIBAN_STATE.search(who):
                return "official"
            if taliban_rule is None and _TALIBAN_VOICE.search(who):
                return "official"  # (undated: the state's spokesman is the likelier reading today)
            return "perpetrator"
        if role == "perpetrator":
            return "perpetrator"
    if INTL.search(who):
        return "international_org"
    for _aid, role in actor_roles:
        if role in ("official", "international_org", "researcher"):
            return role
    medical = _MEDICAL_INSTITUTE.search(who)
    if RESEARCH.search(who) and not medical:
        return "researcher"  # "an independent researcher who tracks the group": the researcher's
    if medical and not PERP.search(who):
        return "official"  # "the vice chancellor of the Institute of Medical Sciences": a state hospital's head
    if PERP.search(who):
        return "perpetrator"
    if NEWS.search(who) and not STATE_NEWS.search(who) and not _OFFICIAL_BESIDE_NEWS.search(who):
        return "reporter"  # another outlet's own count ("a tally by The Associated Press")
    if OFFICIAL.search(who):
        return "official"
    if RESEARCH_WEAK.search(who):
        return "researcher"
    if STATE.fullmatch(who.strip()) or is_state_name(who):
        return "official"  # "The United Arab Emirates said": a state speaks through its government (any country of the gazetteer)
    return "unknown"


@lru_cache(maxsize=1024)
def publisher_role(publisher: str | None) -> str:
    """The role of a source's own words (a claim no one else is credited with): a research institute's or a
    think tank's study speaks as a researcher, a UN body's report as an international organisation, any other
    publisher as a reporter."""
    if not publisher or _COPY.search(publisher):
        return "reporter"
    if INTL.search(publisher):
        return "international_org"
    if RESEARCH.search(publisher) and not NEWS.search(publisher) and not _MEDICAL_INSTITUTE.search(publisher):
        return "researcher"
    return "reporter"


#: a publisher named as another outlet's copy ("Prophecy Tracker (New York Post copy)"): the outlet's words
_COPY = re.compile(r"\b(?:copy|mirror|repost|syndicated)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def could_be_claimant(who: str) -> bool:
    return bool(INTL.search(who) or OFFICIAL.search(who) or RESEARCH.search(who) or RESEARCH_WEAK.search(who)
                or UNKNOWN.search(who) or PERP.search(who) or aliases.find_actors(who) or STATE.fullmatch(who.strip()) or is_state_name(who))


aliases.ON_RELOAD.extend([_classify.cache_clear, could_be_claimant.cache_clear, publisher_role.cache_clear])
CLEAR_ON_RELOAD.extend([_classify.cache_clear, could_be_claimant.cache_clear])  # (a gazetteer of new states)
