"""The cues after a name that give the person a role, read by the people pass (people.py): the words that make
the person before them accused, victim, witness, deceased, missing or convicted (the cues before a name are in
roles_before.py). Phrases are lower case and written as the tokenizer splits them ("16-year-old" is the words 16
year old)."""

from __future__ import annotations

from typing import Any

# ----- role cues ----------------------------------------------------------------------------------
# A cue's words, and the role it gives. LEFT cues say something of the person before them ("Tyler Brooks,
# 16, was charged"); RIGHT cues (roles_before.py) of the person after them ("police arrested Tyler Brooks").
_BE = ("was", "were", "has been", "have been", "had been", "is", "are", "been", "got", "being", "will be")


def _passive(*verbs: str) -> list[str]:
    return [f"{be} {v}" for be in _BE for v in verbs] + list(verbs)


LEFT_CUES: dict[str, str] = {}
for _v in _passive(
    "arrested",
    "charged",
    "detained",
    "apprehended",
    "remanded",
    "accused",
    "re-arrested",
    "rearrested",
    "identified as a suspect",
    "named as a suspect",
    "taken into custody",
    "wanted",
    "sought",
    "held in custody",
    "extradited",
    "summonsed",
    "found not guilty",  # (dev batch 325: "has been found not guilty" is a verdict, not a person located)
    "booked into",  # "Alan Pierce, 38, was booked into King County Jail"
    "ordered to stand trial",  # "Shane Poulin, 44, has been ordered to stand trial for murder"
    "committed to stand trial",
    "committed for trial",
    "bailed",
    *("refused bail", "denied bail", "granted bail", "released on bail"),  # "Jacob Penrose was refused bail"
    # "His 14-year-old brother has been referred to the Youth Court", "was referred to Police Youth Aid"
    *(f"referred to {to}" for to in ("youth court", "the youth court", "youth aid", "police youth aid")),
    "dealt with in youth court",
    "dealt with under the youth criminal justice act",
    # a missing young person who is also sought on a warrant is a young person dealt with under the Act (dev batches
    # 341 to 393: "Aaliyah is also wanted on a youth warrant for assault")
    "is also wanted on",
    "is also wanted for",
    "is wanted on a warrant",
    "is wanted on a youth warrant",
    # an extrajudicial measure is a finding about the young person as much as a charge
    "given a police warning",
    "given a warning under the youth criminal justice act",
    "given a caution",
    "given a formal caution",
    "given a youth caution",
    "given a youth conditional caution",
    "given an extrajudicial sanction",
    "referred to a youth justice committee",
):
    LEFT_CUES[_v] = "accused"
# the same in French, as the folded text spells it: "Luc Béland, 44 ans, a été arrêté", "est accusée de vol"
for _v in (
    f"{be} {verb}{end}"
    for be in ("a ete", "ont ete", "est", "sont", "a ete mis en", "a ete mise en")
    for verb in ("arrete", "accuse", "inculpe", "detenu", "accusation")
    for end in ("", "e", "s", "es")
):
    LEFT_CUES[_v] = "accused"
# a first appearance in court: "Daniel Roy makes his first court appearance this morning" (dev batch 355)
for _v in (
    f"{verb} {whose} {first}{court}appearance"
    for verb in ("makes", "made", "will make", "is making", "is to make")
    for whose in ("his", "her", "their")
    for first in ("first ", "")
    for court in ("court ", "")
):
    LEFT_CUES[_v] = "accused"
# "Marc-André Poulin, 36 ans, fait face à 9 chefs de vol", "fait face à des accusations"
for _v in ("fait face a", "font face a", "faisait face a", "fera face a", "feront face a"):
    LEFT_CUES[_v] = "accused"
# an appearance in court, in French: "Olivier Roy, 16 ans, comparaîtra jeudi", "a comparu aujourd'hui"
for _v in ("comparaitra", "comparaitront", "a comparu", "ont comparu", "comparait", "comparaissent"):
    LEFT_CUES[_v] = "accused"
