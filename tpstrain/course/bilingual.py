"""Grade a French version of an English post (lesson 13): it reads as French, it carries the same facts, and it
passes the course policy (the French lexicon included).

    from tpstrain.course.bilingual import grade_pair, pair_feedback

    pair_feedback(french_2, english=ENGLISH_2)        # the trainee's check, in the answer cell
    grade_pair(french_2, english=ENGLISH_2)           # the test cell

Like the other graders, :func:`grade_pair` returns None when the answer is right and otherwise fails with what
to fix: it raises :class:`~tpstrain.course.AnswerError` when grading, and prints in a trainee's notebook.
The facts are compared by :func:`tpstrain.languages.check_pair` (numbers, phone numbers, times, dates, streets,
links); the language is told by :func:`tpstrain.languages.detect_language`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from typing import Any

from ..languages import _WORD, detect_language
from ..pairs import check_pair
from ..rules import LEVEL_RANK
from . import AnswerError, Feedback, Problem

__all__ = ["grade_pair", "pair_feedback", "pair_problems"]

_MARKER = re.compile(r"^\s*#+\s*(?:BEGIN|END) SOLUTION\s*$")
_PLACEHOLDER = re.compile(
    r"^(?:write|type|put|enter|écrivez)\s+(?:your|the|votre)\b.{0,60}\b(?:here|ici)\b\W*$", re.I | re.S
)
_KIND = {
    "number": "number",
    "phone": "phone number",
    "time": "time",
    "date": "date",
    "weekday": "day",
    "street": "street",
    "url": "link",
    "email": "e-mail address",
    "hashtag": "hashtag",
}
_ADD = {
    "time": "Give the same time, the French way: 7:30 p.m. is 19 h 30.",
    "date": "Give the same date, the French way: Nov 24 is le 24 novembre.",
    "weekday": "Give the same day: Tuesday is mardi.",
    "street": "Name the same street, the French way: Finch Ave W is l'avenue Finch Ouest.",
    "phone": "Copy the number exactly: a wrong digit sends a call to the wrong place.",
}
# the little words that join French words into sentences
_LITTLE = frozenset(
    """le la les l de des du d et est sont a ont été un une au aux pour sur avec dans par qui que qu
il elle ils elles on son sa ses leur leurs nous notre vous votre ne n pas ou près vers après à ce cette ces c était
sera si entre jusqu y en se s""".split()
)
# English readability formulas (syllables per word) say nothing about French text, and French tells time on the
# 24-hour clock ("19 h 30"): the a.m. and p.m. the English rule asks for are not French
_NOT_FOR_FRENCH = {"clarity.readability", "clarity.24-hour-time"}
# French takes about a quarter more words than English to say the same thing ("last seen" is "vue pour la
# dernière fois"): the course's "under 20 words" for an English sentence is "under 25" for its French version.
_FRENCH_WORDS = 1.25
_SENTENCE_LENGTH = "clarity.sentence-length"


def _sentence_words(sentence: str) -> int:
    """Words in a sentence, counted as the sentence-length rule counts them (numbers are not words)."""
    from .. import check  # the public front door: the course uses no internal module

    return check(sentence).metrics.longest_sentence


def _french_limit(policy: Any) -> int | None:
    """The most words a French sentence may have: the policy's limit for English, scaled for French."""
    try:
        max_words = policy.rule(_SENTENCE_LENGTH).check.max_words
    except (LookupError, AttributeError):
        return None
    return round((max_words + 1) * _FRENCH_WORDS) - 1


def _french_finding(f: Any, policy: Any) -> Problem | None:
    """A long-sentence finding judged for French: None when the sentence is within the French limit."""
    limit = _french_limit(policy)
    if limit is None:
        return None
    n = _sentence_words(f.text)
    if n <= limit:
        return None
    return Problem(
        f"This sentence has {n} words. In French, keep sentences under {limit + 1} words: split it in two.",
        rule=f.rule,
        quote=f.text,
        fix=f.fix,
        level=f.level,
    )


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Any:
    from ..policy import load_policy

    return load_policy(name)


def _policy(policy: Any) -> Any:
    """The course policy by default (the one every grader uses), a policy name or path, or a policy."""
    if policy is None or isinstance(policy, str):
        return _load(policy or "course")
    return policy


