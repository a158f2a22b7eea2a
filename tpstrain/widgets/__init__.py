"""The post composer: a JupyterLab widget that checks a post on every keystroke.

    from tpstrain.widgets import Composer
    c = Composer(platform="x")
    c                      # type in the box; feedback updates as you type
    c.value, c.review, c.post

This module needs ``ipywidgets`` (the ``course`` extra); ``import tpstrain`` never imports it.

Every widget carries a stable CSS class (``tps-composer``, ``tps-platform``, ``tps-account``, ``tps-text``,
``tps-counter``, ``tps-grade``, ``tps-verdict``, ``tps-message``, ``tps-highlight``, ``tps-findings``,
``tps-finding``, ``tps-fix``) so tests and notebooks can find them.

Updating is cheap: one ``check`` (the compiled policy is cached), then only the widget values that changed
are sent. Rows of the findings list are pooled and reused, so typing does not create widgets.

The lessons' practice helpers live here too (their logic and plain-text forms are in :mod:`tpstrain.practice`):

    choice(question, options, answer, why)   a multiple-choice check with feedback on every option
    spot("tone.mockery", "tone.insults")     sort the rules' own bad and good examples: fine, or needs a change?
    drill("privacy.phone")                   rewrite one of the rule's bad examples until the rule is satisfied
    rewrite(draft, keep=[...], alt_text="")  the composer holding a draft, with the key facts to keep
    worksheet(key, prompts, decision=[...])  text boxes for a written answer, kept between sessions
    PolicyForm()                             a guided form that writes a policy file (lesson 10)

Their CSS classes: ``tps-choice``, ``tps-option``, ``tps-feedback`` (``tps-right`` / ``tps-wrong``), ``tps-spot``,
``tps-spot-item``, ``tps-drill``, ``tps-rewrite``, ``tps-keep``, ``tps-worksheet``, ``tps-policy-form``, ``tps-yaml``.
"""

from __future__ import annotations

from ..practice import (
    Choice,
    Drill,
    Spot,
    Worksheet,
    choice,
    drill,
    policy_from_text,
    policy_yaml,
    rule_card,
    rules_table,
    spot,
    worksheet,
)
from ..practice.shown import show_with
from .composer import PROMPT, Composer
from .lessons import ChoiceWidget, DrillWidget, Practice, SpotWidget, WorksheetWidget, rewrite
from .policy_form import PolicyForm

__all__ = [
    "PROMPT",
    "ChoiceWidget",
    "Composer",
    "DrillWidget",
    "PolicyForm",
    "Practice",
    "SpotWidget",
    "WorksheetWidget",
    "choice",
    "drill",
    "policy_from_text",
    "policy_yaml",
    "rewrite",
    "rule_card",
    "rules_table",
    "spot",
    "worksheet",
]

# each kind of practice shows itself as its widget in JupyterLab
for _kind, _view in (
    (Choice, ChoiceWidget),
    (Spot, SpotWidget),
    (Drill, DrillWidget),
    (Worksheet, WorksheetWidget),
):
    show_with(_kind, _view)
