"""What a post as a whole says about its case, read by the people pass (people.py): a conviction, an old case, a
death charged, a name that cannot be published or may be, a waived anonymity, a suspect caught, an offence told (the
family told or not is in kin_cues.py). Phrases are lower case, written as the tokenizer splits them."""

from __future__ import annotations

import re

from .gate import gated

# ----- what the post as a whole says ---------------------------------------------------------------
# a verdict with words between its parts, beside the phrases below: "A jury today found Victor Osei, 39, guilty of",
# "A jury at the Ottawa courthouse, 161 Elgin St, found ..."
FOUND_GUILTY = gated(
    re.compile(
        r"\b(?:jury|judge|justice|court|magistrates?)\b[^.!?\n]{0,60}?\b(?:found|finds|find)\b[^.!?\n]{0,60}?\bguilty\b",
        re.I,
    )
)


def found_guilty(folded: str) -> bool:
    return FOUND_GUILTY.search(folded) is not None


# a conviction told as the accused's past, not this case's verdict (dev batches 175 and 177: "She was convicted of the
# same scam in 2019", "He was previously convicted of assault")
_EARLIER = gated(
    re.compile(
        r"\b(?:was|were|has been|have been|had been) (?:previously |already )?convicted(?: (?:of|for) [^.!?\n]{0,60}?)? "
        r"(?:back )?in (?:19|20)\d\d\b|\bconvicted of the same\b|\bpreviously (?:been )?convicted\b",
        re.I,
    )
)

_NEW_CHARGE = re.compile(r"\b(?:charged|arrested|will appear|faces|facing|accused)\b")


def convicted(said: bool, folded: str) -> bool:
    """A verdict in this case: a conviction said (``said``: a phrase of ``CONVICTED``) or a finding of guilt, unless
    every conviction the post tells is an earlier one."""
    return (said or found_guilty(folded)) and not prior(folded)


def prior(folded: str) -> bool:
    """Every conviction a post about a new charge tells is an earlier one ("She was convicted of the same scam in
    2019"), so the post reports no verdict in this case."""
    cuts = [x for m in _EARLIER.finditer(folded) for x in m.span()]
    if not cuts:
        return False
    bounds = [0, *cuts, len(folded)]  # the text outside the earlier convictions
    rest = " ".join(folded[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)).lower()
    # (and the post tells of a new charge: "The man who assaulted her was convicted in 2022" is this case's verdict)
    return (
        _NEW_CHARGE.search(rest) is not None
        and not any(c in rest for c in CONVICTED)
        and not found_guilty(rest)
    )


