"""Who was killed or hurt, as a label from a small vocabulary.

Labels: people (unspecified, "others", "victims"), civilians, soldiers, us_troops
(American or U.S. soldiers, troops, servicemembers, marines), police,
security_forces, worshippers, students, children, women, militants, afghans,
pakistanis, americans, foreigners, journalists, aid_workers, workers, officials,
prisoners, passengers, teachers (groups a toll of everyone holds: "21 passengers" is no total).
"13 American soldiers" and "13 U.S. servicemembers" both give us_troops.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .fastrx import factored, top_alternatives

VICTIM_LABELS = (
    "people", "civilians", "soldiers", "us_troops", "police", "security_forces", "worshippers", "students",
    "children", "women", "militants", "afghans", "pakistanis", "americans", "foreigners", "journalists",
    "aid_workers", "workers", "officials", "prisoners", "passengers", "teachers",
)

#: after a form that is also an adjective ("Chinese", "Lithuanian"): no noun follows, so it names people
_NO_NOUN_AFTER = (r"(?=\s+(?:and|or|as\s+well\s+as|were|was|are|is|have|has|had|killed|died|dead|wounded|injured|hurt|"
                  r"among|amongst|who|from|in|at|on)\b|\s*[,.;:)\u2014\u2013]|\s+-\s|$)")


def _load_demonyms() -> tuple[dict[str, str], str]:
    """data/demonyms.txt: {form: label} and the regex of every form (case-sensitive; a form that is also
    an adjective only where no noun follows it)."""
    labels: dict[str, str] = {}
    for line in (Path(__file__).resolve().parent.parent / "data" / "demonyms.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        label, _, forms = line.partition(":")
        for form in forms.replace("|", ",").split(","):
            if form.strip():
                labels[form.strip()] = label.strip()
    alts = []
    for form in sorted(labels, key=len, reverse=True):
        rx = r"\s+".join(re.escape(w) for w in form.split())
        plural = form.endswith("s") and not form.endswith("ss")
        alts.append(rx if plural else rx + _NO_NOUN_AFTER)
    # joined under their first letters (fastrx.factored): the same matches, but a position is tried against
    # the forms of its own letter only, not the ~260 forms of every nation
    return labels, "(?-i:" + factored(alts) + ")"


_DEMONYM_LABELS, _DEMONYM_NOUN = _load_demonyms()


def demonym_forms() -> dict[str, str]:
    """data/demonyms.txt as {form: label} ("Iranians": "iranians", "Iranian": "iranians")."""
    return dict(_DEMONYM_LABELS)

# head noun (regex) -> label; order matters (longest / most specific first)
_NOUNS: list[tuple[str, str]] = [
    (r"service\s*members|servicemembers|service\s*men|servicemen|service\s+personnel|military\s+personnel|"
     r"army\s+personnel|troops|soldiers|marines|sailors|airmen|paratroopers|commandos|cadets|recruits|conscripts|"
     r"soldier|trooper|marine|service\s*member|servicemember|serviceman|sailor|airman|cadet|recruit|commando|"
     r"peacekeepers|peacekeeper|"
     r"(?:navy|naval|air\s+force|army|military|defence|defense)\s+(?:personnel|officers?)|sepoys?|jawans?|"
     r"(?:frontier\s+corps|FC|levies|rangers|paramilitary|frontier\s+constabulary|scouts)\s+(?:\([A-Za-z]{1,7}\)\s+)?(?:personnel|men)",
     "soldiers"),
    # (the singular compounds before a bare "police": "one police officer were killed" reads the whole noun)
    (r"police\s*(?:officers|men|women|personnel|officials|guards|recruits|cadets)|policemen|policewomen|"
     r"police\s*(?:officer|man|woman|official|guard)|police|"
     r"cops|constables|border\s+guards|border\s+police|traffic\s+police|"
     r"policeman|policewoman|cop|constable|officer|gendarmes|gendarme|"
     # a police force's unit by its name ("Elite Force personnel", "Dolphin Force officials", "CTD men")
     r"(?:(?:elite|dolphin)\s+(?:police\s+)?force|elite\s+police|counter[\s-]terrorism\s+department|CTD)\s+"
     r"(?:\([A-Za-z]{1,7}\)\s+)?(?:personnel|men|officials|officers|commandos|members)", "police"),
    (r"security\s+(?:forces|personnel|guards|officials|officers|men|staff)|security\s+force\s+(?:personnel|members)|"
     # "Central Reserve Police Force (CRPF) personnel", "Border Security Force jawans": a force's people
     r"(?:force|forces|police|guard|guards)['\u2019]?\s+(?:\([A-Za-z]{1,7}\)\s+)?(?:personnel|men)|"
     r"(?-i:[A-Z]{2,6})\s+personnel|guards|militiamen|militia\s+members|"
     r"pro-government\s+militia(?:men)?|bodyguards|security\s+(?:guard|official|officer)|guard|militiaman|bodyguard", "security_forces"),
    (r"civilians|non-combatants|noncombatants|civilian", "civilians"),
    (r"worshippers|worshipers|devotees|congregants|pilgrims|mourners|faithful|namazis|prayer-goers|"
     r"churchgoers|mosque-goers|worshipper|worshiper|pilgrim|mourner", "worshippers"),
    (r"students|pupils|schoolchildren|schoolgirls|schoolboys|learners|graduates|student|pupil|schoolgirl|schoolboy", "students"),
    (r"children|kids|minors|boys|girls|infants|babies|toddlers|teenagers|teens|youngsters|child|boy|girl|infant|baby|"
     r"toddler|teenager|minor", "children"),
    (r"women|mothers|widows|wives|pregnant\s+women|female\s+\w+|woman|mother", "women"),
    (r"militants|fighters|insurgents|terrorists|jihadists|attackers|gunmen|assailants|rebels|extremists|"
     r"suicide\s+bombers|bombers|commanders|Taliban|Talibans|mujahideen|mujahidin|rebels|operatives|militant|fighter|"
     r"insurgent|terrorist|jihadist|attacker|gunman|assailant|commander|bomber|cadres|cadre", "militants"),
    (r"Afghans|Afghan\s+(?:civilians|nationals|citizens|civilian|national|citizen)", "afghans"),
    (r"Pakistanis", "pakistanis"),
    (r"Americans", "americans"),
    # one national ("an Afghan", "one Pakistani"), and nationals of countries outside the region
    (r"Afghan\s+(?:man|woman)|Afghan(?=\s+(?:and|or|have|has|had|were|was|is|are|killed|died|dead|wounded|injured)\b|\s*[,.;]|$)", "afghans"),
    (r"Pakistani\s+(?:civilian|national|citizen)s?|Pakistani(?=\s+(?:and|or|have|has|had|were|was|is|are|killed|died|dead|wounded|injured)\b|\s*[,.;]|$)", "pakistanis"),
    (r"Spaniards|Spaniard|Britons|Briton|Germans|Russians|Italians|Norwegians|Canadians|Australians|Koreans|Turks|"
     r"Frenchmen|Frenchman|Chinese\s+(?:nationals|citizens|workers|engineers)|vacationers|holidaymakers|"
     r"holiday-makers|sightseers|backpackers|"
     # one of them, where no noun follows ("a Russian among the climbers", "one Canadian and two Britons")
     rf"(?-i:(?:German|Russian|Italian|Norwegian|Canadian|Australian|Korean|Turk){_NO_NOUN_AFTER})", "foreigners"),
    (r"foreigners|tourists|cyclists|nationals|expatriates|expats|foreign\s+nationals", "foreigners"),
    # the people of another country ("five Ukrainians", "two Chinese were killed"): a label per nation
    (_DEMONYM_NOUN, "demonym"),
    (r"journalists|reporters|media\s+workers|cameramen|photographers|journalist|reporter|cameraman|photographer", "journalists"),
    (r"aid\s+workers|humanitarian\s+workers|health\s+workers|healthcare\s+workers|polio\s+workers|vaccinators|"
     r"deminers|doctors|nurses|medics|paramedics|rescuers|rescue\s+workers|NGO\s+workers|aid\s+worker|"
     r"health\s+worker|polio\s+worker|vaccinator|doctor|nurse|medic|paramedic|rescuer|"
     r"firefighters|firemen|firefighter|fireman", "aid_workers"),
    (r"workers|labourers|laborers|miners|employees|staff\s+members|staff(?:ers)?|engineers|drivers|"
     # trades named at a place the victims worked: "a local pony operator", "two tea vendors", "a tour guide"
     r"operators|guides|porters|vendors|traders|merchants|hawkers|shopkeepers|businessmen|contractors|cooks|waiters|"
     r"clerks|tailors|labourer|laborer|operator|guide|porter|vendor|trader|merchant|hawker|businessman|contractor|"
     r"cook|waiter|clerk|tailor", "workers"),
    (r"passengers|passenger", "passengers"),
    (r"teachers|teacher", "teachers"),
    (r"officials|lawmakers|politicians|judges|prosecutors|parliamentarians|MPs|legislators|diplomats|official|"
     r"lawmaker|politician|judge|prosecutor|diplomat|governor|minister|mayor", "officials"),
    (r"prisoners|inmates|detainees|captives|hostages", "prisoners"),
    (r"Shia|Shi['\u2019]a|Shiite|Hazara|Sikh|Hindu|Ahmadi|Ismaili|Ismailis|Sufi|personnel|other", "people"),
    (r"people|persons|person|individuals|others|victims|lives|bystanders|residents|villagers|shoppers|"
     r"wedding\s+guests|guests|family\s+members|relatives|Hazaras|Shias|Shiites|Shi['\u2019]ites|Sikhs|Hindus|"
     r"Christians|Sufis|Muslims|Ahmadis|men|elders|tribal\s+elders|clerics|scholars|voters|spectators|fans|"
     r"players|locals|refugees|migrants|returnees|protesters|demonstrators|supporters|members|"
     r"customers|diners|patients|visitors|Muslims|Uzbeks|Tajiks|Uyghurs|Pashtuns|Baloch|"
     r"fishermen|farmers|shepherds|nomads|Kuchis|man|bystander|resident|villager|shopkeeper|driver|"
     r"cleric|imam|elder|farmer|shepherd|local|tourist|cyclist|foreigner|national|citizens|citizen|worker|employee|more|them|officers|"
     r"outlaws|riders|rider|climbers|mountaineers|hikers|trekkers|climber|mountaineer|hiker|trekker", "people"),
]

#: The regex of any victim head noun, for embedding in rules.
VICTIM_NOUN = factored([a for n, _ in _NOUNS for a in top_alternatives(n)])  # (fastrx) "(?:" + "|".join(nouns) + ")"
_LABEL_RX = [(re.compile(r"\b(?:" + n + r")\b", re.IGNORECASE if lab not in ("militants",) else 0), lab) for n, lab in _NOUNS]
_US = re.compile(r"\b(?:American|Americans|U\.\s?S\.?|US|United\s+States)\b")
_AMERICAN = re.compile(r"\b(?:American|US)\b|\bU\.\s?S\.")
_GROUP_OF_PEOPLE = re.compile(r"\b(?:members|operatives|loyalists|cadres|Shia|Sikh|Hindu|Muslims?|Christians?)\b", re.IGNORECASE)
_SOLDIER_LIKE = {"soldiers"}
_SERVICE_MEMBERS = re.compile(r"\bservice\s*members?\b", re.IGNORECASE)
# a capitalized modifier (a nationality, an alliance, a service) before the head names another force
_OTHER_FORCE = re.compile(r"\b[A-Z][\w'\-]*\s+(?:[\w\-]+\s+)?service\s*members?\b")


_PEOPLE_THEN_APPOS = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:people|persons|victims)\s*(?:-|\u2014|\u2013|:)\s*\w", re.IGNORECASE)


@lru_cache(maxsize=8192)
def victim_label(np: str) -> str:
    """The label of a victim noun phrase ("13 American soldiers" -> us_troops)."""
    if not np:
        return "people"
    if _PEOPLE_THEN_APPOS.match(np):
        return "people"  # "173 people - officials and civilians killed": everyone, told by kind after a dash
    best = None
    for rx, lab in _LABEL_RX:
        for m in rx.finditer(np):
            # the head is the last noun, and the longest one ending there ("service members", not "members")
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[0]:
                best = (key, lab if lab != "demonym" else _DEMONYM_LABELS[" ".join(m.group(0).split())])
    if best is None:
        return "people"
    lab = best[1]
    if lab == "soldiers" and _US.search(np):
        return "us_troops"
    if lab == "soldiers" and _SERVICE_MEMBERS.search(np) and not _OTHER_FORCE.search(np):
        # "service members" is the Pentagon's word: "the 13 service members killed" are U.S. troops unless
        # another force is named ("Pakistani service members", "NATO service members")
        return "us_troops"
    if lab == "people" and _US.search(np) and re.search(r"\bservice\b|\bmilitary\b|\barmy\b", np, re.IGNORECASE):
        return "us_troops"
    if lab == "people" and _AMERICAN.search(np) and not _GROUP_OF_PEOPLE.search(np):
        return "americans"  # "seven American CIA officers", "two U.S. citizens": of no group listed, Americans all the same
    if lab == "people" and re.search(r"\bmembers\s+of\s+(?:the\s+)?security\s+forces\b", np, re.IGNORECASE):
        return "security_forces"
    if lab == "people" and re.search(r"\b(?:members|operatives|loyalists|cadres)\b", np, re.IGNORECASE):
        from .. import aliases  # "two IS members", "members of the ISIS group": an armed group's people

        if any(a.actor.type == "group" for a in aliases.find_actors(np)):
            return "militants"
    return lab


def _register() -> None:
    from .. import aliases

    aliases.ON_RELOAD.append(victim_label.cache_clear)


_register()
