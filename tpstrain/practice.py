"""Practice for the lessons: multiple-choice checks, spot-the-problem rounds and fix drills read from the
policy, worksheets, and a guided policy form.

The lessons call these through :mod:`tpstrain.widgets` (``from tpstrain.widgets import choice, spot, drill``).
Each helper returns an object that shows itself as a widget in JupyterLab (radio buttons, text boxes, the
composer) and as plain text anywhere else (a terminal, a script, a notebook without ipywidgets). This module
imports neither ipywidgets nor IPython: the widgets are built in :mod:`tpstrain.widgets` when shown.

Drills and rounds read their posts from the rules' own ``examples`` (bad and good) at run time, so a lesson never
copies an example: tune a rule and the lesson follows.

    >>> q = choice("Which word is police jargon?", ["crash", "MVC", "road"], answer="MVC",
    ...            why={"crash": "Everyone says crash.", "MVC": "Officers say MVC; readers say crash.",
    ...                 "road": "Road is an everyday word."})
    >>> q.pick("A")
    'Not quite. Everyone says crash. Try again.'
    >>> q.pick("MVC")
    'Right. Officers say MVC; readers say crash.'
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PolicyError
from .rules import CATEGORIES, CORE_VALUES, LEVELS, Example, Rule

__all__ = [
    "Choice",
    "Drill",
    "Spot",
    "SpotItem",
    "Worksheet",
    "choice",
    "describe_post",
    "drill",
    "policy_from_text",
    "policy_yaml",
    "rule_card",
    "rules_table",
    "spot",
    "worksheet",
]

LETTERS = "ABCDEFGHIJ"
FINE, CHANGE = "Fine as it is", "Needs a change"


def _widgets_shown() -> bool:
    """True in a Jupyter kernel that can show widgets (ipywidgets installed, a front end attached)."""
    import sys

    ip = sys.modules.get("IPython")
    shell = ip.get_ipython() if ip is not None and hasattr(ip, "get_ipython") else None
    if shell is None or not hasattr(shell, "kernel"):
        return False
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


class _Shown:
    """Shows ``widget()`` in JupyterLab (with ``text()`` as its plain-text form) and ``text()`` elsewhere."""

    def text(self) -> str:  # pragma: no cover - every subclass says what it is
        raise NotImplementedError

    def widget(self) -> Any:  # pragma: no cover
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.text()

    def __str__(self) -> str:
        return self.text()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if not _widgets_shown():
            print(self.text())
            return
        w = self.widget()
        bundle = w._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data = dict(data or {})
        data["text/plain"] = (
            self.text()
        )  # what nbconvert, nbval and a console show: readable, not a widget repr
        display(data, raw=True)


# ----- multiple choice ------------------------------------------------------------------------------------


def _index(key: Any, options: Sequence[str], what: str) -> int:
    if isinstance(key, bool):
        raise ValueError(f"{what}: give an option's letter, text or index, not {key!r}")
    if isinstance(key, int):
        if 0 <= key < len(options):
            return key
        raise ValueError(f"{what}: no option {key} (there are {len(options)})")
    if isinstance(key, str):
        k = key.strip()
        if k in options:
            return options.index(k)
        if len(k) == 1 and k.upper() in LETTERS[: len(options)]:
            return LETTERS.index(k.upper())
    raise ValueError(f"{what}: {key!r} is not one of the options ({', '.join(LETTERS[: len(options)])})")


@dataclass
class Choice(_Shown):
    """A multiple-choice check: one right answer, and an explanation for every option."""

    question: str
    options: list[str]
    answer: int
    why: list[str]

    def is_right(self, option: Any) -> bool:
        return _index(option, self.options, "pick") == self.answer

    def feedback(self, option: Any) -> tuple[bool, str]:
        """(right?, what to say) for a picked option: the right one's reason, or why a distractor is wrong."""
        i = _index(option, self.options, "pick")
        if i == self.answer:
            return True, f"Right. {self.why[i]}"
        return False, f"Not quite. {self.why[i]} Try again."

    def pick(self, option: Any) -> str:
        """Pick an option by letter (``"B"``), text or index; returns the feedback."""
        return self.feedback(option)[1]

    def text(self) -> str:
        lines = [f"Check: {self.question}"]
        lines += [f"  {LETTERS[i]}. {o}" for i, o in enumerate(self.options)]
        lines.append("Pick one: run .pick('A') (or B, C ...) on this check to see whether you are right.")
        return "\n".join(lines)

    def widget(self) -> Any:
        from .widgets import ChoiceWidget

        return ChoiceWidget(self)


