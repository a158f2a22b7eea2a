"""An assignment's failing check, as a trainee sees it: in JupyterLab, and in the feedback page, in Chromium.

1. JupyterLab (started by tests/jupyter_lab.py, as for the other browser tests) opens assignment 05 with a
   wrong answer to question 3 already written in; Run All runs every cell. The answer cell's feedback and the
   question's test cell both say "Not yet" and what to fix, in words: no traceback, and Run All reaches the
   last cell.
2. A temporary course (the real assignment 05, hidden tests included) grades that kind of submission with
   ``tpstrain course autograde`` and writes its feedback with ``tpstrain course feedback`` (nbgrader's own
   ``generate_feedback``, through its API). The page, opened in Chromium, uses the course's template: each
   failing check is one block with its "How to fix" lines whole and inside the page, no traceback, no test
   code.

Screenshots go to ``artifacts/assignment-check-wrong.png`` and ``artifacts/feedback.png`` (with
``TPSTRAIN_DOCS_SCREENSHOTS=1``, also to ``docs/``; ``scripts/docs-screenshots`` remakes every screenshot).

Run alone: ``.venv/bin/python -m pytest -m browser tests/test_feedback_browser.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_lab import ARTIFACTS, KERNEL_READY, ROOT, UI_TIMEOUT_MS, browser_page, serve_lab

A = "05-sensitivity"
EXERCISE = ROOT / "exercises" / A / f"{A}.ipynb"
DOCS = ROOT / "docs"
ENV = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
# Wrong answers a trainee might give: a wrong category, a diagnosis and police words, a label for a person.
WRONG = {
    "q1-answer": ("problems_1", "privacy"),
    "q2-answer": (
        "rewrite_2",
        "Officers attended a call for an EDP on Jane St near Finch Ave W. The male, who suffers from "
        "schizophrenia, was apprehended under the Mental Health Act and conveyed to hospital.",
    ),
    "q3-answer": (
        "rewrite_3",
        "Police are looking for a suspect after a homeless man was assaulted near Queen St E and Sherbourne "
        "St on Sunday around 11 p.m. Call 51 Division at 416-808-5100.",
    ),
}
SHOTS = ("assignment-check-wrong.png", "feedback.png")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(400), pytest.mark.xdist_group("browser")]


def _grade_id(cell) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def wrong_notebook(dest: Path) -> Path:
    """The trainee's copy of assignment 05 with the wrong answers written in (the feedback lines unchanged)."""
    nb = nbformat.read(EXERCISE, as_version=4)
    for cell in nb.cells:
        if _grade_id(cell) in WRONG:
            var, text = WRONG[_grade_id(cell)]
            head, sep, rest = cell.source.partition('"""\n')
            _, sep2, after = rest.partition('"""')
            assert head.startswith(f"{var} = ") and sep and sep2, cell.source
            cell.source = f'{head}"""\n{text}\n"""{after}'
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest)
    return dest


def _tpstrain(*args: str) -> None:
    cmd = [sys.executable, "-m", "tpstrain.cli", *args, "--no-progress"]
    r = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=300)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]


def feedback_page(tmp_path: Path) -> Path:
    """A course with assignment 05, one wrong submission, autograded; its feedback page (nbgrader's API)."""
    root = tmp_path / "course"
    root.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", root)
    shutil.copytree(ROOT / "solutions" / A, root / "solutions" / A)
    _tpstrain("course", "generate", "--course-dir", str(root))
    dest = wrong_notebook(root / "submitted" / "trainee" / A / f"{A}.ipynb")
    (dest.parent / "timestamp.txt").write_text("2026-03-01 08:00:00.000000 UTC", encoding="utf-8")
    _tpstrain("course", "autograde", "--course-dir", str(root), "--jobs", "1")
    _tpstrain("course", "feedback", "--course-dir", str(root))
    page = root / "feedback" / "trainee" / A / f"{A}.html"
    assert page.is_file()
    return page