CONVICTED = (
    "found guilty",
    "verdicts in",  # "Verdicts in the Project Cardinal trial: - Ibrahim Said, 40: guilty"
    "guilty verdict",
    "guilty verdicts",
    "jury has found",
    "jury found",
    "jury finds",  # a headline: "Jury finds Thomas Kerr, 37, guilty of sexual assault"
    "judge has found",
    "judge found",
    "found him guilty",
    "found her guilty",
    "found them guilty",
    "was convicted",
    "were convicted",
    "has been convicted",
    "have been convicted",
    "pleaded guilty",
    "pled guilty",
    "plead guilty",
    "pleading guilty",  # "received a four-year sentence today after pleading guilty to fraud" (dev batch 240)
    "year sentence",
    "month sentence",
    "was sentenced",
    "were sentenced",
    "has been sentenced",
    "have been sentenced",
    "was jailed",
    "were jailed",
    "has been jailed",
    "have been jailed",
    "jailed for",
    "jailed after",
    "#jailed",
    "#sentenced",
    "#convicted",
    "sentenced to",
    "years in prison",
    "life sentence",
    "life in prison",
    "behind bars for",
    "a conviction",
    "his conviction",
    "her conviction",
    "their conviction",
    "was given a",
    "conditional sentence",
    "after a trial",
    "after trial",
    "jury convicted",
    "judge convicted",
    "court convicted",
    "has convicted",  # "GUILTY: A jury has convicted Andre Laval of second-degree murder" (dev batch 309)
    "have convicted",
    "unanimously found",
    "sent back to jail",
    "sent back to prison",
    "recalled to prison",
    "returned to prison",
    "jury returned",
    "jury's verdict",
    "jury verdict",
    "jury unanimously",
    "verdict",
    "was ordered to serve",
    "is serving",
    "prison sentence",
    "custodial sentence",
    "court imposed",
    "were ordered",
    "was ordered",
    "was fined",
    "were fined",
    "has been fined",
    "have been fined",
    "fined for",
    "fined after",
    "jury found",
    "judge found",
    "court found",
    "youth sentence",
    "sentencing for",
    "sentencing today",
    "will be sentenced",
    "to be sentenced",
    "awaiting sentencing",
    "sentencing will",
    "sentencing hearing",
    "these sentences",
    "the sentences",
    "sentences handed",
    "sentences today",
    "banned from driving",
    "admitted causing",
    "admitted charges",
    "admitted offences",
    "admitted an offence",
    "been convicted",
    "today convicted",
)
OLD_CASE = (
    "years ago",
    "cold case",
    "unsolved",
    "anniversary",
    "remembering",
    "we remember",
    "in memory of",
    "decades ago",
    "a year ago",
    "last year",
    "since his death",
    "since her death",
    "since the death",
    "renewing appeals",
    "renewed appeal",
    "renew our appeal",
    "reward of",
    "reward for information",
    "$50,000 reward",
    "cold-case",
    "years since",
    "year since",
    "years on from",
    "year on from",
    "one year on",
    "two years on",
    "would have been",
    # an inquest, held months after a death ("At the inquest into the death of", "An inquest has concluded that",
    # "The Coroners Court of Victoria has found"; dev batches 429 and 431)
    "inquest into the",
    "inquest has concluded",
    "inquest concluded",
    "inquest heard",
    "inquest found",
    "coroner's inquest",
    "coroners court",
    "coroner's court",
    "coroner recorded",
)
DEATH_CHARGED = (
    "charged in connection with",
    "charged with murder",
    "charged with manslaughter",
    "charged with first-degree",
    "charged with second-degree",
    "charged with criminal negligence",
    "charged over the death",
    "charged over his death",
    "charged over her death",
    "charged following the death",
    "charged in the death",
    "charged with dangerous driving causing death",
    "charged with impaired driving causing death",
    "causing death",
    "arrested in connection with",
    "arrested on suspicion of murder",
    "charged with the murder",
    "charged with his murder",
    "charged with her murder",
    "charged with their murder",
    "charged with killing",
    "convicted of the murder",
    "convicted of murder",
    "convicted of killing",
    "convicted of manslaughter",
)
CANNOT_NAME = (
    "cannot be identified",
    "can't be identified",
    "cannot be named",
    "can't be named",
    "not be identified",
    "not be named",
    "youth criminal justice act",
    "ycja",
    "identity is protected",
    "identity cannot",
    "name cannot be released",
    "names cannot be released",
    "cannot be released",
    "cannot release",
)
# a court allowed the young person's name: an order (Canada), tried as an adult (US), restrictions lifted (UK)
PUBLICATION_AUTHORIZED = tuple(
    "judge has authorized|judge authorized|judge's order|court has authorized|court authorized|court order allows|"
    "order allowing|authorized the release|authorized the publication|s. 110(4)|s.110(4)|section 110(4)|"
    "allowed the publication|allowed publication|permitted the publication|imposing an adult sentence|"
    "sentenced as an adult|charged as an adult|tried as an adult|prosecuted as an adult|"
    # an adult sentence given, not one sought: "The Crown will seek an adult sentence" names no one
    "received an adult sentence|receives an adult sentence|given an adult sentence|imposed an adult sentence|"
    "adult sentence was imposed|adult sentence has been imposed|handed an adult sentence|handed down an adult sentence|"
    "prosecuted in adult court|lifted the reporting restrictions|lifted reporting restrictions|"
    "reporting restrictions were lifted|reporting restrictions have been lifted|"
    # (dev batch 331: "Following today's adult sentence, the court has lifted the YCJA ban on publication")
    "today's adult sentence|lifted the ycja ban|lifted the ban on publication|lifted the publication ban".split(
        "|"
    )
)
# The person harmed chose to be named: the post says so ("has waived her right to anonymity").
WAIVED = (
    "waived his right to anonymity",
    "waived her right to anonymity",
    "waived their right to anonymity",
    "waived the right to anonymity",
    "waived his anonymity",
    "waived her anonymity",
    "waived their anonymity",
    "waived anonymity",
    "waive his right to anonymity",
    "waive her right to anonymity",
    "waive their right to anonymity",
    "chose to waive",
    "publication ban was lifted",
    "publication ban has been lifted",
    "ban on publication was lifted",
    "asked that the publication ban be lifted",
    "lift the publication ban",
    "lifted the publication ban",
    "asked us to share her story",
    "asked us to share his story",
    "asked us to share their story",
    # a survivor who speaks in public: "who chose to share her story", "has chosen to tell his story"
    "chose to share her story",
    "chose to share his story",
    "chose to share their story",
    "chosen to share her story",
    "chosen to share his story",
    "chosen to share their story",
    "chose to tell her story",
    "chose to tell his story",
    "chose to tell their story",
    "chosen to tell her story",
    "chosen to tell his story",
    "chosen to tell their story",
)
# Someone is in custody: "has been caught" (not "caught on camera").
CAUGHT = (
    "has been caught",
    "have been caught",
    "was caught",
    "were caught",
    "we caught",
    "caught the",
    "is behind bars",
    "are behind bars",
    "finally behind bars",  # "the thief is finally behind bars. He faces 28 counts of theft"
    "now behind bars",
    "counts of",
    "off our streets",
    "off the streets",
    "nabbed",
    "booked into jail",
    "has been booked",
    "was arraigned",
    "were arraigned",
    "busted",
    # a case before the court, or told as solved: "The killer will be in court Dec 4", "for solving the murder"
    "will be in court",
    "due in court",
    "court date",  # "He's guilty, trust us. His next court date is Dec 4."
    # "He's guilty, and Trevor Lund will answer for it in court next month", "will have his day in court"
    "in court",
    "solving the",
    "solved the",
)
# People described by their work or place beside the person harmed (a sexual-offence complainant).
WORK_RELATIONS = frozenset(
    """employee employees coworker co-worker coworkers co-workers colleague colleagues cashier
    staff student students patient patients client clients customer customers tenant tenants player players
    parishioner parishioners congregant congregants pupil pupils trainee trainees intern interns
    bartender barista server waitress waiter receptionist clerk hostess lifeguard nanny housekeeper""".split()
)
# Ages in words: "Thirteen-year-old Noah", "a fifteen year old".
NUMBER_WORDS = {
    w: k
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
OFFENCE_WORDS = frozenset(
    """arrested arrest charged charges charge accused suspect suspects custody crime crimes offence offences
    assault assaulted robbery robbed stabbing stabbed shooting shot theft stolen murder homicide investigation
    investigating investigators victim victims witness witnesses wanted warrant court bail swarming swarmed
    attack attacked arson abduction abducted kidnapped burglary carjacking fraud detectives indecent indecently
    groped groping lured luring harassed harassment threatened extortion extorted trafficking trafficked
    manslaughter sexually molested voyeurism stalked stalking mischief vandalism vandalized robberies assaults
    thefts""".split()
)


def tells_of_offence(lw: list[str]) -> bool:
    """A word of an offence or an arrest; not "wanted" in "I wanted to make something" (a wish)."""
    found = OFFENCE_WORDS.intersection(lw)
    if not found and "exposed" in lw:  # "a man exposed himself to ..."
        return any(
            w == "exposed" and lw[k + 1 : k + 2] in (["himself"], ["herself"]) for k, w in enumerate(lw)
        )
    if found == {"wanted"}:
        return any(w == "wanted" and not a_wish(lw, k) for k, w in enumerate(lw))
    return bool(found)


_WISHERS = frozenset(
    "i we you they he she who just really always never".split()
)  # (not "all wanted on warrants")


def a_wish(lw: list[str], k: int) -> bool:
    """ "wanted" at word ``k`` is a wish, not a police search: "I wanted to", "I just wanted the kids to have"."""
    return lw[k + 1 : k + 2] == ["to"] or (k > 0 and lw[k - 1] in _WISHERS)


# "expect a conviction", "we're confident of a conviction": a conviction hoped for, not had
HOPED = frozenset(
    """expect expects expected seek seeks seeking secure hope hoping want pursue toward towards forward confident
    sure certain likely win obtain await awaits awaiting pending until""".split()
)
