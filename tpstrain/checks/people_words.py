"""The words and patterns the people check (people.py) reads: what wakes it, what marks a death, a young
person, an unknown offender, a workplace or a one-of-a-kind description, and the cheap looks taken before the
people pass."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ..passes import names as N
from ..passes import post_cues as P
from ..passes.cast import MISSING_WORDS, age_born, given_names
from ..words import hashtag_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..passes.cast import Person
    from ..passes.tokenize import Analysis

# Words that wake these rules (each a shared owner in the term table): no word, no people pass.
SEXUAL = "#sexual-offence"
DEATH = "#death"
DEATH_WORDS = [
    "died",
    "drowned",
    "drowning",
    "dies",
    "dead",
    "death",
    "deaths",
    "deceased",
    "killed",
    "kills",
    "killing",
    "fatal",
    "fatally",
    "fatality",
    "passed away",
    "passing of",
    "we lost",
    "we have lost",
    "we've lost",
    "murder",
    "murdered",
    "homicide",
    "body",
    "recovered",
    "remains",
    "succumbed",
    "rip",
    "r.i.p",
    "funeral",
    "lost his life",
    "lost her life",
    "lost their life",
    "claimed the life",
    "claimed the lives",
    "took the life",
    "took the lives",
    "did not survive",
    "memory of",
    "tribute",
    "tributes",
    "notified",
    "informed",
    "contacted",
    "next of kin",
    "next-of-kin",
    "reach",
    "reached",
    "withheld",
    "notifying",
    "notification",
    "cut short",
    "been told",
    "be told",
    "is told",
    "are told",
]
# A young age ("16-year-old", "Jayden Smith (16)", "Name, 15,", "16yo", "aged 14") or a word for a young person.
YOUNG = (
    r"\b(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:\s*-?\s*(?:years?|yrs?|ans)\b|\s?(?:yo|y/o)\b|[ \t]*(?:[),;]|\n|$))"
    r"|\b(?:[1-9]|1[01])-years?-old\b"  # a child: "10-year-old Noor Hassan"
    r"|\b(?:turned|(?:is|was|are|were|he's|she's|they're)(?:\s+(?:now|only|just))?)\s+(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"|\bturns\s+(?:1[3-8]|eighteen)\s+(?:next|later|this|in|on)\b"  # "who turns 18 next month": 17 today
    r"|\b(?:aged?|age)\s+(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b|\b(?:teen\w*|youths?|juveniles?|minors?|boys?|girls?|child(?:ren)?|kids?|"
    r"schoolboys?|schoolgirls?|pupils?|students?|sons?|daughters?|step-?daughters?|step-?sons?|nieces?|nephews?|adolescente?s?|"
    r"grandsons?|granddaughters?|toddlers?|bab(?:y|ies)|infants?)\b"
    r"|\bborn(?:\s+in)?\s+20[01]\d\b"  # "(born 2010)": a year of birth that makes a young person
)
UNKNOWN_OFFENDER = (
    "hunt for",
    "search for",
    "searching for",
    "looking for",
    "find",
    "catch",
    "identify",
    "track down",
    "trace",
    "seeking",
    "locate",
    "who is the",
    "help us find",
    "help us catch",
    "arrest of",  # "information that leads to the arrest of the man responsible"
    "wanted",  # a hunt's heading (dev batch 344: "WANTED: A man who robbed a pharmacy on N Clark St")
    # advice about anyone: "If you see an impaired driver, call 9-1-1", "report a drunk driver"
    "you see a",
    "you see an",
    "you spot a",
    "you spot an",
    "you suspect a",
    "you suspect an",
    "who suspects a",  # "Anyone who suspects an impaired driver should call 9-1-1"
    "who suspects an",
    "who sees a",
    "who sees an",
    "report a",
    "report an",
    # (dev batch 358: "See an impaired driver? Call 9-1-1.")
    "see a",
    "see an",
    "spot a",
    "spot an",
)
QUALIFIERS = frozenset(
    "suspected alleged allege alleges allegedly possible potential would-be unknown unidentified "
    "convicted jailed sentenced".split()
)
DECISIVE = frozenset(
    """is guilty|are guilty|was guilty|were guilty|clearly guilty|obviously guilty|guilty as sin|confessed|confess|
    confession|confessing|admitted guilt|admitted responsibility|admitted his guilt|admitted her guilt|
    caught red-handed|red-handed|caught in the act|he did it|she did it|they did it|justice served|justice is served|
    got our man|got our guy|no doubt|exactly what he did|exactly what she did|confesses|admitted to stealing|admitted to killing|admitted to the|admitted to officers|
    admitted to police|admitted that he|admitted that she|told officers he|told officers she|told police he|
    told police she|guilty""".replace("\n", "").split("|")
)
ACTS = frozenset(
    """stabbed shot killed murdered robbed stole assaulted attacked raped strangled punched beat
    kidnapped abducted defrauded scammed burgled torched swindled cheated broke rammed smashed stalked threatened
    vandalized vandalised lit targeted groped molested lured exploited extorted poisoned caused slashed hijacked
    mugged carjacked bludgeoned burglarized burglarised embezzled abused""".split()
)
# the act as it happens on a video: "footage showing Ivan Poole punching the cashier"
ACTS_SEEN = frozenset(
    """stabbing shooting killing murdering robbing stealing assaulting attacking raping strangling punching beating
    kicking hitting kidnapping abducting torching ramming smashing stalking threatening pointing brandishing abusing""".split()
)
# the act tried: "the car he tried to break into", "she attempted to steal"
ACTS_TRIED = frozenset(
    """steal rob break stab shoot kill murder kidnap abduct defraud scam torch burn ram smash assault attack
    strangle punch beat stalk threaten vandalize vandalise""".split()
)
SHOWS = frozenset(
    "shows showing show showed captured captures capturing catches caught filmed recorded image photo footage still".split()
)
ALL_ACTS = ACTS | ACTS_SEEN
# the person described by the act, then said to be charged: "The driver who ran that red light ... is charged",
# "the person who has been breaking into cars ... is now in custody", "The offender, a 29-year-old man, has been
# charged" (not "the man who was stabbed", a passive; not "who allegedly ...")
DOER_CHARGED = re.compile(
    r"\bthe (?:(?:reckless|drunk|impaired|speeding|hit-and-run|dangerous|careless|same|young) )?(?P<noun>person|people|man|men|"
    r"woman|women|driver|drivers|motorist|male|female|individual|individuals|youth|teen|"
    r"pair|trio|guy|one|ones|offender|offenders|tagger|taggers|thief|thieves|vandal|vandals|suspect|suspects)\b"
    r"(?:(?: (?:who|that)(?: (?:has|have|had) been | was | were |'s been |’s been )(?P<ing>\w+ing)"
    r"| (?:who|that) (?:also )?(?P<act>\w+))|(?P<apposed>,)| (?P<behind>behind) (?:the|a|this|these|last|all))"
    r"(?P<rest>[^.!?\n]{0,120}?)\b(?:(?:is|are|was|were|has been|have been) (?:now |since been |just been )?"
    r"(?:charged|arrested|in custody|under arrest|facing charges|behind bars|off (?:our|the) (?:roads|streets?))|"
    # ... or due in court: "The offender, a 22-year-old Lower Hutt man, ... will appear in court tomorrow"
    r"will appear in|(?:is|are) (?:due|scheduled|set) to appear)\b",
    re.I,
)
# what the doer did, in the past: ACTS and the acts of a crash or a flight
# the charge first, then the doer: "charged the man who rammed a police car", "caught a man breaking into cars"
DOER_TAKEN = re.compile(
    r"\b(?:charged|arrested|caught|nabbed) (?:the|a|an|two|three) (?:[\w-]+ ){0,2}?(?:person|people|man|men|woman|women|"
    r"driver|drivers|motorist|youth|youths|teen|teens|pair|trio|suspect|suspects)(?: who| that)? (?P<act>\w+)",
    re.I,
)
# the charge, then the act told as fact: "is now facing 9 charges after stealing four trucks" ("after allegedly
# stealing" is qualified; "charged after shooting in Scarborough" is the event, no object after it)
CHARGED_AFTER = re.compile(
    r"\b(?:charged|arrested|(?:facing|faces) (?:[\w-]+ ){0,2}charges)\s+after\s+(?P<act>\w+ing)\s+"
    r"(?:a|an|the|his|her|their|him|them|two|three|four|five|six|several|multiple|into|up|\d+)\b",
    re.I,
)
DOER_ACTS = frozenset(
    """ran fled hit struck left drove crashed set sold took grabbed pushed dragged exposed lured groped spat sprayed
    dumped snatched swung fired ploughed plowed slammed mowed lit rammed bashed punched kicked""".split()
)
DOER_DOING = ACTS_SEEN | frozenset(
    "breaking stealing selling dealing speeding racing fleeing harassing exposing spraying".split()
)
# the act told in the passive, before the accused's name: "All stolen by Brett Tate", "victimized by Baird's company"
DONE_BY = ACTS | frozenset(
    "stolen taken victimized victimised targeted conned set started hurt harmed".split()
)
SAFETY_REASONS = (
    "may not answer",
    "may not respond",
    "may not understand",
    "may be confused",
    "may appear",
    "may become",
    "non-verbal",
    "nonverbal",
    "do not approach",
    "approach slowly",
    "speak slowly",
    "speak calmly",
    "may be frightened",
    "may be scared",
    "may run",
    "may hide",
)
PERSONAL = frozenset(
    "he she his her him hers they their them elle il ils elles he's she's he’s she’s they're they’re".split()
)  # and in French; "She's recovering"
DETERMINERS = frozenset("the this that these those our your".split())
# labels that are adjectives too ("criminal charges"): a label only as a noun, after a determiner or an adjective
# and before no noun ("this violent criminal will face justice")
ADJECTIVE_LABELS = frozenset({"criminal"})
NOUN_LEADS = DETERMINERS | frozenset("a violent career dangerous hardened known common more another".split())
AFTER_NOUN = frozenset(
    "is was will who has had and got won't wont can't cannot during after before off behind".split()
)
WORKPLACE = (
    "works at",
    "works on",
    "job at",
    "shift at",
    "worked at",
    "works for",
    "worked for",
    "working at",
    "employee of",
    "employees of",
    "employee at",
    "employees at",
    "employed at",
    "employed by",
    "student at",
    "students at",
    "attends",
    "attended",
    "patient at",
    "patients at",
    "patient of",
    "resident of",
    "member of",
    "members of",
    "tenant at",
    "tenants of",
    "volunteer at",
    "volunteered at",
    "volunteers at",
    "plays on",
    "plays for",
    "player on",
    "players on",
    "player with",
    "works in",
    "worked in",
    "staff at",
    "staff member at",
    "client of",
    "clients of",
    "customer of",
    "cashier at",
    # beside the accused: "The complainant worked the night shift with him at the warehouse"
    "shift with",
    "shifts with",
    "worked with him",
    "worked with her",
    "works with him",
    "works with her",
    "worked alongside",
    "works alongside",
    # "the grocery store where he and the complainant both work the night shift"
    "both work",
    "both worked",
    "both attend",
    "both attended",
    # a group or a family business she is part of: "The complainant, who sings in the choir at the church where he ...",
    # "she often helped behind the counter"
    "sings in",
    "sang in",
    "helps out at",
    "helped out at",
    "helped behind",
    "helps behind",
)
WORKPLACE_FIRST = frozenset(c.split()[0] for c in WORKPLACE)


# the word before a name in a tag for a person: "#JusticeForNoor", "#RIPTyson", "#StandWithMaya"
TRIBUTE_LEADS = frozenset(
    "for rip with remember remembering forever love pray praying miss missing free".split()
)
FOUND = re.compile(r"\b(?:found|located|returned home|is safe|are safe)\b", re.I)
DIED = frozenset("died dead death killed homicide murder murdered fatal fatally deceased rip".split())
CUSTODY = frozenset(
    """arrested arrest arrests charged charges charge accused custody caught nabbed busted jailed
    detained rearrested bars streets remanded trial jury jury's courthouse admitting booked faces facing counts
    court magistrates pretrial wanted arrete arretee arretes accuse accusee accuses inculpe inculpee detenu detenue comparu comparaitra comparaitront comparution""".split()
)  # (the French words as the folded text spells them: "a été arrêté")


ONE_OF_MANY = frozenset("client patient customer parishioner congregant".split())  # "a client": one of many
PLURAL_KIN = frozenset("children kids parents families sons daughters relatives friends students".split())
VICTIMS_OWN = frozenset(
    f"{w}{s}" for w in ("victim", "complainant", "girl", "boy", "child", "survivor") for s in ("'s", "’s")
)


# verbs after a sentence's first word that make it a person's name: "Kelsey did the right thing"
NAME_VERBS = frozenset("did is was has had told said came wanted wants showed spoke made will".split())
# what a police unit or a service is called after its subject: "the Sex Crimes Unit", "Sexual Assault Squad"
CAREER = frozenset(
    "served serving retired career joined worked mentored led commanded posted transferred".split()
)
UNIT_WORDS = frozenset("unit units squad section bureau team branch office task force".split())
_UNIT_LEAD = frozenset("in with to from joined".split())  # "10 in Sex Crimes": a unit named without "Unit"


def only_a_unit(a: Analysis, hits: Sequence[tuple[int, int, object]]) -> bool:
    """Every hit is a unit's name in a sentence about someone's career, and no other word tells of an offence
    ("She served 34 years, mostly in the Sex Crimes Unit"; not "after she came in to tell us what happened")."""
    career = {w.sentence for w in a.words if w.lower in CAREER}
    return all(in_unit_name(a, i, j) and a.words[i].sentence in career for i, j, _ in hits) and not any(
        w.lower in P.OFFENCE_WORDS
        and w.lower not in ("crime", "crimes")
        # "where she trained a generation of investigators": the career's work, no offence
        and not (w.lower in _INVESTIGATING and w.sentence in career)
        for w in a.words
    )


_INVESTIGATING = frozenset("investigators investigation investigating detectives".split())


def in_unit_name(a: Analysis, i: int, j: int) -> bool:
    """Words ``i:j`` are in a unit's capitalized name ("Sex Crimes Unit", "Sexual Assault Investigation Squad")."""
    words = a.words
    k = i
    while k < len(words) and k - j < 2 and words[k].text[:1].isupper() and words[k].lower not in UNIT_WORDS:
        k += 1
    if k > i and k < len(words) and words[k].lower in UNIT_WORDS and words[k].text[:1].isupper():
        return True
    # the unit named without "Unit": "Helen served 31 years, including 10 in Sex Crimes."
    return k >= j > i > 0 and words[i - 1].lower in _UNIT_LEAD and words[i - 1].sentence == words[i].sentence


