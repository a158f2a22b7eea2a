"""RE2 patterns: each match, with its suggestions."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from ..passes.terms import words_of
from .base import Compiled, Ctx, not_quoted
from .described_as import plain_description
from .private_sentence import sentence_span, speaks_of_private

if TYPE_CHECKING:
    from ..rules import Pattern, PatternCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables


_LEAD = frozenset(".!?,\n\t ")  # what a pattern may match before the words it is about
MAX_PATTERN_FINDINGS = 500  # per pattern rule and post: "(a*)*b" on 100,000 b's would make 100,000 findings


class PatternRule(Compiled):
    check: PatternCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        where = f"rule '{rule.id}': field 'check.patterns.{{}}.regex'"
        self.when = {
            k: policy.pattern(p.when, p.ignore_case, f"rule '{rule.id}': field 'check.patterns.{k}.when'")
            for k, p in enumerate(chk.patterns)
            if p.when
        }
        self.sentence_has = {
            k: policy.pattern(
                p.sentence_has, p.ignore_case, f"rule '{rule.id}': field 'check.patterns.{k}.sentence_has'"
            )
            for k, p in enumerate(chk.patterns)
            if p.sentence_has
        }
        self.compiled = [
            (
                policy.pattern(p.regex, p.ignore_case, where.format(k), capture=p.unless_plain),
                p,
                [tuple(w.lower() for w in words_of(g)) for g in p.unless_before],
                [tuple(w.lower() for w in words_of(g)) for g in p.unless_after],
                policy.patterns.add(p.regex, p.ignore_case, where.format(k)),
            )
            for k, p in enumerate(chk.patterns)
        ]
        self.needs_pattern = frozenset(c[-1] for c in self.compiled)

    def _cancelled(
        self,
        ctx: Ctx,
        span: tuple[int, int],
        m: Any,
        rx: Any,
        p: Pattern,
        before: list[tuple[str, ...]],
        after: list[tuple[str, ...]],
        has: Any,
    ) -> bool:
        """Words right after or right before that cancel the match, a plain description, or a quotation."""
        s, e = span
        if (before and ctx.words_after(e, before)) or (after and ctx.words_before(s, after)):
            return True
        if p.unless_plain and plain_description(m.group(rx.groupindex["said"]) or ""):
            return True  # "The victim, a woman in her 30s,": no pointer to anyone
        if has is not None:  # (first: one search, where the next reads the people pass)
            bounds = sentence_span(ctx, s)
            if bounds is None or not has.search(ctx.a.folded, *bounds):
                return True
        if p.of_private and not speaks_of_private(ctx, s):
            return True  # "Our officers patrol the trail every morning": no private person
        return not not_quoted(ctx, s, e, self.check.skip_quoted)

    def run(self, ctx: Ctx) -> list[FindingShape]:
        out: list[FindingShape] = []
        starts: list[
            int
        ] = []  # spans already taken, sorted; they never overlap, so their ends are sorted too
        ends: list[int] = []
        can = ctx.pattern_hits
        for pk, (rx, p, before, after, index) in enumerate(self.compiled):
            if index not in can or (pk in self.when and not self.when[pk].search(ctx.a.folded)):
                continue
            folded = ctx.a.folded
            for m in rx.finditer(folded):
                if len(out) >= MAX_PATTERN_FINDINGS:
                    return out  # a pattern that matches everywhere says so enough times
                s, e = m.start(), m.end()
                if (
                    s < e and folded[s] in _LEAD
                ):  # anchored on the sentence before ("[.!?]\s+To the ..."): from "To"
                    t = s + 1
                    while t < e and folded[t] in _LEAD:
                        t += 1
                    s = t if any(c.isalnum() for c in folded[t:e]) else s
                k = bisect.bisect_left(starts, e)  # a bisect, not a scan: 100,000 matches stay linear
                if e <= s or (k and s < ends[k - 1]):
                    continue
                if self._cancelled(ctx, (s, e), m, rx, p, before, after, self.sentence_has.get(pk)):
                    continue
                starts.insert(k, s)
                ends.insert(k, e)
                f = self.finding(ctx, s, e, {}, p.suggest, certain=not p.ask)
                if p.note:
                    f.message = f"{f.message} {p.note}"
                out.append(f)
            # the pattern said as a hashtag: the whole tag (each tag's phrase is asked of the policy's pattern Set
            # once, so a post with thousands of tags does not run every pattern on every tag)
            for (tag, phrase), can_tag in zip(ctx.a.hashtag_phrases, ctx.tag_patterns(), strict=True):
                if index not in can_tag or not rx.search(phrase):
                    continue
                k = bisect.bisect_right(starts, tag.start)  # inside a match already found?
                if k and tag.start < ends[k - 1]:
                    continue
                if len(out) >= MAX_PATTERN_FINDINGS:
                    return out
                out.append(self.finding(ctx, tag.start, tag.end, {}, p.suggest))
        return out
