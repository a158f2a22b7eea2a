"""Compile a policy once; check posts against it in one pass.

The shared passes (passes/) fold and tokenize a post once, run every policy pattern and every detector's
precheck in one RE2 Set pass, and walk the words once for every term of every rule; each rule then runs only
if those passes found something it needs (checks/, one module per kind).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from .cache import cache_read, cache_write
from .checks import KINDS
from .checks.base import Ctx, PolicyData
from .levels import LEVEL_RANK, verdict_of
from .passes.addresses import address_key
from .passes.entities import PRECHECKS
from .passes.patterns import OnFirstUse, PatternSet, compile_pattern
from .passes.terms import TermTable
from .passes.tokenize import Analysis
from .plain import PLAIN_RESULTS, Plain

# What the rules that also read a title and alt text are about, and how they read (not a post's length, layout,
# emoji, capitals, media or account; nor descriptions of a person, which alt text gives on purpose).
_FIELD_CATEGORIES = frozenset({"legal", "privacy", "sensitivity", "tone"})
_FIELD_KINDS = frozenset({"terms", "pattern", "context", "people", "detector"})
_BODY_CONTEXT = 5_000  # characters of the post's text read with its title and alt text, for the post's facts


if TYPE_CHECKING:
    from .models import Post
    from .shapes import FindingShape, Results, ReviewShape


def _with_text(post: Post | Plain, text: str) -> Post | Plain:
    """The post with another text (a pydantic model, or the quick path's plain object)."""
    copy = getattr(post, "model_copy", None)
    if copy is not None:
        new: Post = copy(update={"text": text})
        return new
    clone = object.__new__(type(post))
    clone.__dict__.update(vars(post))
    clone.text = text
    return clone


class CompiledPolicy:
    """A policy turned into tables and compiled patterns, reused for every post. ``results`` makes the
    findings, metrics and review: plain objects unless the caller gives other makers (the library's pydantic
    models, from :meth:`tpstrain.policy.Policy.compiled`)."""

    def __init__(self, policy: PolicyData, results: Results = PLAIN_RESULTS) -> None:
        self.policy = policy
        self.results = results
        cached = policy._table_cache  # the shipped model policy: its term table is kept in the user cache
        self.shipped = cached is not None
        table = cache_read(cached, TermTable)
        self.table = table or TermTable()
        self.table.prebuilt = table is not None
        self.patterns = PatternSet()
        self._shared: set[str] = set()
        self._addresses: set[str] | None = None
        self.rules = [KINDS[r.check.kind](r, self) for r in policy.rules if r.enabled]
        self.prechecks = {
            name: self.patterns.add(rx, False, f"detector '{name}'") for name, rx in PRECHECKS.items()
        }
        self.patterns.compile()
        if table is None:
            self.table.freeze()
            if cached is not None:
                cache_write(cached, self.table)
        # which rules (by position) each shared finding can wake; the rest run on every post
        self.always: list[int] = []
        self.by_term: dict[str, list[int]] = defaultdict(list)
        self.by_detector: dict[str, list[int]] = defaultdict(list)
        self.by_pattern: dict[int, list[int]] = defaultdict(list)
        self.by_post: list[tuple[tuple[str, ...], int]] = []
        self.by_field = [(rule.also_field, k) for k, rule in enumerate(self.rules) if rule.also_field]
        self.by_also = [(i, k) for k, rule in enumerate(self.rules) for i in rule.also_patterns]
        for k, rule in enumerate(self.rules):
            if rule.needs_term is not None:
                self.by_term[rule.needs_term].append(k)
            elif rule.needs_detector is not None:
                self.by_detector[rule.needs_detector].append(k)
            elif rule.needs_pattern is not None:
                for index in rule.needs_pattern:
                    self.by_pattern[index].append(k)
            elif rule.needs_post:
                self.by_post.append((rule.needs_post, k))
            else:
                self.always.append(k)
        self.post_parts = sorted({part for parts, _ in self.by_post for part in parts})
        # the rules that read what a post says (its words, names and numbers, not its length, layout or account)
        # also read a video's title and each image's alt text
        self.field_rules = frozenset(
            k
            for k, rule in enumerate(self.rules)
            if rule.rule.category in _FIELD_CATEGORIES and rule.rule.check.kind in _FIELD_KINDS
        )
        # of those, the ones whose trigger in the text may need a companion the title or alt text gives
        # ("Preliminary inquiry: ..." as the title, "A witness said ..." in the description)
        self.body_rules = frozenset(k for k in self.field_rules if self.rules[k].rule.check.kind == "context")

    def shared_terms(self, owner: str, phrases: list[str]) -> str:
        """Put words several rules wake on into the term table once, under ``owner``; return the owner."""
        if owner not in self._shared:
            self._shared.add(owner)
            self.table.add(owner, phrases, None, inflect=False)
        return owner

    def official_address(self, address: str) -> bool:
        """A public building the policy lists (police stations, courthouses)."""
        if self._addresses is None:
            self._addresses = {address_key(x) for x in self.policy.settings.official_addresses}
        return address_key(address) in self._addresses

    def pattern(self, regex: str, ignore_case: bool, where: str, capture: bool = False) -> Any:
        """A rule's RE2 pattern: compiled now, so a user's bad pattern is an error when the policy loads;
        the shipped policy's, on first use."""
        if self.shipped:
            return OnFirstUse(regex, ignore_case, where, capture)
        return compile_pattern(regex, ignore_case, where, capture)

    def _rules_for(self, ctx: Ctx) -> list[int]:
        """The rules that can fire on this post, in policy order: a rule that needs a term, a detector or
        a pattern that the shared passes did not find is not run."""
        post = ctx.post
        todo = self.always.copy()
        if self.by_post:  # each part of the post read once ("media" wakes three rules), not once per rule
            present = {part for part in self.post_parts if getattr(post, part)}
            todo += [k for parts, k in self.by_post if present.issuperset(parts)]
        by_term = self.by_term
        for key in ctx.hits:
            todo += by_term.get(key, ())
        ruled_out = ctx.a.cache["ruled_out"]
        for name, ks in self.by_detector.items():
            if name not in ruled_out:
                todo += ks
        if ctx.pattern_hits:
            by_pattern = self.by_pattern
            todo += {k for index in ctx.pattern_hits for k in by_pattern.get(index, ())}
        woken = [k for field, k in self.by_field if getattr(post, field, None) is not None and k not in todo]
        hits = ctx.pattern_hits
        woken += [k for i, k in self.by_also if i in hits and k not in todo]
        todo += woken  # a death's next_of_kin_notified, set; a complainant told of: the rule runs without its word
        todo.sort()  # no rule comes twice: each is woken by one kind of finding, patterns deduplicated above
        return todo

    def _field_findings(self, post: Post | Plain, results: Results) -> list[FindingShape]:
        """What a video's title and each image's alt text say: "How we caught the Yorkville jewellery thieves",
        "Photo of Olivia Marchetti, 29, the woman who died". They are read together, in one pass, with the start
        of the post's text after them, so that the post's facts count (an arrest, a family told); the findings
        inside them are kept, with each one's own field and offsets. The work is linear in what the post holds:
        one pass, and at most ``_BODY_CONTEXT`` characters of the text read again. A context rule's finding in
        the text is kept too, for a companion the title or alt text gave it (a duplicate of the text's own
        finding is dropped later, with every overlap of its rule and field)."""
        parts: list[tuple[int, int, str]] = []  # (start, end, field) in the text read
        pieces: list[str] = []
        at = 0
        fields = [("title", post.title)] if post.title else []
        fields += [(f"media[{k}].alt_text", m.alt_text) for k, m in enumerate(post.media) if m.alt_text]
        if not fields:
            return []
        for field, text in fields:
            parts.append((at, at + len(text), field))
            pieces.append(text + "\n\n")
            at += len(text) + 2
        combined = "".join(pieces) + post.text[:_BODY_CONTEXT]
        ctx = Ctx(_with_text(post, combined), Analysis.of(combined), self, results)
        starts = [p[0] for p in parts]
        whole = len(post.text) <= _BODY_CONTEXT  # the text was read whole, so its own unless terms were seen
        out: list[FindingShape] = []
        for k in self._rules_for(ctx):
            if k not in self.field_rules:
                continue
            for f in self.rules[k].run(ctx):
                if f.field != "text" or f.end <= f.start:
                    continue
                if f.start >= at:  # in the text: a context rule's trigger with its companion in a field
                    if whole and k in self.body_rules:
                        f.start, f.end = f.start - at, f.end - at
                        out.append(f)
                    continue
                first, last, field = parts[bisect_right(starts, f.start) - 1]
                if f.end <= last:  # inside one field (not across two, nor in the text read for context)
                    f.field, f.start, f.end = field, f.start - first, f.end - first
                    out.append(f)
        return out

    def review(self, post: Post | Plain, results: Results | None = None) -> ReviewShape:
        """Check one post; ``results`` makes the findings, metrics and review (default: this policy's)."""
        results = results or self.results
        a = Analysis.of(post.text)
        ctx = Ctx(post, a, self, results)
        rules = self.rules
        findings: list[FindingShape] = []
        for k in self._rules_for(ctx):
            findings.extend(rules[k].run(ctx))
        if post.title or post.media:
            findings += self._field_findings(post, results)
        findings.sort(key=lambda f: (f.field != "text", f.start, -LEVEL_RANK[f.level], f.end))
        findings = _one_per_span(findings)
        return results[2](
            verdict=verdict_of(findings), findings=findings, metrics=ctx.metrics, text=post.text
        )


def _one_per_span(findings: list[FindingShape]) -> list[FindingShape]:
    """One finding of a rule where its spans overlap: the strongest, then the first. Findings come sorted by
    start, so a finding can overlap only the last one kept for its rule and field."""
    kept: list[FindingShape] = []
    last: dict[tuple[str, str], int] = {}  # (rule, field) -> the index in kept of its last finding
    for f in findings:
        k = last.get((f.rule, f.field))
        if k is not None and kept[k].end > f.start:
            if LEVEL_RANK[f.level] > LEVEL_RANK[kept[k].level]:
                kept[k] = f
        else:
            last[(f.rule, f.field)] = len(kept)
            kept.append(f)
    return kept
