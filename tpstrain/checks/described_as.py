"""What a post says a person is, past an age, a sex and a home town, for the people check (checks/people.py):
the complainant ("The complainant is the coxswain of the varsity eight"), read even in a post that names no sexual
offence, and in French who she is to the accused ("La plaignante est sa belle-fille"); the dead ("He was a 27-year-old
apprentice electrician on the night shift"); a young person ("The 17-year-old is a Grade 12 honour-roll student at a
north Etobicoke school"). Also the plain description that points at no one, which a pattern rule may ask for too
(``unless_plain``)."""

from __future__ import annotations

import re

from ..passes.addresses import STREET_TYPES
from ..passes.gate import gated

# the complainant as the subject, then what she is: "is", "was", "is not", or an apposition ("The complainant, his
# client since early 2024,"); what follows starts as a noun phrase ("the player who left ...", "his former roommate")
_SAID = gated(
    re.compile(
        r"\b(?:the |a )?(?:first |second |third |new |other |young |adult )?(?:complainant(?: in (?:this|the) "
        r"(?:case|matter|investigation))?|(?:young )?(?:woman|girl|"
        r"person) who (?:came forward|reported (?:it|the (?:sexual )?assault|the offence))"
        # in a post about a sexual offence, the person harmed: "The woman, a teaching assistant at St Mary's Primary,"
        r"|(?P<other>woman|victim|girl|survivor|teen|teenager))"
        r"(?P<link>,|:| -| –| (?:is|was|isn't|wasn't|is not|was not)\b) ?"
        r"(?P<d>(?:(?:not|also) )?(?:an?|the|his|her|their|one of|[\w-]+(?:'s|’s)) [^.!?\n;]{1,90}"
        # her name, in a post that names no sexual offence ("the complainant in this case is Lila Moreno")
        r"|(?P<name>(?:(?:ms|mrs|miss|mr)\.? )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?\b))",
        re.I,
    )
)
# what says nothing about who she is: "an adult woman known to him", "a woman in her 30s", "a 17-year-old girl from
# Toronto", "a child who is known to him"
_PLAIN = re.compile(
    r"(?:(?:also|not|both|all) )*(?:an?|one|two|three)? ?(?:(?:adult|young|teenage|local|female|male|elderly|older|"
    r"youth|[\w-]+-year-olds?)\s+)*(?:[\w-]+-year-olds?|women|men|girls|boys|children|woman|man|girl|boy|child|youth|teen|teenager|adult|"
    r"person|female|male|minor|senior|youths|teens|adults|minors)\b(?:,? (?:aged? \d+|(?:(?:believed|thought) to be )?"
    r"(?:aged )?in (?:her|his|their) "
    r"(?:early |mid-?|late )?\d0s|from (?:the )?[A-Z][\w.' -]*?|of [A-Z][\w' -]*?|under \d+|over \d+|"
    r"(?:who (?:is|was|are|were) )?(?:not )?known to (?:him|her|them|the accused|police)|who (?:did not|didn't|does "
    r"not|doesn't) know (?:him|her|them|the accused|the (?:man|woman|suspect))|who reported [^,]*))*\s*(?:(?:,|and ).*)?$"
    # a home town before the person: "a Toronto resident", "a 40-year-old Brampton man"
    r"|(?:an?|one) (?:[\w-]+-year-old )?(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*)? (?:resident|man|woman|boy|girl|"
    r"youth|teen|teenager|person)\b\s*(?:,.*)?$"
    # one of the many people a place serves: "a passenger in his cab on Nov. 2", "a customer at the store"
    r"|(?:an?|one|the) (?:(?-i:[a-z])[\w-]* ){0,2}?(?:passenger|customer|shopper|patron|commuter|pedestrian|rider|stranger|driver|"
    r"occupant|cyclist|motorcyclist)s?\b"
    # not her at all: "To protect the complainant, his name ... will not be released"; a glossary's "the person who"
    r"|(?:his|her|their|the accused(?:'s|’s)) (?:name|identity|details|age)\b|the (?:name|identity) of\b|the person who\b",
    re.I,
)
# a complainant that is a body, not a person: "The complainant is Toronto Police Service", "... is Metrolinx Inc."
_BODY = re.compile(
    r"\b(?:Police|Service|Services|Inc|Ltd|LLC|Bank|City|Corporation|Company|Group|Board|Council|Commission|"
    r"Authority|Transit|[A-Z]{2,5})\b"
)
_RUN = re.compile(r"(?:the )?((?:[A-Z][\w&'’.-]*\s?)+)\s*(\w?)")