def custody_words(a: Analysis) -> bool:
    """A word of arrest, charge or court, or a whole tag of one ("#CHARGED | Burglar Dean Riley, 34, ...")."""
    return any(w.lower in CUSTODY for w in a.words) or any(t.lower[1:] in CUSTODY for t in a.hashtags)


# ("The woman, Hollie, is being supported": a given name the list does not know, set off after a person)
_ROLE_THEN_NAME = re.compile(
    r"\b(?:complainant|victim|survivor|deceased),? [A-Z][a-z'’-]+ [A-Z][a-z]"
    r"|\b(?:complainant|victim|survivor|woman|man|girl|boy|teen|teenager), [A-Z][a-z'’-]+,"
)


def may_name_someone(a: Analysis) -> bool:
    """A cheap look before the people pass: a capitalized word that is a given name, or one followed by an age."""
    from ..passes.cast import given_names

    names = given_names()
    words = a.words
    return (
        any((w.lower in names or w.lower in HONORIFICS) and w.text[:1].isupper() for w in words)
        or (
            ", " in a.folded
            and any(words[k].text.isdigit() and words[k - 1].text[:1].isupper() for k in range(1, len(words)))
        )
        # (a tag for someone: "#RIPTeina", whatever the name)
        or any(
            any(p in names for p in hashtag_words(t.text[1:])) or t.text[1:4].lower() == "rip"
            for t in a.hashtags
        )
        or bool(_ROLE_THEN_NAME.search(a.folded))  # "complainant Tamsin Reyes", "The woman, Hollie,"
        # a title before a capital: "Fire Captain Al Reimer died"
        or any(
            words[k - 1].lower in TITLES_BEFORE and words[k].text[:1].isupper() for k in range(1, len(words))
        )
    )


