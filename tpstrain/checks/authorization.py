"""Who may post: training, official accounts, the unit's accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..rules import AuthorizationCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables


class AuthorizationRule(Compiled):
    check: AuthorizationCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        self.needs_post = {"training": ("author",), "official_account": ("account",)}.get(
            self.check.require, ("author", "account")
        )

    def run(self, ctx: Ctx) -> list[FindingShape]:
        chk = self.check
        post, author, account = ctx.post, ctx.post.author, ctx.post.account
        module = ctx.policy.policy.settings.required_training
        if chk.require == "training":
            if author is None or author.trained(module, post.day):
                return []
            had = [r for r in author.training if r.module == module]
            why = (
                f"their '{module}' training expired on {max(r.expires_on for r in had if r.expires_on)}"
                if had and any(r.expires_on for r in had)
                else f"they have no '{module}' training on record"
            )
            return [
                self.finding(
                    ctx,
                    0,
                    0,
                    {"value": why, "name": author.name, "module": module},
                    field="author",
                    field_text="",
                )
            ]
        if account is None:
            return []
        if chk.require == "official_account":
            if account.kind == "personal" and post.official:
                return [self.finding(ctx, 0, 0, {"value": account.handle}, field="account")]
            return []
        if author is None or account.kind == "personal":
            return []
        allowed = author.id in account.authorized or (
            account.kind != "official_individual" and account.unit is not None and author.unit == account.unit
        )
        if allowed:
            return []
        return [
            self.finding(
                ctx,
                0,
                0,
                {"value": account.handle, "name": author.name, "unit": account.unit or "?"},
                field="account",
            )
        ]