# a measure finished is a finding too: "Ji-woo Park, 17, finished his extrajudicial sanctions program"
for _v in (
    f"{verb} {whose} extrajudicial {what}"
    for verb in ("finished", "completed", "has finished", "has completed", "graduated from")
    for whose in ("his", "her", "their", "the", "an")
    for what in ("sanctions", "sanction", "measures", "measure")
):
    LEFT_CUES[_v] = "accused"
for _v in (
    "faces",
    "face",  # "A 20-year-old man and a 16-year-old girl face weapons charges"
    "faced",
    "is facing",
    "are facing",
    "was facing",
    # (dev batches 303 and 307: a missing youth "is also facing robbery charges")
    "is also facing",
    "are also facing",
    "was also facing",
    "also faces",
    "will appear in court",
    "appeared in court",
    "appears in court",
    "appears at",  # "Aaron Fisk, 31, appears at Leeds Magistrates' Court today"
    "appears before",
    "is appearing",
    "was appearing",
    "is due in court",
    "is due in youth court",
    "is back in court",
    "was back in court",
    "back in court",
    "due in youth court",
    "will appear in youth court",
    "appears in youth court",
    "appeared in youth court",
    "has since been charged",
    "has now been charged",
    "was later charged",
    "was also charged",
    "is due to appear",
    "was due to appear",
    "is scheduled to appear",
    "is set to appear",
    "is expected to appear",
    "will appear",
    "appeared",
    "is in custody",
    "remains in custody",
    "remain in custody",
    "turned himself in",
    "turned herself in",
    "turned themselves in",
    "surrendered to police",
    "pleaded not guilty",
    "is to appear",
    "are to appear",
    "was held for a bail hearing",
    "were held for a bail hearing",
    "held for a bail hearing",
    "is being held",
    # (US) "has been booked into jail on attempted first-degree murder"
    "has been booked",
    "was booked",
    "booked into jail",
    "was arraigned",
    "were arraigned",
    "allegedly",
    "is alleged",
    "was allegedly",
    "is alleged to have",
    "fled",
    "fled the scene",
    "made off",
):
    LEFT_CUES[_v] = "accused"
# What was done to the person before the verb ("Tyler Brooks, 16, was stabbed"); after "who" the same words say
# what that person did ("Carl Hodgson, who sexually exploited a girl"): see HARM_VERBS.
HARMED = (
    "pushed",  # "two teens who pushed a 13-year-old boy off his bike"
    "shoved",
    "assaulted",
    "attacked",
    "stabbed",
    "shot",
    "robbed",
    "injured",
    "hurt",
    "hit",
    "struck",
    "threatened",
    "beaten",
    "kidnapped",
    "abducted",
    "sexually assaulted",
    "raped",
    "lured",
    "groomed",
    "exploited",
    "sexually exploited",
    "trafficked",
    "harassed",
    "bullied",
    "targeted",
    "punched",
    "kicked",
    "slashed",
    "mugged",
    "carjacked",
    "swarmed",
    "touched",
    "choked",
    "strangled",
    "seriously injured",
    "critically injured",
    "wounded",
    "run over",
    "knocked down",
    "taken to hospital",
    "rushed to hospital",
    "sexually abused",
    "abused",
    "molested",
    "indecently assaulted",
    "defrauded",
    "scammed",
)
for _v in _passive(*HARMED):
    LEFT_CUES[_v] = "victim"
# the person who reported an offence or came forward about it: "Chantal Roy, who reported a sexual assault",
# "Thank you to Hannah for her courage in reporting", "Because she came forward"
for _v in (
    "who reported",
    "reported being",
    # "The woman, Sarah Blake, 27, reported the offence to officers" (dev batch 296)
    *(
        f"reported the {what}"
        for what in ("offence", "offense", "assault", "attack", "incident", "abuse", "rape")
    ),
    "in reporting",
    "for reporting",
    "came forward",
    "who came forward",
    "for coming forward",
    "in coming forward",
    "has come forward",
    "have come forward",
):
    LEFT_CUES[_v] = "victim"
