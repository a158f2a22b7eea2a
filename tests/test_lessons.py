"""The curriculum: every lesson notebook runs top to bottom without an error, and keeps the lesson shape.

Each notebook is executed in a fresh kernel with nbclient (the same thing ``pytest --nbval-lax curriculum/``
checks). The output of every cell is also scanned for a traceback or an error printed without raising.
The lessons' structure (questions, timings, checks, model answers, every rule practised) is tested in
test_lessons_structure.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

CURRICULUM = Path(__file__).resolve().parent.parent / "curriculum"
LESSONS = [
    "00-start-here",
    "01-why-social-media",
    "02-accounts-roles-training",
    "03-core-values",
    "04-clear-language",
    "05-sensitivity",
    "06-privacy-and-law",
    "07-platforms-accessibility",
    "08-urgent-posts",
    "09-engagement-campaigns",
    "10-customizing-policy",
    "10b-leading-the-programme",
    "11-live-incident",
    "12-comments-and-messages",
    "13-two-languages",
    "14-rumours",
    "15-photos-and-consent",
    "16-records-and-security",
]
BAD_OUTPUT = re.compile(
    r"command not found|No such file or directory|Traceback \(most recent call last\)|"
    r"Error: |tpstrain: error: (?!.*broken\.yaml)"
)


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
    assert 3 <= len(re.findall(r"^- ", objectives, re.M)) <= 5, "3 to 5 objectives"
    assert nb.cells[-1].cell_type == "markdown" and "## Key points" in nb.cells[-1].source, (
        "ends with key points"
    )
    assert code and re.search(r"^from tpstrain import .*\bcheck\b", code[0].source, re.M), (
        "first code cell imports check"
    )
    tries = [c for c in code if "try-it" in c.metadata.get("tags", [])]
    assert tries and all(
        re.search(r"\b(check|rewrite|drill|spot|worksheet|feedback|PolicyForm)\(", c.source) for c in tries
    ), "every Try it cell gives the trainee something to write in or check"
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), (
        "commit without outputs"
    )


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs(name, tmp_path):
    from nbclient import NotebookClient

    nb = _read(name)
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = _text_of(out)
            assert not BAD_OUTPUT.search(text), f"{name}: cell {cell.get('id')} printed:\n{text[:800]}"