def _is_body(said: str) -> bool:
    """ "the Toronto Transit Commission", "Metrolinx Inc.": a name of a body, and no person noun after it (not "the
    TTC operator who was driving")."""
    run = _RUN.match(re.split(r"[,;:!?]|\.(?:\s|$)", said, maxsplit=1)[0])
    return run is not None and _BODY.search(run[1]) is not None and not run[2].islower()


# someone told by his tie to the complainant: "the complainant's former husband", "the complainant's coach"
_TIE_OF = gated(
    re.compile(
        r"\bthe complainant(?:'s|’s) (?:(?:former|ex-?|estranged|current|own|step-?) ?)?(?:husband|wife|spouse|partner|"
        r"boyfriend|girlfriend|father|mother|dad|mom|mum|stepfather|stepmother|brother|sister|uncle|aunt|cousin|"
        r"grandfather|grandmother|son|daughter|coach|teacher|boss|employer|landlord|neighbou?r|roommate|pastor|priest|"
        r"doctor|tutor|babysitter|in-law|father-in-law|brother-in-law)\b",
        re.I,
    )
)
_DENIED = frozenset(("is not", "isn't", "was not", "wasn't"))
# a denial that names someone: "is not his wife", "isn't the woman in your photo" (not "is not a student")
_SOMEONE = re.compile(r"(?:not )?(?:the|his|her|their|[\w-]+(?:'s|’s)) ", re.I)
# after "the complainant is not his wife.": "She is his wife's sister", "It's her sister"
_NEXT = re.compile(r"\s*(?:(?:she|he|it|they)(?:'s|’s| is| was| are)) (?P<d>[^.!?\n;]{1,90})", re.I)


def complainant_said(folded: str, sexual: bool) -> list[tuple[int, int]]:
    """The spans (in ``folded``) that tell what the complainant is, past what says nothing of who she is;
    ``sexual``: the post names a sexual offence, so "the woman" or "the victim" is the complainant too."""
    out = []
    for m in _SAID.finditer(folded):
        s, e = m.span("d")
        said = m["d"]
        denied = m["link"].strip().lower() in _DENIED or said.lower().startswith("not ")
        if (m["other"] and (denied or not sexual)) or (m["name"] and sexual):
            continue  # a sexual offence's complainant named: legal.complainant-named says so
        if not sexual and _is_body(folded[s : s + 60]):
            continue  # a body ("the Toronto Transit Commission"), in a post that names no sexual offence
        if denied:
            nxt = _NEXT.match(folded, e + 1) if folded[e : e + 1] in ".;" else None
            if nxt is not None:
                s, e = nxt.span("d")
                said = nxt["d"]
            elif not _SOMEONE.match(said):
                continue  # "the complainant is not a student", and nothing more about her
        if not plain_description(said.removeprefix("not ")):
            out.append((s, e))
    # who the accused is to her, in a post that names no sexual offence (a reply: "the man charged ... is the
    # complainant's former husband")
    if not sexual:
        out += [m.span() for m in _TIE_OF.finditer(folded)]
    return out


def plain_description(said: str) -> bool:
    """``said`` tells only an age, a sex or a home town ("a woman in her 30s"): it points at no one."""
    return _PLAIN.match(said) is not None


# the person who died as the subject, then what they were: "He was a 27-year-old apprentice electrician on the night
# shift", "The cyclist, a 23-year-old graduate student in the University of Ottawa's civil engineering program,"
_DEAD = gated(
    re.compile(
        r"(?:\b(?:the (?:man|woman|boy|girl|teen|driver|pedestrian|cyclist|motorcyclist|rider|victim|person|passenger|"
        r"hiker|swimmer|snowmobiler|worker)(?: who (?:died|was killed|drowned)(?: [^.!?\n,]{1,40}?)?)?|the deceased)"
        r"|(?:^|(?<=[.!?] ))(?:he|she))"
        r"(?:,| is| was) (?P<d>(?:an?|the|one of) [^.!?\n;]{1,80})",
        re.I | re.M,
    )
)


