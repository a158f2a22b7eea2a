"""Whose is a number or an e-mail address? What the words around it say.

A phone-shaped run of digits in a police post is often no phone at all (an occurrence or reference number,
digits inside a hashtag or handle, a time range), and most real numbers are official lines ("call police
at", "Crime Stoppers", a toll-free or N11 number, a service's switchboard with an extension). A number is
*private* only when the post says whose it is ("the owner at", "my cell", "text her"). Anything else is
*unknown*: the rule then asks whether it is an official line.
"""

from __future__ import annotations

import re
from typing import Literal

from .contacts_whose import (
    CALL_THEM,
    HOME_LINE,
    OFFER,
    PRIVATE_ALT,
    PRIVATE_PEOPLE,
    PRIVATE_WORDS,
    REACHED_FR,
    TAKES_CALLS,
    THEIRS_AFTER,
    THEIRS_BEFORE,
)
from .tokenize import Analysis

Status = Literal["ignore", "official", "private", "unknown"]

_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:ref|reference|quot(?:e|ing)|log|occurrence|occ|incident|case|file|cad|badge|claim|warrant|docket|tracking|"
    # (French "Dossier 26-45712", dev batch 356)
    r"confirmation|invoice|serial|vin|go|licen[cs]e|passport|medicaid|medicare|dossier|evenement|rapport)"
    r"(?:\s*(?:no\.?|number|num|ref|reference|#|id|numero))?"
    r"(?:\s+(?-i:[A-Z]{1,5}))?(?:\s+(?:is|was))?"  # a service's code: "File SPS 26-44718", "Quote E 12345678"
    r"|\b(?:report|ticket|policy|account|order|event|job|crime|court|collar|unit)\s*(?:no\.?|number|num|ref|reference|#|id)"
    r"|#|\bno\.|\bnumber)"
    # an example of one: "quote your file number (for example, 26-54321)" (dev batch 408)
    r"(?:\s*\(?\s*(?:for example|for instance|e\.g\.|such as),?)?\s*[:#]?\s*$",
    re.I,
)
_PHONE_NUMBER_BEFORE = re.compile(  # "her cell number", "we tried your number", "your mate's number"
    r"\b(?:(?:phone|cell|cellphone|mobile|home|contact|telephone|tel|fax|work)\s*(?:no\.?|number|#)"
    r"|(?:my|your|her|his|their|our)\s+number|\w+(?:'s|’s)\s+(?:own\s+|personal\s+|home\s+)?number)\s*[:#(]?\s*$",
    re.I,
)
# a phone's own shape after a bare "number" ("her stolen phone (IMEI ..., number 403-555-0158)", dev batch 336), not
# a reference's ("occurrence number 2024-555012")
NANP_SHAPE = re.compile(  # a North American number: "416-808-2222", "+1 (604) 717-3321"
    r"(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}"
)


def _reference_before(before: str, raw: str) -> bool:
    """A reference's label before ``raw`` ("occurrence number 2024-555012"), not a phone's ("her home number
    416-555-0142", or a bare "number" before a phone's shape)."""
    m = _REFERENCE_BEFORE.search(before)
    if m is None or _PHONE_NUMBER_BEFORE.search(before):
        return False
    return not (m.group().lower().startswith("number") and NANP_SHAPE.fullmatch(raw.strip()))


