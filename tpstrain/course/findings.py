""" "Find the problems": the trainee names the categories of problem a post has.

The key comes from the lessons, not from the checker: ``expect`` lists the categories an answer must name,
``allow`` the ones it may also name because a lesson supports them (04 teaches that "Dufferin/Eglinton" is
hard for screen readers, even though no rule fires on it). The checker informs: its findings explain a miss.
Visible checks hold the same key sealed (``key=``, see :mod:`~tpstrain.course.keys`), so they judge alike.
Without a key, the checker's own categories are the key (``expect=[]``: only check the picks are real).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..review import Review
from ..rules import CATEGORIES, LEVEL_RANK
from .facts import as_text
from .keys import Key
from .results import Problem, _fail, collect
from .standards import resolve_policy, review

__all__ = ["findings_problems", "grade_findings", "listify"]

_SPLIT = re.compile(r"[,;/\n]+|\s+and\s+|\s+&\s+|\s{2,}")


def _choices(answer: Any) -> list[str]:
    """The items of an answer, without explanations in brackets: "clarity (MVC, 0300 hrs), privacy"."""
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", as_text(answer, "list of problems"))
    items = []
    for raw in _SPLIT.split(text):
        item = raw.strip().strip("'\"-*•.:").strip().lower()
        if item:
            items.append(item)
    return items


_NEGATED = re.compile(r"\b(?:not|no|isn't|is not|aren't|without|never|nothing about)\s+(?:\w+\s+)?$")


def _mentioned(item: str, names: set[str]) -> list[str]:
    """Category or rule names an item mentions as words, unless negated ("not privacy")."""
    out = []
    for m in re.finditer(r"[a-z][a-z0-9.-]*[a-z0-9]", item):
        word = m.group()
        if word in names and not _NEGATED.search(item[: m.start()]):
            out.append(word)
    return out


def listify(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip().lower() for v in _SPLIT.split(value) if v.strip()]
    return [str(v).strip().lower() for v in value]


@dataclass
class _Judge:
    """Which categories are right for this post: from a plain key, a sealed key, or the checker."""

    live: set[str]  # the categories the checker raises
    expect: set[str] | None = None
    allow: set[str] | None = None
    key: Key | None = None

    def accepts(self, cat: str) -> bool:
        if self.key is not None:
            return self.key.has("required", cat) or self.key.has("allowed", cat)
        if self.expect is None:
            return cat in self.live
        if self.allow is None and not self.expect:  # expect=[]: the picks must be real problems
            return cat in self.live
        return cat in self.expect or cat in (self.allow or set()) or (self.allow is None and cat in self.live)

    def required(self) -> set[str] | None:
        """The categories an answer must name; None with a sealed key (only their number is known)."""
        if self.key is not None:
            return None
        return self.live if self.expect is None else self.expect

    def required_count(self) -> int:
        return self.key.count("required") if self.key is not None else len(self.required() or ())

    def named_required(self, picked: set[str]) -> int:
        if self.key is not None:
            return sum(self.key.has("required", c) for c in picked)
        return len(picked & (self.required() or set()))


def _read_picks(items: list[str], rule_cat: dict[str, str]) -> tuple[dict[str, str], list[Problem]]:
    """category -> what the trainee wrote; and a problem for each short item that names no category."""
    picked: dict[str, str] = {}
    problems = []
    names = set(CATEGORIES) | set(rule_cat)
    for item in items:
        dashed, joined = item.replace(" ", "-"), item.replace(" ", "")
        exact = dashed if dashed in rule_cat else joined
        found = [exact] if exact in names else _mentioned(item, names)
        for name in found:
            picked.setdefault(name if name in CATEGORIES else rule_cat[name], item)
        if not found and len(item.split()) <= 2 and not any(n in item for n in names):
            problems.append(
                Problem(
                    f'"{item}" is not a category of the policy.',
                    fix="Use the categories: " + ", ".join(CATEGORIES) + ".",
                )
            )
    return picked, problems


def findings_problems(
    chosen: Any,
    post: Any,
    *,
    platform: str | None = "x",
    policy: Any = None,
    expect: Any = None,
    allow: Any = None,
    key: str | None = None,
    level: str = "warning",
    reveal: bool = False,
) -> tuple[list[Problem], list[str], Review]:
    """(problems, notes, the checker's review of the post). ``reveal`` names a missed category (after grading)."""
    rev = review(post, platform, policy)
    rule_cat = {r.id: r.category for r in resolve_policy(policy).rules}
    items = _choices(chosen)
    judge = _Judge(
        set(rev.categories(level)),
        None if expect is None else set(listify(expect)),
        None if allow is None else set(listify(allow)),
        Key(key) if key else None,
    )
    picked, problems = _read_picks(items, rule_cat)
    for cat, item in picked.items():
        if not judge.accepts(cat):
            problems.append(
                Problem(
                    f"'{item}': this post has no {cat} problem that the lessons teach.",
                    fix="Read the post again and name only problems it has.",
                )
            )
    found, wanted = judge.named_required(set(picked)), judge.required_count()
    if found < wanted:
        required = judge.required()
        if reveal and required is not None:
            problems += _missed(sorted(required - set(picked)), rev, level)
        else:
            problems.append(
                Problem(
                    f"You have named {found} of the {wanted} kinds of problem this post has: "
                    f"{wanted - found} more to find.",
                    fix="Read the post again, word by word, against each category.",
                )
            )
    if not items:
        problems.append(Problem("Name at least one problem."))
    return problems, [], rev


def _missed(cats: list[str], rev: Review, level: str) -> list[Problem]:
    out = []
    for cat in cats:
        fs = [f for f in rev.findings if f.category == cat and LEVEL_RANK[f.level] >= LEVEL_RANK[level]]
        if fs:
            f = fs[0]
            out.append(
                Problem(
                    f"You missed a {cat} problem: {f.message}",
                    rule=f.rule,
                    quote=f.text if f.field == "text" else "",
                    fix=f.fix,
                    level=f.level,
                    where="" if f.field == "text" else f.field,
                )
            )
        else:
            out.append(Problem(f"You missed a {cat} problem.", fix=f"Read the lesson on {cat} again."))
    return out


def grade_findings(
    chosen: Any,
    post: Any,
    *,
    platform: str | None = "x",
    policy: Any = None,
    expect: Any = None,
    allow: Any = None,
    key: str | None = None,
    level: str = "warning",
) -> None:
    """ "Find the problems": ``chosen`` names categories (or rule ids) the post breaks, as text.

    With a key from the lessons, every choice must be in ``expect`` (the categories to name) or ``allow``
    (others a lesson supports), and the answer must name every category in ``expect``; ``key`` is the same
    key, sealed (the visible check). Without one, the checker's categories at ``level`` are the key, and
    ``expect=[]`` only checks that the choices are real problems.
    """
    problems = collect(
        findings_problems,
        chosen,
        post,
        platform=platform,
        policy=policy,
        expect=expect,
        allow=allow,
        key=key,
        level=level,
        reveal=True,
    )
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