# the person who died told as the subject of the death: "A 34-year-old TTC bus operator from Scarborough has died",
# "Un homme de 70 ans, propriétaire d'un dépanneur de la rue Rideau, est décédé"
_DIED = gated(
    re.compile(
        r"(?:^|(?<=[.!?:] )|(?<=\n))(?P<d>(?:an?|the|une?) [^.!?\n;]{3,90}?),? (?:has died|have died|died|was killed|"
        r"has been killed|was pronounced dead|est (?:d[ée]c[ée]d[ée]e?|morte?)|a perdu la vie)\b",
        re.I | re.M,
    )
)
# what a service says of the dead before the family is told: "A 45-year-old driver from Barrie", "The cyclist, a
# woman in her 30s", "the driver of the SUV", "Un homme de 70 ans"
_PLAIN_DEAD = re.compile(
    r"(?:an?|the|one|une?) (?:(?:[\w-]+-year-old|young|elderly|older|local|lone|sole|male|female|other|suv|car|truck|"
    r"van|pickup|transport truck|e-bike|e-scooter|motorcycle|dirt bike)\s+)*(?:driver|motorcyclist|cyclist|pedestrian|"
    r"passenger|rider|hiker|swimmer|snowmobiler|occupant|motorist|worker|man|woman|person|boy|girl|teen|teenager|youth|"
    r"senior|child|infant|baby|homme|femme|personne|adolescente?|enfant)s?\b"
    r"(?:,? (?:aged? \d+|de \d+ ans|dans la (?:\d+|vingt|trentaine|quarantaine|cinquantaine|soixantaine|"
    r"septantaine|soixante-dizaine|quatre-vingtaine)\w*|in (?:his|her|their) (?:early |mid-?|late )?\d0s|"
    r"(?:from|of|de) [\w'’ -]+?|of the [\w -]+|on the [\w -]+|(?:who was )?(?:driving|riding|walking) [^,]*|"
    r"(?:an?|the) (?:man|woman|person) in (?:his|her|their) (?:early |mid-?|late )?\d0s))*$",
    re.I,
)

# a subject that holds a clause is no description: "A man in his 60s was struck by a driver and died"
_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|had|have|and|or|who|that|which|will|would|after|when|how|while|found|later|"
    # ... nor one told by what was done to them: "The man shot on Euclid Ave this morning has died" (dev batch 415)
    r"struck|hit|collapsed|taken|rushed|pulled|shot|stabbed|wounded|injured|attacked|assaulted|a [eé]t[eé]|et|qui)\b",
    re.I,
)


def dead_said(folded: str, not_told: bool = False) -> list[tuple[int, int]]:
    """The spans (in ``folded``) that tell what a person (who may be the one who died) was, past what says nothing
    of who it is; ``not_told``: the family has not been told, so the subject of the death counts too."""
    out = [m.span("d") for m in _DEAD.finditer(folded) if not plain_description(m["d"])]
    return out + [
        m.span("d")
        for m in (_DIED.finditer(folded) if not_told else ())
        if not _CLAUSE.search(m["d"])
        and ((not _PLAIN_DEAD.match(m["d"]) and not plain_description(m["d"])) or _apposed_detail(m["d"]))
    ]


# what is set off after the age and the sex: "A man in his 30s, understood to be a local postman,", "A man in his
# 40s, a well-known barber on Eglinton Ave W," (dev batch 209)
_SET_OFF = re.compile(
    r"[^,]*, (?:(?:understood|believed|thought|said) to be )?(?P<d>(?:an?|the) [^,]+)$", re.I
)


def _apposed_detail(said: str) -> bool:
    """After the plain words, a description set off by a comma that says more than an age, a sex or a town."""
    m = _SET_OFF.match(said)
    return m is not None and not _PLAIN_DEAD.match(m["d"]) and not plain_description(m["d"])