_CODE_BEFORE = re.compile(r"[A-Za-z]{2}-$")
_EXTENSION_BEFORE = re.compile(r"\b(?:ext|extension|x|option|press)\.?\s*$", re.I)
_EXTENSION_AFTER = re.compile(r"^\s*,?\s*(?:ext|extension|x|option|poste)\b", re.I)  # (French "poste 2")
_REFERENCE_AFTER = re.compile(r"^\s*/\s*\d{2,4}\b|^\s*(?:of|on)\s+\d{1,2}/\d{1,2}", re.I)
# a numbered street after the digits: "Rogers Place, 10220 104 Ave NW" is an address, not a phone ("at 9620 103A Ave",
# dev batch 416)
_STREET_AFTER = re.compile(r"^(?:st|nd|rd|th|[a-z])?\s+(?:street|st|avenue|ave|road|rd)\b", re.I)
_TIME_RANGE = re.compile(r"^([01]\d|2[0-3])[0-5]\d\s*(?:-|to|and|until)\s*([01]\d|2[0-3])[0-5]\d$")
_WORD = re.compile(r"[a-z0-9'’]+|[#@]\w+")
# Who answers: an organization, or the police asking the public for information.
_OFFICIAL_WORDS = frozenset(
    """police division divisions unit units detachment department dept service services station detectives
    investigators officers stoppers crimestoppers hotline helpline line lines tipline non-emergency emergencies emergency
    rcmp opp gendarmerie
    nonemergency switchboard office centre center bureau squad team desk agency council city hydro clinic
    hospital society association foundation us our we tty relay helpdesk reception headquarters hq court
    courthouse ministry government textphone minicom room cid enquiries tel telephone collision collisions intake
    investigation investigations branch section command operations enforcement organisers organizers precinct
    precincts crisis constabulary sheriff crimes homicide""".split()
)
# a police department by its initials: "NYPD", "SAPD", "cpd"
POLICE_DEPARTMENT = re.compile(r"[a-z]{1,3}pd", re.I)
# Quebec's crime-stoppers lines, by name: "Info-Crime Montréal, 514 393-1133", "Échec au crime" (the patterns here read
# the folded text, which has no accents)
_CRIME_LINE = re.compile(r"\binfo[- ]?crime\b|\bechec au crime\b", re.I)
# a toll-free line in letters just before: "1-877-ASK-LAPD (275-5273)" gives the same line in digits
# a number spelled in letters just before: "1-800-FLY-FREE", "480-WITNESS (480-948-6377)"
_VANITY_BEFORE = re.compile(r"\b(?:1-8\d\d|\d{3})-[A-Z0-9]*[A-Z]{3}[A-Z0-9-]*\s*\(?\s*$")
# the number goes on in letters: "1-800-577-TIPS" (read as "1-800-577"), a business's or a service's line
_VANITY_AFTER = re.compile(r"-[A-Z]{3,}\b")
# An appeal for information about an incident: the number is the police's own line.
_APPEAL_WORDS = frozenset(
    "information info witnesses witness tips tip anonymously dashcam footage seen see report "
    "saw anyone asked help check if "
    "sightings".split()
)
_POSSESSIVES = frozenset("my her his their your".split())
_MESSAGING = frozenset("whatsapp signal telegram imessage viber wechat snapchat".split())
# "Call 604-599-0502.", "Pls call ... with any info", "asked to call", "reported by calling", "the number to
# call is now": said to the public, by the service
# "report anything suspicious to 613-236-1222": where the public reports is a service's line
_ADDRESSED = re.compile(
    # (or whom they call: "Owner, call Saanich Police at 250-475-4321")
    r"\b([a-z]+),\s+(?:please\s+)?(?:call|contact|phone|ring|text)\s*(?:us\s+|(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+)?"
    r"(?:at|on)?\s*:?\s*$",
    re.I,
)
# ("Report suspicious activity at 709-729-8000")
_REPORT_TO = re.compile(r"\breport\b[^.!?\n]{0,40}\b(?:to|at)\s*:?\s*$", re.I)
# under the post's label, or a service open at it: "Questions? 512-974-5000", "The Distress Centre ... is open 24/7 at"
_LABELLED = re.compile(
    r"(?:^|[.!?\n]\s*)(?:questions|info|information|inquiries|enquiries|details)\s*[:?]\s*(?:[^\s,;]+\s+or\s+|(?-i:[a-z]+)\s+)?$"
    r"|(?:^|[.!?\n]\s*)report(?: it| scams?| fraud)?\s*:\s*$"  # "Hang up and call your bank. Report: 306-975-8300"
    r"|\b(?:centre|center|line|helpline|service|clinic|office)\b[^.!?\n]{0,40}\bis open\b[^.!?\n]{0,20}\bat\s*$",
    re.I,
)
_CALL_FR = (
    r"appelez|composez|telephonez|contactez"  # "call" said to the public in French (folded: no accents)
)
_BARE_CALL = re.compile(
    r"(?:^|[.!?:\n,]\s*|\b(?:please|pls|plz|or|and|also|can|to|should|must|by|then|info)\s+)"  # ("For TTC info call")
    # (or a service's handle: "Call @SeattlePD at 206-625-5011")
    r"(?:call|calling|text|texting|phone|dial|contact|tel|telephone)(?:\s+us|\s+@\w*(?:pd|police|rcmp|grc|opp|sheriff)\w*)?"
    r"(?:\s+(?:on|at))?\s*:?\s*$"
    r"|\bnumber to call is(?:\s+now)?\s*:?\s*$"
    # in French: "Appelez le 506-857-2400.", "ou composez le", "téléphonez au" (the folded text has no accents)
    rf"|(?:^|[.!?:\n,]\s*|\b(?:ou|et|veuillez)\s+)(?:{_CALL_FR}|communiquez avec)(?:-nous|-les?)?"
    r"(?:\s+(?:le|au|a))?\s*:?\s*$"
    # (and the second line of one: "composez le 9-1-1 ou le 819-243-2346", dev batches 241 and 243)
    rf"|\b(?:{_CALL_FR})\b[^.!?\n]{{0,30}}\sou\s+(?:le|au)\s*$"
    # a line labelled for the public: "Questions: 519-661-5670", "Info: 206-233-5000"
    r"|(?:^|[.!?\n]\s*|\s)(?:questions|info|information|inquiries|enquiries|tips|more info)(?:\s+(?:anytime|line|24/7))?\s*\??\s*:\s*$"
    r"|\b(?:trip|customer|general|travel|service) info(?:rmation)?\s*:?\s*$"  # "take the TTC (trip info 416-393-4636)"
    # "Report it: 519-661-5670"; in French, "Renseignements : 514 280-2222", "Pour tout autre signalement : 819-..."
    r"|\breport it\s*:\s*$|\b(?:renseignements|informations?|signalements?|infos?)\s*:\s*$"
    r"|\bto call\?\s*$",  # "Prefer to call? 306-975-8300"
    re.I,
)
# "13.02.1998", "(04/11/1991)", "(DOB: 1991-07-22)": a date, not a phone
_DATE = re.compile(
    r"\(?(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\)?"
)
# a number given as an example of a scam's (dev batch 324: "spoofing caller ID to show numbers like 416-808-2222 or
# 416-555-0100")
_EXAMPLE_BEFORE = re.compile(r"\b(?:numbers?|caller id)\s+(?:like|such as)\b[^.!?\n]{0,40}$", re.I)
# (or with a clause between: "Call 911 if you see him, or 206-625-5011", dev batch 324)
_EMERGENCY_OR = re.compile(
    r"\b(?:call|dial|phone)\s+(?:9-?1-?1|999|000|111|112)\b(?:[^.!?\n]{0,30}?,)?\s+or\s*(?:call\s+)?$", re.I
)
# ... or after it: "Need help? 613-722-6914 or 9-8-8." (a crisis line beside the national one)
_OR_EMERGENCY = re.compile(r"^\s*,?\s*or\s+(?:call\s+|text\s+)?(?:9-?1-?1|9-?8-?8|999|000|111|112)\b", re.I)
# a police service's initials as the number's label: "WRPS: 519-570-9777"
_SERVICE_LABEL = re.compile(r"\b[A-Z]{1,3}PS\s*:\s*$")
# "0161 856 3471 or 0161 856 3493": the number before, joined by "or"
_NUMBER_BEFORE = re.compile(r"(\+?\d[\d ().-]{3,}\d)\)?\s*(?:or|and|ou|et|/|,)\s*$")  # (French "ou", "et")
# what the line is for, right after the number: a service's line ("for help and advice", "24/7")
_SERVICE_AFTER = re.compile(
    r"^\s*(?:\(|,)?\s*(?:for\s+(?:free\s+|confidential\s+|more\s+)?(?:help|advice|support|information|info|"
    r"guidance|assistance|appointments?|bookings?)|24/7|24\s+hours|toll[- ]free|free(?:phone)?\b|"
    r"(?:mon|monday)\w*\s*(?:-|to)\s*(?:fri|friday)"
    # a reference to quote, or the service's website beside it: "call 519-661-5670 and quote file 24-55021",
    # "514 280-2222 ou spvm.qc.ca"
    r"|(?:and\s+|,\s*)?quot(?:e|ing)\b|(?:or|ou)\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ca|gov|org|uk|nz|au|com|us)\b)",
    re.I,
)
_PHONE_NOUNS = frozenset("cell cellphone mobile phone number home line landline".split())
_PHONE_ADJ = frozenset("own stolen lost spare old new".split())
_SCREEN_VERBS = frozenset("shows show showed displays display says reads".split())
_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")
_OFFICIAL_SHORT = re.compile(
    r"^(?:0800|0808|0508|0300|0330|0333|0345|0370|0845|0870|116\d{3}|18001|101|111|999|211|311|"
    r"411|511|611|711|811|911|988|1800\d{6}$|1300\d{6}$|13\d{4}$|"  # and Australia's 1800, 1300 and 13 lines
    r"310\d{4}$)"  # and Canada's 310- lines, which no one person holds: "composez le 310-4141"
)


