"""The check kinds, one module each, behind one interface (:class:`~tpstrain.checks.base.Compiled`).

A rule's ``check.kind`` names its module here. To add a kind: a parameters model in ``rules.py``, a module
here with a ``Compiled`` subclass whose ``run(ctx)`` returns findings, and an entry in ``KINDS``.
"""

from __future__ import annotations

from .acronyms import AcronymsRule
from .authorization import AuthorizationRule
from .base import Compiled
from .context import ContextRule
from .descriptors import DescriptorsRule
from .detector import DetectorRule
from .emoji import EmojiRule
from .hashtag_case import HashtagCaseRule
from .limit import LimitRule
from .media import MediaRule
from .pattern import PatternRule
from .people import PeopleRule
from .readability import ReadabilityRule
from .sentence_length import SentenceLengthRule
from .shouting import ShoutingRule
from .terms import TermsRule

KINDS: dict[str, type[Compiled]] = {
    "terms": TermsRule,
    "pattern": PatternRule,
    "detector": DetectorRule,
    "readability": ReadabilityRule,
    "sentence_length": SentenceLengthRule,
    "shouting": ShoutingRule,
    "emoji": EmojiRule,
    "limit": LimitRule,
    "media": MediaRule,
    "hashtag_case": HashtagCaseRule,
    "authorization": AuthorizationRule,
    "context": ContextRule,
    "descriptors": DescriptorsRule,
    "people": PeopleRule,
    "acronyms": AcronymsRule,
}
