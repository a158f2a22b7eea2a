"""The curriculum: every lesson notebook runs top to bottom without an error, and keeps the lesson shape.

Each notebook is executed in a fresh kernel with nbclient (the same thing ``pytest --nbval-lax curriculum/``
checks). Shell lines (``!tpstrain ...``) do not raise on failure, so their output is also scanned for a
missing command or a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

CURRICULUM = Path(__file__).resolve().parent.parent / "curriculum"
LESSONS = [
    "00-start-here", "01-why-social-media", "02-accounts-roles-training", "03-core-values",
    "04-clear-language", "05-sensitivity", "06-privacy-and-law", "07-platforms-accessibility",
    "08-urgent-posts", "09-engagement-campaigns", "10-customizing-policy",
]
BAD_OUTPUT = re.compile(r"command not found|No such file or directory|Traceback \(most recent call last\)|"
                        r"Error: |tpstrain: error: (?!.*broken\.yaml)")


def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(CURRICULUM / f"{name}.ipynb", as_version=4)


def _text_of(output: nbformat.NotebookNode) -> str:
    if output.output_type == "stream":
        return output.text
    return str(output.get("data", {}).get("text/plain", ""))


def test_the_curriculum_is_exactly_the_lessons():
    assert sorted(p.stem for p in CURRICULUM.glob("*.ipynb")) == LESSONS


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_shape(name):
    nb = _read(name)
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "starts with a title"
    assert "## Objectives" in md and "**Time:**" in md and "## Key points" in md
    objectives = md.split("## Objectives", 1)[1].split("**Time:**", 1)[0]
    assert 3 <= len(re.findall(r"^- ", objectives, re.M)) <= 4, "3 or 4 objectives"
    assert nb.cells[-1].cell_type == "markdown" and "## Key points" in nb.cells[-1].source, "ends with key points"
    assert code and re.search(r"^from tpstrain import .*\bcheck\b", code[0].source, re.M), "first code cell imports check"
    tries = [c for c in code if "try-it" in c.metadata.get("tags", [])]
    assert tries and any("check(" in c.source for c in tries), "at least one Try it cell that calls check"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "commit without outputs"


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs(name, tmp_path):
    from nbclient import NotebookClient

    nb = _read(name)
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = _text_of(out)
            assert not BAD_OUTPUT.search(text), f"{name}: cell {cell.get('id')} printed:\n{text[:800]}"