HONORIFICS = frozenset("mr mrs ms miss mx".split())
# "St Paul's", "Port Hope", "in south London", "across north Victoria", "in western Sydney"
PLACE_BEFORE = frozenset(
    "st saint ste mount mt fort ft port lake cape north south east west central downtown greater over "
    "northern southern eastern western northeast northwest southeast southwest north-east north-west "
    "south-east south-west midtown uptown upstate suburban rural coastal".split()
)
RANKS_BEFORE = frozenset(
    "pc cst const constable sgt sergeant det detective dc ds insp inspector supt chief officer "
    "dr mr mrs ms".split()
)
TITLES_BEFORE = RANKS_BEFORE | frozenset(
    "captain capt lieutenant lt firefighter paramedic deputy trooper".split()
)


# where someone lives, said of them: "her apartment", "lives on"
HOME_WORDS = re.compile(
    r"\b(?:her|his|their|(?:the|a|an) (?:\d+-year-old )?(?:woman|girl|victim|complainant|survivor|boy|man)(?:'s|’s)) "
    r"(?:(?:\w+-[\w-]+|basement|upstairs|downstairs|own|family|rented|new|shared|small) ){0,2}"  # "her ground-floor apartment"
    r"(?:home|house|apartment|flat|condo|unit|residence|room|bedroom|building)\b|\blives? (?:at|on|in)\b",
    re.I,
)


