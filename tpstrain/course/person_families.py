"""The families about the people in a post: what identifies, exposes, labels or convicts a person.

Health details, diagnoses, labels, where a missing person was found, requests for personal details in public,
details that identify someone, and words of guilt (lessons 04 to 09). :mod:`~tpstrain.course.families` holds
the other families (tone and wording), the registry of them all and how an answer is read against them; the
:class:`Family` type is defined here, the module families.py builds on, so the two import no cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NEGATED_REQUEST", "PERSON_FAMILIES", "Family"]


@dataclass(frozen=True)
class Family:
    name: str
    title: str  # in a message: 'This answer must leave out {title}: "dementia".'
    fix: str
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # policy rules whose terms join the family
    fine: tuple[str, ...] = ()  # patterns of phrases that are fine ("Mental Health Act")
    always: tuple[str, ...] = ()  # patterns that no fine phrase excuses
    negatable: bool = False  # a hit just after "don't", "never" ... is a warning against it, not a request
    unless: tuple[str, ...] = ()  # patterns that, anywhere in the answer, make every hit fine ("has agreed")


_PLACE_AFTER = (
    r"(?:in|at|near|on|inside|outside|behind|under|underneath|beside|by|along|around|within|across|"
    r"close to|next to|with|sleeping|wandering|walking|hiding|sitting|lying|living|staying|"
    r"asleep|downtown|thanks to (?!(?:you|your|everyone|all|the public|the community|our community|"
    r"those|people|everybody|each)\b))"
)
_NOT_PLACE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:morning|afternoon|evening|night|"
    r"weekend)|\d|noon|midnight|time|last night|this (?:morning|afternoon|evening)|good health|"
    r"(?:a|the) (?:same|next) day|her own|his own|their own)\b"
)
_DETAIL = (
    r"(?:(?:home |street |mailing )?address(?:es)?|(?:licen[cs]e )?plates?(?: numbers?)?|"
    r"(?:phone|cell|mobile|telephone|contact) (?:numbers?|info(?:rmation)?|details)|numbers?|"
    r"dates? of birth|birth ?dates?|birthdays?|dob|e-?mails?(?: address(?:es)?)?|postal codes?|"
    r"full names?|names?|vins?|insurance|health cards?|sin|social insurance|bank(?:ing)?|credit cards?|"
    r"personal (?:details|information|info)|contact info(?:rmation)?|where you live|case details|"
    r"occurrence numbers?|report numbers?)"
)
_PUBLIC = r"(?:reply|respond|comment|post|tweet|answer|write|drop|leave|list|share|include|put|tag)"
# "Please don't post your address here", "never share your plate number": a negation of the verb itself
# ("Don't forget to post your address" is still a request)
NEGATED_REQUEST = re.compile(
    r"\b(?:don't|dont|do not|never|no need to|not)\s+(?:(?:ever|just|please|publicly)\s+)?"
    rf"(?:(?:{_PUBLIC}|send|give|tell)\s+(?:[\w']+\s+){{0,2}})?$",
    re.I,
)
_PRIVATE = (
    r"\b(?:dm|dms|direct(?:ly)? message|private(?:ly)?(?: message)?|message us|inbox|call|phone us|"
    r"report (?:it )?online|online report|in person|visit|torontopolice\.on\.ca|416-808)\b"
)
_KIN = (
    r"(?:wife|husband|spouse|partner|ex|ex-wife|ex-husband|ex-partner|girlfriend|boyfriend|fianc[eé]e?|"
    r"daughter|son|stepdaughter|stepson|child|children|kids?|mother|mom|mum|father|dad|stepfather|"
    r"stepmother|stepdad|stepmom|brother|sister|niece|nephew|cousin|uncle|aunt|grandmother|grandfather|"
    r"grandson|granddaughter|neighbou?r|roommate|landlord|tenant|boss|employer|co-?worker|colleague|"
    r"teacher|coach|student|classmate|teammate|family)"
)

PERSON_FAMILIES: tuple[Family, ...] = (
    Family(
        "health details",
        "health details",
        "Leave out health details: no condition, symptom or care. Say only what the public needs, e.g. "
        "'she is safe'.",
        words=(
            "dementia",
            "Alzheimer's",
            "Alzheimer",
            "Alzheimers",
            "confused",
            "confusion",
            "disoriented",
            "disorientated",
            "memory loss",
            "memory problems",
            "memory issues",
            "forgetful",
            "cognitive",
            "mental health",
            "mental illness",
            "mentally ill",
            "medical",
            "medically",
            "medical condition",
            "health condition",
            "health",
            "condition",
            "unwell",
            "ill",
            "sick",
            "illness",
            "hospital",
            "hospitalized",
            "hospitalised",
            "check-up",
            "checkup",
            "treatment",
            "treated",
            "paramedics",
            "ambulance",
            "doctor",
            "nurse",
            "diagnosis",
            "diagnosed",
            "symptoms",
            "injured",
            "injuries",
            "dehydrated",
            "hypothermia",
            "frail",
            "vulnerable senior",
        ),
        rules=("privacy.health-details",),
        fine=(
            r"mental health act",
            r"health ?811",
            r"telehealth",
            r"health and safety",
            r"safe and healthy",
        ),
    ),
    Family(
        "diagnoses",
        "diagnoses and labels for them",
        "Leave the diagnosis out: describe what happened, and put the person first ('a person in crisis').",
        words=(
            "schizophrenia",
            "schizophrenic",
            "psychosis",
            "psychotic",
            "bipolar",
            "mental illness",
            "mentally ill",
            "mental disorder",
            "disorder",
            "diagnosis",
            "diagnosed",
            "EDP",
            "emotionally disturbed",
            "suffers from",
            "suffering from",
            "suffered from",
            "afflicted",
            "delusional",
            "paranoid",
            "off his meds",
            "off her meds",
            "off their meds",
            "unstable",
        ),
        rules=("privacy.health-details",),
        fine=(r"mental health act",),
    ),
    Family(
        "labels",
        "labels for a person",
        "Put the person first: 'a man experiencing homelessness', 'a person who uses drugs', 'a man'.",
        words=(
            "homeless man",
            "homeless woman",
            "homeless person",
            "homeless people",
            "the homeless",
            "vagrant",
            "transient",
            "addict",
            "junkie",
            "drug abuser",
            "schizophrenic",
            "epileptic",
            "wheelchair-bound",
            "confined to a wheelchair",
            "the disabled",
            "EDP",
            "emotionally disturbed",
            "the male",
            "the female",
            "a male",
            "a female",
            "crazy",
            "psycho",
            "lunatic",
            "deranged",
            "derelict",
            "bum",
            "hobo",
        ),
    ),
    Family(
        "where found",
        "where, how or why she was found or left",
        "Say only that she was found (or located) and is safe: not where, how or why she left (lesson 08).",
        patterns=(
            rf"\b(?:found|located|discovered|spotted|picked up|tracked down|turned up|returned)\b"
            rf"(?:\s+(?:safe(?:ly)?|alive|unharmed|well|and|sound|again|,|earlier|today|yesterday|this \w+))*"
            rf"\s+{_PLACE_AFTER}\b(?!\s+{_NOT_PLACE})",
            r"\b(?:found|located)\b[^.!?]{0,40}\bby (?:a|an|the|one of)\b",
            # how: someone saw her and called it in ("A TTC driver spotted Lena Okafor and called 9-1-1")
            r"\b(?:spotted|recogni[sz]ed|noticed)\s+(?!(?:the|our|this|your|an?|any|anything|something)\b)"
            r"[^\W\d_]",
            r"\b(?:called|phoned|rang|alerted)\s+(?:9-?1-?1|911|police|us|officers)\b",
            r"\b(?:wandered|wandering|got lost|was lost|ran away|run away|runaway|left (?:home|her home|his home|the "
            r"home|the house|her house)|went missing (?:from|after|because))\b",
            r"\b(?:bus shelter|subway|station|shelter|ravine|park bench|parking lot|her car|his car|a friend's|"
            r"her daughter's|his daughter's|her son's|relative's|neighbou?r's|motel|hotel|coffee shop|mall)\b",
        ),
    ),
    Family(
        "personal details",
        "requests for personal details in public",
        "Never ask for personal details in a public reply: point people to a phone number or the online "
        "report, or ask them to send a direct message (lesson 09).",
        always=(
            rf"\b{_PUBLIC}\b(?:\s+@?\w+){{0,3}}?\s+(?:with|your|the|their|us|below|here)\b[^.!?]{{0,40}}\b{_DETAIL}\b",
            rf"\b{_DETAIL}\b[^.!?]{{0,40}}\b(?:below|in the comments|in the replies|in a reply|in a comment|"
            r"publicly|in this thread|here)\b",
        ),
        patterns=(
            rf"\b(?:send|tell|give|let)\s+(?:us|me)\b(?:\s+\w+){{0,3}}\s+(?:your|the|their)\s+{_DETAIL}\b",
            rf"\bwhat(?:'s| is| was) (?:your|the) {_DETAIL}\b",
            # where exactly, asked in public: "Which block of Queen St W was it on? Tell us here"
            r"\b(?:which|what) (?:block|street|address|intersection|corner|building|unit|house)\b[^.!?]{0,60}\?",
        ),
        fine=(rf"[^.!?]*{_PRIVATE}[^.!?]*",),
        negatable=True,
    ),
    Family(
        "secrets",
        "requests for passwords, codes or bank details",
        "The service never asks for a password, a code, a PIN or bank details, not even in a direct message: "
        "say so, and never ask for them (lesson 16).",
        patterns=(
            r"\b(?:send|dm|message|give|tell|share|e-?mail|text|post|reply with|enter|type|confirm|verify|provide|"
            r"(?:we|i) (?:need|want|require|ask for))\b[^.!?]{0,40}?\b(?:your|their|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:passwords?|passcodes?|pins?|(?:verification|security|login|one-time|2fa|confirmation) codes?|"
            r"bank(?:ing)? (?:details|information|info|account numbers?)|card numbers?|credit cards?|"
            r"log-?ins?)\b",
        ),
        # what the fake account asks for, told as a warning: "If someone asks you to send your bank details ..."
        fine=(
            r"\b(?:it|they|scammers?|fraudsters?|someone|anyone|(?:an?|the|this|that|any)\s+(?:fake\s+|other\s+)?"
            r"(?:account|message|post|reply|link|caller))\s+"
            r"(?:(?:may|might|will|could)\s+)?(?:ask|asks|asking|asked|tell|tells|telling|told|want|wants|tries|"
            r"trying)\b[^.!?]*",
        ),
        negatable=True,  # "Never share your password", "We will never DM you for your PIN"
    ),
    Family(
        "identifying details",
        "details that identify a person",
        "Leave out what identifies a person: a name, where they work or study, their team, their family, where "
        "they live. Age and city are enough (lesson 06).",
        patterns=(
            r"\b(?:works?|worked|working|employed|an? (?:employee|worker|manager|cashier|clerk|owner|staff member|"
            r"server|bartender|guard|teacher|coach|nurse|driver|volunteer))\s+(?:at|for|with|of|in)\b",
            r"\b(?:his|her|their) (?:job|workplace|employer|boss|office|store|shop|company|work|school|team|"
            r"club|church|mosque|synagogue|temple|gym)\b",
            r"\b(?:student|pupil|attends?|attending|enrolled|goes to|studies at|graduate of)\b",
            r"\b(?:secondary school|high school|public school|elementary school|collegiate|academy|university|"
            r"college|c\.i\.)\b",
            # a school by its name, as people say it: "two teens from Central Tech", "Jarvis CI", "Northern SS",
            # "Dovercourt P.S.", "Bloor Collegiate", "Harbord School" (lesson 06: no school for a young person)
            r"(?-i:\b(?!(?:At|The|In|On|Our|This|That|A|An|Near|By|From|To|For|Of|And|Or)\b)[A-Z][a-z]+"
            r"(?:\s+[A-Z][a-z]+)?\s+(?:Tech|Technical|C\.?I\.?|S\.?S\.?|C\.?S\.?S\.?|H\.?S\.?|P\.?S\.?|Secondary|"
            r"High(?!\s+Park)|School|Collegiate|Institute))(?![\w.])",
            r"\b(?:plays?|played|playing)\s+(?:for|on)\b",
            r"\b(?:player|captain|member|coach|coaches|coached)\s+(?:for|on|of|with|at)\b"
            r"(?!\s+(?:the public|our community|the community|the media))",
            r"\b(?:team|club|league|squad|crew|gang)\b",
            rf"\b(?:his|her|their|the victim's|the complainant's|a|an)\s+(?:own\s+)?{_KIN}\b",
            r"\b(?:lives|lived|living|resides|resident|residing)\s+(?:at|on|in|near|off)\b",
            r"\b(?:known as|nicknamed|a\.?k\.?a\.?|goes by)\b",
            r"\b\d+\s+\w+\s+(?:st|street|ave|avenue|rd|road|cres|crescent|dr|drive|blvd|ct|court|pl|way)\b",
        ),
    ),
    Family(
        "child details",
        "details that identify a child",
        "A child needs a parent's OK before anything identifies them: no name, school, grade or class, family or "
        "home. 'A young rider' is enough (lesson 15).",
        patterns=(
            # school, grade and class: "a Grade 4 student", "a keen fourth-grader", "Dovercourt P.S."
            r"\b(?:student|pupil|classmates?|classroom|homeroom|kindergarten|schoolmates?)\b",
            r"\b(?:her|his|the child's|the girl's|the boy's)\s+(?:school|class|grade|teacher|classmates?)\b",
            r"\b(?:grade|gr\.)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
            r"\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[\s-]+grade(?:rs?)?\b",
            r"(?-i:\b[A-Z][\w'’.-]*)\s+(?:(?:public|elementary|junior|middle|high|catholic|french)\s+)?"
            r"(?:school|p\.\s?s\.)(?!\w)",
            # family: "Mom says ...", "her dad", "the Tremblay family" (not "thanks to all the moms and dads")
            r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|papa|mother|father|stepmom|stepdad|grandma|grandpa|granny|"
            r"grandmother|grandfather|nana|guardian)(?!['’]s day)(?:['’]s)?\b",
            rf"\b(?:her|his|the child's|the girl's|the boy's)\s+(?:own\s+)?(?:parents?|siblings?|{_KIN})\b",
            r"\bthe\s+(?-i:[A-Z])[\w'’-]+\s+family\b",
            # home: "a nine-year-old who lives just across from the park", "her street" (not "everyone who lives
            # nearby", "their homes")
            r"\b(?:she|he|girl|boy|child|kid|year-old|rider|cyclist|daughter|son)\s+(?:who\s+|that\s+)?(?:\w+\s+)?"
            r"(?:lives|lived|resides|resided)\b",
            r"\b(?:her|his)\s+(?:home|house|street|apartment|building|neighbou?rhood|block|address)\b",
            # asking the public to identify the child: "Recognize this rider? Tag her parents"
            r"\b(?:recogni[sz]e (?:this|her|him)|do you know (?:this|her|him|who)|who is (?:she|he|this))\b|"
            r"\btag\s+(?:her|his|him)\b",
        ),
    ),
    Family(
        "guilt words",
        "words that say he is guilty",
        "A person charged is presumed innocent: write 'charged with' or 'the accused', never 'the thief' "
        "(lesson 06).",
        words=(
            "perp",
            "perpetrator",
            "culprit",
            "thief",
            "robber",
            "criminal",
            "crook",
            "bad guy",
            "guilty",
            "confessed",
            "confession",
            "admitted",
            "pay for his crime",
            "paid for his crime",
            "brought to justice",
            "finally caught",
            "we caught",
            "got him",
            "the killer",
            "the shooter",
            "the attacker",
            "the suspect is",
            "justice served",
            "justice is served",
        ),
        # a label for the driver charged: "A reckless driver was arrested ... and charged with dangerous driving"
        patterns=(r"\b(?:reckless|dangerous|drunk|impaired|careless|speeding|crazy|maniac)\s+drivers?\b",),
        fine=(r"(?:until|unless) proven guilty", r"not guilty", r"innocent until"),
    ),
)
