"""tpstrain: check police social-media posts against a clear, customizable policy.

    >>> from tpstrain import check
    >>> check("Officers attended an MVC at Dufferin/Eglinton.").verdict
    'revise'

Names are imported on first use (PEP 562), so ``import tpstrain`` stays cheap for tools that only need
part of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

_WHERE = {
    "check": "api",
    "to_post": "api",
    "InputError": "errors",
    "PolicyError": "errors",
    "TpsError": "errors",
    "PairFinding": "pairs",
    "PairReview": "pairs",
    "check_pair": "pairs",
    "detect_language": "languages",
    "Account": "models",
    "Media": "models",
    "Post": "models",
    "StaffMember": "models",
    "TrainingRecord": "models",
    "Unit": "models",
    "PLATFORMS": "platforms",
    "Platform": "platforms",
    "x_weighted_length": "platforms",
    "Policy": "policy",
    "build_policy": "policy",
    "load_policy": "policy",
    "model_policy": "policy",
    "shared_policy": "policy",
    "Finding": "review",
    "Metrics": "review",
    "Review": "review",
    "CATEGORIES": "rules",
    "CORE_VALUES": "rules",
    "LEVELS": "rules",
    "Rule": "rules",
    "Settings": "rules",
}
__all__ = [
    "Account",
    "CATEGORIES",
    "CORE_VALUES",
    "Finding",
    "InputError",
    "LEVELS",
    "Media",
    "Metrics",
    "PairFinding",
    "PairReview",
    "PLATFORMS",
    "Platform",
    "Policy",
    "PolicyError",
    "Post",
    "Review",
    "Rule",
    "Settings",
    "StaffMember",
    "TpsError",
    "TrainingRecord",
    "Unit",
    "__version__",
    "build_policy",
    "check",
    "check_pair",
    "detect_language",
    "load_policy",
    "model_policy",
    "shared_policy",
    "to_post",
    "x_weighted_length",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'tpstrain' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from .api import check, to_post
    from .errors import InputError, PolicyError, TpsError
    from .languages import detect_language
    from .models import Account, Media, Post, StaffMember, TrainingRecord, Unit
    from .pairs import PairFinding, PairReview, check_pair
    from .platforms import PLATFORMS, Platform, x_weighted_length
    from .policy import Policy, build_policy, load_policy, model_policy, shared_policy
    from .review import Finding, Metrics, Review
    from .rules import CATEGORIES, CORE_VALUES, LEVELS, Rule, Settings
