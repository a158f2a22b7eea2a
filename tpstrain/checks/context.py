"""A trigger found together with other terms or entities in the same sentence or post."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import PolicyError
from ..passes.entities import DETECTORS, PRECHECKS, may_show_people
from ..passes.fold import fold
from ..passes.patterns import compile_pattern
from .base import Compiled, Ctx, not_quoted

if TYPE_CHECKING:
    from ..rules import ContextCheck, Matcher, Rule
    from ..shapes import FindingShape
    from .base import Tables


# what takes back what was said just before: "under a publication ban, but ...", "except to say", "In brief:"
_BUT = re.compile(r"\b(?:but|except|however|in brief|in short|here's the gist)\b|\bstill,", re.I)
# "A publication ban applies, but we think the public should see it": taken back by the clause right after it, when
# that clause puts the public's right to know first (not "..., but his next court date is May 3")
_THEN_BUT = re.compile(
    r"\s*[,;]?\s*(?:but|however),?\s+(?:we (?:think|feel|believe|want)|the public (?:should|deserves?|needs?)|"
    r"you (?:should|deserve|need)|here)\b",
    re.I,
)
Spans = tuple[list[tuple[int, int]], dict[int, list[tuple[int, int]]]]  # a matcher's spans, and by sentence


class ContextRule(Compiled):
    check: ContextCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        if chk.trigger.scope == "reply":
            raise PolicyError(f"rule '{rule.id}': the trigger is found in the post itself, not in 'reply'")
        self.matchers: dict[str, Matcher] = {"trigger": chk.trigger}
        for group in ("with_all", "with_any", "unless_any", "proof"):
            for k, m in enumerate(getattr(chk, group)):
                self.matchers[f"{group}.{k}"] = m
        self.regexes = {}  # a pattern matcher's compiled form: "share that he was released"
        for name, m in self.matchers.items():
            if m.terms:
                policy.table.add(f"{rule.id}#{name}", m.terms, None, case=m.case)
            if m.regex is not None:
                where = f"rule '{rule.id}': field 'check.{name}.regex'"
                self.regexes[name] = policy.pattern(m.regex, m.case == "insensitive", where)
        self.required_terms = [f"{rule.id}#with_all.{k}" for k, m in enumerate(chk.with_all) if m.terms]
        # the trigger's patterns, joined into as few as RE2's size limit allows: they also wake the rule
        where = f"rule '{rule.id}': trigger_patterns"
        groups = joined_groups(chk.trigger_patterns, where)
        self.more_triggers = [policy.pattern(g, True, where) for g in groups]
        self.also_patterns = tuple(policy.patterns.add(g, True, where) for g in groups)
        if chk.trigger.terms:
            self.needs_term = f"{rule.id}#trigger"
        elif chk.trigger.entity in PRECHECKS:
            self.needs_detector = chk.trigger.entity

    def _spans(self, ctx: Ctx, name: str) -> list[tuple[int, int]] | None:
        """Spans for one matcher; None means 'present everywhere' (an image on the post, a question answered)."""
        m = self.matchers[name]
        if m.entity in ("image", "video"):
            kinds = ("image", "gif") if m.entity == "image" else ("video",)
            return None if any(x.kind in kinds for x in ctx.post.media) else []
        if m.entity == "image_of_people":  # an image whose alt text is missing or may show someone
            return (
                None
                if any(x.kind in ("image", "gif") and may_show_people(x.alt_text) for x in ctx.post.media)
                else []
            )
        if m.scope == "reply":  # the message the post answers: present or not, as a photo is
            asked = ctx.post.reply_to
            return None if asked and self.regexes[name].search(fold(asked)[0]) else []
        if m.entity:
            return [(s, e) for s, e, _ in DETECTORS[m.entity](ctx.a)]
        if m.regex is not None:
            return [(x.start(), x.end()) for x in self.regexes[name].finditer(ctx.a.folded)]
        words, owner = ctx.a.words, f"{self.rule.id}#{name}"
        return [(words[i].start, words[j - 1].end) for i, j, _ in ctx.hits.get(owner, ())] + [
            (s, e) for s, e, _ in ctx.a.tag_hits.get(owner, ())
        ]

    def _index(self, ctx: Ctx, name: str, memo: dict[str, Spans | None]) -> Spans | None:
        """One matcher's spans outside quotes, in order and by sentence, read once per post (None: an image)."""
        if name not in memo:
            spans = self._spans(ctx, name)
            if spans is None:
                memo[name] = None
            else:
                spans = [(s, e) for s, e in spans if not_quoted(ctx, s, e, self.check.skip_quoted)]
                by_sentence: dict[int, list[tuple[int, int]]] = {}
                for s, e in spans:
                    by_sentence.setdefault(ctx.sentence_at(s), []).append((s, e))
                memo[name] = (spans, by_sentence)
        return memo[name]

    def _present(
        self,
        ctx: Ctx,
        name: str,
        sentence: int | None,
        exclude: tuple[int, int],
        trigger_sentence: int,
        memo: dict[str, Spans | None],
    ) -> tuple[int, int] | bool:
        index = self._index(ctx, name, memo)
        if index is None:
            return True
        spans, by_sentence = index
        own = self.matchers[name].scope
        scope = sentence if own is None else (None if own in ("post", "item") else trigger_sentence)
        keep_own = name.startswith("unless_any") or own in ("post", "item")
        taken_back = self.check.unless_then_but and name.startswith("unless_any")
        item = ctx.a.item_at(exclude[0]) if own == "item" and ctx.a.listed else None
        # the trigger is not its own companion (but "15-year-old boy" may cancel "15-year-old", and a matcher
        # that looks at the whole post sees the trigger's words too); spans rarely overlap one another, so the
        # first span that is not the trigger is found in a step or two
        for s, e in spans if scope is None else by_sentence.get(scope, ()):
            if item is not None and ctx.a.item_at(s) != item:
                continue  # another paragraph or bullet of a roundup
            if taken_back and (
                (e <= exclude[0] and _BUT.search(ctx.a.folded, e, exclude[1]))
                or _THEN_BUT.match(ctx.a.folded, e)
            ):
                continue  # "under a publication ban, but the Crown said ...": the 'unless' is taken back
            if keep_own or not (s < exclude[1] and exclude[0] < e):
                return (s, e)
        return False

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        if chk.unless_field and getattr(ctx.post, chk.unless_field) is True:
            return []
        if any(key not in ctx.hits for key in self.required_terms):
            return []  # a term the rule needs with its trigger is nowhere in the post
        out = []
        memo: dict[
            str, Spans | None
        ] = {}  # each matcher's spans, read once for every trigger of the post (linear, not quadratic)
        triggers = self._spans(ctx, "trigger") or []
        if self.more_triggers:
            triggers = sorted(
                triggers
                + [(x.start(), x.end()) for rx in self.more_triggers for x in rx.finditer(ctx.a.folded)]
            )
        for s, e in triggers:
            if not not_quoted(ctx, s, e, chk.skip_quoted):
                continue
            here = ctx.sentence_at(s)
            sentence = here if chk.scope == "sentence" else None
            if any(
                self._present(ctx, f"unless_any.{k}", sentence, (s, e), here, memo)
                for k in range(len(chk.unless_any))
            ):
                continue
            if not all(
                self._present(ctx, f"with_all.{k}", sentence, (s, e), here, memo)
                for k in range(len(chk.with_all))
            ):
                continue
            companion: tuple[int, int] | bool = True
            if chk.with_any:
                companion = next(
                    (
                        p
                        for k in range(len(chk.with_any))
                        if (p := self._present(ctx, f"with_any.{k}", sentence, (s, e), here, memo))
                    ),
                    False,
                )
                if not companion:
                    continue
            value = ""
            if isinstance(companion, tuple):
                value = ctx.post.text[slice(*ctx.orig(*companion))]
            certain = not chk.proof or self._proved(ctx, (s, e), memo)
            out.append(self.finding(ctx, s, e, {"value": value or "a photo"}, chk.suggest, certain=certain))
        return out

    def _proved(self, ctx: Ctx, trigger: tuple[int, int], memo: dict[str, Spans | None]) -> bool:
        """Every proof told in its order, at or before the trigger: the court's order, then what is shared
        despite it ("A publication ban covers the bail hearing of Ravi Mistry, but we can share that the court
        heard ...")."""
        pos = 0
        for k in range(len(self.check.proof)):
            index = self._index(ctx, f"proof.{k}", memo)
            if index is None:
                continue
            at = next((ps for ps, _ in index[0] if pos <= ps < trigger[1]), None)
            if at is None:
                return False
            pos = at
        return True


def joined_groups(patterns: list[str], where: str) -> list[str]:
    """``patterns`` joined by "|" into as few patterns as fit RE2's size limit, in order (a pattern that is bad or too
    large alone is a PolicyError)."""
    out: list[list[str]] = []
    for x in patterns:
        if out:
            try:
                compile_pattern("|".join(f"(?:{p})" for p in [*out[-1], x]), True, where)
                out[-1].append(x)
                continue
            except PolicyError:
                pass
        compile_pattern(f"(?:{x})", True, where)
        out.append([x])
    return ["|".join(f"(?:{p})" for p in group) for group in out]
