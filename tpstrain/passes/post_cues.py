"""What a post as a whole says about its case, read by the people pass (people.py): the family told or not,
an appeal to trace someone, a conviction, an old case, a death charged, a name that cannot be published or may
be, a waived anonymity, a suspect caught. Phrases are lower case, written as the tokenizer splits them."""

from __future__ import annotations

import re

from .gate import gated

# ----- what the post as a whole says ---------------------------------------------------------------
NOTIFIED = (
    "next of kin have been notified",
    "next of kin has been notified",
    "next of kin were notified",
    "next of kin notified",
    "next-of-kin notified",
    "next of kin have been informed",
    "next of kin has been informed",
    "next of kin were informed",
    "next of kin are aware",
    "family has been notified",
    "family has been informed",
    "family has been told",
    "family have been notified",
    "family have been informed",
    "family have been told",
    "family was notified",
    "family was informed",
    "family was told",
    "families have been notified",
    "families have been informed",
    "families have been told",
    "family members have been notified",
    "family is aware",
    "family are aware",
    "family has been made aware",
    "family have been made aware",
    "families are aware",
    "family is being supported",
    "family are being supported",
    "family is being kept updated",
    "family are being kept updated",
    "family is receiving support",
    "family are receiving support",
    "supported by specialist officers",
    "supported by specially trained officers",
    "with the family's permission",
    "with the family's consent",
    "with the permission of",
    "with the consent of",
    "at the family's request",
    "at the request of the family",
    "family has asked",
    "family have asked",
    "family has requested",
    "family have requested",
    "family wishes",
    "family has released",
    "family have released",
    "family paid tribute",
    "family have paid tribute",
    "family has paid tribute",
    "paid tribute",
    "pay tribute",
    "pays tribute",
    "tribute from",
    "in a statement, the family",
    "the family said",
    "his family said",
    "her family said",
    "their family said",
    "family has shared",
    "family have shared",
    "in loving memory",
    "we remember",
    "remembering",
    "in memory of",
    "anniversary",
    "end of watch",
    "eow",
    "passed away peacefully",
    "obituary",
    "funeral",
    "memorial service",
    "vigil",
    "laid to rest",
    "tributes",
    "issued a tribute",
    "formally identified",
)
NOT_NOTIFIED = (
    "not yet been notified",
    "not yet been informed",
    "not yet been told",
    "not been notified",
    "not been informed",
    "not been told",
    "not yet notified",
    "not yet informed",
    "not yet told",
    "yet to be notified",
    "yet to be informed",
    "yet to be told",
    "process of notifying",
    "notifying next of kin",
    "notifying the family",
    "notifying his family",
    "notifying her family",
    "are notifying",
    "being withheld",
    "withheld until",
    "still being contacted",
    "are being contacted",
    "is being contacted",
    "being notified",
    "will be told once",
    "will be notified once",
    "once we reach them",
    "once we reach his",
    "once we reach her",
    "once they are reached",
    "not yet been reached",
    "not been reached",
    "have not yet reached",
    "has not yet reached",
    "yet to be reached",
    "working to reach",
    "still being notified",
    "still trying to reach",
    "once we have spoken with",  # "We'll share more once we have spoken with his family"
    # "Officers are on their way to speak with his wife now", "Our officers are on their way to his family now"
    "on their way to his family",
    "on their way to her family",
    "on their way to speak with his",
    "on their way to speak with her",
    "still reaching",
    "yet to take place",
    "until we can reach",
    "until we reach",
    "once his family has been notified",
    "once her family has been notified",
    "once their family has been notified",
    "once the family has been notified",
    "once his family is notified",
    "once her family is notified",
    "once the family is notified",
    "once next of kin",
    "still trying to trace",
    "still trying to locate",
    "still trying to find his family",
    "still trying to find her family",
    "still contacting",
    "still informing",
    "still notifying",
    "before the family is told",
    "before the family has been told",
    "before next of kin",
    "trying to reach the family",
    "trying to reach his family",
    "trying to reach her family",
    "trying to contact the family",
    "unable to reach the family",
    "unable to contact the family",
    "not been able to reach",
    "not been able to contact",
    "not yet been able to reach",
    "not yet been able to contact",
    "still working to notify",
    "working to notify",
    "still trying to contact",
    "trying to contact his",
    "trying to contact her",
    "trying to contact their",
    "still trying to locate his family",
    "still trying to locate her family",
    "still trying to notify",
    "family does not know",
    "family doesn't know",
    "family is not yet aware",
    "family are not yet aware",
    "family has not been",
    "family have not been",
    "families have not been",
    "next of kin have not",
    "next of kin has not",
    "next-of-kin have not",
    "next-of-kin has not",
    # "Family notification is still under way", "Officers will be speaking with his wife later today"
    *(
        f"{who} {state}"
        for who in (
            "notification",
            "notifications",
            "next of kin notification",
            "next-of-kin notification",
            "family notification",
            "notification of next of kin",
            "notification of the next of kin",
            "notification of the family",
            "notification of family",
            "notification of her family",
            "notification of his family",
        )
        for state in (
            "is still under way",
            "is under way",
            "is still underway",
            "is underway",
            "is ongoing",
            "is still ongoing",
            "is in progress",
            "are ongoing",
            "are under way",
            "are still under way",
            "has not been completed",
            "is not complete",
            "is not yet complete",
        )
    ),
    *(
        f"will be {verb} {whose} {kin}"
        for verb in (
            "speaking with",
            "speaking to",
            "meeting with",
            "meeting",
            "contacting",
            "notifying",
            "informing",
            "visiting",
        )
        for whose in ("his", "her", "their", "the")
        for kin in (
            "wife",
            "husband",
            "partner",
            "family",
            "parents",
            "mother",
            "father",
            "children",
            "son",
            "daughter",
            "next of kin",
            "relatives",
        )
    ),
)
TRACE_APPEAL = (
    "trace the family",
    "trace his family",
    "trace her family",
    "trace their family",
    "trace relatives",
    "trace next of kin",
    "trace the next of kin",
    "locate the family",
    "locate his family",
    "locate her family",
    "locate next of kin",
    "locate the next of kin",
    "find the family",
    "find his family",
    "find her family",
    "find relatives",
    "identify next of kin",
    "help us identify",
    "help identify",
    "trying to identify",
    "tracing the family",
    "tracing relatives",
    "any relatives",
    "relatives of",
    "a relative of",
    "trace family",
    "to trace family",
    "unable to find any",
    "unable to locate any",
    "how to reach his family",
    "how to reach her family",
    "anyone who knew",
)
# a verdict with words between its parts, beside the phrases below: "A jury today found Victor Osei, 39, guilty of"
FOUND_GUILTY = gated(
    re.compile(
        r"\b(?:jury|judge|justice|court|magistrates?)\b[^.!?\n]{0,30}?\b(?:found|finds|find)\b[^.!?\n]{0,60}?\bguilty\b",
        re.I,
    )
)


