"""Detected personal information (phones, e-mails, addresses, ...), less what the policy allows."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..passes.entities import DETECTORS, PRECHECKS
from ..passes.phones import official_phone_matcher
from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..engine import CompiledPolicy
    from ..review import Finding
    from ..rules import DetectorCheck, Rule


_ADDRESS_WORDS = {
    "street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "drive": "dr", "crescent": "cres",
    "court": "crt", "ct": "crt", "place": "pl", "lane": "ln", "parkway": "pkwy", "terrace": "terr",
    "east": "e", "west": "w", "north": "n", "south": "s",
}


def _address_key(address: str) -> str:
    """'255 Dundas Street West' and '255 Dundas St W' are one address."""
    return " ".join(_ADDRESS_WORDS.get(w, w) for w in re.sub(r"\W+", " ", address.lower()).split())


class DetectorRule(Compiled):
    check: DetectorCheck

    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk = self.check
        self.detect = DETECTORS[chk.detector]
        self.needs_detector = chk.detector if chk.detector in PRECHECKS else None
        st = policy.policy.settings
        if chk.detector == "phone":
            ok = official_phone_matcher([*st.official_phones, *chk.allow])
            self.allowed: Callable[[str], bool] = ok
        elif chk.detector == "email":
            allow = {x.lower() for x in [*st.official_emails, *chk.allow]}
            self.allowed = lambda v: v in allow or any(a.startswith("@") and v.endswith(a) for a in allow)
        elif chk.detector == "street_address":
            allow = {_address_key(x) for x in [*st.official_addresses, *chk.allow]}
            self.allowed = lambda v: _address_key(v) in allow
        else:
            allow = {x.upper().replace(" ", "") for x in chk.allow}
            self.allowed = lambda v: v.upper().replace(" ", "") in allow

    def run(self, ctx: Ctx) -> list[Finding]:
        return [
            self.finding(ctx, s, e, {"value": v}, self.check.suggest)
            for s, e, v in self.detect(ctx.a)
            if not self.allowed(v)
        ]
