"""Practice for the lessons: multiple-choice checks, spot-the-problem rounds and fix drills read from the
policy, worksheets, and a guided policy form.

The lessons call these through :mod:`tpstrain.widgets` (``from tpstrain.widgets import choice, spot, drill``).
Each helper returns an object that shows itself as a widget in JupyterLab (radio buttons, text boxes, the
composer) and as plain text anywhere else (a terminal, a script, a notebook without ipywidgets). This module
imports neither ipywidgets nor IPython: the widgets are built in :mod:`tpstrain.widgets` when shown.

One module per kind: :mod:`.choice`, :mod:`.examples` (rounds and drills), :mod:`.worksheet`, :mod:`.policies`
(rule cards and the policy form's YAML); :mod:`.shown` says how each shows itself.

Drills and rounds read their posts from the rules' own ``examples`` (bad and good) at run time, so a lesson never
copies an example: tune a rule and the lesson follows.

    >>> q = choice("Which word is police jargon?", ["crash", "MVC", "road"], answer="MVC",
    ...            why={"crash": "Everyone says crash.", "MVC": "Officers say MVC; readers say crash.",
    ...                 "road": "Road is an everyday word."})
    >>> q.pick("A")
    'Not quite. Everyone says crash. Try again.'
    >>> q.pick("MVC")
    'Right. Officers say MVC; readers say crash.'
"""

from __future__ import annotations

from .choice import LETTERS, Choice, choice
from .examples import CHANGE, FINE, Drill, Spot, SpotItem, describe_post, drill, spot
from .policies import FORM_CHOICES, policy_from_text, policy_yaml, rule_card, rules_table
from .worksheet import Worksheet, notes_dir, worksheet

__all__ = [
    "CHANGE",
    "FINE",
    "FORM_CHOICES",
    "LETTERS",
    "Choice",
    "Drill",
    "Spot",
    "SpotItem",
    "Worksheet",
    "choice",
    "describe_post",
    "drill",
    "notes_dir",
    "policy_from_text",
    "policy_yaml",
    "rule_card",
    "rules_table",
    "spot",
    "worksheet",
]