# "Det. Kate Moloney thanks her for her courage in coming forward": the one thanked came forward, not the thanker
THANKS = frozenset(
    "thank thanks thanked thanking praise praises praised commend commends commended applaud applauds".split()
)
for _v in (
    "suffered",
    "sustained",
    "is in hospital",
    "remains in hospital",
    "is recovering",
    "was treated",
    "is in critical condition",
    "is in serious condition",
    "in life-threatening condition",
):
    LEFT_CUES[_v] = "victim"
KILLED = (
    "killed",
    "murdered",
    "pronounced dead",
    "found dead",
    "fatally stabbed",
    "fatally shot",
    "fatally injured",
    "found deceased",
    "found unresponsive",
    "declared dead",
    "laid to rest",
)
for _v in _passive(*KILLED):
    LEFT_CUES[_v] = "deceased"
# the bare verbs, as cues: "who stabbed", "that killed" make the person before the one who did it
HARM_VERBS = frozenset(tuple(v.split()) for v in (*HARMED, *KILLED))
for _v in (
    "died",
    "dies",
    "has died",
    "have died",
    "had died",
    "passed away",
    "has passed away",
    "lost his life",
    "lost her life",
    "lost their life",
    "lost their lives",
    "succumbed",
    "did not survive",
    "is presumed dead",
    "presumed dead",
    "sadly died",
    "tragically died",
    "died at the scene",
    "later died",
    "drowned",  # "the woman who drowned at Bondi Beach" (dev batch 331; not "nearly drowned")
    "has drowned",
    # in French, as the folded text spells it: "Luc Tremblay, 57 ans, est décédé sur place", "a perdu la vie"
    *(
        f"{be} {dead}"
        for be in ("est", "sont", "a ete retrouve", "a ete retrouvee")
        for dead in ("decede", "decedee", "decedes", "mort", "morte", "morts")
    ),
    *(f"{v} la vie" for v in ("a perdu", "ont perdu")),
    *(f"{v} {e}" for v in ("a ete", "ont ete") for e in ("tue", "tuee", "tues")),
    "a succombe",
    # ("la victime, Nadia Example, 34 ans, a été retrouvée sans vie", dev batch 435)
    *(
        f"{v} sans vie"
        for v in ("a ete retrouve", "a ete retrouvee", "ont ete retrouves", "ont ete retrouvees")
    ),
):
    LEFT_CUES[_v] = "deceased"
for _v in (
    "is missing",
    "are missing",
    "was reported missing",
    "were reported missing",
    "has gone missing",
    "went missing",
    "has been reported missing",
    "was last seen",
    "were last seen",
    "is last seen",
    "last seen",
    "has been located",
    "was located",
    "has been found safe",
    "was found safe",
    "found safe",
    "has returned home",
    "has been found",
    "was found",
    "is believed to be",
    "may be in",
    "is described as",
    "is described",
    "was wearing",
    "is known to frequent",
    "may be driving",
    # "Jasleen Gill has not been seen since Thursday", "He didn't return home from school"
    "has not been seen",
    "hasn't been seen",
    "has not been heard from",
    "hasn't been heard from",
    "has not returned home",
    "hasn't returned home",
    "did not return home",
    "didn't return home",
    "was last wearing",
    "vu pour la derniere fois",
    "vue pour la derniere fois",
    "disparu",
    "disparue",
    "est disparu",
    "est disparue",
    "a disparu",
    # "Léa Tremblay, 15 ans, n'a pas été vue depuis lundi" (dev batch 276), "n'a pas été revue" (dev batch 280)
    *(f"n'a pas ete {seen}" for seen in ("vu", "vue", "revu", "revue")),
):
    LEFT_CUES[_v] = "missing"
for _v in _passive(
    "found guilty",
    "convicted",
    "jailed",
    "sentenced",
    "imprisoned",
    "acquitted",
    "given a conditional sentence",
    "ordered to pay",
    "locked up",
    "put behind bars",
    "banned from driving",
    "designated a dangerous offender",  # (dev batch 323: "has been designated a dangerous offender following his")
    "declared a dangerous offender",
    "designated a long-term offender",
):
    LEFT_CUES[_v] = "convicted"
