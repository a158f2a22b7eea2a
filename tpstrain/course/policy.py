"""Customize a policy (lesson 10): the trainee's YAML builds, keeps the example contract for new rules,
catches the posts it must catch and lets the others through."""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

from ..errors import PolicyError
from ..rules import LEVEL_RANK
from .facts import as_text
from .results import Problem, _fail, collect, short
from .standards import finding_problems

__all__ = ["grade_policy", "policy_problems"]


def _fix_for(error: str) -> str:
    """How to fix a policy that does not build: a hint for the fields trainees most often guess."""
    if "unknown field" in error and "case" in error.lower():
        return "A term is made case-sensitive with the field 'case: sensitive' (see the example at the top)."
    if "unknown field" in error:
        return "That field does not exist there: check its spelling and indentation against the example."
    return "Fix the field it names."


def _post_spec(item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    return dict(item)


_built: dict[str, Any] = {}  # policy text -> built policy (never changed once built)


def _read(text: str) -> tuple[Any, list[Problem]]:
    """The parsed YAML of a trainee's policy, or the problem with it."""
    import yaml

    from ..policy_yaml import load_yaml_text, yaml_place

    try:
        data = load_yaml_text(text, "your policy")  # the library's guards: no alias floods, no deep nesting
    except PolicyError as e:
        return None, [Problem(str(e), fix="Write the policy out plainly, without YAML aliases.")]
    except yaml.YAMLError as e:
        at, problem = yaml_place(e)
        where = f" on line {at[0]}" if at else ""
        return None, [
            Problem(
                f"This is not valid YAML{where}: {problem}.",
                fix="Check the indentation (spaces, not tabs) and the colons.",
            )
        ]
    if not isinstance(data, dict):
        return None, [
            Problem(
                "A policy file is a set of 'field: value' lines.",
                fix="Start it with the line 'extends: model'.",
            )
        ]
    return data, []


def _build(text: str, data: dict[str, Any]) -> tuple[Any, list[Problem]]:
    """The policy built from ``data`` (once per answer text), or the problem with it."""
    from ..policy import build_policy

    try:
        pol = _built.get(text)
        if pol is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pol = build_policy(data, "your policy")
            if len(_built) >= 16:
                _built.pop(next(iter(_built)))
            _built[text] = pol  # feedback, visible and hidden tests of one answer build it once
    except PolicyError as e:
        return None, [Problem(str(e), fix=_fix_for(str(e)))]
    except Exception as e:  # pragma: no cover - a library bug, still shown to the trainee
        return None, [Problem(f"The policy cannot be built: {e}")]
    return pol, []


def _example_problems(pol: Any) -> list[Problem]:
    """New rules keep the policy contract: bad examples raise the rule, good ones raise nothing."""
    from .. import shared_policy
    from ..api import check

    model_ids = {r.id for r in shared_policy().rules}
    problems = []
    for rule in pol.rules:
        if rule.id in model_ids or not rule.enabled:
            continue
        for ex in rule.examples.bad:
            r = check({"text": ex.text, "platform": ex.platform, **ex.post}, policy=pol)
            if rule.id not in r.rules():
                problems.append(
                    Problem(
                        f'The bad example "{short(ex.text)}" does not raise your rule.',
                        rule=rule.id,
                        fix="Change the rule's terms or pattern so it matches.",
                    )
                )
        for ex in rule.examples.good:
            r = check({"text": ex.text, "platform": ex.platform, **ex.post}, policy=pol)
            if rule.id in r.rules("warning"):
                problems.append(
                    Problem(
                        f'The good example "{short(ex.text)}" raises your rule.',
                        rule=rule.id,
                        fix="Make the rule narrower, or change the example.",
                    )
                )
    return problems


def _catch_problems(pol: Any, must_catch: Iterable[Any], platform: str) -> list[Problem]:
    from ..api import check

    problems = []
    for item in must_catch:
        spec = _post_spec(item)
        # a named rule with a named level must raise exactly that level (the level the question asks for);
        # otherwise the level is the least a finding must have
        exact = "rule" in spec and "level" in spec
        want_rule, want_level = spec.pop("rule", None), spec.pop("level", "warning")
        spec.setdefault("platform", platform)
        r = check(spec, policy=pol)
        hits = [
            f
            for f in r.findings
            if (f.level == want_level if exact else LEVEL_RANK[f.level] >= LEVEL_RANK[want_level])
            and (want_rule is None or f.rule == want_rule)
        ]
        if not hits:
            what = f"rule {want_rule}" if want_rule else "any rule"
            got = "; ".join(f"{f.rule} ({f.level})" for f in r.findings) or "nothing"
            problems.append(
                Problem(
                    f'Your policy should catch "{short(spec["text"], 80)}" with {what} at '
                    f"{want_level} level{'' if exact else ' or above'}, but it raises {got}.",
                    rule=want_rule or "",
                    fix="Change the policy so this post is caught.",
                )
            )
    return problems


def _pass_problems(pol: Any, must_pass: Iterable[Any], platform: str) -> list[Problem]:
    from ..api import check

    problems = []
    for item in must_pass:
        spec = _post_spec(item)
        spec.setdefault("platform", platform)
        for p in finding_problems(check(spec, policy=pol)):
            problems.append(
                Problem(
                    f'Your policy should let "{short(spec["text"], 80)}" pass, but: {p.message}',
                    rule=p.rule,
                    quote=p.quote,
                    fix="Change the policy so this post passes.",
                )
            )
    return problems


def policy_problems(
    yaml_text: Any, must_catch: Iterable[Any], must_pass: Iterable[Any], platform: str
) -> tuple[list[Problem], Any]:
    """(problems, the built policy or None)."""
    text = as_text(yaml_text, "policy")
    data, problems = _read(text)
    if data is None:
        return problems, None
    if data.get("extends") is None:
        problems.append(
            Problem(
                "The policy does not extend the model policy.",
                fix="Start it with the line 'extends: model', then list only your changes.",
            )
        )
    pol, failed = _build(text, data)
    if pol is None:
        return problems + failed, None
    problems += _example_problems(pol) + _catch_problems(pol, must_catch, platform)
    return problems + _pass_problems(pol, must_pass, platform), pol


def grade_policy(
    yaml_text: Any, must_catch: Iterable[Any] = (), must_pass: Iterable[Any] = (), *, platform: str = "x"
) -> None:
    """A customized policy (YAML text) that builds, keeps the example contract for new rules, catches
    every post in ``must_catch`` (text, or ``{"text", "rule", "level", ...Post fields}``: with a rule, at
    exactly that level; without, at that level or above) and lets every post in ``must_pass`` through with
    nothing at warning or error level."""
    problems = collect(policy_problems, yaml_text, must_catch, must_pass, platform)
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
