"""Load, extend and customize policies.

The model policy ships in ``tpstrain/policies/model``: ``policy.yaml`` (name, settings) and ``rules/``
with one YAML file per rule, named for its id. A user policy says ``extends: model`` (or a path) and then
changes settings, disables rules, overrides rules by id and adds new ones. Every mistake in a file comes
back as one :class:`PolicyError` line naming the file, the rule and the field.
"""

from __future__ import annotations

import contextvars
import copy
import functools
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from .cache import (
    MODEL_DIR,
    cache_read,
    cache_valid,
    cache_write,
    model_cache_path,
    prune_model_cache,
    sibling,
)
from .errors import PolicyError
from .plain import to_plain
from .policy_yaml import read_yaml
from .quick import Snapshot, snapshot_path
from .rules import CHECK_KINDS, PolicyFile, Rule, RuleOverride, Settings, TermsCheck

if TYPE_CHECKING:
    from .engine import CompiledPolicy

_EXTENDING: contextvars.ContextVar[tuple[Path, ...]] = contextvars.ContextVar(
    "tpstrain_extending", default=()
)


class Policy(BaseModel):
    """A complete policy: settings and rules, ready to compile."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str = "policy"
    description: str = ""
    settings: Settings = Field(default_factory=Settings)
    rules: list[Rule] = Field(default_factory=list)
    _compiled: Any = PrivateAttr(default=None)
    _table_cache: Path | None = PrivateAttr(default=None)  # set on the shipped model policy only

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    @property
    def enabled_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def __getstate__(self) -> dict[str, Any]:
        """Pickle without the compiled form (RE2 objects cannot be pickled): a policy sent to another
        process compiles again there, once."""
        state = super().__getstate__()
        private = state.get("__pydantic_private__")
        if private and private.get("_compiled") is not None:
            state["__pydantic_private__"] = {**private, "_compiled": None}
        return state

    def compiled(self) -> CompiledPolicy:
        """The compiled form, built once per policy object and reused for every post."""
        # read from the private attributes' dict itself: pydantic's __getattr__ costs 3 us, on every post
        compiled = (self.__pydantic_private__ or {}).get("_compiled")
        if compiled is None:
            from .engine import CompiledPolicy
            from .review import model_results

            compiled = self._compiled = CompiledPolicy(self, model_results())
        return compiled


# ----- what terms may cost -------------------------------------------------------------------------
# The term table indexes every spelling of every term with its inflections and, for phrases, every run of
# its words (the hidden-word pass reads "sexchange" in "sex change operation"): a term of w words costs
# about w * w / 2 index keys, and each 'unless' guard is compared on every match of its term. So a term is
# bounded in words and characters, one term's lists in length, and the policy as a whole in spellings and
# phrase pieces. The model policy uses half of each total or less (tests/test_hostile_input.py).
MAX_TERM_WORDS = 12  # words in one spelling (or guard); the model's longest has 7
MAX_TERM_CHARS = 200  # characters in one spelling (or guard); the model's longest has 38
MAX_TERM_LIST = 400  # spellings or guards in one term's list, guards on one pattern; the model's longest: 322 (court evidence's triggers)
MAX_POLICY_TERMS = 10_000  # spellings and guards of all rules (a shared guard list once); the model: ~4,200
MAX_POLICY_PIECES = (
    100_000  # runs of words of all phrases together (w * (w + 1) / 2 each); the model: ~10,000
)


def _term_lists(rule: Rule) -> list[tuple[str, list[str]]]:
    """(field path in the rule, list of spellings) for every list of words a rule puts in the term table or
    compares as a guard."""
    c, out = rule.check, []
    if isinstance(c, TermsCheck):  # and AcronymsCheck
        for i, t in enumerate(c.terms):
            out += [
                (f"check.terms.{i}.{k}", getattr(t, k)) for k in ("match", "unless_before", "unless_after")
            ]
    elif c.kind == "context":
        matchers = [("trigger", c.trigger)] + [
            (f"{k}.{i}", m)
            for k in ("with_all", "with_any", "unless_any")
            for i, m in enumerate(getattr(c, k))
        ]
        out += [(f"check.{where}.terms", m.terms) for where, m in matchers]
    elif c.kind == "people":
        out += [("check.terms", c.terms), ("check.phrases", c.phrases)]
    elif c.kind == "pattern":
        for i, p in enumerate(c.patterns):
            out += [(f"check.patterns.{i}.{k}", getattr(p, k)) for k in ("unless_before", "unless_after")]
    return out


def _check_term_list(field: str, spellings: list[str], where: str) -> tuple[int, int]:
    """Refuse a list of spellings over the per-term bounds; return (spellings, phrase pieces) it costs."""
    from .passes.terms import words_of

    if len(spellings) > MAX_TERM_LIST:
        raise PolicyError(
            f"{where}: field '{field}': {len(spellings):,} entries; the limit is {MAX_TERM_LIST} "
            "per list (split the term)"
        )
    pieces = 0
    for j, s in enumerate(spellings):
        words = len(words_of(s))
        if words > MAX_TERM_WORDS:
            raise PolicyError(
                f"{where}: field '{field}.{j}': a term of {words:,} words; the limit is "
                f"{MAX_TERM_WORDS} words per term"
            )
        if len(s) > MAX_TERM_CHARS:
            raise PolicyError(
                f"{where}: field '{field}.{j}': a term of {len(s):,} characters; the limit is "
                f"{MAX_TERM_CHARS} characters per term"
            )
        pieces += words * (words + 1) // 2
    return len(spellings), pieces


def _check_rule_terms(rule: Rule, where: str, prefix: str = "") -> None:
    """One rule's terms within the per-term bounds; ``prefix`` renames 'check.' (an override's 'params.')."""
    for field, spellings in _term_lists(rule):
        _check_term_list(prefix + field.removeprefix("check.") if prefix else field, spellings, where)


def _stored_already(field: str, words: list[str], seen: set[tuple[str, ...]]) -> bool:
    """A guard list given word for word before (a YAML anchor's): the term table keeps one copy of it, so it
    counts once. ``seen`` holds the guard lists met so far."""
    if not field.endswith(("unless_before", "unless_after")):
        return False
    if tuple(words) in seen:
        return True
    seen.add(tuple(words))
    return False


def term_totals(policy: Policy, source: str = "policy") -> tuple[dict[str, int], dict[str, int]]:
    """The spellings and guards, and the phrase pieces, each rule (or setting) of the policy puts in the term
    table, checked against the per-term bounds. A guard list several terms give word for word (a YAML
    anchor's) is stored once in the table, so it counts once."""
    spellings: dict[str, int] = {}
    pieces: dict[str, int] = {}
    seen: set[tuple[str, ...]] = set()  # guard lists counted already
    lists = [(f"rule '{r.id}'", f, s) for r in policy.rules for f, s in _term_lists(r)]
    lists.append(
        ("field 'settings.sexual_offences'", "settings.sexual_offences", policy.settings.sexual_offences)
    )
    for what, field, words in lists:
        n, p = _check_term_list(field, words, f"{source}: {what}" if what.startswith("rule") else source)
        if _stored_already(field, words, seen):
            continue
        spellings[what] = spellings.get(what, 0) + n
        pieces[what] = pieces.get(what, 0) + p
    return spellings, pieces


def _check_policy_terms(policy: Policy, source: str) -> None:
    """The whole policy's terms within the totals the term table is built for, in bounded time and memory.
    Over a total, the error names the rule (or setting) that holds the most of it."""
    spellings, pieces = term_totals(policy, source)
    for counts, limit, unit in (
        (spellings, MAX_POLICY_TERMS, "term spellings and guards"),
        (pieces, MAX_POLICY_PIECES, "runs of words in phrases"),
    ):
        total = sum(counts.values())
        if total > limit:
            most = max(counts, key=counts.__getitem__)
            raise PolicyError(
                f"{source}: {most}: the policy has {total:,} {unit}, {counts[most]:,} of them here; "
                f"the limit is {limit:,} for one policy"
            )


def _field_path(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for k, p in enumerate(loc):
        if isinstance(p, int):
            parts.append(str(p))
        elif p in ("TermsCheck", "PatternCheck") or (k and loc[k - 1] == "check" and p in CHECK_KINDS):
            continue  # the discriminator tag pydantic adds after 'check' ("check.terms.terms.0" is "check.terms.0")
        else:
            parts.append(str(p))
    return ".".join(parts) or "(top level)"


def _one_line(e: ValidationError) -> str:
    err = e.errors(include_url=False)[0]
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown field"
    elif err["type"] == "missing":
        msg = "required field is missing"
    more = len(e.errors()) - 1
    return msg + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def _rule_error(source: str, data: Any, e: ValidationError, rule_id: str | None = None) -> PolicyError:
    loc = e.errors()[0]["loc"]
    rid = rule_id or (data.get("id") if isinstance(data, dict) else None) or "?"
    return PolicyError(f"{source}: rule '{rid}': field '{_field_path(loc)}': {_one_line(e)}")


def parse_rule(data: Any, source: str, rule_id: str | None = None) -> Rule:
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a rule must be a mapping of fields, not {type(data).__name__}")
    try:
        return Rule.model_validate(data)
    except ValidationError as e:
        raise _rule_error(source, data, e, rule_id) from None
    except (RecursionError, TypeError, ValueError) as e:
        raise PolicyError(f"{source}: rule '{data.get('id', '?')}': {e}") from None


def _parse_model_policy(files: list[Path]) -> Policy:
    meta = read_yaml(MODEL_DIR / "policy.yaml") or {}
    rules = []
    for path in files:
        rule = parse_rule(read_yaml(path), str(path))
        if rule.id != path.stem:
            raise PolicyError(f"{path}: rule '{rule.id}': field 'id': must match the file name '{path.stem}'")
        rules.append(rule)
    try:
        return Policy(
            name=meta.get("name", "model"),
            description=meta.get("description", ""),
            settings=Settings.model_validate(meta.get("settings", {})),
            rules=rules,
        )
    except ValidationError as e:
        raise PolicyError(
            f"{MODEL_DIR / 'policy.yaml'}: field '{_field_path(e.errors()[0]['loc'])}': {_one_line(e)}"
        ) from None


@lru_cache(maxsize=1)
def _model_policy() -> Policy:
    """The model policy, parsed from YAML once and then kept, already validated, in the user's cache
    (see cache.py), so a cold ``tpstrain check`` skips YAML parsing and validation. Its plain snapshot,
    for the quick CLI path, is written beside it."""
    path = model_cache_path()
    policy: Policy | None = cache_read(path, Policy)
    if policy is None:
        policy = _parse_model_policy(sorted((MODEL_DIR / "rules").glob("*.yaml")))
        if path is not None:
            prune_model_cache(path.parent)
            cache_write(path, policy)
    _write_snapshot(policy)
    # the compiled term table of this exact policy may be cached beside it (see engine.CompiledPolicy)
    policy._table_cache = sibling(path, "terms")
    return policy


def _write_snapshot(policy: Policy) -> None:
    """Keep the model policy's plain snapshot for the quick CLI path (quick.py) beside its cache entry."""
    path = snapshot_path()
    if path is None or cache_valid(path):  # one this user's tpstrain wrote (else it is written over)
        return
    from .models import Post
    from .review import Finding, Metrics, Review

    post = {
        name: f.get_default(call_default_factory=True)
        for name, f in Post.model_fields.items()
        if not f.is_required()
    }
    fields = {cls.__name__.lower(): list(cls.model_fields) for cls in (Finding, Metrics, Review)}
    cache_write(path, Snapshot(to_plain(policy), post, fields))


def model_policy() -> Policy:
    """A fresh copy of the model policy (the shipped copy is parsed once per process)."""
    base = _model_policy()  # copied without its compiled form, which is built per policy object
    return Policy.model_construct(
        name=base.name,
        description=base.description,
        settings=base.settings.model_copy(deep=True),
        rules=[r.model_copy(deep=True) for r in base.rules],
    )


def shared_policy(source: str | Path | Policy | None = None) -> Policy:
    """The one policy object a process shares for ``source``, compiled once: a Policy as it is; ``None`` or
    ``"model"`` the model policy (what ``check`` uses without a policy); a shipped name (``"course"``) or a
    file, loaded once per process. :func:`load_policy` and :func:`model_policy` give fresh copies instead."""
    if source is None or source == "model":
        return _model_policy()
    if isinstance(source, Policy):
        return source
    return _shared_load(str(source))


@functools.lru_cache(maxsize=8)
def _shared_load(source: str) -> Policy:
    return load_policy(source)


# ----- extending --------------------------------------------------------------------------------
def _term_spellings(term: Any) -> set[str]:
    return {m.lower() for m in term.match}


def _apply_override(rule: Rule, ov: RuleOverride, source: str) -> Rule:
    data = rule.model_dump()
    for key in ("level", "enabled", "message", "question", "fix"):
        val = getattr(ov, key)
        if val is not None:
            data[key] = val
    if ov.add_terms or ov.remove_terms:
        if not isinstance(rule.check, TermsCheck):
            raise PolicyError(
                f"{source}: rule '{rule.id}': field 'add_terms': only terms rules have terms (this one is '{rule.kind}')"
            )
        drop = {t.lower() for t in ov.remove_terms}
        known = set().union(*(_term_spellings(t) for t in rule.check.terms)) if rule.check.terms else set()
        missing = sorted(drop - known)
        if missing:
            raise PolicyError(
                f"{source}: rule '{rule.id}': field 'remove_terms': no term spelled {missing[0]!r}"
            )
        terms = [t for t in rule.check.terms if not (_term_spellings(t) & drop)]
        data["check"]["terms"] = [t.model_dump() for t in terms] + [t.model_dump() for t in ov.add_terms]
    if ov.params:
        if "kind" in ov.params:
            raise PolicyError(
                f"{source}: rule '{rule.id}': field 'params.kind': the kind of a rule cannot change"
            )
        data["check"] = {**data["check"], **copy.deepcopy(ov.params)}
    try:
        return Rule.model_validate(data)
    except ValidationError as e:
        loc = e.errors()[0]["loc"]
        field = _field_path(loc)
        if field.startswith("check."):
            field = "params." + field[len("check.") :]
        raise PolicyError(f"{source}: rule '{rule.id}': field '{field}': {_one_line(e)}") from None


def _merge_settings(base: Settings, changes: dict[str, Any], source: str) -> Settings:
    data = base.model_dump()
    for key, val in changes.items():
        if isinstance(data.get(key), list) and isinstance(val, list):
            data[key] = data[key] + [v for v in val if v not in data[key]]
        else:
            data[key] = val
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        raise PolicyError(
            f"{source}: field 'settings.{_field_path(e.errors()[0]['loc'])}': {_one_line(e)}"
        ) from None


def build_policy(
    data: Any, source: str = "<policy>", base_dir: Path | None = None, _depth: int = 0
) -> Policy:
    """Build a policy from already-parsed policy-file data.

    A policy with no enabled rules would pass every post, so it is refused unless it says so: ``extends`` is
    required ('model', a path, or 'none' for a policy of its own rules), and a policy left with no enabled
    rule needs ``allow_empty: true``."""
    pf, new_rules = _policy_file(data, source, _depth)
    base = _extended(pf, source, base_dir, _depth)
    rules = {r.id: r for r in base.rules}
    _override(rules, pf, source)
    for rule in new_rules:
        if rule.id in rules:
            raise PolicyError(
                f"{source}: rule '{rule.id}': field 'id': already in the policy (override it under 'rules')"
            )
        rules[rule.id] = rule
    policy = Policy(
        name=pf.name or base.name,
        description=pf.description or base.description,
        settings=_merge_settings(base.settings, pf.settings, source),
        rules=list(rules.values()),
    )
    if not pf.allow_empty and not policy.enabled_rules:
        why = "no rules" if not policy.rules else "every rule disabled"
        raise PolicyError(
            f"{source}: the policy has {why}, so every post would pass: add rules, or say "
            "'allow_empty: true' if that is what you mean"
        )
    _check_policy_terms(policy, source)  # before the term table is built
    try:
        policy.compiled()  # surface pattern errors now, with the file's name
    except PolicyError as e:
        raise PolicyError(f"{source}: {e}") from None
    return policy


def _policy_file(data: Any, source: str, depth: int) -> tuple[PolicyFile, list[Rule]]:
    """The file's fields, validated, and its new rules (validated one by one, so an error names the rule)."""
    if data is None:  # an empty file, or comments only
        raise PolicyError(
            f"{source}: the policy is empty, so every post would pass: start it with "
            "'extends: model' (then your changes)"
        )
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy file must be a mapping of fields, not {type(data).__name__}")
    if depth > 8:
        raise PolicyError(f"{source}: field 'extends': more than 8 policies deep (a loop?)")
    added = data.get("add", [])
    if not isinstance(added, list):
        raise PolicyError(f"{source}: field 'add': must be a list of rules")
    new_rules = [parse_rule(r, source) for r in added]
    for rule in new_rules:
        _check_rule_terms(rule, f"{source}: rule '{rule.id}'")
    try:
        pf = PolicyFile.model_validate({**data, "add": []})
    except ValidationError as e:
        loc = e.errors()[0]["loc"]
        if loc and loc[0] == "rules" and len(loc) > 1:
            raise PolicyError(
                f"{source}: rule '{loc[1]}': field '{_field_path(loc[2:])}': {_one_line(e)}"
            ) from None
        raise PolicyError(f"{source}: field '{_field_path(loc)}': {_one_line(e)}") from None
    if pf.extends is None:
        raise PolicyError(
            f"{source}: field 'extends': required, so no policy is empty by mistake: 'model' "
            "(the model policy and your changes), a path to another policy file, or 'none' "
            "(only the rules under 'add')"
        )
    return pf, new_rules


def _extended(pf: PolicyFile, source: str, base_dir: Path | None, depth: int) -> Policy:
    """The policy this file extends: none, the model policy, or another file (never one already being read)."""
    if pf.extends == "none":
        return Policy()
    if pf.extends == "model":
        return model_policy()
    path = Path(str(pf.extends))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    if not path.is_file():
        why = "not a regular file" if path.exists() else "no such file"
        raise PolicyError(f"{source}: field 'extends': cannot extend {str(path)!r} ({why})")
    chain = _EXTENDING.get()
    if path.resolve() in chain:
        loop = " -> ".join(p.name for p in (*chain[chain.index(path.resolve()) :], path.resolve()))
        raise PolicyError(
            f"{source}: field 'extends': policies extend each other in a loop, endlessly deep ({loop})"
        )
    return _load_file(path, depth + 1)


def _override(rules: dict[str, Rule], pf: PolicyFile, source: str) -> None:
    """Disable rules, and apply the file's overrides (their added terms bounded before the rule is rebuilt)."""
    for rid in pf.disable:
        if rid not in rules:
            raise PolicyError(f"{source}: rule '{rid}': field 'disable': no such rule in the extended policy")
        rules[rid] = rules[rid].model_copy(update={"enabled": False})
    for rid, ov in pf.rules.items():
        if rid not in rules:
            raise PolicyError(
                f"{source}: rule '{rid}': field 'rules': no such rule (use 'add' for new rules)"
            )
        added_terms, seen = 0, set[tuple[str, ...]]()
        for i, term in enumerate(ov.add_terms):
            for key in ("match", "unless_before", "unless_after"):
                words = getattr(term, key)
                n = _check_term_list(f"add_terms.{i}.{key}", words, f"{source}: rule '{rid}'")[0]
                if not _stored_already(key, words, seen):
                    added_terms += n
        if added_terms > MAX_POLICY_TERMS:
            raise PolicyError(
                f"{source}: rule '{rid}': field 'add_terms': {added_terms:,} term spellings and guards; "
                f"the limit is {MAX_POLICY_TERMS:,} for one policy"
            )
        rules[rid] = _apply_override(rules[rid], ov, source)
        if ov.params:
            _check_rule_terms(rules[rid], f"{source}: rule '{rid}'", prefix="params.")


def _load_file(path: Path, depth: int) -> Policy:
    token = _EXTENDING.set((*_EXTENDING.get(), path.resolve()))
    try:
        data = read_yaml(path)
        return build_policy(data, str(path), path.parent, depth)
    except PolicyError as e:
        if str(e).startswith(str(path)) or depth == 0:
            raise
        raise PolicyError(f"{path}: {e}") from None
    finally:
        _EXTENDING.reset(token)


NAMED_POLICIES = ("course",)  # shipped beside the model policy: tpstrain/policies/<name>.yaml


def named_policy_path(name: str) -> Path | None:
    """The file of a policy shipped with the library under ``name`` (e.g. ``"course"``), or None."""
    return MODEL_DIR.parent / f"{name}.yaml" if name in NAMED_POLICIES else None


def load_policy(source: str | Path | None = None) -> Policy:
    """Load a policy: ``None`` or ``"model"`` for the model policy, a shipped policy by name (``"course"``: the
    model policy held to what the course's lessons teach), else a YAML policy file."""
    if source is None or source == "model":
        return model_policy()
    named = named_policy_path(source) if isinstance(source, str) and not Path(source).exists() else None
    try:
        return _load_file(named or Path(source), 0)
    except PolicyError as e:  # one line, whatever a file's keys or ids hold ("a\nb")
        msg = str(e)
        if "\n" in msg or "\r" in msg:
            raise PolicyError(msg.replace("\r", "\\r").replace("\n", "\\n")) from None
        raise