def _before_words(a: Analysis, start: int, n: int = 8) -> list[str]:
    """The last ``n`` words before ``start`` in its sentence (or line)."""
    before = a.folded[max(0, start - 80) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return _WORD.findall(before[ends[-1] if ends else 0 :].lower())[-n:]


# a sentence ends at ". ", "! ", "? " or a new line, but not after "Mr." or "St." (the look-behinds read the mark
# too: put after it, they are tried only at a mark, not at every character)
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bSgt.)(?<!\bDet.)(?<!\bCst.)\s|\n"
)


def _in_token(a: Analysis, start: int, end: int) -> bool:
    """Inside a hashtag, a mention, a URL or an e-mail address ("#GO2217340", "@TPS51Div")."""
    if a.tokens is a.words:  # tokenized as words only: the post has none of them
        return False
    return any(t.start <= start and end <= t.end for t in a.tokens if t.kind not in ("word", "punct"))


def phone_status(a: Analysis, start: int, end: int, national: str, official: bool) -> Status:
    """What the post says of the number at folded ``start:end`` (``national``: its national digits)."""
    raw = a.folded[start:end]
    before = a.folded[max(0, start - 30) : start]
    after = a.folded[end : end + 40]
    if _not_a_phone(a, start, end, before, after):
        return "ignore"
    words = _before_words(a, start)
    digits = re.sub(r"\D", "", raw)
    near = [w.removesuffix("'s").removesuffix("’s") for w in words[-5:]]
    whose = _whose(near, after, words[-5:])
    # toll-free, N11 and the UK's 03/08 numbers are services' lines, never a person's; so is "our number"
    if (
        official
        or whose == "official"
        or (len(national) == 10 and national[:3] in _TOLL_FREE)  # (not Australia's (08) 5550 1234)
        or _OFFICIAL_SHORT.match(digits)
        or _CRIME_LINE.search(before)
        or _VANITY_BEFORE.search(before)
        or _VANITY_AFTER.match(after)
    ):
        return "official"
    owned = (
        whose == "private"
        or _they_offer(a, start)
        or bool(THEIRS_AFTER.match(after))
        or bool(CALL_THEM.search(a.folded[max(0, start - 40) : start]))
        or bool(THEIRS_BEFORE.search(a.folded[max(0, start - 120) : start]))
        or bool(REACHED_FR.search(a.folded[max(0, start - 80) : start]))
        or bool(HOME_LINE.search(before))
        or bool(TAKES_CALLS.search(a.folded, max(0, start - 60), start))
    )
    # the people the post speaks to are who calls, not whose line it is: "Owners, please call 705-725-7025"
    m = _ADDRESSED.search(a.folded[max(0, start - 40) : start])
    addressed = m.group(1).lower() if m is not None else None
    if owned or any(w in PRIVATE_WORDS and w != addressed for w in near) or _names_someone(a, start):
        return "private"
    if (
        _EXTENSION_AFTER.search(after)
        or re.search(r"\bext\b|\bx\s*\d", raw, re.I)
        or _names_an_office(a, start)  # "call Central Intake at 416-338-4766": a named office's line
    ):
        return "official"
    if _SERVICE_AFTER.search(after):
        return "official"  # "call 0161 200 1950 for help and advice": a helpline
    if any(w in _OFFICIAL_WORDS or POLICE_DEPARTMENT.fullmatch(w) for w in words):
        return "official"  # "call the investigation team on 07881 ...", "Information: CPD Area 1 at 312-747-8380"
    # a UK mobile is nobody's switchboard; a messaging account is somebody's ("her sister ...: WhatsApp 647-...")
    if (digits.startswith("07") and len(digits) == 11) or any(w in _MESSAGING for w in near):
        return "unknown"
    if _BARE_CALL.search(a.folded[max(0, start - 30) : start]) or _REPORT_TO.search(
        a.folded[max(0, start - 60) : start]
    ):
        return "official"  # "Call 604-599-0502." said to the public by the service is the service's line
    if _LABELLED.search(a.folded[max(0, start - 80) : start]):
        return "official"  # "Questions? 512-974-5000": the service's line under its own label
    if (
        _EMERGENCY_OR.search(a.folded[max(0, start - 60) : start])
        or _OR_EMERGENCY.match(after)
        or _SERVICE_LABEL.search(before)
    ):
        return "official"  # "Call 911 or 612-673-3000", "... or 9-8-8", "WRPS: 519-...": a service's own line
    m = _NUMBER_BEFORE.search(before)
    if m is not None:  # "Tel: 0161 856 3471 or 0161 856 3493": as the number before it
        ps = max(0, start - 30) + m.start(1)
        pd = re.sub(r"\D", "", m.group(1))
        if phone_status(a, ps, ps + len(m.group(1)), pd[-10:], False) == "official":
            return "official"
    around = (
        _WORD.findall(a.folded[max(0, start - 120) : start].lower())[-16:] + _WORD.findall(after.lower())[:8]
    )
    if any(w in _APPEAL_WORDS for w in around) and _incident(a):
        return "official"
    return "unknown"