for _v in (
    *(f"{be} handed" for be in _BE),  # "was handed a two-year sentence" (not "Kai handed in a wallet")
    "pleaded guilty",
    "pled guilty",
    "has pleaded guilty",
    "will serve",
    "must serve",
    "was given",
    "received a",
    "received",  # "received 12 months' probation" (a number and a sentence just after)
    "will be sentenced",
    "is to be sentenced",
):
    LEFT_CUES[_v] = "convicted"
# "was given", "received a" say a sentence only with one of these words after (not "was given a certificate")
GIVEN = frozenset({("was", "given"), ("received", "a")})
SENTENCED = frozenset(
    "sentence sentences term jail prison custodial conditional suspended fine ban probation discharge caution order "
    "curfew penalty life lifetime days weeks months years day week month year".split()
)
# "face" says a charge only with one just after: "a 16-year-old girl face weapons charges" (not "North Face jacket")
FACED = frozenset("charge charges count counts trial court".split())


# an appearance before a court: "will appear on Monday", "appears on Dec. 2", "appeared on two counts of theft",
# "will appear on video from custody" (not "will appear on city buses")
_APPEAR = frozenset("appear appears appeared appearing".split())
_IN_COURT_ON = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow january february march april may june "
    "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec charge charges "
    "count counts remand bail warrant warrants summons indictment video videolink video-link".split()
)


def cue_unfinished(lw: list[str], k: int, ph: tuple[str, ...]) -> bool:
    """The cue ``ph`` at word ``k`` needs words after it that are not there: "received a" or "was given" with no
    sentence, "face" with no charge, "will appear" on a bus or a screen, "appeared to be" or "as a guest"."""
    if ph == ("face",):
        return FACED.isdisjoint(lw[k + 1 : k + 5])
    if ph[-1] in _APPEAR:
        after = lw[k + len(ph) : k + len(ph) + 3]
        return bool(after) and (
            after[0] in ("to", "as", "alongside")
            or (
                after[0] == "on"
                and not _IN_COURT_ON.intersection(after[1:])
                and not any(w[:1].isdigit() for w in after[1:2])
            )
        )
    if ph == ("received",):
        return not (k + 2 < len(lw) and lw[k + 1].isdigit() and SENTENCED.intersection(lw[k + 2 : k + 4]))
    return ph in GIVEN and SENTENCED.isdisjoint(lw[k + 2 : k + 8])


for _v in (
    "witnessed",
    "who filmed the",  # "Harper, 13, who filmed the assault of a tram driver"
    "who recorded the",
    "saw the",
    "saw what",
    "saw a",
    "saw an",
    "saw someone",
    "saw him",
    "saw her",
    "saw it",
    "saw it all",
    "saw everything",
    "saw them",
    "spotted",
    "flagged down",
    "called 9-1-1",
    "called 911",
    "called police",
):
    LEFT_CUES[_v] = "witness"


# the word that names a person's part in the case: "The complainant and the accused both worked the closing shift"
# shares the verb's roles across "and", but the complainant is not accused, nor the accused harmed
_HARMED_HEADS = frozenset("complainant complainants victim victims survivor survivors".split())
_ACCUSED_HEADS = frozenset("accused suspect suspects".split())


def settle_heads(people: list[Any], lw: list[str]) -> None:
    """Drop the role a person's own head word contradicts, when a shared cue gave them both."""
    for p in people:
        if {"accused", "victim"} <= p.roles and p.name is None:
            head = lw[p.last - 1]
            if head in _HARMED_HEADS:
                p.roles.discard("accused")
            elif head in _ACCUSED_HEADS:
                p.roles.discard("victim")
        elif {"accused", "victim"} <= p.roles and p.name is not None:
            # a name after its part: "Subway arrest: victim Maria Santos, 24, identified the man" (dev batch 410)
            told = set(lw[p.first : p.name[0]])
            if told & _HARMED_HEADS and not told & _ACCUSED_HEADS:
                p.roles.discard("accused")