def _text(answer: Any) -> str:
    note = getattr(answer, "note", None)
    if isinstance(answer, str) and note:  # an answer cell that holds more than the answer
        raise AnswerError(note)
    if answer is None:
        raise AnswerError(
            "There is no French version yet. Write it between the triple quotes, then run the cell."
        )
    if not isinstance(answer, str):
        raise AnswerError(
            f"Your French version must be text between triple quotes, not {type(answer).__name__}."
        )
    text = "\n".join(line for line in answer.splitlines() if not _MARKER.match(line)).strip()
    if not text:
        raise AnswerError(
            "Your French version is empty. Write it between the triple quotes, then run the cell."
        )
    if _PLACEHOLDER.match(text):
        raise AnswerError(
            'You have not written your French version yet: replace "Write your answer here." with it, '
            "then run the cell."
        )
    return text


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _prose_problems(text: str) -> list[Problem]:
    """A post in French: enough words, and the little words that join them (le, la, de, et, à ...)."""
    words = [w for m in _WORD.finditer(text) for w in re.split(r"['’]", m.group()) if w]
    little = sum(w.casefold() in _LITTLE for w in words)
    if len(words) < 8:
        return [
            Problem(
                f"This is too short to be the French version: {len(words)} words.",
                fix="Write the whole post in French, sentence by sentence.",
            )
        ]
    if little < 4 or little / len(words) < 0.2:
        return [
            Problem(
                "This is a list of words, not a post in French: a reader needs sentences.",
                fix="Write sentences, with the little words that join them (le, la, de, et, à, est).",
            )
        ]
    return []


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _missing_words(text: str, keep: Any) -> list[Problem]:
    """Words the French version must hold (``keep``: a list, or a mapping of label -> word or words; ``|``
    joins alternatives), found in any case and with or without accents."""
    if not keep:
        return []
    pairs = []
    for label, val in keep.items() if isinstance(keep, dict) else [("", k) for k in keep]:
        pairs += [(label, v) for v in ([val] if isinstance(val, str) else val)]
    folded = _fold(text)
    out = []
    for label, fact in pairs:
        alts = [a.strip() for a in fact.split("|") if a.strip()]
        if not any(re.search(rf"(?<!\w){re.escape(_fold(a))}(?!\w)", folded) for a in alts):
            name = f" ({label})" if label else ""
            shown = " or ".join(f'"{a}"' for a in alts)
            out.append(
                Problem(
                    f"Missing from your French version{name}: {shown}.",
                    fix="Both versions say the same things: add it.",
                )
            )
    return out


def pair_problems(
    french: Any,
    english: str,
    *,
    keep: Any = None,
    original: str | None = None,
    platform: str = "x",
    policy: Any = None,
    level: str = "warning",
) -> tuple[list[Problem], Any]:
    """Everything that keeps ``french`` from full points as the French version of ``english``, and the policy's
    review of it. ``keep`` lists words the French must hold beyond the facts compared (a name, a description)."""
    from ..api import check

    text = _text(french)
    if original is not None and _norm(text) == _norm(original):
        return [Problem("This is still the draft. Correct it so it carries the English post's facts.")], None
    language = detect_language(text)
    if language != "fr":
        said = {"en": "reads as English", "und": "does not clearly read as French"}[language]
        return [
            Problem(
                f"Your answer {said}. Write the French version.",
                fix="Write the whole post in French: the same facts, in French sentences.",
            )
        ], None
    problems = _prose_problems(text) + _missing_words(text, keep)
    for f in check_pair(english, text).findings:
        if f.kind == "language" or LEVEL_RANK.get(f.level, 0) < LEVEL_RANK["warning"]:
            continue
        kind = _KIND.get(f.kind, f.kind)
        if f.side == "en":
            problems.append(
                Problem(
                    f"The {kind} '{f.text}' of the English post is missing from your French version.",
                    fix=_ADD.get(f.kind, "Both versions carry the same facts: add it."),
                )
            )
        else:
            problems.append(
                Problem(
                    f"The {kind} '{f.text}' is not in the English post.",
                    quote=f.text,
                    fix="Check it against the English post: the facts must be the same.",
                )
            )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        review = check(text, platform=platform, policy=_policy(policy))
    floor = LEVEL_RANK[level]
    for f in review.findings:
        if LEVEL_RANK[f.level] < floor or f.rule in _NOT_FOR_FRENCH:
            continue
        if f.rule == _SENTENCE_LENGTH and f.field == "text":
            long = _french_finding(f, _policy(policy))
            if long is not None:
                problems.append(long)
            continue
        fix = (f"Try: {' / '.join(f.suggestions)}. " if f.suggestions else "") + f.fix
        problems.append(
            Problem(
                f.message,
                rule=f.rule,
                quote=f.text if f.field == "text" else "",
                fix=fix.strip(),
                level=f.level,
            )
        )
    return problems, review


def _collect(french: Any, english: str, **kwargs: Any) -> tuple[list[Problem], Any]:
    try:
        return pair_problems(french, english, **kwargs)
    except AnswerError as e:
        return e.problems, None


def _fail(problems: list[Problem]) -> None:
    try:
        # the course's own way to fail: raise when grading, print in a trainee's notebook
        from .results import _fail as fail
    except ImportError:  # pragma: no cover - the course keeps it; raising is always a safe failure
        raise AnswerError(problems) from None
    fail(problems)


def grade_pair(
    french: Any,
    english: str,
    *,
    keep: Any = None,
    original: str | None = None,
    platform: str = "x",
    policy: Any = None,
    level: str = "warning",
) -> None:
    """Pass when ``french`` reads as a post in French, carries every fact of ``english`` (and none it lacks) and
    every word of ``keep``, is not the ``original`` draft unchanged, and raises nothing at ``level`` under the
    course policy."""
    problems, _ = _collect(
        french, english, keep=keep, original=original, platform=platform, policy=policy, level=level
    )
    if problems:  # the message says what to fix: read it below
        _fail(problems)


def pair_feedback(
    french: Any,
    english: str,
    *,
    keep: Any = None,
    original: str | None = None,
    platform: str = "x",
    policy: Any = None,
) -> Feedback:
    """Check a French version before you submit it: the same checks as :func:`grade_pair`."""
    problems, review = _collect(
        french, english, keep=keep, original=original, platform=platform, policy=policy
    )
    if problems:
        n = len(problems)
        return Feedback(
            passed=False,
            problems=problems,
            review=review,
            title=f"Not yet: {n} thing{'s' if n != 1 else ''} to fix.",
        )
    return Feedback(
        passed=True,
        review=review,
        notes=["The grader may run more checks than these when you submit."],
        title="Looks ready: this answer passes the checks here.",
    )
