"""Load, extend and customize policies.

The model policy ships in ``tpstrain/policies/model``: ``policy.yaml`` (name, settings) and ``rules/``
with one YAML file per rule, named for its id. A user policy says ``extends: model`` (or a path) and then
changes settings, disables rules, overrides rules by id and adds new ones. Every mistake in a file comes
back as one :class:`PolicyError` line naming the file, the rule and the field.
"""

from __future__ import annotations

import contextvars
import copy
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from .cache import (
    MODEL_DIR,
    cache_read,
    cache_write,
    model_cache_path,
    prune_model_cache,
    sibling,
)
from .errors import PolicyError
from .quick import write_snapshot
from .rules import CHECK_KINDS, PolicyFile, Rule, RuleOverride, Settings, TermsCheck

MAX_POLICY_BYTES = 2_000_000
MAX_YAML_VALUES = 1_000_000  # values after aliases are followed: "billion laughs" files stop here
MAX_YAML_DEPTH = 64  # nesting; real policy files are under 10 deep
_EXTENDING: contextvars.ContextVar[tuple[Path, ...]] = contextvars.ContextVar("tpstrain_extending", default=())


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

    def compiled(self):
        """The compiled form, built once per policy object and reused for every post."""
        # read from the private attributes' dict itself: pydantic's __getattr__ costs 3 us, on every post
        compiled = (self.__pydantic_private__ or {}).get("_compiled")
        if compiled is None:
            from .engine import CompiledPolicy

            compiled = self._compiled = CompiledPolicy(self)
        return compiled


# ----- reading files ----------------------------------------------------------------------------
def _read_yaml(path: Path) -> Any:
    try:
        with open(path, "rb") as f:  # a regular file only, and never more than the limit (not /dev/zero)
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise PolicyError(f"{path}: not a regular file")
            data = f.read(MAX_POLICY_BYTES + 1)
    except OSError as e:
        raise PolicyError(f"{path}: cannot read policy file ({e.strerror or e})") from None
    if len(data) > MAX_POLICY_BYTES:
        size = os.path.getsize(path)
        raise PolicyError(f"{path}: policy file is {size:,} bytes; the limit is {MAX_POLICY_BYTES:,}")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PolicyError(f"{path}: not UTF-8 text (byte {e.start})") from None
    import yaml

    try:
        return load_yaml_text(raw, path)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}:" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise PolicyError(f"{path}:{where} invalid YAML: {problem}") from None


