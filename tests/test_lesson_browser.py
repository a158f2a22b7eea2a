"""A lesson in real JupyterLab, in a real browser: a multiple-choice check answered wrongly, then rightly, and a
model answer opened from behind its click.

Starts ``jupyter lab`` the way tests/test_browser.py does (127.0.0.1, a free port, a token, fresh config and
settings), with a copy of ``curriculum/00-start-here.ipynb`` in a temp root, runs all its cells in headless
Chromium, then:

1. clicks a wrong option of the first check: the feedback is marked wrong and explains that option;
2. clicks the right option: the feedback is marked right;
3. opens the first model answer (a ``<details>`` in a markdown cell): the answer shows.

Screenshots go to ``artifacts/lesson-check-wrong.png``, ``lesson-check-right.png`` and ``lesson-model-answer.png``
(with ``TPSTRAIN_DOCS_SCREENSHOTS=1``, also to ``docs/``, where the instructor guide shows them).

Run alone: ``.venv/bin/python -m pytest -m browser tests/test_lesson_browser.py``.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest
from jupyter_lab import (
    ARTIFACTS,
    KERNEL_READY,
    ROOT,
    UI_TIMEOUT_MS,
    browser_page,
    serve_lab,
)

LESSON = ROOT / "curriculum" / "00-start-here.ipynb"
DOCS = ROOT / "docs"
SHOTS = ("lesson-check-wrong.png", "lesson-check-right.png", "lesson-model-answer.png")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240), pytest.mark.xdist_group("browser")]


@pytest.fixture
def lesson_lab(tmp_path):
    """A running JupyterLab serving a temp root that holds a copy of lesson 00; yields (base_url, token, log)."""
    with serve_lab(tmp_path, [LESSON]) as served:
        yield served


def test_check_and_model_answer_in_jupyterlab(lesson_lab):
    from playwright.sync_api import expect

    base, token, log = lesson_lab
    with browser_page("lesson", log, {"width": 1100, "height": 900}) as page:
        _drive(page, base, token, expect)
    if os.environ.get("TPSTRAIN_DOCS_SCREENSHOTS") == "1":
        for name in SHOTS:
            shutil.copy(ARTIFACTS / name, DOCS / name)


def _drive(page, base: str, token: str, expect) -> None:
    page.goto(f"{base}/lab/tree/{LESSON.name}?token={token}&reset", wait_until="domcontentloaded")
    page.add_style_tag(content=".Toastify, .jp-toast-container { display: none !important; }")
    expect(page.locator(".jp-Notebook .jp-Cell").first).to_be_visible()
    page.wait_for_function(KERNEL_READY, timeout=UI_TIMEOUT_MS)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")

    # The first multiple-choice check: a folded code cell whose output is the question and its options.
    check = page.locator(".tps-choice").first
    expect(check).to_be_visible()
    cell = page.locator(".jp-Notebook .jp-Cell", has=page.locator(".tps-choice")).first
    cell.scroll_into_view_if_needed()
    expect(check.locator(".tps-feedback")).to_contain_text("Pick an answer")

    check.locator("label", has_text=re.compile(r"^A\. ")).click()  # a wrong answer
    wrong = check.locator(".tps-feedback .tps-wrong")
    expect(wrong).to_be_visible()
    expect(wrong).to_contain_text("Not quite")
    expect(wrong).to_contain_text("never submits")  # the explanation of that distractor
    cell.screenshot(path=str(ARTIFACTS / SHOTS[0]))

    check.locator("label", has_text=re.compile(r"^B\. ")).click()  # the right answer
    right = check.locator(".tps-feedback .tps-right")
    expect(right).to_be_visible()
    expect(right).to_contain_text("Right")
    expect(check.locator(".tps-feedback .tps-wrong")).to_have_count(0)
    cell.screenshot(path=str(ARTIFACTS / SHOTS[1]))

    # The first model answer: a <details> in a rendered markdown cell, closed until clicked.
    details = page.locator(".jp-MarkdownOutput details").first
    details.scroll_into_view_if_needed()
    answer = details.locator("blockquote")
    expect(answer).to_be_hidden()
    details.locator("summary").click()
    expect(answer).to_be_visible()
    expect(answer).to_contain_text("crash")
    md_cell = page.locator(".jp-Notebook .jp-Cell", has=page.locator(".jp-MarkdownOutput details")).first
    md_cell.screenshot(path=str(ARTIFACTS / SHOTS[2]))
