"""Grade trainees' answers, and tell them what to fix before they submit.

Every answer is text the trainee typed between triple quotes. The ``grade_*`` functions are what the
autograder's test cells call: they return ``None`` when the answer is right and raise :class:`AnswerError`
otherwise, with a message that says which rule failed, where (the words quoted) and how to fix it.
:func:`feedback` runs the same checks on the arguments it is given (never on hidden tests) and shows
the result: HTML in Jupyter, text elsewhere.

Key facts (``keep=``) are strings that must survive a rewrite. ``"Queen St W|Queen Street West"`` accepts
either spelling; case, periods (``St.``/``St``, ``p.m.``/``pm``) and the dash style do not matter, and
numbers match with any separators (``416 808 2222`` = ``416-808-2222``). Give them as a list, or as a
mapping from a label ("place", "case number") to the fact so messages can name what is missing.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import PolicyError, TpsError
from ..review import Review
from ..rules import CATEGORIES, LEVEL_RANK

__all__ = [
    "AnswerError", "Feedback", "Problem", "feedback", "grade_account", "grade_choices", "grade_findings",
    "grade_hashtags", "grade_policy", "grade_rewrite", "grade_urgent_post",
]

Facts = Iterable[str] | Mapping[str, str] | str | None


# ----- results ----------------------------------------------------------------------------------
@dataclass
class Problem:
    """One thing wrong with an answer, in words a trainee can act on."""

    message: str
    rule: str = ""  # a policy rule id, when a rule found it
    quote: str = ""  # the words it is about
    fix: str = ""  # how to fix it
    level: str = "error"
    where: str = ""  # a part of the post other than its text: "account", "author", "media[0]"

    def line(self) -> str:
        head = f"{self.rule} ({self.level})" if self.rule else ""
        where = f'at "{_short(self.quote)}"' if self.quote else (f"in the {self.where}" if self.where else "")
        lead = " ".join(x for x in (head, where) if x)
        msg = self.message.strip()
        if msg and msg[-1] not in ".!?:":
            msg += "."
        text = f"{lead}: {msg}" if lead else msg
        if self.fix and self.fix not in self.message:
            text += f" How to fix: {self.fix}"
        return text


class AnswerError(AssertionError):
    """An answer that is not right yet. ``str(error)`` is the whole story, written for the trainee."""

    def __init__(self, problems: list[Problem] | str, intro: str = ""):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        self.problems = list(problems)
        self.intro = intro
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        intro = self.intro or f"Not yet: {n} thing{'s' if n != 1 else ''} to fix."
        if n == 1 and not self.intro:
            return f"Not yet. {self.problems[0].line()}"
        return intro + "".join(f"\n  {k}. {p.line()}" for k, p in enumerate(self.problems, 1))


@dataclass
class Feedback:
    """What :func:`feedback` shows: whether the answer passes the checks given, and what to fix."""

    passed: bool
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    review: Review | None = None
    title: str = ""

    def __bool__(self) -> bool:
        return self.passed

    def text(self) -> str:
        out = [self.title or ("Looks ready." if self.passed else "Not yet.")]
        out += [f"  {k}. {p.line()}" for k, p in enumerate(self.problems, 1)]
        out += [f"  - {n}" for n in self.notes]
        return "\n".join(out)

    __str__ = text

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        from ..review import highlight_html

        colour = "#2e7d32" if self.passed else "#c62828"
        title = html.escape(self.title or ("Looks ready." if self.passed else "Not yet."))
        parts = [f'<div class="tps-feedback" style="font-family:sans-serif;line-height:1.5;border-left:4px solid '
                 f'{colour};padding:4px 10px">', f'<div style="font-weight:bold;color:{colour}">{title}</div>']
        if self.review is not None and self.review.text:
            shown = [f for f in self.review.findings if LEVEL_RANK[f.level] >= LEVEL_RANK["warning"]]
            parts.append('<div style="border:1px solid #ddd;padding:6px;margin:4px 0;white-space:pre-wrap">'
                         f"{highlight_html(self.review.text, shown)}</div>")
        if self.problems:
            items = []
            for p in self.problems:
                head = f"<code>{html.escape(p.rule)}</code> " if p.rule else ""
                where = f"at “<b>{html.escape(_short(p.quote))}</b>”: " if p.quote else ""
                fix = (f" <span style='color:#555'>How to fix: {html.escape(p.fix)}</span>"
                       if p.fix and p.fix not in p.message else "")
                items.append(f"<li>{head}{where}{html.escape(p.message)}{fix}</li>")
            parts.append("<ol>" + "".join(items) + "</ol>")
        if self.notes:
            parts.append("<ul style='color:#555'>" + "".join(f"<li>{html.escape(n)}</li>" for n in self.notes)
                         + "</ul>")
        parts.append("</div>")
        return "".join(parts)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ----- reading answers --------------------------------------------------------------------------
_MARKER = re.compile(r"^\s*#+\s*(?:BEGIN|END) SOLUTION\s*$")
_PLACEHOLDER = re.compile(r"^(?:write|type|put|enter)\s+(?:your|the)\b.{0,60}\bhere\b\W*$", re.I | re.S)


def _as_text(answer: Any, what: str = "answer") -> str:
    """The answer as stripped text; an AnswerError when it is missing, empty or still the placeholder."""
    if answer is None:
        raise AnswerError(f"There is no {what} yet. Write it between the triple quotes, then run the cell.")
    if isinstance(answer, (list, tuple, set)):
        answer = "\n".join(str(a) for a in answer)
    if not isinstance(answer, str):
        raise AnswerError(f"Your {what} must be text between triple quotes (\"\"\"like this\"\"\"), "
                          f"not {type(answer).__name__}.")
    # nbgrader's solution markers, if a source notebook is graded as it is
    text = "\n".join(line for line in answer.splitlines() if not _MARKER.match(line)).strip()
    if not text:
        raise AnswerError(f"Your {what} is empty. Write it between the triple quotes, then run the cell.")
    if _PLACEHOLDER.match(text):
        raise AnswerError(f"You have not written your {what} yet: replace \"{_short(text)}\" with your {what}, "
                          "then run the cell.")
    return text


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_APOS = "'\u2019\u2018\u02bc`"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(f"[{_DASHES}]", "-", text)
    text = re.sub(f"[{_APOS}]", "'", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=512)
def _fact_regex(fact: str) -> re.Pattern[str]:
    """A pattern that finds ``fact`` in the original text, forgiving case, periods, dashes and spacing."""
    alts = []
    for alt in (a.strip() for a in fact.split("|")):
        if not alt:
            continue
        digits = re.sub(r"\D", "", alt)
        if len(digits) >= 3 and re.fullmatch(r"[\d\s().+\-" + _DASHES + r"]+", alt):
            # a number: the same digits with any separators between them
            sep = r"[\s().\-" + _DASHES + r"]{0,3}"
            alts.append(r"(?<!\d)" + sep.join(digits) + r"(?!\d)")
            continue
        out = []
        for ch in alt:
            if ch.isspace():
                if out and out[-1] == r"\.?\s*":
                    continue
                out.append(r"\.?\s*")  # "St W" finds "St. W"; "11 p.m." finds "11pm"
            elif ch == ".":
                out.append(r"\.?")
            elif ch in _APOS:
                out.append(f"[{_APOS}]")
            elif ch == "-" or ch in _DASHES:
                out.append(f"[\\-{_DASHES}\\s]?")
            else:
                out.append(re.escape(ch))
        body = "".join(out)
        if alt[0].isalnum():
            body = r"(?<!\w)" + body
        if alt[-1].isalpha():
            body += r"(?:e?s|'s)?(?!\w)"  # plurals count: "officer" finds "officers"
        elif alt[-1].isalnum():
            body += r"(?!\w)"
        alts.append(body)
    return re.compile("|".join(f"(?:{a})" for a in alts) or r"(?!)", re.I)


def find_fact(text: str, fact: str) -> re.Match[str] | None:
    """Where ``fact`` (alternatives joined by ``|``) appears in ``text``, or None."""
    return _fact_regex(fact).search(unicodedata.normalize("NFC", text))


def _facts(keep: Facts) -> list[tuple[str, str]]:
    """(label, fact) pairs from a list, a mapping of label -> fact (or list of facts), or one string."""
    if keep is None:
        return []
    if isinstance(keep, str):
        return [("", keep)]
    if isinstance(keep, Mapping):
        out = []
        for label, val in keep.items():
            for v in [val] if isinstance(val, str) else list(val):
                out.append((str(label), v))
        return out
    return [("", str(k)) for k in keep]


def _show_fact(fact: str) -> str:
    alts = [a.strip() for a in fact.split("|") if a.strip()]
    return " or ".join(f'"{a}"' for a in alts)


def _missing_facts(text: str, keep: Facts, what: str = "key fact") -> list[Problem]:
    out = []
    for label, fact in _facts(keep):
        if find_fact(text, fact) is None:
            name = f"{what} ({label})" if label else what
            out.append(Problem(f"Missing {name}: {_show_fact(fact)}.",
                               fix="Keep it in your post, written the same way."))
    return out


def _avoided(text: str, avoid: Facts) -> list[Problem]:
    """Problems for words that must not appear. ``avoid`` maps a word to advice, or lists words."""
    if avoid is None:
        return []
    pairs = list(avoid.items()) if isinstance(avoid, Mapping) else [(a, "") for a in ([avoid] if isinstance(avoid, str) else avoid)]
    out = []
    for word, advice in pairs:
        m = find_fact(text, word)
        if m is not None:
            out.append(Problem(f'"{m.group()}" should not be in this post.', quote=m.group(),
                               fix=advice or "Take it out or say it another way."))
    return out


# ----- policy ------------------------------------------------------------------------------------
def _policy(policy: Any):
    from ..policy import _default_policy, load_policy

    if policy is None or policy == "model":
        return _default_policy()
    if isinstance(policy, str):
        return _load_cached(policy)
    return policy if hasattr(policy, "compiled") else load_policy(policy)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str):
    from ..policy import load_policy

    return load_policy(path)


def _review(post: Any, platform: str | None, policy: Any) -> Review:
    from ..api import check

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return check(post, platform=platform, policy=_policy(policy))
        except TpsError as e:
            raise AnswerError(str(e)) from None


def _finding_problems(review: Review, level: str = "warning") -> list[Problem]:
    floor = LEVEL_RANK[level]
    out = []
    for f in review.findings:
        if LEVEL_RANK[f.level] < floor:
            continue
        fix = f.fix
        if f.suggestions:
            fix = (f"Try: {' / '.join(f.suggestions)}. " + fix).strip()
        out.append(Problem(f.message, rule=f.rule, quote=f.text if f.field == "text" else "", fix=fix,
                           level=f.level, where="" if f.field == "text" else f.field))
    return out


def _collect(fn, *args: Any, **kwargs: Any) -> list[Problem]:
    """The problems ``fn`` finds; an AnswerError raised on the way (empty answer ...) counts as its problems.

    The grade_* functions raise from their own frame, so a trainee's traceback is short: the test cell,
    then the grade function with the message.
    """
    try:
        found = fn(*args, **kwargs)
    except AnswerError as e:
        return e.problems
    return found[0] if isinstance(found, tuple) else found


# ----- rewrite a post ----------------------------------------------------------------------------
def _rewrite_problems(answer: Any, keep: Facts, platform: str, policy: Any, avoid: Facts,
                      original: str | None, level: str) -> tuple[list[Problem], Review | None]:
    text = _as_text(answer, "post")
    if original is not None and _norm(text) == _norm(original):
        return [Problem("This is still the original post. Rewrite it so it passes the policy.")], None
    review = _review(text, platform, policy)
    problems = _finding_problems(review, level) + _avoided(text, avoid) + _missing_facts(text, keep)
    return problems, review


def grade_rewrite(answer: Any, keep: Facts = (), *, platform: str = "x", policy: Any = None,
                  avoid: Facts = None, original: str | None = None, level: str = "warning") -> None:
    """Pass when the post raises nothing at ``level`` (warning) or above and keeps every key fact.

    ``keep`` lists the facts that must survive (see the module help); ``avoid`` lists words that must be
    gone (or maps each to advice); ``original`` fails an answer that is the original post unchanged. An
    empty answer, the placeholder, or a post gutted of its facts fails with the facts it lacks.
    """
    problems = _collect(_rewrite_problems, answer, keep, platform, policy, avoid, original, level)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- find the problems -------------------------------------------------------------------------
_SPLIT = re.compile(r"[,;\n]+|\s+and\s+|\s{2,}")


def _choices(answer: Any) -> list[str]:
    text = _as_text(answer, "list of problems")
    items = []
    for raw in _SPLIT.split(text):
        item = raw.strip().strip("'\"-*•.").strip().lower()
        if item:
            items.append(item)
    return items


def _findings_problems(chosen: Any, post: Any, *, platform: str | None, policy: Any, expect: Any,
                       level: str, reveal: bool) -> tuple[list[Problem], list[str], Review]:
    review = _review(post, platform, policy)
    pol = _policy(policy)
    rule_cat = {r.id: r.category for r in pol.rules}
    items = _choices(chosen)
    picked: dict[str, str] = {}  # category -> what the trainee wrote
    problems: list[Problem] = []
    notes: list[str] = []
    fired = set(review.rules(level))
    for item in items:
        key = item.replace(" ", "-") if item.replace(" ", "-") in rule_cat else item.replace(" ", "")
        if key in CATEGORIES:
            picked.setdefault(key, item)
        elif key in rule_cat:
            if key not in fired:
                problems.append(Problem(f"Rule {key} does not fire on this post.", rule=key,
                                        fix="Name only problems the post really has."))
            picked.setdefault(rule_cat[key], item)
        else:
            problems.append(Problem(f'"{item}" is not a category or rule of the policy.',
                                    fix="Use the categories: " + ", ".join(CATEGORIES) + "."))
    live = review.categories(level)
    key_cats = live if expect is None else {e if e in CATEGORIES else rule_cat.get(e, e) for e in _listify(expect)}
    for cat, item in picked.items():
        if cat not in live and cat not in key_cats:
            problems.append(Problem(f"'{item}': this post has no {cat} problem.",
                                    fix="Read the post again and name only problems it has."))
    missing = sorted(key_cats - set(picked))
    if missing:
        if reveal:
            for cat in missing:
                fs = [f for f in review.findings if f.category == cat and LEVEL_RANK[f.level] >= LEVEL_RANK[level]]
                if fs:
                    f = fs[0]
                    problems.append(Problem(f"You missed a {cat} problem: {f.message}", rule=f.rule,
                                            quote=f.text if f.field == "text" else "", fix=f.fix, level=f.level,
                                            where="" if f.field == "text" else f.field))
                else:
                    problems.append(Problem(f"You missed a {cat} problem.", fix=f"Read the lesson on {cat} again."))
        else:
            found = len(set(picked) & key_cats)
            problems.append(Problem(f"You have named {found} of the {len(key_cats)} kinds of problem the checker "
                                    f"finds: {len(missing)} more to find.",
                                    fix="Read the post again, word by word, against each category."))
    if not items:
        problems.append(Problem("Name at least one problem."))
    return problems, notes, review


def _listify(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip().lower() for v in _SPLIT.split(value) if v.strip()]
    return [str(v).strip().lower() for v in value]


def grade_findings(chosen: Any, post: Any, *, platform: str | None = "x", policy: Any = None,
                   expect: Any = None, level: str = "warning") -> None:
    """"Find the problems": ``chosen`` names categories (or rule ids) the post breaks, as text.

    Every choice must be a problem the post has (the checker raises it at ``level`` or above, or it is
    in ``expect``). The answer must name every category in ``expect`` (default: every category the
    checker raises). ``expect=[]`` only checks that the choices are real problems.
    """
    problems = _collect(_findings_problems, chosen, post, platform=platform, policy=policy, expect=expect,
                        level=level, reveal=True)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- choose the account and the author ---------------------------------------------------------
_FALLBACK_AUTH = {
    "official_account": {
        "id": "authorization.official-account", "title": "Official posts on official accounts",
        "category": "authorization", "level": "error", "values": ["Integrity"],
        "rationale": "Staff speak for the service only on its accounts, never on their personal ones.",
        "source": "Toronto Police Service social media programme; IACP Model Policy on Social Media (2010)",
        "message": "@{value} is a personal account: official news goes on a service account.",
        "fix": "Post on the unit's or the service's account instead.",
        "check": {"kind": "authorization", "require": "official_account"},
        "examples": {"bad": [{"text": "Road closed.", "post": {"account": {"handle": "me", "kind": "personal"}}}],
                     "good": [{"text": "Road closed.", "post": {"account": {"handle": "TPS", "kind": "corporate"}}}]},
    },
    "unit_account": {
        "id": "authorization.unit-account", "title": "Authorized on this account",
        "category": "authorization", "level": "error", "values": ["Integrity", "Teamwork"],
        "rationale": "Each account belongs to a unit; only its members and the people it authorizes post there.",
        "source": "Toronto Police Service social media programme",
        "message": "{name} is not authorized to post on @{value}.",
        "fix": "Choose someone from the account's unit or on its list of authorized staff.",
        "check": {"kind": "authorization", "require": "unit_account"},
        "examples": {"bad": [{"text": "Hello.", "post": {"account": {"handle": "TPS52Div", "unit": "52-division"},
                                                           "author": {"id": "a", "name": "A", "unit": "14-division"}}}],
                     "good": [{"text": "Hello.", "post": {"account": {"handle": "TPS52Div", "unit": "52-division"},
                                                            "author": {"id": "a", "name": "A", "unit": "52-division"}}}]},
    },
}


def _with_authorization(policy: Any):
    """The policy, plus the account checks it lacks (the course needs all three authorization checks)."""
    pol = _policy(policy)
    return _auth_policy(pol) if _missing_auth(pol) else pol


def _missing_auth(pol) -> list[str]:
    have = {r.check.require for r in pol.rules if r.enabled and r.kind == "authorization"}
    return [k for k in ("official_account", "unit_account") if k not in have]


_AUTH_CACHE: dict[int, tuple[Any, Any]] = {}


def _auth_policy(pol):
    hit = _AUTH_CACHE.get(id(pol))
    if hit is not None and hit[0] is pol:
        return hit[1]
    from ..policy import Policy
    from ..rules import Rule

    extra = [Rule.model_validate(_FALLBACK_AUTH[k]) for k in _missing_auth(pol)]
    out = Policy(name=pol.name, description=pol.description, settings=pol.settings, rules=[*pol.rules, *extra])
    if len(_AUTH_CACHE) > 8:
        _AUTH_CACHE.clear()
    _AUTH_CACHE[id(pol)] = (pol, out)
    return out


def _handle(h: str) -> str:
    return h.lstrip("@").lower()


def _case_parts(case: Mapping[str, Any]):
    from ..models import Account, StaffMember

    accounts = [a if isinstance(a, Account) else Account.model_validate(a) for a in case.get("accounts", [])]
    staff = [s if isinstance(s, StaffMember) else StaffMember.model_validate(s) for s in case.get("staff", [])]
    return accounts, staff


_RANK = re.compile(r"^(?:PC|P\.C\.|Cst\.?|Const\.?|Constable|S/Sgt\.?|Staff Sergeant|Sgt\.?|Sergeant|Det\.?|"
                   r"Detective|Insp\.?|Inspector|Supt\.?|Superintendent|Mr\.?|Ms\.?|Mrs\.?|Mx\.?)\s+")


def _name_forms(member, staff) -> list[str]:
    """Ways a trainee may name a member: full name, name without rank, id, or a surname no one else has."""
    bare = _RANK.sub("", member.name)
    forms = [member.name, bare, member.id]
    surname = bare.split()[-1] if bare.split() else ""
    if surname and sum(1 for s in staff if _RANK.sub("", s.name).split()[-1:] == [surname]) == 1:
        forms.append(surname)
    return forms


def _account_problems(choice: Any, case: Mapping[str, Any], accept: Any, accept_authors: Any, why: str,
                      policy: Any) -> tuple[list[Problem], Review | None]:
    from ..api import to_post

    text = _as_text(choice, "choice")
    accounts, staff = _case_parts(case)
    low = _norm(text)
    named = [a for a in accounts if re.search(r"(?<![\w@])@?" + re.escape(_handle(a.handle)) + r"(?!\w)", low)]
    if not named:
        listed = ", ".join("@" + _handle(a.handle) for a in accounts)
        return [Problem(f"Name one of the accounts: {listed}.", fix="Write its handle, e.g. Account: @Handle")], None
    if len(named) > 1:
        listed = " and ".join("@" + a.handle.lstrip("@") for a in named)
        return [Problem(f"Choose one account; you named {listed}.")], None
    account = named[0]
    author = None
    if staff:
        who = [s for s in staff if any(find_fact(text, form) for form in _name_forms(s, staff) if form)]
        if not who:
            return [Problem("Name the author too: " + ", ".join(s.name for s in staff) + ".",
                            fix="Write, e.g., Author: " + staff[0].name)], None
        if len(who) > 1:
            return [Problem("Choose one author; you named " + " and ".join(s.name for s in who) + ".")], None
        author = who[0]
    when = case.get("date")
    created = dt.datetime.combine(dt.date.fromisoformat(str(when)), dt.time(9)) if when else None
    post = to_post(str(case.get("post", "")) or "(post)", case.get("platform", account.platform),
                   account=account, author=author, created_at=created, official=case.get("official", True))
    review = _review(post, None, _with_authorization(policy))
    problems = [p for p in _finding_problems(review)
                if _category(review, p.rule) == "authorization"]
    if not problems and accept is not None and _handle(account.handle) not in {_handle(a) for a in _listify(accept)}:
        problems.append(Problem(f"@{account.handle.lstrip('@')} may post this, but it is not the best account for it.",
                                fix=why or "Think about whose followers need this news."))
    if (not problems and author is not None and accept_authors is not None
            and not any(find_fact(author.name, a) or a == author.id for a in _listify_raw(accept_authors))):
        problems.append(Problem(f"{author.name} may post here, but is not the best choice for this post.",
                                fix=why or "Think about who knows the subject and is trained to post."))
    return problems, review


def _listify_raw(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _category(review: Review, rule: str) -> str:
    return next((f.category for f in review.findings if f.rule == rule), "")


def grade_account(choice: Any, case: Mapping[str, Any], *, accept: Any = None, accept_authors: Any = None,
                  why: str = "", policy: Any = None) -> None:
    """"Choose the account and the author": ``choice`` is text naming one account handle and one author.

    ``case`` holds ``post`` (text), ``platform``, ``date`` (ISO day the post goes out), ``accounts``
    (Account dicts) and ``staff`` (StaffMember dicts). The pair must pass the policy's authorization
    checks (trained, authorized on the account, not a personal account). ``accept`` (handles) and
    ``accept_authors`` (names or ids) narrow the right answers; ``why`` explains them when missed.
    """
    problems = _collect(_account_problems, choice, case, accept, accept_authors, why, policy)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- urgent posts ------------------------------------------------------------------------------
URGENT_PARTS = {
    "what": "what happened",
    "where": "where (the intersection or place)",
    "when": "when",
    "description": "a description",
    "action": "what people should do (call a number, avoid the area)",
    "case": "the case number",
}


def _urgent_problems(answer: Any, case_file: Mapping[str, Any], platform: str | None, policy: Any,
                     level: str) -> tuple[list[Problem], Review]:
    text = _as_text(answer, "post")
    review = _review(text, platform or case_file.get("platform", "x"), policy)
    problems = _finding_problems(review, level)
    for part, label in URGENT_PARTS.items():
        facts = case_file.get(part)
        if not facts:
            continue
        for _, fact in _facts(facts):
            if find_fact(text, fact) is None:
                problems.append(Problem(f"Missing {label}: {_show_fact(fact)}.",
                                        fix="Take it from the case file, in plain words."))
    problems += _avoided(text, case_file.get("avoid"))
    return problems, review


def grade_urgent_post(answer: Any, case_file: Mapping[str, Any], *, platform: str | None = None,
                      policy: Any = None, level: str = "warning") -> None:
    """An urgent post written from a case file: the policy passes and every part is there.

    ``case_file`` maps parts (``what``, ``where``, ``when``, ``description``, ``action``, ``case``) to the
    facts that show each part (a string, a list of strings that must all appear, alternatives joined by
    ``|``), and may list words to ``avoid`` (health details, speculation) and the ``platform``.
    """
    problems = _collect(_urgent_problems, answer, case_file, platform, policy, level)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- hashtags ------------------------------------------------------------------------------------
_TAG = re.compile(r"(?<![\w#])#(\w+)")


def _hashtag_problems(answer: Any, expect: Iterable[str], max_tags: int | None) -> list[Problem]:
    text = _as_text(answer, "hashtags")
    tags = _TAG.findall(unicodedata.normalize("NFC", text))
    problems = []
    for want in expect:
        body = want.lstrip("#")
        if body in tags:
            continue
        near = next((t for t in tags if t.lower() == body.lower()), None)
        if near:
            problems.append(Problem(f"#{near} is hard to read aloud: start each word with a capital letter.",
                                    rule="", quote="#" + near, fix=f"Write #{body}, so screen readers say the words."))
        else:
            problems.append(Problem(f"Missing hashtag #{body}.", fix=f"Add #{body}."))
    if max_tags is not None and len(tags) > max_tags:
        problems.append(Problem(f"{len(tags)} hashtags; use at most {max_tags}.", fix="Keep the ones that matter."))
    return problems


def grade_hashtags(answer: Any, expect: Iterable[str], *, max_tags: int | None = None) -> None:
    """Every hashtag in ``expect`` appears written exactly so (CamelCase); at most ``max_tags`` in all."""
    problems = _collect(_hashtag_problems, answer, expect, max_tags)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- choices ---------------------------------------------------------------------------------------
_CHOICE_LINE = re.compile(r"^\s*\(?([A-Za-z0-9]{1,3})\s*[:.)=\-–]+\s*(.+?)\s*$")


def _choice_problems(answer: Any, key: Mapping[str, Any] | None, options: Iterable[str] | None,
                     items: Iterable[str] | None, why: Mapping[str, str] | None) -> list[Problem]:
    text = _as_text(answer, "answers")
    given: dict[str, str] = {}
    for line in text.splitlines():
        m = _CHOICE_LINE.match(line)
        if m:
            given[m.group(1).upper()] = m.group(2).strip().strip(".").strip()
    wanted = [str(i).upper() for i in (items if items is not None else (key or {}))]
    problems = []
    opts = {_norm(o): o for o in options} if options is not None else None
    for item in wanted:
        if item not in given:
            problems.append(Problem(f"No answer for {item}.", fix=f"Add a line like '{item}: your answer'."))
            continue
        if opts is not None and _norm(given[item]) not in opts:
            problems.append(Problem(f"{item}: '{given[item]}' is not one of the choices.",
                                    fix="Choose from: " + ", ".join(opts.values()) + "."))
    if key is not None and not problems:
        for item, right in key.items():
            item = str(item).upper()
            rights = [right] if isinstance(right, str) else list(right)
            if _norm(given.get(item, "")) not in {_norm(r) for r in rights}:
                hint = (why or {}).get(item) or (why or {}).get(item.lower()) or ""
                problems.append(Problem(f"{item}: '{given.get(item, '')}' is not the best answer.",
                                        fix=hint or "Read the lesson again."))
    return problems


def grade_choices(answer: Any, key: Mapping[str, Any] | None = None, *, options: Iterable[str] | None = None,
                  items: Iterable[str] | None = None, why: Mapping[str, str] | None = None) -> None:
    """Answers written one a line as ``A: answer``. ``items`` must all be answered from ``options``;
    ``key`` maps each item to the right answer (or a list of right answers); ``why`` explains misses."""
    problems = _collect(_choice_problems, answer, key, options, items, why)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- customize a policy ---------------------------------------------------------------------------
def _post_spec(item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    return dict(item)


_built: dict[str, Any] = {}  # policy text -> built policy (never changed once built)


def _policy_problems(yaml_text: Any, must_catch: Iterable[Any], must_pass: Iterable[Any],
                     platform: str) -> tuple[list[Problem], Any]:
    import yaml

    from ..api import check
    from ..policy import build_policy, load_yaml_text

    text = _as_text(yaml_text, "policy")
    try:
        data = load_yaml_text(text, "your policy")  # the library's guards: no alias floods, no deep nesting
    except PolicyError as e:
        return [Problem(str(e), fix="Write the policy out plainly, without YAML aliases.")], None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" on line {mark.line + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        return [Problem(f"This is not valid YAML{where}: {problem}.",
                        fix="Check the indentation (spaces, not tabs) and the colons.")], None
    if not isinstance(data, dict):
        return [Problem("A policy file is a set of 'field: value' lines.",
                        fix="Start it with the line 'extends: model'.")], None
    problems: list[Problem] = []
    if data.get("extends") is None:
        problems.append(Problem("The policy does not extend the model policy.",
                                fix="Start it with the line 'extends: model', then list only your changes."))
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
        return [*problems, Problem(str(e), fix="Fix the field it names.")], None
    except Exception as e:  # pragma: no cover - a library bug, still shown to the trainee
        return [*problems, Problem(f"The policy cannot be built: {e}")], None
    # new rules must keep the policy contract: bad examples raise the rule, good ones raise nothing
    from ..policy import _default_policy

    model_ids = {r.id for r in _default_policy().rules}
    for rule in pol.rules:
        if rule.id in model_ids or not rule.enabled:
            continue
        for ex in rule.examples.bad:
            r = check({"text": ex.text, "platform": ex.platform, **ex.post}, policy=pol)
            if rule.id not in r.rules():
                problems.append(Problem(f"The bad example \"{_short(ex.text)}\" does not raise your rule.",
                                        rule=rule.id, fix="Change the rule's terms or pattern so it matches."))
        for ex in rule.examples.good:
            r = check({"text": ex.text, "platform": ex.platform, **ex.post}, policy=pol)
            if rule.id in r.rules("warning"):
                problems.append(Problem(f"The good example \"{_short(ex.text)}\" raises your rule.",
                                        rule=rule.id, fix="Make the rule narrower, or change the example."))
    for item in must_catch:
        spec = _post_spec(item)
        want_rule, want_level = spec.pop("rule", None), spec.pop("level", "warning")
        spec.setdefault("platform", platform)
        r = check(spec, policy=pol)
        hits = [f for f in r.findings if LEVEL_RANK[f.level] >= LEVEL_RANK[want_level]
                and (want_rule is None or f.rule == want_rule)]
        if not hits:
            what = f"rule {want_rule}" if want_rule else "any rule"
            got = "; ".join(f"{f.rule} ({f.level})" for f in r.findings) or "nothing"
            problems.append(Problem(f"Your policy should catch \"{_short(spec['text'], 80)}\" with {what} at "
                                    f"{want_level} level or above, but it raises {got}.",
                                    rule=want_rule or "", fix="Change the policy so this post is caught."))
    for item in must_pass:
        spec = _post_spec(item)
        spec.setdefault("platform", platform)
        r = check(spec, policy=pol)
        for p in _finding_problems(r):
            problems.append(Problem(f"Your policy should let \"{_short(spec['text'], 80)}\" pass, but: {p.message}",
                                    rule=p.rule, quote=p.quote, fix="Change the policy so this post passes."))
    return problems, pol


def grade_policy(yaml_text: Any, must_catch: Iterable[Any] = (), must_pass: Iterable[Any] = (), *,
                 platform: str = "x") -> None:
    """A customized policy (YAML text) that builds, keeps the example contract for new rules, catches
    every post in ``must_catch`` (text, or ``{"text", "rule", "level", ...Post fields}``) and lets every
    post in ``must_pass`` through with nothing at warning or error level."""
    problems = _collect(_policy_problems, yaml_text, must_catch, must_pass, platform)
    if problems:  # the message says what to fix: read it below
        raise AnswerError(problems)


# ----- feedback before submitting ----------------------------------------------------------------------
_DISCLAIMER = "The grader may run more checks than these when you submit."


def feedback(answer: Any, *, keep: Facts = None, avoid: Facts = None, platform: str | None = None,
             policy: Any = None, original: str | None = None, post: Any = None, case: Mapping[str, Any] | None = None,
             case_file: Mapping[str, Any] | None = None, must_catch: Iterable[Any] | None = None,
             must_pass: Iterable[Any] | None = None, hashtags: Iterable[str] | None = None,
             options: Iterable[str] | None = None, items: Iterable[str] | None = None) -> Feedback:
    """Check an answer before you submit it, with the checks given here (never the hidden ones).

    - a post: ``feedback(post_text, keep=[...], avoid=[...], platform="x")``
    - "find the problems": ``feedback("privacy, clarity", post=the_post)``
    - account and author: ``feedback(choice, case=CASE)``
    - urgent post: ``feedback(post_text, case_file=CASE_FILE)``
    - a policy: ``feedback(yaml_text, must_catch=[...], must_pass=[...])``
    - choices: ``feedback("A: yes\\nB: no", items=["A", "B"], options=["yes", "no"])``

    Shows the result (HTML in Jupyter, text elsewhere) and returns it; ``bool(result)`` is whether it passed.
    """
    review = None
    notes: list[str] = []
    try:
        if must_catch is not None or must_pass is not None:
            problems, _ = _policy_problems(answer, must_catch or (), must_pass or (), platform or "x")
        elif case is not None:
            problems, review = _account_problems(answer, case, None, None, "", policy)
            review = None  # the post text is given, not the trainee's: nothing to highlight
        elif case_file is not None:
            problems, review = _urgent_problems(answer, case_file, platform, policy, "warning")
        elif post is not None:
            problems, notes, _ = _findings_problems(answer, post, platform=platform or "x", policy=policy,
                                                    expect=None, level="warning", reveal=False)
        elif options is not None or items is not None:
            problems = _choice_problems(answer, None, options, items, None)
        else:
            problems, review = _rewrite_problems(answer, keep, platform or "x", policy, avoid, original, "warning")
            if hashtags:
                problems += _hashtag_problems(answer, hashtags, None)
    except AnswerError as e:
        problems = e.problems
    passed = not problems
    if passed:
        title = "Looks ready: this answer passes the checks here."
        notes.append(_DISCLAIMER)
    else:
        n = len(problems)
        title = f"Not yet: {n} thing{'s' if n != 1 else ''} to fix."
    return Feedback(passed=passed, problems=problems, notes=notes, review=review, title=title)