def _not_a_phone(a: Analysis, start: int, end: int, before: str, after: str) -> bool:
    """A reference, a time range, an extension, a date or an address, not a phone (``before`` and ``after``: the
    text around it that ``phone_status`` reads)."""
    raw = a.folded[start:end]
    return bool(
        # inside a token, or glued to letters before it ("quoting reference QP2602211345": a code, not a phone)
        _in_token(a, start, end)
        or _REFERENCE_AFTER.search(after)
        or a.folded[start - 1 : start].isalpha()
        or bool(_CODE_BEFORE.search(before))  # a code's digits: "Posting #CIV-2026-118"
        # one part of a slashed reference: "crime reference 22/98765/25"
        or (before.endswith("/") and before[-2:-1].isdigit())
        or _STREET_AFTER.match(after)
        or _reference_before(before, raw)
        or _TIME_RANGE.match(raw.replace("\u2013", "-").strip(" ()"))  # "(1100-1300)"
        or _EXTENSION_BEFORE.search(before)
        or _DATE.fullmatch(raw.strip())
        or _EXAMPLE_BEFORE.search(a.folded[max(0, start - 60) : start])
    )


def _whose(near: list[str], after: str, raw: list[str]) -> Status | None:
    """Whose number the words just before it say: "our number" the service's; "her cell", "his number", "the
    family's home line" a person's ("their home" alone is a place, not a phone: "her home number" says the phone;
    "your phone shows 613-236-1222" is a screen, not an owner). ``raw``: the words of ``near`` as written."""
    if any(near[i] == "our" and near[i + 1] in _PHONE_NOUNS for i in range(len(near) - 1)):
        return "official"
    # ("Tessa's own cell is": a named person's phone, and "own" between the owner and the phone)
    from .cast import given_names

    # (nor a word for the phone itself between them: "the victim's stolen phone (number 403-...)", dev batch 336)
    near, raw = [w for w in near if w not in _PHONE_ADJ], [w for w in raw if w not in _PHONE_ADJ]
    seq = [*near, *_WORD.findall(after.lower())[:1], ""]
    owned = any(
        (
            seq[i] in _POSSESSIVES
            or (raw[i] != near[i] and (near[i] in PRIVATE_PEOPLE or near[i] in given_names()))
        )
        and seq[i + 1] in _PHONE_NOUNS
        and (seq[i + 1] != "home" or seq[i + 2] in _PHONE_NOUNS)
        and seq[i + 2] not in _SCREEN_VERBS
        for i in range(len(near) - 1)
    )
    return "private" if owned else None


