"""Terms to avoid (lexicons): each match of a term, with its suggestions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx, not_quoted

if TYPE_CHECKING:
    from ..rules import Rule, TermsCheck
    from ..shapes import FindingShape
    from .base import Tables


class TermsRule(Compiled):
    check: TermsCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        chk = self.check
        for t in chk.terms:
            policy.table.add(
                rule.id,
                t.match,
                t,
                case=t.case,
                inflect=t.inflect,
                before=t.unless_before,
                after=t.unless_after,
            )
        self.needs_term = rule.id

    def run(self, ctx: Ctx) -> list[FindingShape]:
        out = []
        words = ctx.a.words
        spans = [
            (words[i].start, words[j - 1].end, e)
            for i, j, e in ctx.hits.get(self.rule.id, ())
            if not (j == i + 1 and _surname(ctx, i))
        ]
        spans += ctx.a.tag_hits.get(self.rule.id, [])  # terms written as hashtags: the whole tag
        for s, end, e in spans:
            if not not_quoted(ctx, s, end, self.check.skip_quoted):
                continue
            term = e.term
            if term is None:  # a word several rules wake on: not this rule's term
                continue
            if (self.check.skip_titles and ctx.in_title(s, end)) or (term.unless_listed and ctx.in_list(end)):
                continue
            f = self.finding(ctx, s, end, {"note": term.note or ""}, term.suggest)
            if term.note and "{note}" not in self.rule.message:
                f.message = f"{f.message} {term.note}"
            out.append(f)
        return out


def _surname(ctx: Ctx, i: int) -> bool:
    """A capitalized word right after a given name, the two read as one person's name, is a surname: "Aaron Paki,
    33, was sentenced"."""
    a = ctx.a
    w = a.words[i].text
    if i == 0 or not w[:1].isupper() or w.isupper() or a.gaps[i] != " ":
        return False
    first = a.words[i - 1].text
    if not first[:1].isupper() or first.isupper():
        return False
    from ..passes.cast import given_names  # the list loads only when a term follows a capitalized word
    from ..passes.people import cast_of

    if first.lower() not in given_names():
        return False
    return any(p.name is not None and p.name[0] <= i - 1 and i < p.name[1] for p in cast_of(a).people)