def load_yaml_text(raw: str, source: object) -> Any:
    """Policy YAML as plain data: the safe loader (no objects), and no alias floods or deep nesting
    (PolicyError naming ``source``). Syntax errors stay ``yaml.YAMLError`` for the caller to word."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(raw, Loader=loader)
    except RecursionError:
        raise PolicyError(f"{source}: YAML nested too deeply") from None
    _bounded(data, source)
    return data


def _bounded(data: Any, path: object) -> None:
    """Refuse YAML whose aliases expand to a flood of values ("billion laughs": nine lists of nine aliases of
    ...), that refers to itself, or that nests deeper than any policy needs: what validation, copies and
    JSON output would walk, counted with a budget before anything walks it."""
    budget = MAX_YAML_VALUES
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise PolicyError(f"{path}: YAML expands to more than {MAX_YAML_VALUES:,} values "
                              "(aliases of aliases, or an alias of itself)")
        if depth > MAX_YAML_DEPTH:
            raise PolicyError(f"{path}: YAML nested more than {MAX_YAML_DEPTH} levels deep")
        if isinstance(node, dict):
            stack.extend((x, depth + 1) for kv in node.items() for x in kv)
        elif isinstance(node, list):
            stack.extend((x, depth + 1) for x in node)


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
    meta = _read_yaml(MODEL_DIR / "policy.yaml") or {}
    rules = []
    for path in files:
        rule = parse_rule(_read_yaml(path), str(path))
        if rule.id != path.stem:
            raise PolicyError(f"{path}: rule '{rule.id}': field 'id': must match the file name '{path.stem}'")
        rules.append(rule)
    try:
        return Policy(name=meta.get("name", "model"), description=meta.get("description", ""),
                      settings=Settings.model_validate(meta.get("settings", {})), rules=rules)
    except ValidationError as e:
        raise PolicyError(f"{MODEL_DIR / 'policy.yaml'}: field '{_field_path(e.errors()[0]['loc'])}': {_one_line(e)}") from None


@lru_cache(maxsize=1)
def _model_policy() -> Policy:
    """The model policy, parsed from YAML once and then kept, already validated, in the user's cache
    (see cache.py), so a cold ``tpstrain check`` skips YAML parsing and validation. Its plain snapshot,
    for the quick CLI path, is written beside it."""
    path = model_cache_path()
    policy = cache_read(path, Policy)
    if policy is None:
        policy = _parse_model_policy(sorted((MODEL_DIR / "rules").glob("*.yaml")))
        if path is not None:
            prune_model_cache(path.parent)
            cache_write(path, policy)
    write_snapshot(policy)
    # the compiled term table of this exact policy may be cached beside it (see engine.CompiledPolicy)
    policy._table_cache = sibling(path, "terms")
    return policy


def model_policy() -> Policy:
    """A fresh copy of the model policy (the shipped copy is parsed once per process)."""
    base = _model_policy()  # copied without its compiled form, which is built per policy object
    return Policy.model_construct(
        name=base.name, description=base.description, settings=base.settings.model_copy(deep=True),
        rules=[r.model_copy(deep=True) for r in base.rules],
    )


def _default_policy() -> Policy:
    """The shared model policy object (compiled once, reused by ``check`` without a policy)."""
    return _model_policy()


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
            raise PolicyError(f"{source}: rule '{rule.id}': field 'remove_terms': no term spelled {missing[0]!r}")
        terms = [t for t in rule.check.terms if not (_term_spellings(t) & drop)]
        data["check"]["terms"] = [t.model_dump() for t in terms] + [t.model_dump() for t in ov.add_terms]
    if ov.params:
        if "kind" in ov.params:
            raise PolicyError(f"{source}: rule '{rule.id}': field 'params.kind': the kind of a rule cannot change")
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
        raise PolicyError(f"{source}: field 'settings.{_field_path(e.errors()[0]['loc'])}': {_one_line(e)}") from None


def build_policy(data: Any, source: str = "<policy>", base_dir: Path | None = None, _depth: int = 0) -> Policy:
    """Build a policy from already-parsed policy-file data."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy file must be a mapping of fields, not {type(data).__name__}")
    if _depth > 8:
        raise PolicyError(f"{source}: field 'extends': more than 8 policies deep (a loop?)")
    # rules under 'add' are validated one by one so the error can name the rule
    added = data.get("add", [])
    if not isinstance(added, list):
        raise PolicyError(f"{source}: field 'add': must be a list of rules")
    new_rules = [parse_rule(r, source) for r in added]
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
        base = Policy()
    elif pf.extends == "model":
        base = model_policy()
    else:
        path = Path(pf.extends)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            why = "not a regular file" if path.exists() else "no such file"
            raise PolicyError(f"{source}: field 'extends': cannot extend {str(path)!r} ({why})")
        chain = _EXTENDING.get()
        if path.resolve() in chain:
            loop = " -> ".join(p.name for p in (*chain[chain.index(path.resolve()):], path.resolve()))
            raise PolicyError(f"{source}: field 'extends': policies extend each other in a loop, endlessly deep ({loop})")
        base = _load_file(path, _depth + 1)

    rules = {r.id: r for r in base.rules}
    for rid in pf.disable:
        if rid not in rules:
            raise PolicyError(f"{source}: rule '{rid}': field 'disable': no such rule in the extended policy")
        rules[rid] = rules[rid].model_copy(update={"enabled": False})
    for rid, ov in pf.rules.items():
        if rid not in rules:
            raise PolicyError(f"{source}: rule '{rid}': field 'rules': no such rule (use 'add' for new rules)")
        rules[rid] = _apply_override(rules[rid], ov, source)
    for rule in new_rules:
        if rule.id in rules:
            raise PolicyError(f"{source}: rule '{rule.id}': field 'id': already in the policy (override it under 'rules')")
        rules[rule.id] = rule
    policy = Policy(
        name=pf.name or base.name,
        description=pf.description or base.description,
        settings=_merge_settings(base.settings, pf.settings, source),
        rules=list(rules.values()),
    )
    try:
        policy.compiled()  # surface pattern errors now, with the file's name
    except PolicyError as e:
        raise PolicyError(f"{source}: {e}") from None
    return policy


def _load_file(path: Path, depth: int) -> Policy:
    token = _EXTENDING.set((*_EXTENDING.get(), path.resolve()))
    try:
        data = _read_yaml(path)
        return build_policy(data, str(path), path.parent, depth)
    except PolicyError as e:
        if str(e).startswith(str(path)) or depth == 0:
            raise
        raise PolicyError(f"{path}: {e}") from None
    finally:
        _EXTENDING.reset(token)


def load_policy(source: str | Path | None = None) -> Policy:
    """Load a policy: ``None`` or ``"model"`` for the model policy, else a YAML policy file."""
    if source is None or source == "model":
        return model_policy()
    try:
        return _load_file(Path(source), 0)
    except PolicyError as e:  # one line, whatever a file's keys or ids hold ("a\nb")
        msg = str(e)
        if "\n" in msg or "\r" in msg:
            raise PolicyError(msg.replace("\r", "\\r").replace("\n", "\\n")) from None
        raise
