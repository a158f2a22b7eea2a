"""Fold a post's text for matching, keeping a map back to the original characters.

Matching runs on a *folded* copy of the text: NFKC-style compatibility forms (fullwidth letters,
ligatures), accents removed, Cyrillic and Greek look-alikes folded to Latin, zero-width and other
format characters dropped, curly quotes and odd spaces made plain, every script's digits read as 0-9.
``Analysis.orig_span`` (tokenize.py) turns a span in the folded text back into the original characters.
"""

from __future__ import annotations

import unicodedata

# Look-alike letters (Unicode confusables that pass for Latin in running text).
_CONFUSABLES = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "ɡ": "g",
    "ь": "b",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԁ": "D",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Ӏ": "I",
    # Greek
    "α": "a",
    "ο": "o",
    "ν": "v",
    "ι": "i",
    "κ": "k",
    "ρ": "p",
    "υ": "u",
    "τ": "t",
    "ε": "e",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin letters that stand in for others
    "ı": "i",
    "ȷ": "j",
    "ℓ": "l",
    # punctuation
    "‘": "'",
    "’": "'",
    "‛": "'",
    "′": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "″": '"',
    "«": '"',
    "»": '"',
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
}
_DROP_CATEGORIES = {"Cf", "Mn", "Me", "Cc"}
_KEEP_CONTROL = {"\n", "\t", "\r"}


def fold(text: str) -> tuple[str, list[int] | None]:
    """Return the folded text and, when it differs in length or place, a map folded index -> original."""
    if text.isascii():
        if "`" not in text:
            return text, None
        return text.replace("`", "'"), None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append("'" if ch == "`" else ch)
            where.append(i)
            continue
        rep = _CONFUSABLES.get(ch)
        if rep is None:
            cat = unicodedata.category(ch)
            if cat in _DROP_CATEGORIES and ch not in _KEEP_CONTROL:
                continue  # zero-width, joiners, bidi marks, lone combining marks
            if cat.startswith("Z"):
                rep = " "
            elif (
                cat == "Nd"
            ):  # any script's digits read as 0-9: "٤١٦" is 416 (and \d means 0-9 after folding)
                rep = str(unicodedata.decimal(ch))
            else:
                decomposed = unicodedata.normalize("NFKD", ch)
                rep = "".join(
                    _CONFUSABLES.get(c, c) for c in decomposed if unicodedata.category(c) not in ("Mn", "Me")
                )
        for c in rep:
            out.append(c)
            where.append(i)
    return "".join(out), where