def found_guilty(folded: str) -> bool:
    return FOUND_GUILTY.search(folded) is not None


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
    "sentenced as an adult|charged as an adult|tried as an adult|prosecuted as an adult|"
    # an adult sentence given, not one sought: "The Crown will seek an adult sentence" names no one
    "received an adult sentence|receives an adult sentence|given an adult sentence|imposed an adult sentence|"
    "adult sentence was imposed|adult sentence has been imposed|handed an adult sentence|handed down an adult sentence|"
    "prosecuted in adult court|lifted the reporting restrictions|lifted reporting restrictions|"
    "reporting restrictions were lifted|reporting restrictions have been lifted".split("|")
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
    "busted",
    # a case before the court, or told as solved: "The killer will be in court Dec 4", "for solving the murder"
    "will be in court",
    "due in court",
    "court date",  # "He's guilty, trust us. His next court date is Dec 4."
    "solving the",
    "solved the",
)
# People described by their work or place beside the person harmed (a sexual-offence complainant).
WORK_RELATIONS = frozenset(
    """employee employees coworker co-worker coworkers co-workers colleague colleagues cashier
    staff student students patient patients client clients customer customers tenant tenants player players
    parishioner parishioners congregant congregants pupil pupils trainee trainees intern interns""".split()
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
        return any(w == "wanted" and lw[k + 1 : k + 2] != ["to"] for k, w in enumerate(lw))
    return bool(found)


# The family not told yet, in the many ways a post says it: "His family has not yet been informed", "Police are yet
# to speak with his family", "until the family is notified", "Efforts to reach his family are ongoing", "Officers
# are heading to her parents' home now" (read on the folded text, once per post that names or describes the dead).
_KIN = (
    r"(?:family|families|relatives|next of kin|next-of-kin|parents|wife|husband|partner|children|whanau|whānau|"
    r"loved ones|mother|father|son|daughter|brother|sister)"
)
NOT_TOLD = gated(
    re.compile(
        rf"\b{_KIN}\b[^.!?\n]{{0,40}}?\b(?:(?:has|have|had) not (?:yet )?been (?:formally |officially )?(?:notified|informed|told|reached|contacted)"
        r"|(?:is|are) (?:yet|still) to be (?:formally |officially )?(?:notified|informed|told|reached|contacted)|(?:is|are) (?:still )?being "
        r"(?:notified|informed|told|contacted|reached)|not yet (?:notified|informed|told|reached|contacted)"
        r"|(?:has|have) not (?:yet )?taken place|(?:is|are) ongoing|(?:is|are) under ?way|(?:is|are) pending|will be (?:notified|informed|told|contacted) (?:later|soon|"
        r"today|tonight|tomorrow|shortly))\b"
        # "Family notification under way", "Notification of his family is pending"
        rf"|\b{_KIN} notification (?:is |are )?(?:still )?(?:under ?way|pending|ongoing|in progress)"
        rf"|\bnotification (?:of|to) (?:his|her|their|the) {_KIN} (?:is|are) (?:pending|ongoing|under ?way|still)"
        rf"|\b(?:until|before|once|after) (?:we (?:can )?(?:speak|talk|have spoken) (?:with|to) (?:his|her|their|the) {_KIN}"
        rf"|(?:his|her|their|the) {_KIN}(?: [^.!?\n,]{{1,30}}?)? (?:has|have|is|are) (?:been )?(?:notified|informed|told|reached|contacted))"
        rf"|\b(?:yet to|not yet) (?:been able to )?(?:speak|spoken|talk|talked|reach|reached) (?:with |to )?(?:his|her|their|the) {_KIN}"
        rf"|\b(?:efforts|trying|working|attempts|attempting) to (?:reach|contact|notify|locate|find|inform) (?:his|her|their|the) {_KIN}"
        rf"|\bnot (?:yet )?been confirmed with (?:his|her|their|the) {_KIN}"
        r"|\bheading to (?:his|her|their) (?:parents'|family's|family) home"
        # "pending family notification", "Contact with his family will follow", "Officers will speak with his family"
        r"|\bpending (?:family |next[- ]of[- ]kin )?notification"
        rf"|\b(?:contact with|notification of|informing) (?:his|her|their|the) {_KIN} will follow"
        rf"|\b(?:will|are going to) (?:speak|talk) (?:with|to) (?:his|her|their|the) {_KIN}"
        # "Please let us reach his mother before you share this"
        rf"|\blet us (?:reach|tell|notify|contact|inform|speak (?:with|to)) (?:his|her|their|the) {_KIN}",
        re.I,
    )
)
# "expect a conviction": a conviction hoped for, not had
HOPED = frozenset(
    "expect expects expected seek seeks seeking secure hope hoping want pursue toward towards forward".split()
)
# "have not been able to trace his family": no appeal, unless readers are asked who knows him
NEGATIONS = frozenset("not unable cannot can't couldn't haven't hasn't".split())
ASKED_TO_KNOW = frozenset("know knows knew recognise recognize relatives".split())


def not_told(folded: str) -> bool:
    return NOT_TOLD.search(folded) is not None
