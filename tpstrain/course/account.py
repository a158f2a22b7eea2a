""" "Choose the account and the author": the pair must pass the policy's authorization checks (trained,
authorized on the account, not a personal account), and be the best pair for the post.

The best pair is the key: ``accept`` (handles) and ``accept_authors`` (names or ids) in the hidden test, or
the same, sealed, under ``"key"`` in the case (see :mod:`~tpstrain.course.keys`), so the visible check judges
alike without printing the answer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ..review import Review
from .facts import as_text, find_fact, norm
from .keys import Key
from .results import Problem, _fail, collect
from .standards import finding_problems, resolve_policy, review

__all__ = ["account_problems", "grade_account"]

# the model policy's own authorization rules, by what they require (one definition: the rule files)
_AUTH_RULES = {
    "official_account": "authorization.official-account",
    "unit_account": "authorization.unit-account",
}


def _with_authorization(policy: Any):
    """The policy, plus the account checks it lacks (the course needs all three authorization checks)."""
    pol = resolve_policy(policy)
    return _auth_policy(pol) if _missing_auth(pol) else pol


def _missing_auth(pol) -> list[str]:
    have = {r.check.require for r in pol.rules if r.enabled and r.kind == "authorization"}
    return [k for k in ("official_account", "unit_account") if k not in have]


_AUTH_CACHE: dict[int, tuple[Any, Any]] = {}


def _auth_policy(pol):
    hit = _AUTH_CACHE.get(id(pol))
    if hit is not None and hit[0] is pol:
        return hit[1]
    from .. import model_policy
    from ..policy import Policy

    model = model_policy()
    extra = [model.rule(_AUTH_RULES[k]).model_copy(update={"enabled": True}) for k in _missing_auth(pol)]
    out = Policy(
        name=pol.name, description=pol.description, settings=pol.settings, rules=[*pol.rules, *extra]
    )
    if len(_AUTH_CACHE) > 8:
        _AUTH_CACHE.clear()
    _AUTH_CACHE[id(pol)] = (pol, out)
    return out


def _handle(h: str) -> str:
    return h.lstrip("@").lower()


def _case_parts(case: Mapping[str, Any]):
    from ..models import Account, StaffMember

    accounts = [a if isinstance(a, Account) else Account.model_validate(a) for a in case.get("accounts", [])]
    staff = [
        s if isinstance(s, StaffMember) else StaffMember.model_validate(s) for s in case.get("staff", [])
    ]
    return accounts, staff


_RANK = re.compile(
    r"^(?:PC|P\.C\.|Cst\.?|Const\.?|Constable|S/Sgt\.?|Staff Sergeant|Sgt\.?|Sergeant|Det\.?|"
    r"Detective|Insp\.?|Inspector|Supt\.?|Superintendent|Mr\.?|Ms\.?|Mrs\.?|Mx\.?)\s+"
)


def _name_forms(member, staff) -> list[str]:
    """Ways a trainee may name a member: full name, name without rank, id, or a surname no one else has."""
    bare = _RANK.sub("", member.name)
    forms = [member.name, bare, member.id]
    surname = bare.split()[-1] if bare.split() else ""
    if surname and sum(1 for s in staff if _RANK.sub("", s.name).split()[-1:] == [surname]) == 1:
        forms.append(surname)
    return forms


def _listify(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _category(rev: Review, rule: str) -> str:
    return next((f.category for f in rev.findings if f.rule == rule), "")


def _labelled(text: str, label: str) -> str:
    """The text of the line labelled ``label`` ("Author: PC Ana Costa, because ..."), else all of ``text``."""
    m = re.search(rf"^\s*{label}\s*[:=\-–]\s*(.+)$", text, re.I | re.M)
    if m is None:
        return text
    return re.split(r"\s*(?:\(|\bbecause\b|\bsince\b|\s[-–—]\s)", m.group(1), maxsplit=1)[0] or m.group(1)


def _pick(text: str, accounts, staff) -> tuple[Any, Any, list[Problem]]:
    """The account and the author ``text`` names, or the problem with it. With "Account:" and "Author:"
    lines, only what those lines name counts (a reason may mention someone else)."""
    low = norm(_labelled(text, "account"))
    named = [
        a for a in accounts if re.search(r"(?<![\w@])@?" + re.escape(_handle(a.handle)) + r"(?!\w)", low)
    ]
    if not named:
        listed = ", ".join("@" + _handle(a.handle) for a in accounts)
        return (
            None,
            None,
            [Problem(f"Name one of the accounts: {listed}.", fix="Write its handle, e.g. Account: @Handle")],
        )
    if len(named) > 1:
        listed = " and ".join("@" + a.handle.lstrip("@") for a in named)
        return None, None, [Problem(f"Choose one account; you named {listed}.")]
    if not staff:
        return named[0], None, []
    author_text = _labelled(text, "author")
    who = [s for s in staff if any(find_fact(author_text, form) for form in _name_forms(s, staff) if form)]
    if not who:
        return (
            None,
            None,
            [
                Problem(
                    "Name the author too: " + ", ".join(s.name for s in staff) + ".",
                    fix="Write, e.g., Author: " + staff[0].name,
                )
            ],
        )
    if len(who) > 1:
        return (
            None,
            None,
            [Problem("Choose one author; you named " + " and ".join(s.name for s in who) + ".")],
        )
    return named[0], who[0], []


def _best(
    account, author, staff, accept: Any, accept_authors: Any, key: Key | None, why: str
) -> list[Problem]:
    """Problems when the pair is allowed but not the best one for the post."""
    handle = _handle(account.handle)
    ok_account = (
        key.has("account", handle)
        if key is not None and "account" in key
        else accept is None or handle in {_handle(a) for a in _listify(accept)}
    )
    if not ok_account:
        return [
            Problem(
                f"@{account.handle.lstrip('@')} may post this, but it is not the best account for it.",
                fix=why or "Think about whose followers need this news.",
            )
        ]
    if author is None:
        return []
    forms = [f for f in _name_forms(author, staff) if f]
    if key is not None and "author" in key:
        ok_author = any(key.has("author", f) for f in forms)
    else:
        ok_author = accept_authors is None or any(
            find_fact(author.name, a) or a == author.id for a in _listify(accept_authors)
        )
    if not ok_author:
        return [
            Problem(
                f"{author.name} may post here, but is not the best choice for this post.",
                fix=why or "Think about who knows the subject and is trained to post.",
            )
        ]
    return []


def account_problems(
    choice: Any,
    case: Mapping[str, Any],
    accept: Any = None,
    accept_authors: Any = None,
    why: str = "",
    policy: Any = None,
) -> tuple[list[Problem], Review | None]:
    from ..api import to_post

    text = as_text(choice, "choice")
    accounts, staff = _case_parts(case)
    account, author, problems = _pick(text, accounts, staff)
    if problems:
        return problems, None
    when = case.get("date")
    created = dt.datetime.combine(dt.date.fromisoformat(str(when)), dt.time(9)) if when else None
    post = to_post(
        str(case.get("post", "")) or "(post)",
        case.get("platform", account.platform),
        account=account,
        author=author,
        created_at=created,
        official=case.get("official", True),
    )
    rev = review(post, None, _with_authorization(policy))
    problems = [p for p in finding_problems(rev) if _category(rev, p.rule) == "authorization"]
    if not problems:
        key = Key(case["key"]) if case.get("key") else None
        problems = _best(account, author, staff, accept, accept_authors, key, why)
    return problems, rev


def grade_account(
    choice: Any,
    case: Mapping[str, Any],
    *,
    accept: Any = None,
    accept_authors: Any = None,
    why: str = "",
    policy: Any = None,
) -> None:
    """ "Choose the account and the author": ``choice`` is text naming one account handle and one author.

    ``case`` holds ``post`` (text), ``platform``, ``date`` (ISO day the post goes out), ``accounts``
    (Account dicts), ``staff`` (StaffMember dicts) and may hold ``key``: the best pair, sealed (roles
    ``account`` and ``author``). The pair must pass the policy's authorization checks (trained, authorized
    on the account, not a personal account). ``accept`` (handles) and ``accept_authors`` (names or ids)
    narrow the right answers, in plain words; ``why`` explains them when missed.
    """
    problems = collect(account_problems, choice, case, accept, accept_authors, why, policy)
    if problems:  # the message says what to fix: read it below
        _fail(problems)
        return
