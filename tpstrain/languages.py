"""Two official languages: tell a post's language (the facts a version states are in :mod:`tpstrain.pair_facts`,
the comparison of an English and a French version in :mod:`tpstrain.pairs`).

    >>> from tpstrain.languages import detect_language
    >>> detect_language("Composez le 416-808-3200 si vous la voyez.")
    'fr'

The language is told from little words ("the", "and", "of" against "le", "et", "de") and accented letters: a
simple heuristic, right on posts of a sentence or more, that says ``"und"`` (undetermined) when a text is too
short or too mixed to tell. The facts compared are the ones a reader acts on: numbers (ages, case numbers,
heights, counts; up to twenty in words too: "two" = "deux" = "2"), phone numbers, times of day ("2:30 p.m." =
"14 h 30" = "2 h 30 de l'après-midi"; "2:30" alone may be either), dates ("March 3" = "3 mars"), days of the
week, street names ("Lawrence Ave W" = "avenue Lawrence Ouest"), links, e-mail addresses and hashtags. Each fact
missing from the other version is a :class:`PairFinding` with its span in the version that has it; "one", "un"
and "une" (also "a"), and "neuf" (also "new"), match a 1 or a 9 but are never reported missing.

This module needs only the standard library: it never imports pydantic or the policy engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["LANGUAGES", "detect_language", "language_of_words", "language_scores"]

LANGUAGES = ("en", "fr")
UNDETERMINED = "und"

# ----- which language -------------------------------------------------------------------------------------
# Little words that are common in one language and rare in the other (not "a", "on", "est" or "police",
# which both use).
_EN_WORDS = frozenset(
    """
the and of to in is was are were for at with by from has have had been be it its this that these those he she
they his her their them we our us you your please call near after who not an or will can if as about last seen
there what when where which would should could any all no one has been into out up over than then only also  do
does did help anyone between closed road man woman people officers thank thanks day happy today tonight
morning afternoon evening night before while still area avoid missing found safe update reopened charged
arrested located """.split()
)
_FR_WORDS = frozenset(
    """
le la les l de des du d et sont été un une au aux pour sur avec dans par qui que qu il elle ils elles sa ses
leur leurs nous notre nos vous votre vos ne pas ou près vers après composez appelez veuillez à ce cette ces
était sera avez avons lors depuis chez entre aucun aucune tout toute tous toutes comme mais donc
aussi très moins si merci aidez renseignements signalement vue vu disparu disparue fermé fermée fermées
route chemin homme femme personnes agents policiers bonne fête aujourd soir matin nuit secteur évitez
retrouvé retrouvée rouvert rouverte accusé arrêté arrêtée jour """.split()
)
_ELIDED = frozenset(("l", "d"))  # French only before an apostrophe ("l'avenue", "d'un")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ACCENTED = re.compile(r"[àâçéèêëîïôûùüÿœæ]", re.I)


def _split_elision(word: str) -> list[str]:
    """ "l'avenue" -> ["l", "avenue"]; "qu'il" -> ["qu", "il"]; "don't" stays one word."""
    head, sep, tail = word.replace("’", "'").partition("'")
    if sep and head.lower() in {"l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"}:
        return [head, tail]
    return [word]


def language_scores(text: str) -> dict[str, float]:
    """How much ``text`` looks English and French: little words of each, and accented words for French."""
    en = fr = 0.0
    for m in _WORD.finditer(text):
        parts = _split_elision(m.group())
        for w in parts:
            low = w.casefold()
            if low in _EN_WORDS:
                en += 1
            if low in _ELIDED and len(parts) == 1:
                continue  # a letter alone is no article: "L2 & L3 closed", "District D-4"
            if low in _FR_WORDS:
                fr += 1
            elif _ACCENTED.search(w):
                fr += 0.5
    return {"en": en, "fr": fr}


def detect_language(text: str) -> str:
    """``"en"``, ``"fr"``, or ``"und"`` when the text is too short or too mixed to tell."""
    scores = language_scores(text)
    return _decide(scores["en"], scores["fr"])


def _decide(en: float, fr: float) -> str:
    if en + fr < 2:
        return UNDETERMINED
    if fr >= 2 * en and fr >= 2:
        return "fr"
    if en >= 2 * fr and en >= 2:
        return "en"
    return UNDETERMINED


def language_of_words(words: Iterable[str]) -> str:
    """The language of words already split out and lower-cased, as :func:`detect_language` tells it of a text,
    from the little words alone: the words may have lost their accents ("été" -> "ete"), as the checker's
    folded tokens have. For the checker's metrics, which have the words and not the time to split them again."""
    words = list(words)
    english, french = _EN_WORDS, _FR_FOLDED
    en = sum(map(english.__contains__, words))
    fr = sum(w in french and w not in _ELIDED for w in words)  # a letter alone is no article
    joined = " ".join(words)
    if "'" in joined or "’" in joined:  # only an apostrophe can hide an elision ("l'avenue"): read its parts
        for word in words:
            if "'" in word or "’" in word:
                en += sum(w in english for w in _split_elision(word)) - (word in english)
                fr += sum(w in french for w in _split_elision(word)) - (word in french)
    return _decide(en, fr)


def _fold(text: str) -> str:
    """Casefolded, without accents: "Élisabeth" -> "elisabeth"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


# the French little words without accents, as the checker's folded tokens have them ("été" -> "ete"); not "a",
# which is "à" folded and also English
_FR_FOLDED = frozenset(_fold(w) for w in _FR_WORDS) - {"a"}
