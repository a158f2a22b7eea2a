"""Key facts that several questions ask for, defined once: ``"<kindness>"`` in a key fact stands for every way
the lessons accept to say it.

A question names a shared fact in angle brackets, alone or beside its own alternatives
(``keep={"kindness": "<kindness>"}``, ``"<arrest>|charged"``): two questions that ask for kindness then accept
exactly the same wordings, and a wording added here reaches both. Each fact is data: words (matched like key
facts: any case, plurals, any dash), patterns (regular expressions, for wordings that vary: "That sounds
awful", "What a rotten thing to happen"), and a few examples that messages show ("Missing key fact (kindness):
"sorry" or "that sounds awful" or ...").

=========  ========================================================================================
fact       what it accepts (lesson)
=========  ========================================================================================
kindness   sympathy or thanks: sorry, we understand, that sounds awful, what a rotten thing (09, 12);
           not "sorry you feel that way", "no thanks to you", "you need to understand"
arrest     an arrest, told any common way: was arrested, arrested a driver, Driver arrested on ..., made
           an arrest, a headline "Arrest on ...", after an arrest, took him into custody, is in custody, under
           arrest (03); not "was not arrested", "no arrest", or people arrested in general ("even people
           arrested for ...")
=========  ========================================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SHARED_FACTS", "SharedFact", "shared_fact", "shared_name"]


@dataclass(frozen=True)
class SharedFact:
    name: str
    shown: tuple[str, ...]  # examples a message shows when the fact is missing
    words: tuple[str, ...] = ()  # matched like key facts
    patterns: tuple[str, ...] = ()  # regular expressions (case-insensitive)


# what makes a thing awful to live through: "That sounds awful", "What a rotten thing", "It must be so stressful"
_HARD = (
    r"(?:awful|terrible|horrible|horrid|rotten|dreadful|upsetting|stressful|frustrating|maddening|infuriating|"
    r"annoying|scary|frightening|distressing|unsettling|hard|difficult|tough|rough|lousy|crummy|miserable|sad|"
    r"unfair|nasty|violating|disheartening|discouraging|heartbreaking|devastating|worrying|alarming|shocking|"
    r"(?:the\s+)?worst|not\s+(?:ok|okay|fair|right)|(?:an?\s+)?(?:nightmare|ordeal|shame|pain|hassle|violation))"
)
_SO = r"(?:\s+(?:so|really|very|truly|just|absolutely|incredibly|genuinely|pretty|such|like|an?))*"
# no negation just before: "not sorry", "wasn't arrested", "no arrest"
_NOT = r"(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)(?<!\bno\s)(?<!\bwithout\s)"

SHARED_FACTS: dict[str, SharedFact] = {
    f.name: f
    for f in (
        SharedFact(
            "kindness",
            shown=(
                "sorry",
                "we understand",
                "that sounds awful",
                "what a rotten thing to happen",
                "thank you",
            ),
            words=(
                "we hear you",
                "frustrating",
                "frustrated",
                "frustration",
                "stressful",
                "upsetting",
                "upset",
            ),
            patterns=(
                # "sorry", "so sorry to hear" (not "sorry you feel that way", "not sorry")
                _NOT
                + r"\bsorry\b(?!\s+(?:if\s+)?(?:you|u)\s+(?:feel|think|see|believe)\b)(?!,?\s+not\s+sorry)",
                r"\bapolog(?:y|ies|i[sz]e[sd]?|i[sz]ing)\b",
                # "we understand", "understandably upset" (not "you need to understand")
                r"(?<!\bto\s)\bunderstand(?:s|able|ably)?\b",
                # thanks (not "no thanks to you", "thanks for nothing")
                _NOT + r"\bthank(?:s|\s+you)\b(?!\s+for\s+nothing)",
                # "That sounds awful", "this is so stressful", "it must have been frightening"
                r"\b(?:that|this)(?:['’]s|\s+is|\s+was|\s+must\s+be|\s+must\s+have\s+been|\s+sounds|\s+sounded|"
                r"\s+seems|\s+feels|\s+would\s+be)" + _SO + r"\s+" + _HARD + r"(?!\w)",
                r"\bit\s+(?:must\s+(?:be|have\s+been)|sounds|sounded)" + _SO + r"\s+" + _HARD + r"(?!\w)",
                # "What a rotten thing to happen", "how awful", "such a hassle"
                r"\b(?:how|what\s+an?|such\s+an?)\s+(?:(?:really|truly|incredibly)\s+)?" + _HARD + r"(?!\w)",
                r"\boh\s+no\b",
                # a kind wish: "We hope you get your laptop back", "glad you're safe"
                r"\bhope\s+(?:you(?:['’]re|\s+are)\s+(?:ok|okay|alright|all\s+right|safe|well)|"
                r"you\s+(?:get|got)\b[^.!?]{0,30}\bback)\b",
                r"\bglad\s+(?:you(?:['’]re|\s+are|\s+were)|no\s+one|nobody|everyone)\b",
            ),
        ),
        SharedFact(
            "arrest",
            shown=(
                "was arrested",
                "arrested a driver",
                "made an arrest",
                "took him into custody",
                "under arrest",
            ),
            patterns=(
                # an arrest that happened, not people arrested in general ("We respect everyone, even people
                # arrested for ..."): "was arrested", "arrested a driver", "Driver arrested on the DVP" (a
                # headline), "made an arrest", "under arrest"; never after a denial ("was not arrested")
                r"(?<!\bno one )(?<!\bnobody )(?<!\bno-one )\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|"
                r"being|got|gets|get)\s+(?:\w+ly\s+)?arrested\b",
                _NOT + r"\barrested\s+(?:a|an|the|one|two|three|\d+|him|her|them|this|that|our|his|their)\b",
                r"(?:^|[.!?:]\s+|\n)\W*(?:(?:an?|one|two|three|\d+)\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}"
                r"(?:driver|motorist|man|woman|men|women|person|teen|youth|suspect|cyclist|rider|boy|girl|"
                r"[^\W\d_]+(?:er|or|ist))s?\s+arrested\b",
                _NOT + r"\b(?:made|make|makes|making)\s+(?:an|one|two|three|\d+)\s+arrests?\b",
                _NOT + r"\ban?\s+arrest\s+(?:was|has\s+been|had\s+been|is)\s+made\b",
                r"\bunder\s+arrest\b",
                # a headline that opens with the arrest: "Arrest on the Don Valley Parkway: ...", "Arrest made"
                r"(?:^|[.!?]\s+|\n)\W*(?:an?\s+|one\s+)?arrests?\s+(?:on|at|in|after|near|made|for)\b",
                r"\b(?:after|following|with)\s+(?:an|the|his|her|their)\s+arrest\b",  # "charged after an arrest on"
                # custody: "took a driver into custody", "is in custody"
                _NOT + r"\b(?:took|taken|take|takes|taking|placed|put|brought)\s+(?:[\w'’-]+\s+){0,3}?into\s+"
                r"(?:police\s+)?custody\b",
                r"\b(?:is|was|are|were|remains|remained|now)\s+(?:now\s+)?in\s+(?:police\s+)?custody\b",
                _NOT + r"\bapprehended\b",
            ),
        ),
    )
}

_NAME = re.compile(r"<\s*([a-z][a-z ]*?)\s*>", re.I)


def shared_name(alt: str) -> str | None:
    """The shared fact an alternative names ("<kindness>" -> "kindness"), or None."""
    m = _NAME.fullmatch(alt.strip())
    return m.group(1).lower() if m else None


def shared_fact(name: str) -> SharedFact:
    try:
        return SHARED_FACTS[name]
    except KeyError:
        raise KeyError(f"no shared key fact {name!r}; they are: {', '.join(SHARED_FACTS)}") from None
