"""What an answer must leave out, as families of words and phrases the lessons teach, defined once.

A question asks for a family by name (``leave_out=["health details", "where found"]``), so "leave out the
health details" means every health detail the lessons name (dementia, Alzheimer's, confused, memory loss
...), not the one word of the draft. Each family is data: words (matched like key facts: any case, plurals,
any dash), patterns (regular expressions, for phrases that vary: "found sleeping in a bus shelter"), the
rules of the policy whose words it shares (``privacy.health-details``), and phrases that are fine even though
they contain a word of the family ("the Mental Health Act").

=====================  ==========================================================================
family                 what it catches (lesson)
=====================  ==========================================================================
health details         diagnoses, symptoms, care: dementia, confused, memory loss, hospital (06, 08)
diagnoses              a diagnosis or a label for one: schizophrenia, EDP, suffers from (05)
labels                 words that label a person: homeless man, addict, the male (04, 05)
where found            where, how or why a missing person was found or left (08)
personal details       asking for an address, a plate, a phone number ... in public (09)
identifying details    workplace, school, team, family or home that identify someone (06)
guilt words            the thief, perp, confessed, is guilty: guilt before a verdict (06)
mockery                jokes, taunts and laughter at a person (03)
argument               arguing with, blaming or scolding the person you reply to (09)
image words            "image of", "photo of" in alt text (07)
=====================  ==========================================================================
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .facts import fact_regex
from .results import Problem

__all__ = ["FAMILIES", "Family", "family", "family_matches", "leave_out_problems"]


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
    r"full names?|names?|vins?|insurance|health cards?|sin|social insurance|bank|credit cards?|"
    r"personal (?:details|information|info)|contact info(?:rmation)?|where you live|case details|"
    r"occurrence numbers?|report numbers?)"
)
_PUBLIC = r"(?:reply|respond|comment|post|tweet|answer|write|drop|leave|list|share|include|put|tag)"
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

FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
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
                rf"\b{_PUBLIC}\b(?:\s+\w+){{0,3}}?\s+(?:with|your|the|their|us|below|here)\b[^.!?]{{0,40}}\b{_DETAIL}\b",
                rf"\b{_DETAIL}\b[^.!?]{{0,40}}\b(?:below|in the comments|in the replies|in a reply|in a comment|"
                r"publicly|in this thread|here)\b",
            ),
            patterns=(
                rf"\b(?:send|tell|give|let)\s+(?:us|me)\b(?:\s+\w+){{0,3}}\s+(?:your|the|their)\s+{_DETAIL}\b",
                rf"\bwhat(?:'s| is| was) (?:your|the) {_DETAIL}\b",
            ),
            fine=(rf"[^.!?]*{_PRIVATE}[^.!?]*",),
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
            fine=(r"(?:until|unless) proven guilty", r"not guilty", r"innocent until"),
        ),
        Family(
            "mockery",
            "mockery",
            "Write about every person with respect: no jokes, taunts or laughter about them (lesson 03).",
            words=(
                "LOL",
                "LMAO",
                "ROFL",
                "haha",
                "hahaha",
                "lolol",
                "genius",
                "buddy",
                "pal",
                "champ",
                "Einstein",
                "good luck",
                "nice try",
                "better luck next time",
                "enjoy your stay",
                "our guest",
                "overnight guest",
                "bake sale",
                "idiot",
                "moron",
                "clown",
                "dummy",
                "loser",
                "tried to outrun us",
                "outrun us",
                "thought he could",
                "not so fast",
                "oops",
                "whoops",
                "smart move",
                "bright idea",
                "in our cells",
                "raising bail",
                "raise bail",
                "bail money",
            ),
            patterns=(r"[😂🤣😆😅😜🙄🤡😏🤪😹💀]",),
        ),
        Family(
            "argument",
            "arguing or blaming",
            "Stay calm and kind: don't argue, defend or blame. Thank them, say sorry it happened, and point to "
            "the right way to report (lesson 09).",
            words=(
                "useless",
                "calm down",
                "relax",
                "chill",
                "not our fault",
                "your fault",
                "you should have",
                "should've",
                "shouldn't have",
                "you should not have",
                "if you had",
                "you need to",
                "educate yourself",
                "do better",
                "we can't be everywhere",
                "we cannot be everywhere",
                "can't be everywhere",
                "real crime",
                "real criminals",
                "not our job",
                "we're busy",
                "we are busy",
                "obviously",
                "lock your car",
                "lock your doors",
                "lock your vehicle",
                "hide your valuables",
                "don't leave valuables",
                "do not leave valuables",
                "watch your tone",
                "excuse me",
            ),
            patterns=(r"\?\?|!!",),
        ),
        Family(
            "image words",
            "words a screen reader already says",
            "Start with what the picture shows: screen readers already say it is an image (lesson 07).",
            words=("this image", "this photo", "this picture", "the image", "the photo", "the picture"),
            patterns=(
                r"\b(?:image|picture|photo|photograph|pic|graphic|screenshot|illustration)s?\s+"
                r"(?:of|showing|shows|that shows|depicting|depicts|with)\b",
                r"^\s*(?:an?\s+|the\s+)?(?:image|picture|photo|photograph|pic|graphic|screenshot)\b",
            ),
        ),
    )
}


def family(name: str) -> Family:
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"no family {name!r}; the families are: {', '.join(FAMILIES)}") from None


@functools.lru_cache(maxsize=64)
def _compiled(
    name: str, rule_words: tuple[str, ...]
) -> tuple[tuple[str, ...], re.Pattern[str] | None, tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    fam = family(name)
    words = tuple(dict.fromkeys((*fam.words, *rule_words)))
    pattern = re.compile("|".join(f"(?:{p})" for p in fam.patterns), re.I) if fam.patterns else None
    fine = tuple(re.compile(p, re.I) for p in fam.fine)
    always = re.compile("|".join(f"(?:{p})" for p in fam.always), re.I) if fam.always else None
    return words, pattern, fine, always


def _rule_words(fam: Family, policy) -> tuple[str, ...]:
    out: list[str] = []
    for rid in fam.rules:
        try:
            rule = policy.rule(rid)
        except KeyError:
            continue
        check = rule.check
        for term in getattr(check, "terms", []) or []:
            out += [term] if isinstance(term, str) else list(getattr(term, "match", []))
    return tuple(out)


def _fine_spans(text: str, fine: tuple[re.Pattern[str], ...]) -> list[tuple[int, int]]:
    return [m.span() for f in fine for m in f.finditer(text)]


def family_matches(text: str, name: str, policy=None) -> list[str]:
    """The words of ``text`` that belong to family ``name`` (outside the phrases that are fine), in order."""
    fam = family(name)
    words, pattern, fine, always = _compiled(name, _rule_words(fam, policy) if policy is not None else ())
    text = unicodedata.normalize("NFC", text)
    spared = _fine_spans(text, fine)
    hits: list[tuple[int, str]] = []

    def keep(start: int, end: int, found: str) -> None:
        if not any(a <= start and end <= b for a, b in spared):
            hits.append((start, found))

    for w in words:
        for m in fact_regex(w).finditer(text):
            keep(m.start(), m.end(), m.group())
    if pattern is not None:
        for m in pattern.finditer(text):
            keep(m.start(), m.end(), m.group())
    if always is not None:
        hits += [(m.start(), m.group()) for m in always.finditer(text)]
    hits.sort()
    return list(dict.fromkeys(h for _, h in hits))


def leave_out_problems(text: str, names: Iterable[str] | str | None, policy=None) -> list[Problem]:
    """One problem for each family in ``names`` that ``text`` draws on, quoting the words."""
    if not names:
        return []
    out = []
    for name in [names] if isinstance(names, str) else names:
        found = family_matches(text, name, policy)
        if found:
            fam = family(name)
            words = ", ".join(f'"{w.strip()}"' for w in found[:3])
            out.append(
                Problem(
                    f"This answer must leave out {fam.title}: {words}.", quote=found[0].strip(), fix=fam.fix
                )
            )
    return out
