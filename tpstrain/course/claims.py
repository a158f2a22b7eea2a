"""Correct a false claim (lesson 14): the truth comes first, and the claim is never repeated as fact.

A correction keeps its key facts and passes the course policy, like any post (:mod:`~tpstrain.course.rewrite`);
on top of that, each false claim (``claims=``, written like key facts: ``{"bomb": "bomb|explosive"}``) may
appear only to be denied, in the sentence that mentions it:

- a denial just before it: "There was **no** bomb", "officers did **not** find a bomb", "**never** evacuated";
- a denial just after it: "the evacuation **never** happened", "a bomb was **not** found";
- or the claim reported and called false in its sentence: "**posts** saying a bomb was found **are false**",
  "a bomb **scare** that **turned out** to be a suitcase".

"A bomb was found at Union Station" repeats the claim as fact and fails, wherever it stands. A claim mentioned
more than ``mentions`` times (once by default) fails too: every repetition spreads it (the "truth sandwich":
the truth, the claim once, the truth again).

What the confirmed facts deny (``untrue=``, written the same way: ``{"injuries": "hurt|injured|paramedics"}``)
is read the same way, as often as it comes up: "No one was hurt" is right, "Two people were checked by
paramedics" adds what did not happen. And a correction never links to a post or an account on a social
platform, save the real account among its key facts: a link spreads the false post (lesson 14: describe it,
don't link, quote or share it).

    from tpstrain.course.claims import correction_feedback, grade_correction

    correction_feedback(correction_3, keep=KEEP_3, claims=CLAIMS_3, leave_out=["speculation", "blame"])
    grade_correction(correction_3, keep=KEEP_3, claims=CLAIMS_3, leave_out=["speculation", "blame"])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from .facts import Facts, as_text, fact_pairs, fact_regex
from .prose import read_prose
from .results import AnswerError, Feedback, Problem, _fail, collect
from .rewrite import rewrite_problems

__all__ = [
    "claim_problems",
    "correction_feedback",
    "correction_problems",
    "grade_correction",
    "link_problems",
]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# a denial that governs the words right after it (within a few words)
_NEGATIONS = frozenset(
    "no not never nothing none nobody neither nor without cannot false fake untrue unfounded baseless "
    "inaccurate wrong incorrect misleading bogus phony hoax impostor imposter copycat scam scams scammer "
    "scammers pretending impersonating impersonates block ignore avoid beware unfollow mute".split()
)
# the claim reported rather than told: "posts saying a bomb ...", "rumours of an evacuation ..."
_REPORTED = frozenset(
    "post posts posted posting video videos claim claims claiming claimed rumour rumours rumor rumors "
    "rumoured rumored report reports message messages saying says said suggesting suggest suggests "
    "story stories thread threads tweet tweets talk word image images photo photos online".split()
)
# a word right after the claim that frames it as unfounded ("a bomb scare") or as something said
_FRAMED = frozenset("scare scares hoax hoaxes".split())
_SAID_AFTER = frozenset(
    "rumour rumours rumor rumors claim claims report reports post posts video story".split()
)
# the sentence calls what was reported false
_DENIAL = re.compile(
    r"\b(?:no|not|never|nothing|none|nobody|false|fake|untrue|unfounded|baseless|inaccurate|wrong|incorrect|"
    r"misleading|turned out|in fact|actually|only|just)\b|n['’]t\b",
    re.I,
)
_BEFORE, _AFTER = 4, 2
# within its own clause a denial reaches further: "nothing in it that could hurt anyone", "@X is a fake account"
_CLAUSE_BEFORE, _CLAUSE_AFTER = 8, 3
_CLAUSE_CUT = re.compile(
    r"[,;:–—]|\b(?:but|and|or|so|yet|while|although|though|whereas|when|whenever|after|before|because|since|"
    r"until|if|unless|as|where|once)\b",
    re.I,
)
_CLAUSE_CUT_KEPT = re.compile(f"({_CLAUSE_CUT.pattern})", re.I)
# a post or an account on a social platform: the false post lives there
_SOCIAL_LINK = re.compile(
    r"(?:https?://)?(?:www\.|m\.|mobile\.)?(?:x|twitter|facebook|fb|instagram|tiktok|youtube|reddit|threads|"
    r"snapchat|linkedin|whatsapp)\.(?:com|net)/(?P<path>[^\s)\]>\"”']*)|(?:https?://)?(?:t\.co|youtu\.be|"
    r"fb\.watch|bsky\.app|t\.me)/[^\s)\]>\"”']*",
    re.I,
)


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        low = w.casefold().replace("’", "'")
        out.append("not" if low.endswith("n't") else low)  # "wasn't", "didn't", "isn't": a denial
    return out


# "or" and "nor" carry a denial on to what they join: "No one was evacuated or hurt", "not hurt nor missing"
_CARRIES = frozenset(("or", "nor"))


def _clause_before(text: str) -> str:
    """The clause that ends ``text``, with the clauses it continues after "or" / "nor" (a denial before them
    governs both: "No one was evacuated or hurt")."""
    parts = _CLAUSE_CUT_KEPT.split(text)  # clause, cut, clause, cut, ..., clause
    clause = parts[-1]
    i = len(parts) - 2
    while i >= 1 and parts[i].strip().casefold() in _CARRIES:
        clause = parts[i - 1] + parts[i] + clause
        i -= 2
    return clause


def _reading(sentence: str, start: int, end: int) -> str:
    """How the sentence treats the claim at ``sentence[start:end]``: "denied" (or reported and called false),
    "reported" (passed on, not called false) or "told" (said as fact)."""
    before = _words(sentence[:start])[-_BEFORE:]
    clause = _words(_clause_before(sentence[:start]))[-_CLAUSE_BEFORE:]
    after = _words(sentence[end:])[:_AFTER] + _words(_CLAUSE_CUT.split(sentence[end:])[0])[:_CLAUSE_AFTER]
    if any(w in _NEGATIONS for w in (*before, *clause, *after)):
        return "denied"
    if after[:1] and after[0] in _FRAMED:
        return "denied"
    reported = any(w in _REPORTED for w in _words(sentence[:start])[-(_BEFORE + 2) :]) or (
        after[:1] and after[0] in _SAID_AFTER
    )
    if not reported:
        return "told"
    return "denied" if _DENIAL.search(sentence) else "reported"


def claim_problems(
    text: str, claims: Facts, *, mentions: int = 1, fine: Any = None, untrue: Facts = None
) -> list[Problem]:
    """What is wrong with how ``text`` treats each false claim: a sentence that repeats it without denying it,
    and a claim mentioned in more than ``mentions`` sentences. ``fine`` lists phrases that hold a claim's word
    but are not the claim ("bomb squad"). ``untrue`` lists what the confirmed facts deny ("No one was hurt"):
    it may come up as often as needed, only to be denied."""
    if not claims and not untrue:
        return []
    text = unicodedata.normalize("NFC", text)
    prose = read_prose(text)
    spared = [m.span() for f in _as_list(fine) for m in fact_regex(f).finditer(text)]
    spared += [m.span() for m in _SOCIAL_LINK.finditer(text)]  # a link is a problem of its own
    out: list[Problem] = []
    told: set[int] = set()  # sentences already said to repeat a claim
    counts: dict[str, set[int]] = {}
    for label, claim, m, sentence, reading in _readings(text, prose, claims, spared):
        counts.setdefault(label or claim, set()).add(sentence.start)
        if reading == "denied" or sentence.start in told:
            continue
        told.add(sentence.start)
        said = (
            f'This repeats the false claim as if it were true: "{m.group()}".'
            if reading == "told"
            else f'This passes on the false claim ("{m.group()}") without saying, in the same sentence, '
            "that it is false."
        )
        out.append(
            Problem(
                said,
                quote=sentence.text,
                fix="Lead with what is true. Mention the claim only to say it is false "
                "('There was no ...', 'Posts saying ... are false'), or leave it out.",
            )
        )
    for label, starts in counts.items():
        if len(starts) > mentions:
            n = len(starts)
            out.append(
                Problem(
                    f"The false claim ({label}) comes up in {n} sentences: every mention spreads it.",
                    fix=f"Mention it {'once' if mentions == 1 else f'at most {mentions} times'}, to say it "
                    "is false, and spend the other sentences on what is true and what to do.",
                )
            )
    for label, _, m, sentence, reading in _readings(text, prose, untrue, spared):
        if reading == "denied" or sentence.start in told:
            continue
        told.add(sentence.start)
        what = f" ({label})" if label else ""
        out.append(
            Problem(
                f'This says what the confirmed facts deny{what}: "{m.group()}".',
                quote=sentence.text,
                fix="Say only what is confirmed. Mention it only to say it did not happen ('No one was hurt'), "
                "or leave it out.",
            )
        )
    return out


def _readings(
    text: str, prose: Any, facts: Facts, spared: list[tuple[int, int]]
) -> Iterator[tuple[Any, ...]]:
    """(label, fact, match, sentence, reading) for each mention of each of ``facts`` in ``text``."""
    for label, fact in fact_pairs(facts):
        for m in fact_regex(fact).finditer(text):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in spared):
                continue
            sentence = prose.sentence_at(s)
            if sentence is not None:
                yield (
                    label,
                    fact,
                    m,
                    sentence,
                    _reading(sentence.text, s - sentence.start, e - sentence.start),
                )


def link_problems(text: str, keep: Facts = None) -> list[Problem]:
    """Links to a post or an account on a social platform, save the real accounts among the key facts
    (``"@TPS52Div"`` allows x.com/TPS52Div): a correction describes the false post, it never sends people to
    it."""
    own = {
        a.strip().lstrip("@").casefold()
        for _, fact in fact_pairs(keep)
        for a in fact.split("|")
        if a.strip().startswith("@")
    }
    out = []
    for m in _SOCIAL_LINK.finditer(unicodedata.normalize("NFC", text)):
        path = (m.group("path") or "").strip("/").split("/")
        if m.group("path") is not None and len(path) == 1 and path[0].casefold() in own:
            continue  # the real account
        out.append(
            Problem(
                f'This links to a post or an account: "{m.group()}". A link sends people to the false post and '
                "spreads it.",
                quote=m.group(),
                fix="Don't link to, quote or share the false post or the fake account: describe it instead "
                "('a video going around today', 'an account that copies ours').",
            )
        )
    return out


def _as_list(value: Any) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def correction_problems(
    answer: Any,
    keep: Facts = (),
    *,
    claims: Facts = None,
    untrue: Facts = None,
    mentions: int = 1,
    fine: Any = None,
    platform: str = "x",
    policy: Any = None,
    avoid: Facts = None,
    leave_out: Any = None,
    original: str | None = None,
    level: str = "warning",
) -> tuple[list[Problem], Any]:
    """Everything that keeps ``answer`` from full points as a correction, and the review of it."""
    problems, review = rewrite_problems(
        answer,
        keep,
        platform=platform,
        policy=policy,
        avoid=avoid,
        leave_out=leave_out,
        original=original,
        level=level,
        form="post",
        what="correction",
    )
    if review is None:  # the original, unchanged: nothing more to say
        return problems, review
    text = as_text(answer)
    found = claim_problems(text, claims, mentions=mentions, fine=fine, untrue=untrue) + link_problems(
        text, keep
    )
    return found + problems, review


def grade_correction(
    answer: Any,
    keep: Facts = (),
    *,
    claims: Facts = None,
    untrue: Facts = None,
    mentions: int = 1,
    fine: Any = None,
    platform: str = "x",
    policy: Any = None,
    avoid: Facts = None,
    leave_out: Any = None,
    original: str | None = None,
    level: str = "warning",
) -> None:
    """Pass when the answer is a post that keeps every key fact (as :func:`~tpstrain.course.grade_rewrite`),
    mentions each false claim in ``claims`` at most ``mentions`` times and only to deny it, mentions what the
    facts deny (``untrue``) only to deny it, links to no post or account but its own, leaves out the
    families in ``leave_out`` (``"speculation"``, ``"blame"`` ...) and passes the course policy."""
    problems = collect(
        correction_problems,
        answer,
        keep,
        claims=claims,
        untrue=untrue,
        mentions=mentions,
        fine=fine,
        platform=platform,
        policy=policy,
        avoid=avoid,
        leave_out=leave_out,
        original=original,
        level=level,
    )
    if problems:  # the message says what to fix: read it below
        _fail(problems)


def correction_feedback(
    answer: Any,
    keep: Facts = (),
    *,
    claims: Facts = None,
    untrue: Facts = None,
    mentions: int = 1,
    fine: Any = None,
    platform: str = "x",
    policy: Any = None,
    avoid: Facts = None,
    leave_out: Any = None,
    original: str | None = None,
) -> Feedback:
    """Check a correction before you submit it: the same checks as :func:`grade_correction` with these
    arguments. Shows the result in a notebook; ``bool(result)`` is whether it passed."""
    try:
        problems, review = correction_problems(
            answer,
            keep,
            claims=claims,
            untrue=untrue,
            mentions=mentions,
            fine=fine,
            platform=platform,
            policy=policy,
            avoid=avoid,
            leave_out=leave_out,
            original=original,
        )
    except AnswerError as e:  # an empty answer, the placeholder ...: what to fix
        problems, review = e.problems, None
    except Exception as e:  # a fault in the course or the checker: say so, never a traceback
        problems = [
            Problem(
                f"The check could not run ({type(e).__name__}). Tell your instructor; your answer is kept."
            )
        ]
        review = None
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