def young_birth(value: str) -> bool:
    """A date of birth less than 18 years ago ("03.03.2012"), read from its four-digit year."""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", value)]
    return bool(years) and age_born(years[-1]) < 18


def a_person(a: Analysis, p: Person) -> bool:
    """A given name leads the name ("Ethan Morrow", not "Christie Pits"), and it is no relative introduced."""
    return p.name is not None and a.words[p.name[0]].lower in given_names() and not introduced_as_kin(a, p)


def introduced_as_kin(a: Analysis, p: Person) -> bool:
    """ "His older brother, Marcus Hill,": a possessive and a relation in the four words before the name (six for "His
    older brother and co-accused, Tyson Reid,")."""
    i = p.words[0]
    near = [
        w.lower for w in a.words[max(0, i - (6 if i >= 2 and a.words[i - 1].lower == "accused" else 4)) : i]
    ]
    # "The youth's father, Capt. Ray Lavoie,": a young person's or the accused's relative (words are folded: "'" only)
    if any(w in N.RELATIONS for w in near) and any(w in _KIN_OWNERS for w in near):
        return True
    # "A 17-year-old, whose father is regional councillor Mike Ferreira,": told by whose relative the name is
    six = [w.lower for w in a.words[max(0, i - 6) : i]]
    return any(w == "whose" and nxt in N.RELATIONS for w, nxt in pairwise(six))