def _they_offer(a: Analysis, start: int) -> bool:
    """ "she'll talk to anyone who saw it: 416-...": a person's own line, when no office or service is named in its
    sentence and no officer's rank before it ("Cst. Ruiz says he'll take questions:" is asked instead)."""
    before = a.folded[max(0, start - 120) : start]
    if OFFER.search(before) is None:
        return False
    clause = re.split(r"[.!?\n]", before)[-1]
    return not any(w in _OFFICIAL_WORDS for w in _WORD.findall(clause.lower())) and not any(
        w in _RANKS for w in _WORD.findall(before.lower())
    )


def _incident(a: Analysis) -> bool:
    return any(w.lower in _INCIDENT_WORDS for w in a.words)


_INCIDENT_WORDS = frozenset(
    """arrested charged charges crash collision shooting shot stabbing stabbed robbery robbed assault assaulted theft
    stolen missing fire homicide murder break-in burglary fraud investigating investigation investigators suspect struck
    wanted hit-and-run incident injured killed died""".split()
)


_UNIT_WORDS = frozenset("crimes crime homicide robbery fraud".split())  # "Call Major Crimes at"
_AT_WORK = re.compile(r"\b(?:media|inquir|enquir|contact|spokes|communications|information officer)", re.I)


# a private person's name just before the number (read by _names_someone)
_NAMED_BEFORE = re.compile(
    r"\b(?:(?i:call|reach|contact|phone|ring|text(?:ing)?|rsvp)(?:\s+to)?|(?<=\d )or)\s+(?:(?:our\s+)?(?:[a-z]+\s+)?(?:host|organi[sz]er|coordinator|volunteer)"
    r"(?:\s+(?:lead|coordinator|organi[sz]er))?\s+)?"
    # (or set off by who they are: "Text Brenda, our neighbourhood volunteer, at", "text Barb (our block captain) at"; at home: "texting our volunteer
    # Jordan at", "Call our volunteer organizer Helen Ostrowski at home:")
    r"((?:[A-Z][a-z]+\.?\s?){1,2})(?:,\s*(?:our|a|the)\s+[a-z -]{1,30}?,\s*|\(\s*(?:our|a|the)\s+[a-z -]{1,30}?\)\s*)?"
    r"(?:directly\s+)?(?:at|on)(?:\s+home)?\s*:?\s*$"
    # a name, then the number: "his details ...: Gavin, four one six, five five five, ..."
    r"|[:;]\s*((?:[A-Z][a-z]+\s?){1,2}),\s*$"
    # a full name, then the number in brackets: "One witness, Corey Baptiste (416-555-0119), has spoken"
    r"|(?:^|[^\w.]\s*|\b[a-z]+\s+)((?:[A-Z][a-z'’-]+\s){2,3})\($"
    # a full name set off by commas: "reach the witness who called it in, Marisol Ferreira, directly at"
    # (or a given name alone: "contact the injured rider's partner, Jess, on")
    r"|\b(?:call|text|reach|contact|phone|ring|message|speak (?:with|to)|talk (?:with|to))\b[^.!?\n]{0,70}?,\s*"
    r"((?:[A-Z][a-z'’-]+\s){0,2}[A-Z][a-z'’-]+),?\s+"
    r"(?:directly\s+)?(?:at|on)\s*:?\s*$"
    # ... who "can be reached at": "The neighbour who picked it up, Ewa Kowalczyk, can be reached at" (the clause
    # before the name, group 5, must describe a private person: not "The officer in charge, Det. Ana Ruiz,")
    r"|(?:^|[.!?\n])([^.!?\n]{0,60}),\s*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)?((?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+),?\s+"
    r"(?:(?:can|may)\s+be\s+"
    r"(?:reached|contacted)|is)\s+(?:directly\s+)?(?:at|on)\s*:?\s*$"
    # a full name set off by commas, then the number: "the man who flagged down traffic, Gerald Pike, +1 613 ..."
    # (or after a private person's role: "Witness Sarah Jean, 306-555-0190, helped us")
    r"|(?:,|\b(?i:witness|neighbou?r|resident|homeowner|owner|finder|caller|bystander))\s*"
    r"((?:[A-Z][a-z'’-]+\s){1,2}[A-Z][a-z'’-]+),\s*(?:\+?1[\s.-]?)?$"
    # a full name right before the number: "Reward! Call Jamie Lu 647-555-0118" (dev batch 328)
    r"|\b(?i:call|text|phone|ring)\s+((?:[A-Z][a-z'’-]+\s)[A-Z][a-z'’-]+)\s*:?\s*$"
)