# a young person as the subject, then what they are: "The 17-year-old is a Grade 12 honour-roll student at a north
# Etobicoke school", "the 15-year-old we arrested is the one who ran the ... account", "The girl is a neighbour's daughter"
_YOUNG = gated(
    re.compile(
        r"(?:\b(?:the |a )?(?:(?:1[0-7]|[4-9])-year-old|youth|teen|teenager|boy|girl|young person|juvenile)"
        r"(?: (?:charged|arrested|we arrested|accused|victim|in custody))?"
        # ... or a parent of theirs: "his father, the lead pastor at Grace Hill Church on Kennedy Road"
        r"|\b(?:his|her|their) (?:father|mother|dad|mom|mum|parents?|stepfather|stepmother|grandfather|grandmother|"
        r"uncle|aunt|older brother|older sister))(?:,| is| was) "
        r"(?P<d>(?:an?|the|one of|his|her) [^.!?\n;]{1,80})"
        # young people told as one small group: "all students at the same Stouffville high school"; a young person
        # told by the family's business: "The youth, whose family runs Ferreira Auto Glass on Kingston Road,"
        r"|\b(?:all|both) (?P<g>(?:students|pupils|players|members) (?:at|of|on|in) the same\b[^.!?\n,]{0,40})"
        r"|\b(?:youth|teen|teenager|boy|girl|\d{1,2}-year-old)(?: charged| accused| arrested)?,? (?P<f>whose (?:family|father|"
        r"mother|parents|dad|mom|mum|uncle|aunt) (?:runs|owns|manages|run|own|manage)\b[^.!?\n,]{1,50})"
        # a young person told by the school or club they come from: "A 15-year-old student at a Leaside high school",
        # "A 16-year-old from a Ballarat football club" (dev batch 197)
        r"|\b(?:1[2-7])-year-old (?:(?:boy|girl|student|pupil|player|member) )?(?:at|from|of) (?:a|an|the) "
        r"(?P<s>[^.!?\n,;]{0,25}?\b(?:school|college|academy|club|team))\b"
        # ... or by the street they live on, or the team they play with (dev batches 301, 303 and 305): "The youth, who lives two
        # doors from the school on Maple Grove Drive", "A 17-year-old boy from Hartley Close, Swindon", "plays junior
        # footy with the Hawks under-15s"
        r"|\b(?:youth|teen|teenager|boy|girl|(?:1[0-7]|[4-9])-year-old)(?: boy| girl)?(?: charged| accused| arrested)?,? "
        r"(?P<h>(?:who lives [^.!?\n,;]{0,40}?\b(?:on|in|at)|from) (?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?"
        rf" (?:{STREET_TYPES}))\b"
        r"|\bplays? (?:[\w-]+ ){0,2}?(?:for|with|on) the (?P<p>(?-i:[A-Z])[\w'-]+(?: [\w'-]+){0,2})",
        re.I,
    )
)
# what was done, with a stray article: "a teenager was a robbed on the car park" (a typo, not a description)
_ACT = re.compile(r"(?:an?|the) [a-z]+ed (?:on|in|at|near|by|outside|from|after)\b", re.I)


def young_said(folded: str) -> list[tuple[int, int]]:
    """The spans (in ``folded``) that tell what a young person is, past what says nothing of who it is."""
    return [
        m.span(g)
        for m in _YOUNG.finditer(folded)
        # each alternative holds one group, so the last group closed names the alternative that matched
        if (g := m.lastgroup or "d") != "d" or (not plain_description(m["d"]) and not _ACT.match(m["d"]))
    ]


# in French, who the complainant is to the accused: "La plaignante est sa belle-fille", "contacts sexuels sur sa nièce",
# "La plaignante, sa voisine de palier" (the folded text has no accents); a family tie is an error, a tie of work or
# home a question
_FR_KIN = r"belle-fille|petite-fille|fille|niece|belle-s(?:oe|œ)ur|demi-s(?:oe|œ)ur|s(?:oe|œ)ur|cousine|filleule|tante|conjointe|ex-conjointe|epouse|ex-epouse"
# (after "contre sa", "sur sa" only: "contre sa femme"; "la victime, une femme adulte" is no tie)
_FR_KIN_HERS = _FR_KIN + r"|femme|mere|belle-mere|grand-mere"
_FR_NEAR = r"collegue|employee|eleve|locataire|colocataire|voisine|patiente|cliente|ex-copine|copine"
_FR_TIE = gated(
    re.compile(
        r"\b(?:la plaignante|la victime|la presumee victime|l'adolescente|la jeune fille|la fillette)"
        r"(?:, agee de \d+ ans,)?(?:,| est| etait)\s+(?:sa|son|la|une)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:(?P<kin>{_FR_KIN})|{_FR_NEAR})\b"
        rf"|\b(?:sur|contre|envers|a l'endroit de|a l'egard de)\s+(?:sa|son)\s+(?:(?P<kin2>{_FR_KIN_HERS})|{_FR_NEAR})\b",
        re.I,
    )
)


def french_ties(folded: str) -> list[tuple[int, int, bool]]:
    """French words that tell who the complainant is to the accused: (start, end, a family tie)."""
    return [(m.start(), m.end(), bool(m["kin"] or m["kin2"])) for m in _FR_TIE.finditer(folded)]