_KIN_OWNERS = frozenset("his her their youth's teen's boy's girl's child's accused's suspect's".split())


# what comes before a drug that is a thing taken: "demanding medication", "stole painkillers"
TAKEN = frozenset("demanding demanded stole stolen steal stealing took taking seized selling sold".split())
AREA_WORDS = frozenset("area neighbourhood neighborhood community district region village township".split())
# what follows a place's name and not a person's: "the Weston area", "a 504 King streetcar"
AFTER_PLACE = AREA_WORDS | frozenset(
    "streetcar streetcars bus buses route line train subway shopping mall plaza arena station "
    # (dev batches 290 and 292: "vandalism at a Paisley park", "graffiti at three Kingston schools")
    # (dev batch 416: "an incident at a Milton transit stop")
    "park parks school schools college campus library beach hospital church mosque temple synagogue rink pool transit".split()
)
# someone taken, lured or hurt: a located child named in the appeal may be the one harmed now
HARM_DONE = frozenset(
    "abduction abducted kidnapping kidnapped luring lured disappearance robbed assaulted stabbed attacked".split()
)


_SOUGHT = re.compile(r"\b(?:if you see (?:him|her|them)|have you seen|last seen|whereabouts)\b", re.I)


def appeal_for(a: Analysis) -> bool:
    """The post looks for someone missing ("last seen", "concerned for her welfare", "If you see her")."""
    return any(w.lower in MISSING_WORDS for w in a.words) or sought(a)


def sought(a: Analysis) -> bool:
    """The post asks the public to find someone: "If you see her, call", "Have you seen", "last seen"."""
    return _SOUGHT.search(a.folded) is not None
