"""Whose is an e-mail address? A service's (its domain, a role mailbox), or a person's (a webmail address, a
mailbox named for someone the post names, "her email")."""

from __future__ import annotations

import re
from itertools import pairwise

from .contacts import _OFFICIAL_WORDS, _POSSESSIVES, Status, _before_words
from .contacts_whose import PRIVATE_WORDS
from .names import CIVIL_TITLES, RANKS
from .tokenize import Analysis

_WEBMAIL = (
    "gmail.",
    "hotmail.",
    "yahoo.",
    "outlook.",
    "icloud.",
    "live.",
    "aol.",
    "protonmail.",
    "msn.",
    "me.com",
    "rogers.com",
    "sympatico.",
    "shaw.ca",
    "bell.net",
    "example.",
)
_ROLE_MAILBOXES = frozenset(
    """recruitment recruiting careers jobs info information enquiries enquiry inquiries inquiry foi media tips
    contact contactus admin office help support report reports complaints feedback museum press communications
    events community volunteer volunteers hr accessibility programs program registration""".split()
)

# the titles of staff, whose mailbox at the service's domain is their work's (a doctor's or a cleric's is not)
_STAFF_TITLES = RANKS - CIVIL_TITLES
_NAME_SHAPED = re.compile(r"[a-z][._][a-z]{3,20}\d{0,4}")  # an initial and a surname: "d.macisaac"


def email_status(a: Analysis, start: int, value: str, official: bool) -> Status:
    """What the post says of the e-mail address ``value`` at folded ``start``."""
    local, _, domain = value.lower().partition("@")
    near = _before_words(a, start, 5)
    owned = any(w in _POSSESSIVES and x in ("email", "e-mail", "address", "inbox") for w, x in pairwise(near))
    if not official and (owned or any(w in PRIVATE_WORDS for w in near) or near[-1:] in (["her"], ["him"])):
        return "private"
    if (
        official
        or "police" in domain
        or domain.endswith(
            (
                ".gov",
                ".gc.ca",
                ".gov.uk",
                ".nhs.uk",
                ".gov.on.ca",
                ".ontario.ca",
                "toronto.ca",
                ".edu",
                ".ac.uk",
            )
        )
    ):
        return "official"
    if domain.startswith(_WEBMAIL) or any(w in domain for w in _WEBMAIL):
        return "private" if _personal_mailbox(a, local) else "unknown"
    if _personal_mailbox(a, local) and not _staff_mailbox(a, local):
        return "private"
    if _service_initials(a, domain):
        return "official"  # "humantrafficking@yrp.ca" beside "York Regional Police": the service's own domain
    if local.isalpha() and len(local) <= 12:  # "jo@samaritans.org", "tips@acme.ca": a mailbox, not a person
        return "official"
    if local.replace(".", "").replace("-", "").replace("_", "") in _ROLE_MAILBOXES or any(
        # a service's prefix before the role: "wpsrecruiting@" (a long role word: "...hr" ends names too)
        local.startswith(r) or (len(r) > 5 and local.endswith(r))
        for r in _ROLE_MAILBOXES
    ):
        return "official"
    # (not a person's own mailbox at a provider, named like one: "Contact our volunteer Doreen at d.macisaac@eastlink.ca")
    if not _NAME_SHAPED.fullmatch(local) and any(w in _OFFICIAL_WORDS for w in _before_words(a, start)):
        return "official"
    return "unknown"


def _service_initials(a: Analysis, domain: str) -> bool:
    """The domain's first part is the initials of a service the post names ("yrp.ca" and "York Regional Police",
    "hrps.on.ca" and "Halton Regional Police Service")."""
    label = domain.partition(".")[0]
    if not (2 <= len(label) <= 6 and label.isalpha()):
        return False
    words, n = a.words, len(label)
    for k in range(len(words) - n + 1):
        run = words[k : k + n]
        if (
            all(w.text[:1].isupper() for w in run)
            and "".join(w.lower[0] for w in run) == label
            and any(w.lower in _OFFICIAL_WORDS for w in run)
        ):
            return True
    return False


def _personal_mailbox(a: Analysis, local: str) -> bool:
    """ "jenna.brooks@", "r.osei@": a mailbox named for a person the post names (or first.last of a given name)."""
    from .cast import given_names

    parts = _parts(local)
    if not parts or local.lower() in _ROLE_MAILBOXES:
        return False
    # (not an acronym: "OPP.Recruitment@opp.ca" is the OPP's; nor a word of an office's name, "Winnipeg Police Cadets ...
    # email cadets@winnipeg.ca")
    words = a.words
    named = {
        w.lower
        for k, w in enumerate(words)
        if w.text[:1].isupper() and not w.text.isupper() and not (k and words[k - 1].lower in _OFFICIAL_WORDS)
    }
    if any(p in named and len(p) > 1 for p in parts):
        return True
    return len(parts) >= 2 and parts[0] in given_names()


def _staff_mailbox(a: Analysis, local: str) -> bool:
    """ "Meet Cst. Aisha Rahman ... reach her at aisha.rahman@halifax.ca": at a service's own domain, a mailbox named
    for someone the post names after a rank is that officer's work address (dev batch 416)."""
    words = a.words
    staff = {
        x.lower
        for k in range(1, len(words))
        if words[k - 1].lower.strip(".") in _STAFF_TITLES and words[k].text[:1].isupper()
        for x in words[k : k + 2]
        if x.text[:1].isupper()
    }
    return any(p in staff for p in _parts(local))


def _parts(local: str) -> list[str]:
    """A mailbox's words: "jenna.brooks2" -> ["jenna", "brooks"]."""
    return [p for p in re.split(r"[._\-\d]+", local.lower()) if p]
