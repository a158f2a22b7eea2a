"""Reading and writing policies in the lessons: rule cards and tables, a policy built from YAML text, and
the YAML the guided policy form (lesson 10) writes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import PolicyError
from ..rules import CATEGORIES, CORE_VALUES, LEVELS
from .examples import policy_of
from .shown import Shown

if TYPE_CHECKING:
    from ..policy import Policy


@dataclass
class _Markdown(Shown):
    markdown: str

    def text(self) -> str:
        return self.markdown

    def _ipython_display_(self) -> None:
        from IPython.display import Markdown, display

        display(Markdown(self.markdown))


def rule_card(rule_id: str, policy: Any = None) -> _Markdown:
    """One rule explained: what it checks, why, its source, how to fix it, and its bad and good examples
    (what ``tpstrain rules ID`` prints in a terminal)."""
    from ..render.markdown import rule_markdown

    return _Markdown(rule_markdown(policy_of(policy).rule(rule_id)))


def rules_table(policy: Any = None, category: str | None = None) -> _Markdown:
    """Every rule of a policy as a table: id, level and title (what ``tpstrain rules`` prints)."""
    pol = policy_of(policy)
    rows = ["| rule | level | what it checks |", "|---|---|---|"]
    rows += [
        f"| `{r.id}` | {r.level if r.enabled else 'off'} | {r.title} |"
        for r in pol.rules
        if category is None or r.category == category
    ]
    return _Markdown("\n".join(rows))


_BUILT: dict[tuple[str, str], Policy] = {}  # (text, source) -> policy: a form re-checks without rebuilding


def policy_from_text(text: str, source: str = "your policy") -> Policy:
    """Build a policy from YAML text (what a policy file holds); a mistake raises one clear PolicyError line.

    Policies built here are kept (the last 16), so the same text is built once.
    """
    if (text, source) in _BUILT:
        return _BUILT[(text, source)]
    pol = _build_text(text, source)
    if len(_BUILT) >= 16:
        _BUILT.pop(next(iter(_BUILT)))
    _BUILT[(text, source)] = pol
    return pol


def _build_text(text: str, source: str) -> Policy:
    import yaml

    from ..policy import build_policy
    from ..policy_yaml import load_yaml_text, yaml_error

    try:
        data = load_yaml_text(text, source)
    except yaml.YAMLError as e:
        raise yaml_error(e, source) from None
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy is a set of 'field: value' lines; start with 'extends: model'")
    return build_policy(data, source)


def _lines(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.replace(",", "\n").splitlines() if isinstance(value, str) else list(value)
    return [" ".join(str(x).split()) for x in items if str(x).strip()]


def _swaps(value: str | Iterable[str] | None) -> list[dict[str, Any]]:
    """'cruiser = police car' lines (also 'cruiser -> police car'; '/' between spellings) as terms."""
    out = []
    for line in value.splitlines() if isinstance(value, str) else list(value or []):
        parts = re.split(r"\s*(?:=|->|→)\s*", str(line).strip(), maxsplit=1)
        words = [w.strip() for w in parts[0].split("/") if w.strip()]
        if not words:
            continue
        term: dict[str, Any] = {"match": words}
        plain = [p.strip() for p in (parts[1] if len(parts) > 1 else "").split("/") if p.strip()]
        if plain:
            term["suggest"] = plain
        out.append(term)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "my-rule"


def policy_yaml(
    *,
    name: str = "",
    official_phones: str | Iterable[str] = "",
    acronyms: str | Iterable[str] = "",
    jargon: str | Iterable[str] = "",
    stricter: str = "",
    stricter_level: str = "error",
    rule_title: str = "",
    rule_category: str = "clarity",
    rule_level: str = "warning",
    rule_values: Iterable[str] = (),
    rule_words: str | Iterable[str] = "",
    rule_suggest: str = "",
    case_sensitive: bool = False,
    rule_rationale: str = "",
    rule_source: str = "",
    rule_fix: str = "",
    rule_bad: str = "",
    rule_good: str = "",
) -> str:
    """The YAML of a policy filled in on the guided form (lesson 10): every field of the form is plain text.

    - ``official_phones``, ``acronyms``: one per line (or separated by commas);
    - ``jargon``: lines of ``word = plain word`` (add terms to ``clarity.jargon``);
    - ``stricter``: a rule id whose level becomes ``stricter_level``;
    - ``rule_*``: a new rule (made when it has a title and words): its id is ``<category>.<title as a slug>``.
    """
    import yaml

    data: dict[str, Any] = {"extends": "model"}
    if name.strip():
        data["name"] = " ".join(name.split())
    settings: dict[str, Any] = {}
    if _lines(official_phones):
        settings["official_phones"] = _lines(official_phones)
    if _lines(acronyms):
        settings["acronyms"] = _lines(acronyms)
    if settings:
        data["settings"] = settings
    rules: dict[str, Any] = {}
    if stricter.strip():
        rules[stricter.strip()] = {"level": stricter_level}
    terms = _swaps(jargon)
    if terms:
        rules.setdefault("clarity.jargon", {})["add_terms"] = terms
    if rules:
        data["rules"] = rules
    words = _lines(rule_words)
    if rule_title.strip() and words:
        term: dict[str, Any] = {"match": words}
        if rule_suggest.strip():
            term["suggest"] = [s.strip() for s in rule_suggest.split("/") if s.strip()]
        if case_sensitive:
            term["case"] = "sensitive"
        title = " ".join(rule_title.split())
        rule: dict[str, Any] = {
            "id": f"{rule_category}.{_slug(title)}",
            "title": title,
            "category": rule_category,
            "level": rule_level,
            "values": list(rule_values) or ["Reliability"],
            "rationale": " ".join(rule_rationale.split()) or "(why the rule matters, in plain words)",
            "source": " ".join(rule_source.split()) or "(the law, guide or decision it comes from)",
            "message": "Write {suggestion}, not '{match}'." if term.get("suggest") else "Avoid '{match}'.",
            "fix": " ".join(rule_fix.split()) or "(how to fix it, in words)",
            "check": {"kind": "terms", "terms": [term]},
            "examples": {
                "bad": [" ".join(rule_bad.split()) or "(a post the rule must catch)"],
                "good": [" ".join(rule_good.split()) or "(a post the rule must let through)"],
            },
        }
        data["add"] = [rule]
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


FORM_CHOICES = {"categories": CATEGORIES, "levels": LEVELS, "values": CORE_VALUES}
