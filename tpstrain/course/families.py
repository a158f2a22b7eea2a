"""What an answer must leave out, as families of words and phrases the lessons teach, defined once.

A question asks for a family by name (``leave_out=["health details", "where found"]``), so "leave out the
health details" means every health detail the lessons name (dementia, Alzheimer's, confused, memory loss
...), not the one word of the draft. Each family is data: words (matched like key facts: any case, plurals,
any dash), patterns (regular expressions, for phrases that vary: "found sleeping in a bus shelter"), the
rules of the policy whose words it shares (``privacy.health-details``), and phrases that are fine even though
they contain a word of the family ("the Mental Health Act").

The families about the people in a post (health details to guilt words) are in
:mod:`~tpstrain.course.person_families`; the families about how a post speaks (mockery to security jargon) are
here, with the registry of them all (``FAMILIES``) and how an answer is read against them.

=====================  ==========================================================================
family                 what it catches (lesson)
=====================  ==========================================================================
health details         diagnoses, symptoms, care: dementia, confused, memory loss, hospital (06, 08)
diagnoses              a diagnosis or a label for one: schizophrenia, EDP, suffers from (05)
labels                 words that label a person: homeless man, addict, the male (04, 05)
where found            where, how or why a missing person was found or left (08)
personal details       asking for an address, a plate, a phone number ... in public (09)
identifying details    workplace, school, team, family or home that identify someone (06)
child details          a child's school, grade or class, family or home; asking who she is (15)
secrets                asking for passwords, codes, PINs or bank details, even by DM (16)
guilt words            the thief, perp, confessed, is guilty: guilt before a verdict (06)
mockery                jokes, taunts and laughter at a person (03)
argument               arguing with, blaming or scolding the person you reply to (09)
image words            "image of", "photo of" in alt text (07)
speculation            guesses: probably, may have, we believe, looks like (08, 11, 14)
blame                  blaming or scorning people, or defending the service: fake news, fell for, your
                       fault, human error, not our fault, the callers gave us the wrong corner (11, 14, 16)
security jargon        phishing, compromised, credentials, 2FA, threat actor (16)
unagreed pledge        a pledge of what a colleague will do, without saying they agreed (09)
=====================  ==========================================================================
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from .facts import fact_regex
from .person_families import NEGATED_REQUEST, PERSON_FAMILIES, Family
from .results import Problem

__all__ = ["FAMILIES", "Family", "family", "family_matches", "leave_out_problems"]

# the families about how a post speaks: mockery, arguing, guesses, blame, jargon, and the words alt text can do without
_WORDING: tuple[Family, ...] = (
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
        fine=(r"\bif you need to\b",),  # "If you need to share details, send us a DM": help, not a lecture
    ),
    Family(
        "image words",
        "words a screen reader already says",
        "Start with what the picture shows: screen readers already say it is an image (lesson 07).",
        # the words a screen reader says, as an opener or a frame ("This photo shows", "In the picture, ..."),
        # not a fact about the photo ("The photo was taken in Trinity Bellwoods Park")
        patterns=(
            r"\b(?:image|picture|photo|photograph|pic|graphic|screenshot|illustration)s?\s+"
            r"(?:of|showing|shows|that shows|depicting|depicts|with)\b",
            r"^\s*(?:an?\s+|the\s+|this\s+|our\s+)?(?:image|picture|photo|photograph|pic|graphic|screenshot)\b",
            r"\b(?:in|on|from)\s+(?:the|this)\s+(?:image|picture|photo|photograph|pic|graphic|screenshot)\b",
            r"\b(?:this|the)\s+(?:image|picture|photo|photograph|pic|graphic|screenshot)\s+"
            r"(?:is|was|captures|captured|features|has)\b(?!\s+taken\b)",
        ),
    ),
    Family(
        "speculation",
        "guesses",
        "Say only what is confirmed: no guess about what it was, who did it or why (lessons 08, 11, 14).",
        words=(
            "probably",
            "likely",
            "most likely",
            "possibly",
            "perhaps",
            "maybe",
            "presumably",
            "apparently",
            "may have",
            "might have",
            "could have",
            "must have",
            "might be",
            "could be",
            "we believe",
            "we think",
            "we suspect",
            "we assume",
            "we guess",
            "our guess",
            "appears to",
            "appeared to",
            "seems",
            "seemed",
            "seem to",
            "looks like",
            "sounds like",
            "it is possible",
            "it's possible",
            "no doubt",
            "almost certainly",
        ),
        # a time guessed for what is not yet known: "Expect it to reopen in about three hours"
        patterns=(
            r"\b(?:re-?open|clear|be cleared|be open|open again)\w*\s+(?:in|within)\s+(?:about|around|roughly|"
            r"approximately|an?|\d+|one|two|three|four|five|six)\b",
        ),
        rules=("legal.speculation",),
        fine=(
            r"\bunlikely\b",
            # a likeness, not a guess: "an account that looks like ours", "a page made to look like 52 Division's"
            r"\b(?:account|page|profile|handle|logo|crest|site|website|e-?mail|message|copy|one)s?\s+"
            r"(?:that\s+|which\s+|made\s+to\s+)?(?:looks?|looked|looking|seems?)\s+(?:just\s+|exactly\s+)?like\b",
        ),
    ),
    Family(
        "blame",
        "blame or scorn",
        "Stay calm and own your mistakes: don't blame or scorn the people who called, shared it, were fooled, or "
        "made a mistake, don't defend the service ('not our fault'), and don't blame staff in public. Say what is "
        "true and what to do (lessons 03, 11, 14, 16).",
        words=(
            "fake news",
            "lies",
            "liar",
            "liars",
            "garbage",
            "nonsense",
            "ridiculous",
            "gullible",
            "naive",
            "fell for",
            "fall for",
            "falling for",
            "should have known",
            "should've known",
            "should know better",
            "know better",
            "common sense",
            "believe everything",
            "shame on",
            "irresponsible",
            "fearmongering",
            "fear-mongering",
            "fear mongering",
            "clickbait",
            "troll",
            "trolls",
            "careless",
            "carelessness",
            "negligence",
            "negligent",
            "your fault",
            "their fault",
            "his fault",
            "her fault",
            "to blame",
            "blame",
            "human error",
            "stupid",
            "dumb",
            "idiot",
            "idiots",
            "do your research",
            "stop spreading",
            "stop sharing",
            "that's on you",
            "that is on you",
            "it's on you",
            "your own fault",
            "serves you right",
            "your own problem",
            "only yourself to thank",
            # defending the service instead of owning the mistake (lesson 11: the right fact, plainly)
            "not our fault",
            "wasn't our fault",
            "isn't our fault",
            "was not our fault",
            "is not our fault",
            "no fault of ours",
            "no fault of our own",
            "not our mistake",
            "wasn't our mistake",
            "their mistake",
            "not on us",
        ),
        patterns=(
            # the people who called it in blamed for a wrong detail: "The 9-1-1 callers gave us the wrong corner",
            # "witnesses got it wrong" (not "the first reports had the wrong corner")
            r"\b(?:callers?|witness(?:es)?|the public|people|residents|neighbou?rs|bystanders|someone|they)\s+"
            r"(?:(?:who\s+)?(?:called|phoned)\s+(?:(?:it\s+)?in\s+|us\s+|9-?1-?1\s+)?)?"
            r"(?:gave|told|sent|fed|reported|provided|got|had|made)\s+(?:us\s+)?(?:the\s+|a\s+|it\s+)?"
            r"(?:wrong|incorrect|false|inaccurate|mistaken|mistake|error)\b",
        ),
        fine=(r"\b(?:no one|nobody|not|don't|do not|never)\b[^.!?]{0,40}\bblame\w*",),
        # "don't blame us" defends the service: no denial before "blame" makes it fine
        always=(r"\b(?:don't|do not|dont|can't|cannot)\s+blame\s+(?:us|me|the police|police|officers)\b",),
    ),
    Family(
        "security jargon",
        "computer-security jargon",
        "Say it in everyday words: 'someone else took over our account', 'a fake account copies ours', 'do "
        "not click the link' (lesson 16).",
        words=(
            "phishing",
            "phish",
            "phished",
            "spoofed",
            "spoofing",
            "compromised",
            "malicious",
            "malware",
            "credentials",
            "threat actor",
            "bad actor",
            "unauthorized access",
            "unauthorised access",
            "unauthorized party",
            "unauthorised party",
            "social engineering",
            "attack vector",
            "threat vector",
            "2FA",
            "MFA",
            "two-factor",
            "multi-factor",
            "OAuth",
            "API",
            "SIM swap",
            "brute force",
            "cyber incident",
            "cybersecurity incident",
            "security incident",
            "account takeover",
            "vulnerability",
            "vulnerabilities",
            "infosec",
            "remediation",
            "remediate",
            "mitigation",
        ),
    ),
    Family(
        "unagreed pledge",
        "a pledge that does not say its people agreed",
        "Say that everyone in the pledge has agreed: 'Sgt. Ana Ruiz has agreed to dye her hair pink' (lesson "
        "09: get their OK first, and say so).",
        # a pledge at a number of shares that puts a colleague (a rank, a title, a colleague) to work
        patterns=(
            r"\b(?:if|when|once|at|hits?|reach(?:es)?|gets?)\b[^.!?]{0,40}?\d[\d,.]*\s?k?\s*(?:re-?tweets?|RTs?|"
            r"shares?|likes?|reposts?|follows?|followers?|(?:people|of you|friends) (?:share|retweet|like|repost))\b"
            r"[^.!?]{0,60}?\b(?:Sgt|Sergeant|Cst|Const|Constable|PC|"
            r"Det|Detective|Insp|Inspector|Supt|Superintendent|Chief|Deputy|Staff|Officer|colleague|partner|boss|"
            r"our (?:chief|sergeant|inspector|officers?|staff|team))\b",
        ),
        unless=(
            r"\b(?:agreed|agrees|agree|said yes|says yes|volunteered|volunteers|signed up|offered|on board|"
            r"consented|their ok|her ok|his ok|(?:her|his|their) blessing|is in|are in|promised|pledged|dared us)\b",
        ),
    ),
)

FAMILIES: dict[str, Family] = {f.name: f for f in (*PERSON_FAMILIES, *_WORDING)}


def family(name: str) -> Family:
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"no family {name!r}; the families are: {', '.join(FAMILIES)}") from None


@functools.lru_cache(maxsize=64)
def _compiled(
    name: str, rule_words: tuple[str, ...]
) -> tuple[
    tuple[str, ...],
    re.Pattern[str] | None,
    tuple[re.Pattern[str], ...],
    re.Pattern[str] | None,
    re.Pattern[str] | None,
]:
    fam = family(name)
    words = tuple(dict.fromkeys((*fam.words, *rule_words)))
    pattern = re.compile("|".join(f"(?:{p})" for p in fam.patterns), re.I) if fam.patterns else None
    fine = tuple(re.compile(p, re.I) for p in fam.fine)
    always = re.compile("|".join(f"(?:{p})" for p in fam.always), re.I) if fam.always else None
    unless = re.compile("|".join(f"(?:{p})" for p in fam.unless), re.I) if fam.unless else None
    return words, pattern, fine, always, unless


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
    words, pattern, fine, always, unless = _compiled(
        name, _rule_words(fam, policy) if policy is not None else ()
    )
    text = unicodedata.normalize("NFC", text)
    if unless is not None and unless.search(text):
        return []  # the answer says what makes the family fine ("Sgt. Ruiz has agreed to ...")
    spared = _fine_spans(text, fine)
    hits: list[tuple[int, str]] = []

    def negated(start: int) -> bool:
        before = text[max(0, start - 60) : start].replace("\u2019", "'")
        return fam.negatable and bool(NEGATED_REQUEST.search(before))

    def keep(start: int, end: int, found: str) -> None:
        if not any(a <= start and end <= b for a, b in spared) and not negated(start):
            hits.append((start, found))

    for w in words:
        for m in fact_regex(w).finditer(text):
            keep(m.start(), m.end(), m.group())
    if pattern is not None:
        for m in pattern.finditer(text):
            keep(m.start(), m.end(), m.group())
    if always is not None:
        hits += [(m.start(), m.group()) for m in always.finditer(text) if not negated(m.start())]
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