def choice(
    question: str, options: Sequence[str], answer: Any, why: Mapping[Any, str] | Sequence[str]
) -> Choice:
    """A multiple-choice check: radio buttons in JupyterLab, with feedback that explains each option.

    ``options`` are the answers shown (A, B, C ...); ``answer`` is the right one (its letter, text or index);
    ``why`` explains every option, keyed by letter, text or index (or a list in the order of ``options``):
    for a distractor, the mistake it stands for and why it is wrong; for the answer, why it is right.
    """
    opts = [" ".join(str(o).split()) for o in options]
    if not 2 <= len(opts) <= len(LETTERS):
        raise ValueError(f"a check needs 2 to {len(LETTERS)} options, not {len(opts)}")
    if len(set(opts)) != len(opts):
        raise ValueError("two options are the same")
    right = _index(answer, opts, "answer")
    reasons: list[str | None] = [None] * len(opts)
    if isinstance(why, Mapping):
        for k, v in why.items():
            reasons[_index(k, opts, "why")] = " ".join(str(v).split())
    else:
        if len(why) != len(opts):
            raise ValueError(f"why: give one explanation per option ({len(opts)}), not {len(why)}")
        reasons = [" ".join(str(v).split()) for v in why]
    missing = [LETTERS[i] for i, r in enumerate(reasons) if not r]
    if missing:
        raise ValueError(
            f"why: explain every option, so a wrong pick teaches something (missing: {', '.join(missing)})"
        )
    return Choice(" ".join(question.split()), opts, right, [r or "" for r in reasons])


# ----- posts read from the policy -------------------------------------------------------------------------


def _policy(policy: Any = None):
    from .policy import load_policy

    return load_policy(policy) if policy is None or isinstance(policy, str | Path) else policy


