"""Identity numbers: social insurance, health, licence, passport, student and account numbers, and VINs with an owner."""

from __future__ import annotations

import re

from .tokenize import Analysis, Span, memo

# the number itself: digits, or capitals and digits ("WDL555ABC123", "GK555210"), six characters at least
# (a UK National Insurance number, "QQ 12 34 56 C"; a letter last, "WDL4R7KX2J0B"; letters set off, "LA 123456";
# six letters first, a Manitoba licence, "GILLRS555012JK"; in hyphened groups, "TKACH-RJ555-D9", dev batch 420)
_ID_BODY = r"((?-i:[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])|(?-i:[A-Z]{1,3} \d{6,9})|(?-i:[A-Z]{2,6}-[A-Z]{0,3}\d[A-Z\d]{0,4}(?:-[A-Z\d]{1,6}){1,3})|[A-Z]{0,6}\d(?-i:[A-Z\d -]){4,18}(?:\d|(?<! )(?-i:[A-Z])))"
_LABELLED_ID = re.compile(
    r"\b(?:passport|passeport|permis\s+de\s+conduire|health\s*card|medicare(?:\s+card)?|medicaid(?:\s+id)?|ohip|driv(?:er(?:'?s)?|ing)\s+licen[cs]e|"
    r"licen[cs]e\s+number|sin|ssn|social\s+(?:insurance|security)|national\s+insurance|health\s+insurance(?:\s+id)?|"
    # "his NHS number (555 123 4567)", "his Saskatchewan health services number, 555 123 456"
    r"nhs|health\s+(?:services\s+)?number|"
    # a tax number: "his IRD number (123-555-789)", "her TFN", "tax file number"
    r"ird|tfn|tax\s+file\s+number|"
    # a BC Personal Health Number: "a BC Services Card with PHN 9555 123 456"
    r"phn|phin|personal\s+health\s+(?:information\s+)?number|"
    r"student\s+(?:id|number|card|no\b\.?|\#)|student\s*\(\s*(?:no\b\.?|\#|id)|student\s*,(?=\s*id\b)|bank\s+account|account|card|credit\s+card|debit\s+card|employee\s+(?:id|number))"
    r"(?:\s+(?:card|number|no\.?|#|ref\.?))?\s*(?:is|was|:|ending(?:\s+in)?|,?\s*#|,|\(\s*#?)?\s*"
    # the number's own label after the comma or bracket: "a student card, ID 9003 4471", "student card (no. 1005550123)"
    r"(?:(?:id|no\.?|number)\s*:?\s*)?" + _ID_BODY + r"\b",
    re.I,
)
# the last digits of a national number, told with its owner (dev batch 152: "Bernice Hall's SSN (ending 4471)")
_ID_TAIL = re.compile(
    r"\b(?:sin|ssn|social\s+(?:insurance|security)\s+number)\s*\(?\s*(?:ending(?:\s+in)?|ends\s+in|last\s+(?:four|4)"
    r"(?:\s+digits)?(?:\s+of)?)\s*:?\s*(\d{3,4})\b(?![-–. ]?\d)"
    # "read back the last four digits of her SIN, 4286"
    r"|\blast\s+(?:four|4|three|3)\s+digits\s+of\s+(?:her|his|their|your|the\s+\w+(?:'s|’s))\s+"
    r"(?:sin|ssn|social\s+(?:insurance|security)\s+number)\s*(?:,|:|is|was|were)?\s*(\d{3,4})\b(?![-–. ]?\d)"
    # a person's bank card by its last digits (dev batches 324 to 334: "scammers got her card ending 4471", "a debit
    # card in the name of Hana Sato (card ending 4417)")
    r"|\b(?:her|his|their|(?-i:[A-Z])[a-z'’-]+(?:'s|’s))\s+(?:(?:credit|debit|bank|visa|mastercard)\s+)?card\s*\(?\s*"
    r"(?:ending|ends)(?:\s+in)?\s*:?\s*(\d{4})\b(?![-–. ]?\d)"
    r"|\bin\s+the\s+name\s+of\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,2}\(\s*card\s+(?:ending|ends)(?:\s+in)?\s*:?\s*(\d{4})\b",
    re.I,
)
_LABELLED_ID_FAR = re.compile(
    r"\b(?:passports?|passeport|permis\s+de\s+conduire|health\s*card|medicare(?:\s+card)?|ohip|driv(?:er(?:'?s)?|ing)\s+"
    r"licen[cs]e|social\s+insurance|sin\s+card|ssn|social\s+security\s+number|"
    # a First Nations status card by its registry number (dev batch 266: "a Certificate of Indian Status, registry no.
    # 5550123401, in the name of ...")
    r"status\s+card|indian\s+status|secure\s+certificate\s+of\s+indian\s+status)\b"
    # (or in brackets after whose it is: "the passport number of a senior, Wai Chan (GA555281)"; "passeport ..., numéro")
    # (or after a colon, a passport's own shape: "Canadian passport found at Union Station: AB555123, issued to")
    r"[^.!?]{0,60}?(?:\b(?:number(?:ed)?|numero|no\.?|#)\s*:?|\(|:(?=\s*(?-i:[A-Z]{1,2}\d{6,9})\b))\s*"
    + _ID_BODY
    + r"\b",
    re.I,
)
# a licence told by its digits alone, a driver's (plates have letters): "The driver hurt, BC licence 7012345"
# ("a Queensland licence, no. 555123987", "His Queensland licence, 083 445 921,": its number set off by a comma; "Mass.
# license S78125530": a letter first; "The licence, NSW 18 443 907,": its state first; "FL DL G543-555-72-219-0": in
# hyphened groups ("Illinois DL D400-5512-0123"); "the license (TX 55501234)": in brackets; "licence no. SK 12345678";
# a UK licence, "MORGA753116SM9IJ"; an Alberta licence, "123456-789"; a New Zealand one, "DL AB123456")
_LICENCE_DIGITS = re.compile(
    r"\b(?:licen[cs]e|DL)\s*\(?\s*(?:,\s*(?=no\b|number|#|(?-i:[A-Z]{2,3})\s+\d|\d{3} \d{3} \d{3}\b|\d{6}-\d{3}\b))?(?:(?-i:[A-Z]{2,3})\s+(?=\d))?"
    r"(?:no\.?|number|#)?\s*:?\s*(?:(?-i:[A-Z]{2,3})\s+(?=\d))?"
    r"(\d{6}-\d{3}|(?-i:[A-Z]{2})\d{6}|\d{3} \d{3} \d{3,9}|\d{2} \d{3} \d{3}|\d{6,15}|(?-i:[A-Z])\d{7,14}|(?-i:[A-Z])\d{3}(?:-\d{1,3}){3,4}|(?-i:[A-Z])\d{3}-\d{4}-\d{4}"
    r"|(?-i:[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2})"
    # letters, digits and a letter: Washington's "WDL55501234B" (dev batch 266), or mixed ("WDL12AB34567", dev batch 418)
    r"|(?-i:[A-Z]{2,4}\d{5,12}[A-Z]{0,2})|(?-i:[A-Z]{2,4}\d[A-Z\d]{6,12}\d))\b",
    re.I,
)
_SIN = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{3})(?![\d-])")
_SIN_CONTEXT = re.compile(r"\b(?:sin|social\s+insurance)\b", re.I)
_HEALTH = re.compile(r"(?<![\d-])\d{4}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Z]{2}\b|\b[A-Z]{4} ?\d{4} ?\d{4}\b")
# Ontario's, and the UK's (surname, birth date, initials, check digits: "PIKE8812079D99AB", dev batches 270 to 316)
_DRIVER = re.compile(r"\b[A-Z]\d{4}[ -]?\d{5}[ -]?\d{5}\b|\b[A-Z][A-Z0-9]{4}\d{6}[A-Z0-9]{2}\d[A-Z0-9]{2}\b")
# New Zealand's National Health Index number: "Gemma Hori (NHI ABC5551)", "His NHI number, ZAA5550,"
_NHI = re.compile(r"\bNHI\s*(?:number|no\.?)?\s*(?::|,|is)?\s*([A-Z]{3}\d{4}|[A-Z]{3}\d{2}[A-Z]{2})\b")
# Scotland's Community Health Index number, ten digits: "Morag Dunn (CHI 0101805551)"
_CHI = re.compile(r"\bCHI\s*(?:number|no\.?)?\s*(?::|,|is)?\s*(\d{6} ?\d{4})\b")
# a UK National Insurance number in a post that speaks of one, wherever its label is: "Have your National
# Insurance number ready. Here's how Jordan filled his in: QQ 55 51 23 C"
_NINO = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_NINO_CONTEXT = re.compile(r"\bnational\s+insurance\b|\bNI\s+(?:number|no)\b", re.I)
# What every number pattern above needs (each match's digits and separators): two digits with at least four
# digits, capitals, spaces or hyphens between them.
_DIGIT_RUN = re.compile(r"\d[\dA-Z -]{4,}\d")
# a vehicle's VIN tied to its named owner ("stolen from Hui Min Zhao's driveway ..., VIN 1FTFW1E85MFA12345", "returned
# to its owner, Luis Ferreira. The VIN, 2HKRW2H55KH555123"): a wanted or stolen vehicle's VIN alone is not read
_VIN = re.compile(r"\bVIN\b[:,]?\s*(?:number\s*)?([A-HJ-NPR-Z0-9]{17})\b")
# a bike's or a tool's serial number, tied to its named owner the same way: "Red Trek FX 2, serial WTU284C7719, belongs
# to Owen Marsh" (dev batches 302 and 304)
_SERIAL = re.compile(r"\bserial(?: number| no\.?| #)?[:,]?\s*#?((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{5,19})\b")
_OWNER_NAMED = re.compile(
    r"\b(?-i:[A-Z][a-z]+)(?:'s|’s|s'|s’) (?:driveway|car|truck|pickup|suv|van|vehicle|garage|trailer|home|motorcycle|boat)\b"
    # a vehicle told by its model, then its VIN or serial: "Dan Pruitt's F-150 (VIN 1FTFW...)" (dev batches 302, 316)
    r"|\b(?-i:[A-Z][a-z]+)(?:'s|’s) [^.!?\n]{1,30}?\(?(?:VIN|serial)\b"  # ("Tom Pell's Trek (serial WTU281C0447K)")
    r"|\b(?:its owner|owned by|belonging to|belongs to|returned to|registered to|registered owner),? (?-i:[A-Z][a-z]+)"
    # ("The white Lexus RX (VIN ...) stolen from Dr. Helen Yu in Lawrence Park", dev batch 420)
    r"|\bstolen from (?:(?:dr|mr|mrs|ms|miss)\.? )?(?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    # after who the owner is: "owned by local resident Brent Hollis" (dev batch 406)
    r"|\b(?:owned by|belonging to|belongs to|registered to) (?:(?:a|the) )?(?-i:[a-z]+ ){1,2}(?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    # "The owner, Neil Gupta, has confirmed", "back with its owner, contractor Dale Pruitt", "back with owner Maria Sandoval"
    r"|\bowner,? (?:[a-z]+ )?(?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    # "the owner of the pickup damaged on Tuesday, Ernesto Villalobos,"; a reply to the owner: "your pickup (VIN ...)"
    r"|\bthe owner of [^.!?\n]{0,60}, (?-i:[A-Z][a-z]+ [A-Z][a-z]+)"
    # "One victim, Farid Noorzai, reports his 2012 Toyota Prius (VIN ...) was damaged"
    r"|\b(?-i:[A-Z][a-z]+ [A-Z][a-z]+),? (?:reports|reported|says|said) (?:his|her|their)\b"
    r"|\byour (?:car|truck|pickup|suv|van|vehicle|motorcycle|boat|trailer) \(?VIN\b",
    re.I,
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


@memo("id_number")
def id_numbers(a: Analysis) -> list[Span]:
    """Social insurance numbers (Luhn-valid, or next to the word SIN), health cards (Quebec's too), licences."""
    text = a.folded
    out = [
        (m.start(g), m.end(g), m.group(g))
        for rx in (_NHI, _CHI, _ID_TAIL)
        for m in rx.finditer(text)
        for g in (m.lastindex or 1,)  # the alternative's own group
    ]
    if not _DIGIT_RUN.search(text):
        return out  # every pattern below needs a run like this: most posts (a word such as "card" woke the detector)
    has_sin_word = bool(_SIN_CONTEXT.search(text))
    for m in _SIN.finditer(text):
        digits = "".join(m.groups())
        if digits[0] in "08" and not has_sin_word:
            continue
        if has_sin_word or (_luhn(digits) and (" " in m.group() or "-" in m.group())):
            out.append((m.start(), m.end(), digits))
    for rx in (_HEALTH, _DRIVER):
        out += [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]
    if _NINO_CONTEXT.search(text):  # a National Insurance number, where the post speaks of one
        out += [(m.start(), m.end(), m.group()) for m in _NINO.finditer(text)]
    if _OWNER_NAMED.search(text):
        out += [(m.start(1), m.end(1), m.group(1)) for rx in (_VIN, _SERIAL) for m in rx.finditer(text)]
    for m in _LABELLED_ID_FAR.finditer(text):  # "passport handed in at Euston, number 123456789"
        if not any(s <= m.start(1) < e for s, e, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in [*_LICENCE_DIGITS.finditer(text), *_LABELLED_ID.finditer(text)]:  # "passport number 123456789"
        if not any(s <= m.start(1) < e for s, e, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out