def _names_someone(a: Analysis, start: int) -> bool:
    """ "text Jen at", "call Coach Bev at", "RSVP to host Bev Lind at": a private person's name right before
    "at"/"on" (not an office: "call Central Intake at"; and not an officer: "call Cst. Ruiz at" asks instead)."""
    seg = a.folded[max(0, start - 100) : start]
    # a bracket opening the number ends the text read only for a name in brackets ("Dolores Kaye, at (312) ...")
    m = _NAMED_BEFORE.search(seg + "(") if a.folded.startswith("(", start) else None
    if m is None:
        m = _NAMED_BEFORE.search(seg)
    if m is None:
        return False
    from .cast import given_names

    # "For media inquiries, Sarah Lind can be reached at": a contact at work, not a neighbour
    if m.group(5) is not None and PRIVATE_PEOPLE.isdisjoint(re.findall(r"[a-z]+", m.group(5).lower())):
        return False
    # "Media inquiries: our spokesperson, Kate Lind, 416-...": a contact at work
    if m.group(7) is not None and _AT_WORK.search(a.folded, max(0, start - 160), start - len(m.group(0))):
        return False
    names = (
        (m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(6) or m.group(7) or m.group(8))
        .lower()
        .replace(".", " ")
        .split()
    )
    # a person's name has a given name in it ("Jen", "Coach Bev"), or the post names a private person so ("The
    # owner, Bec Harrington, ... contact Bec on"); "call Central Intake at" is an office's
    return not any(w in _OFFICIAL_WORDS or w in _RANKS or w in _UNIT_WORDS for w in names) and (
        any(w in given_names() for w in names) or _named_private(a, names[0])
    )


