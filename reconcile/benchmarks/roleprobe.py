"""A role probe: how reports tell an armed group's own figure for its attack, generated from independent
axes (who speaks for the group, how the claim is told, the figure, who relays it, what the report said
before), each case with the role a fact-checker expects of every figure; plus near misses whose figure is
no group's own (an official's denial, the government's count beside the group's, a group denying an attack,
a rival group's words, the reporter's own toll beside "X claimed responsibility", the victims' group named).

    python -m reconcile.benchmarks.roleprobe [--cases 1500] [--seed 9] [--examples 3]

Prints, per axis value, the cases whose figure came out with another role (or as no claim), a few failing
reports per worst axis value, then the near misses. A measurement, not a test: tests/test_perp9.py asserts
the phrasings that pass. Every sentence is written here, in our own words, about invented figures.

Conventions (DESIGN.md; the golds of the blind rounds): a group's own statement about its attack is
``perpetrator`` whoever passes it on (its spokesman, its news agency or channel, a wire or a state agency
relaying it: "the group said ..., according to IRNA" is the group's figure); the figure of a sentence that
only says a group claimed the attack ("X claimed the bombing, which killed 13") is the reporter's; an
official's words (even about a group's claim) are ``official``; a group's words about another group's
attack, or its denial, are no perpetrator's figure.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field

from .phrasing import Expect, claims_of, distinct, probe_arguments, table, worst_examples, write_failures

#: group key -> (names as written, aliases as written, a named spokesman, its news agency or channel, a date
#: the report may carry: the Taliban speak as insurgents only before August 2021)
GROUPS = {
    "TTP": (["the Tehreek-e-Taliban Pakistan", "the Pakistani Taliban"], ["the TTP", "TTP"], "Mohammad Khurasani",
            ["Umar Media", "the TTP's Umar Media channel"], None),
    "BLA": (["the Baloch Liberation Army", "the Balochistan Liberation Army"], ["the BLA", "BLA"], "Jeeyand Baloch",
            ["the BLA's Telegram channel", "the Telegram channel of {name}"], None),
    "ISKP": (["the Islamic State Khorasan Province", "Islamic State"], ["IS-K", "ISKP", "ISIS-K"], None,
             ["Amaq", "the Amaq news agency", "Islamic State's Amaq news agency"], None),
    "Taliban": (["the Taliban"], ["the Afghan Taliban", "the Taliban insurgents"], "Zabihullah Mujahid",
                ["the Taliban's website", "a Taliban website"], "2019-10-07"),
    "Jaish al-Adl": (["Jaish al-Adl"], ["Jaish al-Adl", "the Jaish al-Adl group"], None,
                     ["the Telegram channel of {name}", "a statement {name} posted online"], None),
    "Jamaat-ul-Ahrar": (["Jamaat-ul-Ahrar"], ["JuA", "Jamaat-ul-Ahrar"], None,
                        ["a statement {name} emailed to journalists", "the Telegram channel of {name}"], None),
    "Lashkar-e-Jhangvi": (["Lashkar-e-Jhangvi"], ["LeJ", "the LeJ"], None,
                          ["a statement {name} posted online", "the Telegram channel of {name}"], None),
    "TJP": (["Tehreek-e-Jihad Pakistan"], ["the TJP", "TJP"], None,
            ["a statement {name} posted online", "the Telegram channel of {name}"], None),
}
SPOKESMAN_NAMES = ["Asad Mansoor", "Mullah Yaqoob Khan"]  # invented: names the desk has never seen
PUBLISHED = ["2024-05-03", "2023-02-11", "2025-03-18"]

#: who speaks -> how the subject is written from (name, alias, named spokesman, channel); "@" marks a back
#: reference to the group named in the sentence before
SPEAKERS = {
    "name": "{name}",
    "alias": "{alias}",
    "spokesman named": "{alias} spokesman {spk}",
    "spokesman, apposition": "{spk}, a spokesman for {name},",
    "a spokesman for": "a spokesman for {name}",
    "its spokesman (back)": "@its spokesman",
    "agency or channel": "{channel}",
    "the group (back)": "@the group",
    "the militants (back)": "@the militants",
    "the outfit (back)": "@the outfit",
    "it (back)": "@it",
    "the insurgents (back)": "@the insurgents",
    "a statement by": "a statement by {name}",
    # first sight: added after the fixes (FIRST_SIGHT)
    "the organisation (back)": "@the organisation",
    "they (back)": "@they",
    "possessive spokesman": "{name}'s spokesman",
    "its chief (back)": "@its commander",
}
#: the sentence before a back reference names the group
INTROS = ["{Name} claimed the attack.", "Officials blamed {name} for the raid.",
          "{Name} has stepped up its attacks in the region this year.",
          "The attack was claimed by {name}."]

#: how the claim is told: {S} the speaker (subject), {F} the figure with its noun; {own} the group's own word
HOWS = {
    "claimed responsibility, saying": "{S} claimed responsibility for the attack, saying {own} fighters had killed {F}",
    "said its fighters killed": "{S} said {own} fighters killed {F}",
    "claimed to have killed": "{S} claimed to have killed {F}",
    "boasted": "{S} boasted that {own} men had killed {F}",
    "in a statement, said": "in a statement, {S} said {F} were killed in the assault",
    "said in a statement (after)": "{F} died in the assault, {S} said in a statement",
    "according to": "{F} were killed, according to {S}",
    "quote before": "\"Our mujahideen killed {F},\" {S} said",
    "claimed that ... were killed": "{S} claimed that {F} had been killed",
    "said it had killed": "{S} said it had killed {F}",
    "took responsibility and said": "{S} took responsibility for the ambush and said {F} died",
    "claimed the killing of": "{S} claimed the killing of {F}",
    "put the toll at": "{S} put the number of dead at {B}",
    "alleged": "{S} alleged that {own} fighters had killed {F}",
    # first sight: added after the fixes (FIRST_SIGHT)
    "took credit, saying": "{S} took credit for the raid, saying {own} fighters had killed {F}",
    "issued a statement saying": "{S} issued a statement saying {F} had been killed",
    "said it carried out, killing": "{S} said it had carried out the attack, killing {F}",
    "told journalists by phone": "{S} told journalists by telephone that {F} had died",
}

#: the figure: (text before the noun, low, high, open high)
FIGURES = {
    "digits": [("23", (23, 23), (23, 23), False), ("40", (40, 40), (40, 40), False)],
    "words": [("twenty-three", (23, 23), (23, 23), False), ("forty", (40, 40), (40, 40), False)],
    "over N": [("over 100", (100, 101), None, True), ("more than 60", (60, 61), None, True)],
    "at least N": [("at least 30", (30, 30), None, True)],
    "dozens": [("dozens of", (12, 36), (60, 999), True)],
    "scores": [("scores of", (20, 60), (40, 999), True)],
    "about N": [("about 50", (40, 50), (50, 60), False), ("nearly 50", (37, 49), (49, 50), False)],
    # first sight: added after the fixes (FIRST_SIGHT)
    "some N": [("some 35", (28, 35), (35, 42), False)],
    "a dozen": [("a dozen", (12, 12), (12, 12), False), ("two dozen", (24, 24), (24, 24), False)],
}
NOUNS = ["soldiers", "security personnel", "Pakistani troops", "policemen", "Shiite worshippers", "enemy personnel",
         "border guards", "'apostate' soldiers", "members of the security forces"]

#: who relays the group's words (after the sentence, or before it)
RELAYS = {
    "none": "{c}.",
    "according to Reuters": "{c}, according to Reuters.",
    "Reuters reported": "{c}, Reuters reported.",
    "according to IRNA": "{c}, according to Iran's IRNA news agency.",
    "state media reported": "{c}, state media reported.",
    "according to SITE": "{c}, according to the SITE Intelligence Group.",
    "AFP reported": "{c}, the AFP news agency reported.",
    # first sight: added after the fixes (FIRST_SIGHT)
    "Tasnim reported": "{c}, the Tasnim news agency reported.",
    "according to PTV": "{c}, according to the state broadcaster PTV.",
    "according to the Associated Press": "{c}, according to the Associated Press.",
}
#: what the report says before the claim
LEADS = {
    "none": "",
    "reporter's toll": "A suicide bomber struck a military convoy on Tuesday, killing seven soldiers. ",
    "official's toll": "Officials said four soldiers died in the attack on Tuesday. ",
}


@dataclass
class Probe:
    text: str
    axes: dict[str, str]
    want: list[tuple[Expect, str | None, set[str]]]  # (figure, role it must have or None, roles it must not have)
    published: str = "2024-05-03"
    got: list[tuple] = field(default_factory=list)  # (kind, low, high, claimant, role)

    def _role_of(self, e: Expect):
        hits = [g for g in self.got if e.fits(g[0], g[1], g[2])]
        return hits[0][4] if hits else None

    @property
    def why(self) -> str:
        for e, role, bad in self.want:
            r = self._role_of(e)
            if r is None:
                if role is not None:
                    return "no claim"
                continue
            if (role is not None and r != role) or r in bad:
                return f"role {r}"
        return ""

    @property
    def ok(self) -> bool:
        return not self.why

    @property
    def extra(self) -> bool:
        return False


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def case(rng: random.Random, axes: dict[str, str]) -> Probe | None:
    names, aliases, spk, channels, date = GROUPS[axes["group"]]
    name, alias = rng.choice(names), rng.choice(aliases)
    who = SPEAKERS[axes["speaker"]]
    if "{spk}" in who:
        spk = spk or rng.choice(SPOKESMAN_NAMES)
        if rng.random() < 0.5:
            spk = rng.choice(SPOKESMAN_NAMES)
    how = HOWS[axes["how"]]
    if who.startswith(("@it", "@they")) and how.startswith(("{S} said it had", "{S} said it carried")):
        return None
    if axes["speaker"] in ("agency or channel", "a statement by") and axes["how"] in (
            "claimed to have killed", "boasted", "said it had killed", "took responsibility and said",
            "claimed the killing of", "claimed responsibility, saying", "alleged", "took credit, saying",
            "issued a statement saying", "said it carried out, killing", "told journalists by phone"):
        return None  # a channel neither kills nor takes responsibility: another axis value says it
    if axes["speaker"] == "a statement by" and axes["how"] not in ("according to", "said in a statement (after)"):
        return None  # only "according to a statement by X" reads as English
    lead = LEADS[axes["lead"]]
    text_before = ""
    if who.startswith("@"):
        if axes["lead"] != "none":
            return None  # the back reference needs the group named just before
        intros = [i for i in INTROS if not (who == "@they" and i.startswith("Officials"))]  # (they: the officials)
        text_before = rng.choice(intros).format(name=name, Name=_cap(name)) + " "
        who = who[1:]
    subj = who.format(name=name, alias=alias, spk=spk, channel=rng.choice(channels).format(name=name))
    fig, lo, hi, op = rng.choice(FIGURES[axes["figure"]])
    noun = rng.choice(NOUNS) if axes["figure"] not in ("dozens", "scores") else rng.choice(NOUNS[:6])
    F = f"{fig} {noun}"
    B = fig.replace(" of", "") if axes["figure"] in ("dozens", "scores") else fig
    if axes["how"] == "put the toll at" and axes["figure"] in ("dozens", "scores"):
        return None
    if subj.startswith("a statement") and "statement" in how:
        return None  # "In a statement, a statement posted online said": no English
    if axes["how"] == "according to" and axes["relay"].startswith("according to"):
        return None  # "according to X, according to Y"
    own = "their" if subj in ("the militants", "the insurgents", "they") else "its"
    clause = how.format(S=subj, F=F, B=B, own=own)
    clause = clause.replace(",,", ",")
    if clause.endswith(","):
        clause = clause[:-1]
    body = RELAYS[axes["relay"]].format(c=clause)
    text = lead + text_before + _cap(body)
    if axes["relay"] != "none" and body.count('"') == 2 and axes["how"] == "quote before":
        return None  # '"...," X said, according to Reuters.': fine, but keep the quote frame plain
    published = date or rng.choice(PUBLISHED)
    want = [(Expect("killed", lo, hi, op), "perpetrator", set())]
    if axes["lead"] == "reporter's toll":
        want.append((Expect("killed", (7, 7), (7, 7)), None, {"perpetrator"}))
    if axes["lead"] == "official's toll":
        want.append((Expect("killed", (4, 4), (4, 4)), "official", set()))
    return Probe(text, dict(axes), want, published)


AXES = {"speaker": list(SPEAKERS), "how": list(HOWS), "figure": list(FIGURES), "relay": list(RELAYS),
        "lead": list(LEADS), "group": list(GROUPS)}
#: axis values added after the fixes made on this probe's first reading (at e1f0087): their failures estimate how
#: the fixes carry over to phrasings nobody tuned for
FIRST_SIGHT = {"the organisation (back)", "they (back)", "possessive spokesman", "its chief (back)", "took credit, saying",
               "issued a statement saying", "said it carried out, killing", "told journalists by phone",
               "Tasnim reported", "according to PTV", "according to the Associated Press", "some N", "a dozen"}


def grid(cases: int, seed: int) -> list[Probe]:
    """``cases`` distinct probes drawn at random (uniformly per axis; relays and leads half the time)."""
    rng = random.Random(seed)

    def draw():
        pick = {a: rng.choice(vals) for a, vals in AXES.items()}
        if rng.random() < 0.5:
            pick["relay"] = "none"
        if rng.random() < 0.5:
            pick["lead"] = "none"
        return case(rng, pick)

    return distinct(draw, cases, cases * 40)


def _k(lo, hi=None, op=False):
    return Expect("killed", (lo, lo), (hi or lo, hi or lo) if not op else None, op)


#: near misses: (text, published, [(figure, role it must have or None, roles it must not have)]); our own words
NO_PERP = {"perpetrator"}
NEAR_MISSES = {
    "an official denies the group's figure": [
        ("The TTP claimed to have killed 40 soldiers, but the army said only five soldiers died.", "2024-05-03",
         [(_k(40), "perpetrator", set()), (_k(5), "official", set())]),
        ("Officials rejected the BLA's claim, saying only three policemen were killed.", "2024-05-03",
         [(_k(3), "official", set())]),
        ("A military spokesman dismissed the militants' account and said two soldiers had been killed.", "2023-02-11",
         [(_k(2), "official", set())]),
        ("Dismissing the claim as propaganda, the provincial police chief said six guards were killed.", "2025-03-18",
         [(_k(6), "official", set())]),
    ],
    "the government's figure beside the group's": [
        ("The interior ministry said 11 soldiers were killed, while the TTP said its fighters killed 50.", "2024-05-03",
         [(_k(11), "official", set()), (_k(50), "perpetrator", set())]),
        ("Jaish al-Adl said it killed 20 border guards; Iranian officials put the toll at 12.", "2024-05-03",
         [(_k(20), "perpetrator", set()), (_k(12), "official", set())]),
        ("The Pakistani military said nine soldiers died, a figure far below the 70 the BLA claimed to have killed.",
         "2025-03-18", [(_k(9), "official", set())]),
    ],
    "a group denies the attack": [
        ("The TTP denied any role in the bombing, which killed 13 people.", "2024-05-03", [(_k(13), None, NO_PERP)]),
        ("The Baloch Liberation Army said it had nothing to do with the blast that killed eight workers.", "2024-05-03",
         [(_k(8), None, NO_PERP)]),
        ("The Taliban distanced themselves from the attack, which left 22 civilians dead.", "2019-10-07",
         [(_k(22), None, NO_PERP)]),
    ],
    "a rival group's words": [
        ("The Taliban blamed IS-K for the bombing, which killed 18 worshippers.", "2019-10-07",
         [(_k(18), None, NO_PERP)]),
        ("The TTP condemned the attack, which killed 31 people, and accused the Islamic State of carrying it out.",
         "2024-05-03", [(_k(31), None, NO_PERP)]),
    ],
    "the reporter's toll beside a claim of responsibility": [
        ("The TTP claimed responsibility for the bombing, which killed 13 people.", "2024-05-03",
         [(_k(13), "reporter", set())]),
        ("A suicide bomber killed 17 policemen in Quetta on Monday; the BLA claimed responsibility.", "2024-05-03",
         [(_k(17), "reporter", set())]),
        ("Islamic State claimed the attack on the mosque, in which 45 worshippers died.", "2023-02-11",
         [(_k(45), "reporter", set())]),
        ("Nine soldiers were killed in the ambush, which Jaish al-Adl later claimed.", "2024-05-03",
         [(_k(9), "reporter", set())]),
        ("The attack that killed 26 people was claimed by ISKP through its Amaq agency.", "2025-03-18",
         [(_k(26), "reporter", set())]),
    ],
    "the victims' group named": [
        ("Security forces killed 12 Taliban fighters in Helmand on Sunday.", "2019-10-07", [(_k(12), None, NO_PERP)]),
        ("Troops killed eight TTP militants in a raid in North Waziristan, the army said.", "2024-05-03",
         [(_k(8), "official", set())]),
        ("Nine BLA fighters died in the clash with the Frontier Corps.", "2024-05-03", [(_k(9), None, NO_PERP)]),
        ("The operation killed 15 members of the Islamic State group, officials said.", "2023-02-11",
         [(_k(15), "official", set())]),
    ],
}


def near_misses() -> list[Probe]:
    return [Probe(t, {"near miss": k}, want, pub) for k, ts in NEAR_MISSES.items() for t, pub, want in ts]


def run(probes: list[Probe]) -> list[Probe]:
    for c in probes:
        c.got = [(k.kind, k.value_low, k.value_high, k.claimant, k.claimant_role)
                 for k in claims_of(c.text, "probe", c.published) if k.kind in ("killed", "injured")]
    return probes


def report(probes: list[Probe], title: str, examples: int) -> None:
    fails = sum(not c.ok for c in probes)
    print(f"== {title}: {fails} failures of {len(probes)} cases ({100 * fails / max(1, len(probes)):.1f}% failing)")
    why = defaultdict(int)
    for c in probes:
        if not c.ok:
            why[c.why] += 1
    print("  -- failed on: " + ", ".join(f"{k} {v}" for k, v in sorted(why.items(), key=lambda kv: -kv[1])))
    tab = table(probes)
    for axis, vals in tab.items():
        print(f"  -- {axis}")
        for v, (f, _x, n) in sorted(vals.items(), key=lambda kv: (-kv[1][0] / kv[1][2], kv[0])):
            print(f"     {v:42s} {f:4d} / {n:<4d} {100 * f / n:5.1f}%{'  (first sight)' if v in FIRST_SIGHT else ''}")
    if examples:
        print("  -- examples of failures, worst axis values first")
        for a, v, c in worst_examples(probes, tab, 14, examples):
            print(f"     [{a}={v}] {c.text!r} ({c.published})\n         {c.why}; got {c.got}")


def main(argv: list[str] | None = None) -> int:
    a = probe_arguments("roleprobe", __doc__, 1500, 9, "reports").parse_args(argv)
    probes = run(grid(a.cases, a.seed))
    report(probes, "role probe (the group's own figure: perpetrator)", a.examples)
    misses = run(near_misses())
    report(misses, "near misses (the figure is no group's own, or two speakers)", 0)
    for c in misses:
        if not c.ok:
            print(f"     {c.text!r}: {c.why}; got {c.got}")
    if a.failures:
        write_failures(a.failures, probes + misses, lambda c: f"{c.axes}\t{c.text!r} ({c.published})\n    {c.why}; got {c.got}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
