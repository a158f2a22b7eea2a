"""Entities in a post: personal information and what the legal rules combine.

Each detector takes an :class:`~tpstrain.passes.tokenize.Analysis` and returns spans ``(start, end, value)`` in
the folded text. Results are memoized on the analysis, so a detector used by several rules runs once a post."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

from ..words import hashtag_words
from .addresses import FRENCH_STREET_TYPES, STREET_TYPES, postal_codes, street_addresses
from .addresses_named import homes_after_names
from .id_numbers import id_numbers
from .phones import all_phones
from .tokenize import Analysis, Span, memo

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
# an address spelled out to hide it: "anne dot kerr at example dot com", "m.okafor [at] example [dot] com",
# "j . okonkwo @ example . com"
_DOT = r"(?:\s*[\[(]dot[\])]\s*|\s+dot\s+|\s+\.\s+)"
_AT = r"(?:\s*[\[(]at[\])]\s*|\s+at\s+|\s+@\s+)"
_SPELLED_EMAIL = re.compile(
    rf"\b([a-z0-9_]+(?:(?:{_DOT}|\.)[a-z0-9_]+)*){_AT}"
    rf"([a-z0-9-]+(?:(?:{_DOT}|\.)[a-z0-9-]+)*(?:{_DOT}|\.)(?:com|ca|org|net|uk|nz|au|gov|edu))\b",
    re.I,
)
_SPELLED_MARK = re.compile(rf"{_DOT}|\s*[\[(]at[\])]|\s@\s", re.I)
_PLATE = re.compile(
    r"\b(?:(?:licen[cs]e|plate|(?<!mile )marker|rego|reg|registration|tag|immatriculation|plaque(?=\s+(?-i:[A-Z0-9]*(?:\d[A-Z0-9]*[A-Z]|[A-Z][A-Z0-9]*\d))))\s*(?:plate)?\s*(?:number|no\.?|#)?\s*:?\s*"
    # "a vanity plate reading 'JAYZ88'", "personalised plate JUNO 4"; in French, "Sa voiture, plaque F47 KDL," (not a
    # memorial "plaque at 32 Division": a French plate has capitals and digits)
    r"(?:(?:that )?(?:reading|reads|read|saying|says|showing)\s+)?['\"‘“]?)"
    # (an Illinois plate has five digits after its letters: "plate CV 48213")
    # (a South Australian one in three groups: "rego S 555 AQL", dev batch 414)
    r"((?-i:[A-Z]) \d{3} (?-i:[A-Z]{3})|[A-Z]{3,4} \d(?![\w:.])|[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}|[A-Z]{1,3}[ -]\d{5})\b"
    r"|\b([A-Z]{4}[ -]?\d{3}|[A-Z]{3}[ -]\d{3}|[A-Z]{2}\d{2}[ -]?\d{3}|[A-Z]{2}\d{2}[ -]?[A-Z]{3})\b",
    re.I,
)
_PARTIAL_PLATE = re.compile(
    r"\b(?:licen[cs]e plate|plate|tag|reg|rego|registration|"
    # "whose car ends in -491", "a red Jeep Cherokee ending in 4XK"
    r"(?:car|vehicle|truck|van|suv|pickup)(?=,? (?:ending|ends|starting|starts))|(?:black|white|gr[ae]y|silver|red|blue|"
    r"green|yellow|orange|brown|beige|gold|maroon|burgundy|tan)(?: (?-i:[A-Z])[\w-]*){1,3}(?= (?:ending|starting) ))"
    r",?\s+(?:number\s+)?(?:starting|beginning|ending|starts|begins|ends|that (?:starts|begins|ends))"
    r"\s+(?:with\s+|in\s+)?['\"‘“-]?([A-Z0-9]{2,4})\b",
    re.I,
)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}[\s-]+{_MONTHS}[\s-]+(?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/]\d{{1,2}}[-/](?:19|20)\d\d)"
_SHORT_DATE = r"\d{1,2}[./-]\d{1,2}[./-](?:\d\d)?\d\d"
# a day in words or as an ordinal: "the third of March 1979", "March 3rd, 1979"
_ORDINAL_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|(?:twenty|thirty)[- ](?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth))"
)
_WORDY_DATE = (
    rf"(?:the\s+)?{_ORDINAL_DAY}\s+(?:of\s+)?{_MONTHS},?\s+(?:19|20)\d\d"
    rf"|{_MONTHS}\s+(?:the\s+)?{_ORDINAL_DAY},?\s+(?:19|20)\d\d"
)
# a service animal's birthday (dev batch 364: "Happy 5th birthday to PSD Ranger (born 24.11.2021)!")
_ANIMAL_BEFORE = re.compile(
    r"\b(?:psd|k-?9|police (?:dog|horse|pup|puppy)|(?:service|patrol|tracking|detection|sniffer) dog|pup|puppy|foal)\b"
    r"[^.!?\n]{0,35}$",
    re.I,
)
_DOB = re.compile(
    # (in French: "Mme Chantal Roy (née le 3 mars 1985)")
    rf"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|born(?:\s+on)?|birth\s*date|birthday|n[ée]e?\s+le|b\.)"
    # ("DOB on ticket 5/2/81")
    rf"(?:\s+on\s+(?:the\s+|his\s+|her\s+)?(?:ticket|form|file|record|card|licence|license|application|entry))?"
    rf"\s*(?:is|was|:|-|,)?\s*\(?({_DATE}|{_SHORT_DATE}|{_WORDY_DATE}"  # ("Her date of birth is (13.02.1998)")
    rf"|\d{{1,2}}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+['’]\d\d\b|\d{{1,2}}\s+{_MONTHS}\s+['’]?\d\d\b"  # "Sept. 3 '85", "3 Jan 85"
    rf"|\d{{2}}(?-i:[A-Z]{{3}})\d\d(?:\d\d)?\b"  # "DOB: 02MAR91", as police notes write it
    # in words: "born the fourth of June nineteen thirty-nine"
    rf"|(?:the\s+)?[a-z]+(?:-[a-z]+)?\s+of\s+{_MONTHS},?\s+(?:nineteen|two\s+thousand)(?:[\s-]+[a-z]+){{1,3}})",
    re.I,
)
# "Shannon Reid (13.02.1998)", "Tyler Granger, 11/02/89, arrested": a date of birth beside a name
_DOB_BESIDE_NAME = re.compile(  # (or beside the person unnamed, "a woman (13.02.1998)"; after the age, "Devon Sealy, 34 (13.02.1990)")
    r"(?:[A-Z][a-z'-]+|\b(?:woman|man|girl|boy|victim|witness|resident|pensioner|senior|teen|teenager|child))(?:,\s*\d{1,3})?\s*(?:\(\s*(\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|20[01]\d|\d\d)|(?:19\d\d|20[01]\d)-\d\d-\d\d)\s*\)"
    r"|,\s*(\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|20[01]\d|\d\d)|(?:19\d\d|20[01]\d)-\d\d-\d\d)\s*,)"
)

_TEEN_WORDS = "(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_YOUTH_AGE = re.compile(
    r"\b(?:(?:1[2-7]|"
    + _TEEN_WORDS
    + r")[- ]?(?:year|yr)s?[- ]?old|aged?\s+(?:1[2-7]|"
    + _TEEN_WORDS
    + r")\b"
    r"|(?:1[2-7]|" + _TEEN_WORDS + r")\s+years?\s+(?:of\s+age|old))"
    # (the Youth Criminal Justice Act's name speaks of no one)
    r"|\b(?:teen(?:age(?:r|d)?)?s?|youths?(?!\s+criminal\s+justice)|young\s+(?:person|offender|people)|minors?|juveniles?)\b"
    r"|(?<=[A-Za-z]),\s*1[2-7]\s*(?=,|\.|;|\)|$|\s+(?:of|from|was|is|has|and)\b)",
    re.I,
)
_SCHOOL = re.compile(
    r"\b(?:[A-Z][\w'.-]*\s+){1,4}(?:Secondary School|High School|Collegiate(?:\s+Institute)?|Public School|"
    r"Elementary(?: School)?|Secondary|Middle School|Junior High|Intermediate School|Junior Public School|Catholic School|"
    r"Academy|C\.?I\.?|(?:C\.?|J\.?)?[SP]\.?S\.?|H\.?S\.?|College(?=\s+(?:student|pupil)s?\b))\b"
    r"|\b(?:student|students|pupil|pupils)\s+(?:at|from|of)\s+(?:[A-Z][\w'.-]*\s*){1,4}"
    r"|\b[Gg]rade\s+\d{1,2}\s+(?:at|in)\s+(?:[A-Z][\w'.-]*\s*){1,4}"
)
_RELATIONSHIP = re.compile(
    r"\b(?:her|his|their|the\s+(?:victim|complainant|girl|boy|child)'s)\s+(?:(?:1[0-7]|[2-9])-year-old\s+)?"
    r"(?:step-?)?(?:father|mother|dad|mom|parent|uncle|aunt|brother|sister|cousin|grand(?:father|mother|parent|son|daughter|child)|"
    r"son|daughter|niece|nephew|wife|husband|partner|spouse|child|stepchild|"
    r"coach|teacher|babysitter|boyfriend|girlfriend|neighbou?r|pastor|priest|tutor|employer|landlord|"
    r"student|patient|player|client|foster\s+(?:child|parent))s?\b",
    re.I,
)
# Words that start with a capital in police posts but are not people's names.
_NOT_NAMES = frozenset(
    """
    a an the this that these those there here he she they we you it his her their our my your its
    police toronto tps service services division divisions unit units officer officers constable sergeant
    detective inspector superintendent chief staff members member crime stoppers traffic missing wanted
    update updated urgent alert road roads street st avenue ave drive dr boulevard blvd lane way crescent
    highway hwy expressway gardiner dvp don valley parkway queen king church college yonge bloor dundas
    jane finch dufferin eglinton lawrence sheppard finch steeles spadina bathurst keele kipling islington
    victoria park warden kennedy markham scarborough etobicoke north south east west york city ontario
    canada canadian provincial federal court courthouse hall square centre center hospital station subway
    line ttc go transit union pearson airport lake shore lakeshore harbourfront exhibition place island
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today tonight tomorrow yesterday morning afternoon evening
    night day week month year happy thank thanks please call contact anyone anybody if when where what
    who why how info information investigators investigation arrest arrested charged charges charge accused
    suspect suspects victim victims witness witnesses person people man woman men women boy girl youth
    male female driver drivers pedestrian cyclist family families community communities public safety
    emergency emergencies fire paramedics ems unit homicide sex crimes hold up squad major intelligence
    marine mounted dog services corporate communications media relations i mr mrs ms dr pc cst sgt det
    insp supt dc rcmp opp siu cbc ctv cp24 global news school high secondary public catholic collegiate
    memorial park parks trail beach beaches and or but for with without from to at on in of by as is was
    are were be been being has have had do does did not no yes all any some every each more most many
    much new old first last next one two three four five six seven eight nine ten our about after before
    during since until while also just only still even again very too so such than then now soon later
    stay keep avoid use take make get see look help report reporting join follow learn find watch read
    day of pink national international pride month black history heritage indigenous first nations inuit
    metis remembrance christmas halloween easter thanksgiving canada family victoria labour civic new years
    via photo photos video videos image images pic map maps link bio dm website online instagram facebook
    twitter x youtube tiktok reddit live
    """.split()
)
# Capitalized words in charge names and place names: "Aggravated Assault", "Grenadier Pond".
_NOT_NAMES |= frozenset(
    """
    assault aggravated murder degree manslaughter robbery theft possession property obtained firearm firearms
    prohibited loaded restricted weapon weapons dangerous operation impaired criminal justice act code breach
    fraud sexual interference exploitation trafficking attempted break enter mischief harassment uttering
    threats threat conspiracy failure comply release order probation charter offence offences kidnapping
    forcible confinement luring extortion arson disguise intent commit possess careless driving stunt
    pond river mall hospital bay creek square gardens garden village centre center pits plaza library arena
    stadium theatre theater college university island islands beach beaches valley ravine market tower
    towers building court courts hall park parks pier harbour quay wharf bridge tunnel fort forest woods
    heights hill hills point landing commons crossing junction terminal collegiate institute secondary
    """.split()
)
_PLACE_AFTER = frozenset(
    "pond river mall hospital bay creek square gardens village centre center pits plaza library arena stadium "
    "theatre park beach valley ravine market tower court hall pier bridge station school college university "
    "collegiate island trail".split()
)
_RANKS = frozenset(
    "pc cst const constable sgt sergeant det detective insp inspector supt superintendent chief officer "
    "dc staff s/sgt d/sgt mayor councillor premier minister dr".split()
)


def _finditer(rx: re.Pattern[str], a: Analysis, group: int = 0) -> list[Span]:
    out = []
    for m in rx.finditer(a.folded):
        g = group if m.group(group) is not None else 0
        if group and m.group(group) is None:
            g = next((i for i in range(1, (rx.groups or 0) + 1) if m.group(i)), 0)
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


@memo("email")
def emails(a: Analysis) -> list[Span]:
    """E-mail addresses: the tokens with an at sign, and addresses spelled out ("anne dot kerr at example dot com")."""
    out = [(t.start, t.end, t.lower) for t in a.tokens if t.kind == "email"]
    if _SPELLED_MARK.search(a.folded):
        out += [
            (m.start(), m.end(), re.sub(_DOT, ".", f"{m[1]}@{m[2]}".lower(), flags=re.I))
            for m in _SPELLED_EMAIL.finditer(a.folded)
            if _SPELLED_MARK.search(m[0])
        ]
    return out


@memo("licence_plate")
def licence_plates(a: Analysis) -> list[Span]:
    out = []
    for m in chain(_PLATE.finditer(a.folded), _PARTIAL_PLATE.finditer(a.folded)):
        g = 1 if m.group(1) else 2
        val = m.group(g)
        # "plate starting CBRT", "reg ending KJD": a part narrows it down too
        partial = m.re is _PARTIAL_PLATE
        if partial and not (val.isupper() or any(c.isdigit() for c in val)):
            continue  # "if your car ends up in a ditch"
        if not partial and (not any(c.isdigit() for c in val) or not any(c.isalpha() for c in val)):
            continue
        if g == 2 and not partial and (not val[:2].isupper() or _plain_word_and_number(val)):
            continue  # unlabelled plates are written in capitals and are not "CALL 911" or "HWY 401"
        if g == 2 and re.match(r"[-.]\d", a.folded[m.end(g) : m.end(g) + 2]):
            continue  # a phone's first part after a service's name: "Call VPD 604-717-3321"
        around = a.folded[max(0, m.start() - 400) : m.end() + 120]
        # "plate CKRD 218, owned by Farah Haddad": a person's own car, even in a post about a wanted one
        owned = (
            _OWNED_BY.match(a.folded, m.end())
            or _VICTIMS.search(a.folded, max(0, m.start() - 70), m.start())
            or _NAMED_CAR.search(a.folded, max(0, m.start() - 70), m.start())
            or (
                _PRIVATE_CAR.search(a.folded, max(0, m.start() - 70), m.start())
                and not (_STOLEN.search(around) and not _FOUND.search(around))  # a stolen car is sought
            )
            or (
                _STRUCK_AFTER.match(a.folded, m.end())
                and _CAR_OF.search(a.folded, max(0, m.start() - 80), m.start())
            )
            or _NAMED_IN.search(a.folded, max(0, m.start() - 90), m.start())
            or _OWNER_NEAR.search(a.folded, max(0, m.start() - 90), min(len(a.folded), m.end() + 160))
            or _HELPER_IN.search(a.folded, max(0, m.start() - 120), m.start())
        )
        if not owned and _WANTED_VEHICLE.search(around) and not _RECOVERED.search(around):
            continue  # a vehicle police are looking for: publishing its plate is the point
        out.append((m.start(g), m.end(g), val.upper()))
    return out


_WANTED_VEHICLE = re.compile(
    r"\b(?:wanted|stolen|hit[- ]and[- ]run|fled|fleeing|left the scene|amber alert|suspect vehicle|if you see (?:it|this)|"
    r"look ?out for|be on the look ?out|bolo\b|"  # "Lookout for a silver and gray mustang with Maryland tag ..."
    r"(?:police|we) (?:are|want to|need to) (?:looking for|find|locate|trace)"
    # not "Police are looking for witnesses after a woman's blue Subaru ... was rammed"
    r"(?! (?:witnesses|information|anyone|dash ?cam|video|footage|people)\b)|we're looking for (?:a|an|the|this)|looking for (?:a|the|this) (?:vehicle|car|truck|van)|"
    r"believed to be (?:driving|in)|(?:may|might|could) be (?:driving|in a)|do not approach|don't approach|last seen (?:driving|in a)|drove off|"
    # "Last seen Nov 23 near Colfax Ave and Wadsworth Blvd, driving a maroon 2012 Buick": a missing person's car
    r"last seen\b[^.!?\n]{0,80}?\bdriving\b|if you see (?:him|her|them) or (?:his|her|their|the) (?:car|vehicle|truck|van|suv)\b|\bsilver alert\b|\b(?:missing|silver alert|amber alert)\b[\s\S]{0,300}?\b(?:he|she|they) (?:drives|is driving|was driving)\b|"
    r"\bseized (?:a|an|the|his|her)\b|"
    # a car seen, whose driver is sought (dev batch 356): "Police want to speak to anyone who saw a grey Mazda Demio,
    # registration NFR482"
    r"anyone who saw (?:a|an|the|this)\b|"
    # "Help us find this car ... was used in a string of thefts. Seen it?"
    r"help (?:us )?find this (?:car|vehicle|truck|van|suv)|(?:was|were|have been|has been) used in (?:a|an|the|several|two|three)|"
    # a car seen leaving a crime ("Help us find a gray Honda Accord, Illinois plate CP 55512, seen leaving a shooting")
    r"help (?:us )?find (?:a|an)\b|seen (?:leaving|fleeing|speeding away from|driving away from) (?:a|an|the)\b|"
    r"sightings of (?:a|an|the|this)\b|"  # "Police are appealing for sightings of a silver Mazda Demio"
    r"(?:did not|didn't|failed to) stop|"  # "a cyclist was struck by a vehicle that did not stop"
    # "Police want to speak to the driver of a silver Toyota Aqua, registration KLM555, seen driving erratically"
    r"(?:want|wish|would like|need) to (?:speak|talk) (?:to|with) the (?:driver|rider|occupants?)|seen driving|"
    r"seen (?:it|this (?:car|vehicle|truck|van|suv))\?)",
    re.I,
)
_OWNED_BY = re.compile(
    r"\W{0,3}(?:which |that |and )?(?:is |was )?(?:owned by|belongs to|belonging to|registered to|appartenant a|"
    # (dev batches 336 to 340: "rego CXK41L, was stolen from owner Jasmine Tully", "QLD rego 123ABC, owner Lachlan
    # Brierley", "plaque V48 PKN, appartenant a Mme")
    r"(?:stolen|taken) from (?:its |the )?owner,?|owner,?)\s+"
    # a name (after an age: "registered to 44-year-old Frankston man Daniel Cho", dev batch 406), or a private person
    # the post describes: "belonging to the woman who was injured"
    r"(?:\d{1,3}-year-old\s+)?(?:(?-i:[A-Z])|(?:the|a|an)\s+(?:woman|man|victim|person|resident|senior|teen|girl|boy|family|couple|neighbou?r)\b"
    # after who they are: "belongs to local farmer Dale Petrenko", "belonging to student Aroha Ngata" (dev batch 326)
    r"|(?:(?:a|the)\s+)?(?-i:[a-z]+\s+){1,2}(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+))",
    re.I,
)
# the car of the person harmed, even in an appeal: "The victim, driving a blue Mazda 3, plate BXKP 220, was followed",
# "The victim's grey Honda Civic, Ontario plate CKRT 481, was struck"
# ("Victim Bogdan Ilie was in his black F-150, plate BRTZ 339,", dev batch 328)
_VICTIMS = re.compile(r"\b(?:the )?(?:victim|complainant)(?:'s|’s|,| (?-i:[A-Z]))[^.!?\n]{0,60}$", re.I)
# a private person's car, unless it was stolen and is still sought: "a woman's blue Subaru (plate ends in 7JK) was
# rammed", "The owner, whose car ends in -491," (not "Stolen ...: the owner's black Honda Civic, plate ...")
_PRIVATE_CAR = re.compile(
    r"\bthe owner(?:'s|’s|,)[^.!?\n]{0,60}$|\b(?:a|an|the) (?:woman|man|resident|senior|neighbou?r|family)(?:'s|’s) [^.!?\n]{0,40}$",
    re.I,
)
# a named person's car, stolen or not (the plate ties the car to the name): "a driver who hit Janet Moir's green
# Subaru, BC plate JM5 09K,", "Kevin Tran's grey 2019 Honda Civic, Ontario plate CKRT 482, was stolen" (dev batch 326)
_NAMED_CAR = re.compile(r"\b(?-i:[A-Z][a-z'’-]+ [A-Z][a-z'’-]+)(?:'s|’s) [^.!?\n]{0,40}$")
_STOLEN = re.compile(r"\b(?:stolen|theft|taken)\b", re.I)
_FOUND = re.compile(r"\b(?:was|were|has been|have been) (?:found|recovered|located|returned)\b", re.I)
_RECOVERED = re.compile(
    r"\b(?:recovered|returned|return|reunited|found the|got (?:it|their|his|her) .{0,20}back|(?:has|have) been found|"
    r"off the stolen (?:list|vehicle list))\b",
    re.I,
)
# a victim's car, not one police want: "Her car, Ontario plate CKVT 918, was also struck", "The car of Newry woman
# Siobhan Keane, a silver Ford Fiesta, reg KXZ 4821, was damaged"
_STRUCK_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:was|were) (?:also )?(?:struck|hit|damaged|broken into|vandali[sz]ed|keyed|rear-ended|scraped|dented|scratched|smashed)\b",
    re.I,
)
# the owner named near the plate, in its sentence or the next (dev batches 342 to 348): "registered to a Derek Osei of
# Scarborough, plate CBKR 412", "plate CKRT 417, taken overnight from Gerald Whitford's driveway", "... plate CBTL 209,
# taken overnight. It belongs to Jenna Morrow"
_OWNER_NEAR = re.compile(
    r"\bregistered to (?:a |an )?(?-i:[A-Z][a-z'’-]+ [A-Z][a-z'’-]+)"
    r"|\bfrom (?-i:[A-Z][a-z'’-]+ [A-Z][a-z'’-]+)(?:'s|’s) (?:driveway|garage|home|house|yard|carport|parking spot|building)\b"
    r"|\b(?:it|the (?:car|vehicle|truck|van|suv|bike|motorcycle)) (?:belongs|belonged) to (?:(?-i:[a-z]+) )?(?-i:[A-Z][a-z'’-]+ [A-Z][a-z'’-]+)",
    re.I,
)
# a named person's own car, not one police are after: "Thank you to the driver who boxed in the fleeing car - Jerome
# Baptiste in the silver Odyssey, plate CTAB 555" (not "looking for Sam Lee in a silver Honda, plate ...")
_NAMED_IN = re.compile(
    r"(?<!looking for )(?<!wanted )(?<!find )(?<!locate )\b(?-i:[A-Z])[\w'-]+ (?-i:[A-Z])[\w'-]+,? (?:in|driving) "
    r"(?:the|a|an|his|her|their) [^.!?\n,]{1,30},\s*$",
    re.I,
)
# a helper's own car: "Thanks to a witness who followed a stolen e-bike in his red Mazda 3, plate DKLM 204"
_HELPER_IN = re.compile(
    r"\b(?:witness|good samaritan|bystander|passer-?by|driver|resident|neighbou?r) who\b[^.!?\n]{0,60}\b(?:in|driving) "
    r"(?:his|her|their) [^.!?\n,]{1,30},\s*$"
    # "Thank you to the witness in the red Kia Soul, plate CRWT 582, who followed" (dev batch 176)
    r"|\b(?:witness|good samaritan|bystander|passer-?by|helper|hero) (?:in|driving) (?:the|a|an) [^.!?\n,]{1,30},\s*(?:plate\s*)?$"
    # "We'd like to thank Grace Adeyemi, driving the white RAV4 with Ontario plate CRTX 551" (dev batch 182)
    r"|\b(?:thank|thanks|thanking)\b[^.!?\n]{0,60}\bdriving (?:the|a|an|her|his|their) [^.!?\n,]{1,40}$",
    re.I,
)
_CAR_OF = re.compile(
    r"\b(?:the|her|his|their) (?:car|vehicle|truck|van|suv)(?: of [^.!?\n]{0,40})?,[^.!?\n]{0,40}$"
    # a car told by its make, then struck: "A grey Honda Civic, plate CKRT 412, was struck while parked"
    r"|\b(?:a|an) [^.!?\n,]{1,30},\s*$"
    # her car told by its make: "when her Mazda, NSW rego BQ72LM, was hit by a driver who left the scene"
    r"|\b(?:her|his|their) (?-i:[A-Z])[\w-]+(?: (?-i:[A-Z0-9])[\w-]+)?,[^.!?\n,]{0,20}$",
    re.I,
)
_ROAD_WORDS = frozenset(
    {
        "hwy",
        "qew",
        "dvp",
        "route",
        "exit",
        "unit",
        "line",
        "bus",
        "ttc",  # transit: "TTC 501" is a streetcar route, "YRT 501" a bus route
        "yrt",
        "car",
        "apt",
        "suite",
        "room",
        "tty",
        "ext",
        "box",
        "po",
        "am",
        "pm",
        "go",
        "ssn",
        "sin",
    }
)


def _plain_word_and_number(val: str) -> bool:
    """ "CALL 911", "HWY 401", "LAPD 911": a word and a number, or any letters beside an emergency or
    community line, are no plate."""
    letters = "".join(c for c in val if c.isalpha()).lower()
    if letters in _ROAD_WORDS or "".join(c for c in val if c.isdigit()) in _SERVICE_LINES:
        return True
    from ..words import vocabulary

    return letters in vocabulary()


_SERVICE_LINES = frozenset("911 999 988 311 211 411 811 112 000 101 111".split())


@memo("date_of_birth")
def dates_of_birth(a: Analysis) -> list[Span]:
    out = [
        (m.start(), m.end(), m.group(1))
        for m in _DOB.finditer(a.folded)
        if not _ANIMAL_BEFORE.search(a.folded, max(0, m.start() - 50), m.start())
    ]
    for m in _DOB_BESIDE_NAME.finditer(a.folded):
        g = 1 if m.group(1) else 2
        if not any(s <= m.start(g) < e for s, e, _ in out):
            out.append((m.start(g), m.end(g), m.group(g)))
    return out


@memo("youth_age")
def youth_ages(a: Analysis) -> list[Span]:
    """Ages 12 to 17 and words for young people ("16-year-old", "aged 15", "a teen", "Name, 14,")."""
    return _finditer(_YOUTH_AGE, a)


@memo("school")
def schools(a: Analysis) -> list[Span]:
    return _finditer(_SCHOOL, a)


# a school's name as a tag (dev batches 345, 359 and 361: "#FairviewSS", "#StAndrewsCollegiate"),
# not a campaign's ("#SafeSchools", "#BackToSchool", "#HighSchoolHockey", "#DontDriveHigh")
_SCHOOL_TAG_ENDS = frozenset("collegiate ss ci secondary academy school elementary".split())
_NOT_A_SCHOOL = frozenset(
    "safe back to school schools high our your the this new public catholic secondary".split()
)


def school_tags(a: Analysis) -> list[Span]:
    """Hashtags that name a school: a name, then a word for a school."""
    out = []
    for t in a.hashtags:
        words = hashtag_words(t.text[1:])
        if len(words) >= 2 and words[-1] in _SCHOOL_TAG_ENDS and _NOT_A_SCHOOL.isdisjoint(words[:-1]):
            out.append((t.start, t.end, t.text))
    return out


@memo("relationship")
def relationships(a: Analysis) -> list[Span]:
    return _finditer(_RELATIONSHIP, a)


def _is_cap(tok_text: str) -> bool:
    return (
        tok_text[:1].isupper()
        and (len(tok_text) == 1 or not tok_text.isupper() or len(tok_text) <= 2)
        and tok_text[:1].isalpha()
    )


@memo("person_name")
def person_names(a: Analysis) -> list[Span]:
    """People's names: two or three capitalized words that are not places, titles or organizations.
    Names after a rank ("PC Dana Ferreira") are staff and are left out."""
    words, out = a.words, []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if not _is_cap(w.text) or w.lower in _NOT_NAMES or len(w.text) < 2:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and j - i < 3
            and _is_cap(words[j].text)
            and a.gaps[j] in (" ", " ")
            and words[j].lower not in _NOT_NAMES
        ):
            j += 1
        if j - i >= 2:
            prev = words[i - 1].lower if i else ""
            nxt = words[j].text if j < n else ""
            after = a.folded[words[j - 1].end : words[j - 1].end + 2]
            is_place = (
                re.fullmatch(rf"(?:{STREET_TYPES})\.?", nxt) is not None and after.startswith(" ")
            ) or (nxt.lower() in _PLACE_AFTER)
            if prev not in _RANKS and not is_place and words[j - 1].lower not in ("st", "ave", "rd", "dr"):
                out.append((w.start, words[j - 1].end, a.folded[w.start : words[j - 1].end]))
            i = j
            continue
        i += 1
    return out


# For each detector, an RE2 pattern that matches wherever the detector could find something (a cheap
# superset). The engine runs them all in the same RE2 Set pass as the policy's patterns, and a detector
# whose precheck finds nothing is not run.
PRECHECKS: dict[str, str] = {
    # Folded text has only the digits 0-9 (text.fold); RE2's \s lacks the vertical tab and \x1c-\x1f that
    # Python's has, so they are named.
    "phone": r"\d[\d\s\x0b\x1c-\x1f().+-]{5,}\d|(?i)(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|oh)\W+){6}(?:zero|one|two|three|four|five|six|seven|eight|nine|oh)",
    # a SIN stands alone (no digit or hyphen either side); a health card ends in two capitals; a driver's
    # licence starts with one
    "id_number": r"(?:^|[^\d-])\d{3}[ -]?\d{3}[ -]?\d{3}(?:[^\d-]|$)|\d{4}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Z]{2}|[A-Z]\d{4}[ -]?\d{5}|(?i:passport|passeport|permis|health|medicare|ohip|licen[cs]e|sin\b|ssn|insurance|security|medicaid|student|account|card|employee|nhs\b|phin?\b|dl\b|status\b)|VIN|(?i:serial)|NHI|CHI|\bNI\b|[A-Z]{4} ?\d{4} ?\d{4}",
    # a labelled plate, a part of one ("ending in 4XK"), or an unlabelled one, which starts with two capitals
    "licence_plate": r"(?i:licen[cs]e|plate|plaque|immatriculation|marker|reg|tag|ending|ends|starting|starts)|[A-Z]{2}[A-Za-z0-9]{0,2}[ -]?\d{3}|[A-Z]{2}\d{2}[ -]?[A-Z]{3}",
    "postal_code": r"(?i)[a-z]\d[a-z][ -]?\d[a-z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}",
    "street_address": r"(?i:code),?\s+(?:is\s+)?#?\d|\d,?\s+(?:of|from)\s+[A-Z]|[a-z],?\s+(?:of|from)\s+[A-Z][\w'-]*\s+(?:[A-Z][\w'-]*\s+){0,2}(?:"
    + STREET_TYPES
    + r")\b|(?i:thank|shout|kudos|hats off)[^.!?\n]{0,60}\son\s+[A-Z]|\d[A-Za-z]?[\s\x0b\x1c-\x1f]+[A-Z]|\d\s+on\s+[A-Z]|(?i:lives|living|lived|\blive\s|resid|stay)|R\.?R\.?\s*#?\d|RMB\s*\d|Rural Route|Lot\s+\d|(?i:unit|apt|apartment|suite)\s*\d|(?i:buzz|number,?\s+\d|at\s+no\.?\s?\d|place\s+(?:on|along)|house|home|bungalow|flat|condo|townhouse|two-storey|two-flat|three-flat|triplex|semi|duplex|cottage|(?:unit|apartment|flat|suite|room) (?:above|over|behind|below))"
    rf"|\d,?[ \t]+(?:{FRENCH_STREET_TYPES})[ \t]",
    "date_of_birth": r"(?i)d\.?o\.?b|birth|born|\bb\. |\bnee? le\b|[A-Za-z\d]\s*[(,]\s*\d{1,2}[./-]\d{1,2}[./-]\d\d|[A-Za-z]\s*[(,]\s*(?:19|20)\d\d-\d\d-\d\d",
    # an age stands alone: not inside a longer number ("416", "2016")
    "youth_age": r"(?i)(?:^|[^\pL\pN_])1[2-7](?:\D|$)|teen|youth|young|minor|juvenile",
    "school": r"(?i)school|secondary|collegiate|academy|elementary|junior high|grade|c\.?i\b|(?:^|\W)(?:c\.?|j\.?)?[sph]\.?s\b|student|pupil",
    "relationship": r"(?i)her|his|their|the",
    # an e-mail address is a token with an at sign (tokenize.py), or spelled out with "at" and "dot"
    "email": r"@|(?i)\bdot\b|[\[(]at[\])]",
    # not a detector: words glued by hiding characters or spelled out letter by letter (text.hidden_runs)
    # (one apostrophe between letters is inside a word: "don't" hides nothing)
    "hidden_runs": r"\pL(?:[.\-*_/|+~@$!#]|['.\-*_/|+~@$!#]{2,})\pL|(?:^|\PL)\pL \pL \pL(?:\PL|$)|\p{Ll}\n\p{Ll}|\pL[\p{So}\p{Sk}\p{Co}]+\pL",
}

DETECTORS: dict[str, Callable[[Analysis], list[Span]]] = {
    "phone": all_phones,
    "email": emails,
    "street_address": street_addresses,
    "home_after_name": homes_after_names,
    "postal_code": postal_codes,
    "licence_plate": licence_plates,
    "date_of_birth": dates_of_birth,
    "id_number": id_numbers,
    "youth_age": youth_ages,
    "school": schools,
    "relationship": relationships,
    "person_name": person_names,
}


# words in alt text that may show a person: "a teenager in a black hoodie", "her face", "two officers and a boy"
_PEOPLE_SEEN = re.compile(
    r"\b(?:he|she|him|her|his|they|them|their|face|faces|people|person|persons|someone|man|men|woman|women|boy|boys|"
    r"girl|girls|child|children|kid|kids|teen|teens|teenager|teenagers|youth|youths|student|students|driver|suspect|"
    r"officers?|crowd|group|family|friends?|wearing|smiling|standing|sitting|holding|selfie|portrait|headshot|"
    r"year-old|facing|booking|mugshot|accused|charged|victim|witness|body|hands?)\b",
    re.I,
)


_TEXT_GRAPHIC = re.compile(
    r"\s*(?:an? )?(?:text )?(?:graphic|infographic|poster|logo|banner|chart|map|quote card|text reading|text that reads)\b",
    re.I,
)
_PHOTO_IN = re.compile(r"\b(?:photo|photograph|picture|image|mugshot|headshot|selfie)s? of\b", re.I)
# the alt text says no one can be recognized: "no faces shown", "faces blurred", "a child's hand only"
_NO_FACES = re.compile(
    r"\bno faces?\b|\bfaces? (?:are |is )?(?:not shown|not visible|blurred|hidden|obscured|pixelated)\b"
    r"|\b(?:blurred|pixelated) (?:out )?(?:faces?|to hide|videos?|images?|photos?|pictures?)\b"
    r"|\bnot showing (?:any |their |his |her )?faces?\b",
    re.I,
)


def may_show_people(alt_text: str | None) -> bool:
    """An image whose alt text is missing, or names or describes someone (a capital after the first word counts)."""
    if not alt_text or not alt_text.strip():
        return True
    if _TEXT_GRAPHIC.match(alt_text) and not _PHOTO_IN.search(alt_text):
        return False  # "Graphic with the text: Why we can't name youths who are charged": words, not a person
    # a capitalized run after the first word may name someone, unless a word of it names a body or a place
    # ("A red e-bike beside a York Regional Police cruiser")
    run: list[str] = []
    for w in [*alt_text.split()[1:], ""]:
        if w[:1].isupper():
            run.append(w.strip(".,;:!?()'\"").lower())
            continue
        if run and not any(x in _NOT_NAMES for x in run):
            return True
        run = []
    return not _NO_FACES.search(alt_text) and bool(_PEOPLE_SEEN.search(alt_text))