def test_failing_check_in_jupyterlab_and_in_the_feedback_page(tmp_path):
    from playwright.sync_api import expect

    notebook = wrong_notebook(tmp_path / "nb" / f"{A}.ipynb")
    page_file = feedback_page(tmp_path)
    html = page_file.read_text(encoding="utf-8")
    assert re.search(r"<meta[^>]*tpstrain-feedback", html)  # the course's template, not nbgrader's
    assert "Traceback" not in re.sub(r"<style.*?</style>", "", html, flags=re.S)

    with (
        serve_lab(tmp_path / "lab", [notebook]) as (base, token, log),
        browser_page("feedback", log, {"width": 1280, "height": 1300}) as page,
    ):
        _notebook(page, base, token, expect)
        _feedback(page, page_file, expect)
    if os.environ.get("TPSTRAIN_DOCS_SCREENSHOTS") == "1":
        for name in SHOTS:
            shutil.copy(ARTIFACTS / name, DOCS / name)


def _notebook(page, base: str, token: str, expect) -> None:
    page.goto(f"{base}/lab/tree/{A}.ipynb?token={token}&reset", wait_until="domcontentloaded")
    page.add_style_tag(content=".Toastify, .jp-toast-container { display: none !important; }")
    cells = page.locator(".jp-Notebook .jp-Cell")
    expect(cells.first).to_be_visible()
    page.wait_for_function(KERNEL_READY, timeout=UI_TIMEOUT_MS)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")

    # Run All reaches the last code cell: every code cell has an execution count, none shows a traceback.
    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
                 .every(p => /\\[\\d+\\]/.test(p.textContent))""",
        timeout=UI_TIMEOUT_MS,
    )
    notebook_text = page.locator(".jp-Notebook").inner_text()
    assert "Traceback" not in notebook_text and "NameError" not in notebook_text

    answer = cells.filter(has_text="rewrite_3 = ").first
    test = cells.filter(has_text="Test for question 3").first
    expect(answer.locator(".tps-feedback")).to_contain_text("Not yet")
    out = test.locator(".jp-OutputArea-output")
    expect(out).to_contain_text("Not yet")
    expect(out).to_contain_text("How to fix")
    expect(out).to_contain_text("homeless man")
    # the answer cell at the top of the notebook, the file browser folded away: both cells in one picture
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
    answer.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)  # let the windowed notebook lay the cells out after the scroll
    a, t = answer.bounding_box(), test.bounding_box()
    assert a and t and t["y"] > a["y"] >= 0
    page.screenshot(
        path=str(ARTIFACTS / SHOTS[0]),
        clip={"x": a["x"], "y": a["y"], "width": a["width"], "height": t["y"] + t["height"] - a["y"]},
    )


def _feedback(page, page_file: Path, expect) -> None:
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(page_file.as_uri(), wait_until="load")
    checks = page.locator(".tps-check")
    expect(checks).to_have_count(3)  # one block per failing question, in words
    assert "Traceback" not in page.locator("body").inner_text()
    assert page.locator("text=grade_rewrite(").count() == 0  # the grader's checks: results, not code
    # every "How to fix" line whole, inside the page, wrapping instead of running off it
    fixes = page.locator(".tps-check .tps-fix")
    assert fixes.count() >= 5
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('.tps-check .tps-fix, .tps-check .tps-what')]
                 .filter(e => e.scrollWidth > e.clientWidth + 1 ||
                              e.getBoundingClientRect().right > document.documentElement.clientWidth)
                 .map(e => e.textContent)"""
    )
    assert overflow == [], overflow
    assert page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    # the first question: its prompt, the trainee's answer, the grader's check and what to fix
    heading = page.locator("h2", has_text="1. Find the problems")
    first = checks.first
    expect(first).to_contain_text("How to fix")
    h, c = heading.bounding_box(), first.bounding_box()
    assert h and c
    page.screenshot(
        path=str(ARTIFACTS / SHOTS[1]),
        clip={"x": 0, "y": h["y"] - 12, "width": 1000, "height": c["y"] + c["height"] + 16 - (h["y"] - 12)},
        full_page=True,
    )
