"""The cues before a name that give the person after them a role ("police arrested Tyler Brooks", "the murder
of", "have you seen"), and the cues that say who a person is ("has been named as"), read by the people pass
(people.py). Phrases are lower case and written as the tokenizer splits them."""

from __future__ import annotations

from .roles import HARMED, KILLED

RIGHT_CUES: dict[str, str] = {}
for _v in (
    "arrested",
    "charged",
    "have arrested",
    "have charged",
    "has arrested",
    "has charged",
    "arrest",
    "arrests",
    "detained",
    "accused",
    "the accused",
    "suspect",
    "the suspect",
    "suspected",
    "wanted",
    "identified the suspect as",
    "identified the accused as",
    "charges against",
    "case against",  # "the Ajax case against Robert Kerr"
    "prosecution of",
    "charged against",
    "laid against",
    "laid charges against",
    # (dev batch 401: "Charges have been filed against Trevor Nash, 44, in the ... sexual assault investigation")
    "filed against",
    "brought against",
    "warrant for",
    "a warrant for",
    "trial of",  # (dev batch 345: "The trial of Reid Matthews on sexual assault charges begins Monday")
    "bail hearing for",
):
    RIGHT_CUES[_v] = "accused"
# French, as the folded text spells it: "Le Service de police d'Ottawa a arrêté Émile Gagnon, 16 ans"
_FR = "a arrete|ont arrete|a interpelle|ont interpelle|a inculpe|ont inculpe|arrestation de"
RIGHT_CUES.update(dict.fromkeys(_FR.split("|"), "accused"))
# the one who did it: "abused by former coach Stephen Turton", "stabbed by a man he knew"
RIGHT_CUES.update({f"{_v} by": "accused" for _v in (*HARMED, *KILLED)})
RIGHT_CUES["at the hands of"] = "accused"
# looked for: wanted, or missing ("are looking for Isaac Delorme, 16, last seen ..."); read.py decides which
for _v in (
    "are looking for",
    "are searching for",
    "are seeking",
    "seeking",
    "trying to find",
    "trying to locate",
):
    RIGHT_CUES[_v] = "sought"
for _v in (
    "stabbing of",
    "shooting of",
    "assault on",
    "assault of",
    "attack on",
    "attack against",
    "robbery of",
    "assaulting",
    "stabbed",
    "shot",
    "attacked",
    "robbed",
    "sexually assaulting",
    "sexual assault of",
    "sexually assaulted",
    "abducted",
    "kidnapped",
    "luring",
    "lured",
    "threatening",
    "assaulted",
    "raped",
    "raping",
    "groped",
    "groping",
    "molested",
    "molesting",
    "abused",
    "harassed",
    "threatened",
    "choking",
    "strangling",
    "confining",
    "victim",
    "the victim",
    "victims",
    "the victims",
    "complainant",
    "the complainant",
    "complainants",
    "the complainants",
    "injured",
    "hit",
    "struck",
    "targeted",
    "abusing",
    "sexually abusing",
    "harassing",
    "defrauding",
    "defrauded",
    "exploiting",
    "trafficking",
):
    RIGHT_CUES[_v] = "victim"
for _v in (
    "murder of",
    "death of",
    "deaths of",
    "killing of",
    "killed",
    "murdered",
    "murdering",
    "killing",
    "body of",
    "remains of",
    "funeral of",
    "funeral for",
    "tribute to",
    "tributes to",
    "in memory of",
    "memory of",
    "the late",
    "rip",
    "r.i.p",
    "fatal stabbing of",
    "fatal shooting of",
    "claimed the life of",
    "claimed the lives of",
    "took the life of",
    "took the lives of",
    "homicide of",
    "manslaughter of",
    "vigil for",
    "mourning",
    "mourn",
    "the deceased",
    "deceased",
    "passing of",
    "we lost",
    "we have lost",
    "we've lost",
):
    RIGHT_CUES[_v] = "deceased"
for _v in (
    "missing",
    "have you seen",
    "help us find",
    "help find",
    "help locate",
    "help us locate",
    "locate",
    "find",
    "search for",
    "searching for",
    "looking for missing",
    "disappearance of",
    "missing person",
    "missing man",
    "missing woman",
    "missing teen",
    "missing boy",
    "missing girl",
    "missing child",
    "located",
    "found",
    "finds",
    "finding",
    "help finding",
    "help in finding",
    "search for missing",
    # in French, as the folded text spells it: "DISPARITION : Émilie Gagnon, 17 ans", "pour retrouver Émilie"
    "disparition",
    "disparition de",
    *("disparu", "disparue"),  # "DISPARUE : Chloé Bergeron, 15 ans"
    "retrouver",
    "pour retrouver",
    "avez-vous vu",
    "avis de recherche",
):
    RIGHT_CUES[_v] = "missing"
for _v in (
    "jailed",
    "convicted",
    "sentenced",
    "guilty",
    "sentencing of",
    "conviction of",
    "sentencing for",
    "sentencing today for",
    "sentencing hearing for",
    "sentence for",
    "sentenced today",
):
    RIGHT_CUES[_v] = "convicted"
for _v in ("witness", "the witness", "witnesses"):
    RIGHT_CUES[_v] = "witness"
# "has been named as X", "the victim is X": X is the person the sentence's subject describes.
IDENTITY_CUES = frozenset(
    """named as|has been named as|have been named as|was named as|identified as|has been identified as|
    have been identified as|was identified as|been identified as|is identified as|we can now name|can now name|
    can be named as|formally identified as|the victim is|the victim was|the deceased is|the man is|the woman is|
    the boy is|the girl is|his name is|her name is|their name is|name is|named|identified""".replace(
        "\n", ""
    ).split("|")
)