def _named_private(a: Analysis, first: str) -> bool:
    """The post sets off ``first`` and a surname after a private person: "The owner, Bec Harrington,"."""
    return (
        re.search(rf"\b(?i:{PRIVATE_ALT})\s*,\s*(?i:{re.escape(first)})\s+[A-Z][\w'’-]+\s*,", a.folded)
        is not None
    )


_OFFICE_CALL = re.compile(
    # ("call 911 or Area 3 at", "call 9-8-8 or Thunder Bay Crisis Response at": the office after an emergency line)
    # ("contact the Ontario College of Pharmacists at": a name's lower-case joining words)
    r"\b(?i:call|contact|phone|reach)\s+(?:\d(?:-?\d){2}\s+or\s+)?(?:the\s+)?((?:[A-Z][\w'’&.-]*|\d{1,3})\s+"
    r"(?:(?:[A-Z][\w'’&.-]*|\d{1,3}|of|and|for|the)\s+){0,5})(?:at|on)\s*:?\s*$"
)


def _names_an_office(a: Analysis, start: int) -> bool:
    """ "call Central Intake at", "contact District 2 at": the public told to call an office by its name (no
    given name or rank in it, as "call Jen Smith at" and "call PC Costa at" have)."""
    from .cast import given_names

    m = _OFFICE_CALL.search(a.folded[max(0, start - 60) : start])
    words = [w.strip(".'’").lower() for w in m.group(1).split()] if m else []
    # not an officer's ("call PC Costa at" asks whose line it is)
    return bool(words) and not any(w in given_names() or w in _RANKS for w in words)


_RANKS = frozenset(
    "pc cst const constable sgt sergeant det detective dc ds insp inspector supt chief officer "
    "staff crime".split()
)
