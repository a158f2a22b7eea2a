"""tpstrain: check police social-media posts against a clear, customizable policy.

    >>> from tpstrain import check
    >>> check("Officers attended an MVC at Dufferin/Eglinton.").verdict
    'revise'
"""

from .engine import check, to_post
from .errors import InputError, PolicyError, TpsError
from .models import Account, Media, Post, StaffMember, TrainingRecord, Unit
from .platforms import PLATFORMS, Platform, x_weighted_length
from .policy import Policy, build_policy, load_policy, model_policy
from .review import Finding, Metrics, Review
from .rules import CATEGORIES, CORE_VALUES, LEVELS, Rule, Settings

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES", "CORE_VALUES", "LEVELS", "PLATFORMS", "Account", "Finding", "InputError", "Media", "Metrics",
    "Platform", "Policy", "PolicyError", "Post", "Review", "Rule", "Settings", "StaffMember", "TpsError",
    "TrainingRecord", "Unit", "__version__", "build_policy", "check", "load_policy", "model_policy", "to_post",
    "x_weighted_length",
]
