"""The one palette: each level's and verdict's colour, as HTML and as an ANSI terminal code, and what each
verdict means in words."""

from __future__ import annotations

from typing import NamedTuple


class Colour(NamedTuple):
    html: str
    ansi: str


RED = Colour("#c62828", "\033[31m")
ORANGE = Colour("#ef6c00", "\033[33m")
BLUE = Colour("#1565c0", "\033[36m")
GREEN = Colour("#2e7d32", "\033[32m")
GREY = "#555"  # secondary text in HTML

LEVEL_COLOURS = {"error": RED, "warning": ORANGE, "suggestion": BLUE}
VERDICT_COLOURS = {"ok": GREEN, "revise": ORANGE, "block": RED}
VERDICT_WORDS = {"ok": "Ready to post", "revise": "Revise before posting", "block": "Do not post"}

BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
