"""Worksheets: text boxes for a written exercise (and an optional decision), kept between sessions."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .shown import Shown


def notes_dir() -> Path:
    """Where worksheet answers are kept between sessions (``$TPSTRAIN_NOTES``, else ``~/.tpstrain/notes``)."""
    return Path(os.environ.get("TPSTRAIN_NOTES") or Path.home() / ".tpstrain" / "notes")


_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


@dataclass
class Worksheet(Shown):
    """Text boxes for a written exercise (and an optional decision), kept in a small file between sessions."""

    key: str
    prompts: list[str]
    decision: list[str] = field(default_factory=list)
    rows: int = 3

    @property
    def path(self) -> Path:
        return notes_dir() / f"{self.key}.json"

    def load(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def save(self, answers: Mapping[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(dict(answers), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError:
            pass  # a read-only home: the answers stay on screen

    def text(self) -> str:
        saved = self.load()
        lines = ["Worksheet (write your answers in the boxes in JupyterLab):"]
        for p in self.prompts:
            lines.append(f"  {p}")
            if saved.get(p):
                lines.append(f"    {saved[p]}")
        if self.decision:
            lines.append(
                f"  Decision: {' / '.join(self.decision)}"
                + (f" -> {saved['decision']}" if saved.get("decision") else "")
            )
        return "\n".join(lines)


def worksheet(key: str, prompts: Iterable[str], *, decision: Iterable[str] = (), rows: int = 3) -> Worksheet:
    """Text boxes for a written answer (one per prompt), and radio buttons for a ``decision`` if given.

    What a trainee writes is saved under ``key`` in :func:`notes_dir`, so it is still there next session.
    """
    if not _KEY.match(key):
        raise ValueError(f"worksheet key {key!r}: letters, digits, '.', '-' and '_' only")
    return Worksheet(key, [" ".join(p.split()) for p in prompts], list(decision), rows)