def _day(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return f"{value.day} {value:%B %Y}" if isinstance(value, dt.date) else str(value)


_KINDS = {
    "corporate": "a corporate account",
    "unit": "a unit account",
    "official_individual": "one member's official account",
    "personal": "a personal account",
}


def _unit(unit: str | None) -> str:
    return unit.replace("-", " ").title().replace("Tps", "TPS") if unit else ""


def describe_post(example: Example) -> list[str]:
    """What a post carries besides its words, in plain words: who wrote it, on which account, its media."""
    post, out = dict(example.post), []
    if example.platform != "x":
        from .platforms import PLATFORMS

        out.append(f"On {PLATFORMS[example.platform].label}.")
    author = post.get("author")
    if author:
        training = author.get("training") or []
        if not training:
            held = "no social media training on record"
        else:
            held = "; ".join(
                f"trained in {t['module']} on {_day(t['completed_on'])}"
                + (f", valid until {_day(t['expires_on'])}" if t.get("expires_on") else ", no end date")
                for t in training
            )
        unit = f", {_unit(author.get('unit'))}" if author.get("unit") else ""
        out.append(f"Written by {author['name']}{unit} ({held}).")
    account = post.get("account")
    if account:
        whose = f" of {_unit(account.get('unit'))}" if account.get("unit") else ""
        out.append(
            f"Posted on @{str(account['handle']).lstrip('@')}: {_KINDS.get(account.get('kind', 'unit'))}{whose}."
        )
    when = post.get("scheduled_at") or post.get("created_at")
    if when:
        out.append(f"Goes out on {_day(when)}.")
    if post.get("official") is False:
        out.append("Marked as a personal post, not police business.")
    for m in post.get("media") or []:
        kind = m.get("kind", "image")
        if kind == "video" or m.get("captions") is not None:
            out.append(f"A video {'with' if m.get('captions') else 'without'} captions.")
        else:
            alt = (m.get("alt_text") or "").strip()
            if not alt:
                out.append(f"A {kind} with no alt text.")
            elif len(alt) > 160:
                out.append(f"A {kind} whose alt text runs to {len(alt):,} characters: “{alt[:60]}…”")
            else:
                out.append(f"A {kind} with the alt text “{alt}”.")
    if post.get("title"):
        out.append(f"Video title ({len(post['title'])} characters): “{post['title']}”.")
    if post.get("next_of_kin_notified") is not None:
        out.append(
            "The family has been told."
            if post["next_of_kin_notified"]
            else "The family has not been told yet."
        )
    return out


def _review(example: Example, policy: Any):
    from .api import check

    return check(example.text, platform=example.platform, policy=policy, **example.post)


@dataclass
class SpotItem:
    """One post of a round: the example, the rule it comes from, whether it needs a change, and why."""

    example: Example
    rule: Rule
    bad: bool
    why: str

    @property
    def answer(self) -> str:
        return CHANGE if self.bad else FINE


def _why_bad(rule: Rule, example: Example, policy: Any) -> str:
    review = _review(example, policy)
    found = [f for f in review.findings if f.rule == rule.id] or list(review.findings)
    said = found[0].message if found else rule.title
    level = found[0].level if found else rule.level
    lead = {
        "error": "Needs a change: it must not go out like this.",
        "warning": "Needs a change before it goes out.",
        "suggestion": "Worth changing (a suggestion).",
    }[level]
    return f"{lead} {rule.title}: {said} Fix: {rule.fix}"


def _why_good(rule: Rule, example: Example) -> str:
    note = f" ({example.note})" if example.note else ""
    return f"Fine as it is{note}: it does the job without the problem of “{rule.title}”."


@dataclass
class Spot(_Shown):
    """A round of posts from the policy's examples: for each, is it fine as it is, or does it need a change?"""

    rules: list[Rule]
    items: list[SpotItem] = field(default_factory=list)

    def pick(self, number: int, answer: str) -> str:
        """Answer post ``number`` (1, 2, ...) with "fine" or "change"; returns the feedback."""
        item = self.items[number - 1]
        bad = answer.strip().lower().startswith(("c", "n"))  # "change", "needs a change"
        return ("Right. " if bad == item.bad else "Not quite. ") + item.why

    def text(self) -> str:
        lines = ["Spot it: is each post fine as it is, or does it need a change?"]
        for i, it in enumerate(self.items, 1):
            lines.append(f"  {i}. {it.example.text}")
            lines += [f"     ({d})" for d in describe_post(it.example)]
        lines.append("Answer with .pick(1, 'fine') or .pick(1, 'change').")
        return "\n".join(lines)

    def widget(self) -> Any:
        from .widgets import SpotWidget

        return SpotWidget(self)


def spot(
    *rule_ids: str, bad: int = 1, good: int | None = None, policy: Any = None, seed: str | None = None
) -> Spot:
    """A round of posts read from the rules' own examples, shuffled: trainees sort each one.

    Takes ``bad`` bad examples of every rule, and ``good`` good ones (default: one of every rule when there are
    one or two rules, else one of every second rule), so a round is never all problems.
    """
    if not rule_ids:
        raise ValueError("name at least one rule")
    pol = _policy(policy)
    rules = [pol.rule(r) for r in rule_ids]
    items: list[SpotItem] = []
    for n, rule in enumerate(rules):
        for ex in rule.examples.bad[:bad]:
            items.append(SpotItem(ex, rule, True, _why_bad(rule, ex, pol)))
        takes = good if good is not None else (1 if len(rules) <= 2 or n % 2 == 0 else 0)
        for ex in rule.examples.good[:takes]:
            items.append(SpotItem(ex, rule, False, _why_good(rule, ex)))
    random.Random(seed or ",".join(rule_ids)).shuffle(items)
    return Spot(rules, items)


# ----- fix drills ------------------------------------------------------------------------------------------

_FIXED_FIELDS = ("author", "account")  # a fix drill cannot change who posts where: those rules get a round


@dataclass
class Drill(_Shown):
    """Spot and fix: one of the rule's bad examples in the composer, to rewrite until the rule is satisfied."""

    rule: Rule
    example: Example
    policy: Any = None

    @property
    def good(self) -> list[Example]:
        return list(self.rule.examples.good)

    def fixed(self, text: str, **fields: Any) -> bool:
        """True when ``text`` (with the example's other fields, or ``fields``) no longer breaks the rule."""
        from .api import check

        post = {**self.example.post, **fields}
        return (
            self.rule.id
            not in check(text, platform=self.example.platform, policy=self.policy, **post).rules()
        )

    def text(self) -> str:
        lines = [f"Spot and fix: {self.rule.title}", f"  {self.example.text}"]
        lines += [f"  ({d})" for d in describe_post(self.example)]
        lines += [f"Fix: {self.rule.fix}", "Posts that pass this rule:"]
        lines += [f"  - {g.text}" for g in self.good]
        return "\n".join(lines)

    def widget(self) -> Any:
        from .widgets import DrillWidget

        return DrillWidget(self)


def drill(rule_id: str, *, example: int = 0, policy: Any = None) -> Drill | Spot:
    """Practise one rule on its own bad example: rewrite it in the composer until the rule is satisfied.

    Posts whose problem is who posts where (author, account) cannot be fixed by rewriting: for those rules the
    drill is a round (:func:`spot`) of the rule's bad and good examples.
    """
    pol = _policy(policy)
    rule = pol.rule(rule_id)
    bads = rule.examples.bad
    ex = bads[min(max(example, 0), len(bads) - 1)]
    if any(k in ex.post for k in _FIXED_FIELDS):
        return spot(rule_id, bad=2, good=2, policy=pol)
    return Drill(rule, ex, pol)


# ----- worksheets -------------------------------------------------------------------------------------------


def notes_dir() -> Path:
    """Where worksheet answers are kept between sessions (``$TPSTRAIN_NOTES``, else ``~/.tpstrain/notes``)."""
    return Path(os.environ.get("TPSTRAIN_NOTES") or Path.home() / ".tpstrain" / "notes")


_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


@dataclass
class Worksheet(_Shown):
    """Text boxes for a written exercise (and an optional decision), kept in a small file between sessions."""

    key: str
    prompts: list[str]
    decision: list[str] = field(default_factory=list)
    rows: int = 3

    @property
    def path(self) -> Path:
        return notes_dir() / f"{self.key}.json"

    def load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def save(self, answers: Mapping[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(dict(answers), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError:
            pass  # a read-only home: the answers stay on screen

    def text(self) -> str:
        saved = self.load()
        lines = ["Worksheet (write your answers in the boxes in JupyterLab):"]
        for p in self.prompts:
            lines.append(f"  {p}")
            if saved.get(p):
                lines.append(f"    {saved[p]}")
        if self.decision:
            lines.append(
                f"  Decision: {' / '.join(self.decision)}"
                + (f" -> {saved['decision']}" if saved.get("decision") else "")
            )
        return "\n".join(lines)

    def widget(self) -> Any:
        from .widgets import WorksheetWidget

        return WorksheetWidget(self)


def worksheet(key: str, prompts: Iterable[str], *, decision: Iterable[str] = (), rows: int = 3) -> Worksheet:
    """Text boxes for a written answer (one per prompt), and radio buttons for a ``decision`` if given.

    What a trainee writes is saved under ``key`` in :func:`notes_dir`, so it is still there next session.
    """
    if not _KEY.match(key):
        raise ValueError(f"worksheet key {key!r}: letters, digits, '.', '-' and '_' only")
    return Worksheet(key, [" ".join(p.split()) for p in prompts], list(decision), rows)


# ----- reading and writing policies ----------------------------------------------------------------------


@dataclass
class _Markdown(_Shown):
    markdown: str

    def text(self) -> str:
        return self.markdown

    def _ipython_display_(self) -> None:
        from IPython.display import Markdown, display

        display(Markdown(self.markdown))


def rule_card(rule_id: str, policy: Any = None) -> _Markdown:
    """One rule explained: what it checks, why, its source, how to fix it, and its bad and good examples
    (what ``tpstrain rules ID`` prints in a terminal)."""
    from .docs import rule_markdown

    return _Markdown(rule_markdown(_policy(policy).rule(rule_id)))


def rules_table(policy: Any = None, category: str | None = None) -> _Markdown:
    """Every rule of a policy as a table: id, level and title (what ``tpstrain rules`` prints)."""
    pol = _policy(policy)
    rows = ["| rule | level | what it checks |", "|---|---|---|"]
    rows += [
        f"| `{r.id}` | {r.level if r.enabled else 'off'} | {r.title} |"
        for r in pol.rules
        if category is None or r.category == category
    ]
    return _Markdown("\n".join(rows))


_BUILT: dict[tuple[str, str], Any] = {}  # (text, source) -> policy: a form re-checks without rebuilding


def policy_from_text(text: str, source: str = "your policy"):
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


def _build_text(text: str, source: str):
    import yaml

    from .policy import build_policy, load_yaml_text

    try:
        data = load_yaml_text(text, source)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise PolicyError(f"{source}:{where} invalid YAML: {problem}") from None
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
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


FORM_CHOICES = {"categories": CATEGORIES, "levels": LEVELS, "values": CORE_VALUES}
