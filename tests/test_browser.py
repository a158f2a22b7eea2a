"""The composer in real JupyterLab, in a real browser (Debian's Chromium driven by Playwright).

The test starts ``jupyter lab`` from this environment on 127.0.0.1 (free port, a token, no browser, a temp
root holding one notebook, fresh config/settings/runtime dirs, news and update checks off), opens the
notebook in headless Chromium, runs the cell, types a post with a known problem, checks that the finding,
its highlight and the counter appear, clicks the fix, checks the text changed, and saves screenshots to
``artifacts/``. The server is stopped at the end, pass or fail.

Run alone: ``.venv/bin/python -m pytest -m browser tests/test_browser.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jupyter_lab import ARTIFACTS, KERNEL_READY, UI_TIMEOUT_MS, browser_page, serve_lab

CELL = 'from tpstrain.widgets import Composer; c = Composer(platform="x"); c'
POST = "Officers attended an MVC at Dufferin/Eglinton."

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180), pytest.mark.xdist_group("browser")]


def _write_notebook(root: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(CELL)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    path = root / "composer.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture
def lab(tmp_path):
    """A running JupyterLab serving a temp root with the composer notebook; yields (base_url, token, log)."""
    with serve_lab(tmp_path, [_write_notebook(tmp_path)]) as served:
        yield served


def test_composer_in_jupyterlab(lab):
    from playwright.sync_api import expect

    base, token, log = lab
    # browser_page launches with a fresh, temporary user-data dir (deleted when the browser closes)
    with browser_page("composer", log, {"width": 1100, "height": 760}) as page:
        _drive(page, base, token, expect)


def _drive(page, base: str, token: str, expect) -> None:
    page.goto(f"{base}/lab/tree/composer.ipynb?token={token}&reset", wait_until="domcontentloaded")
    # Notifications (news, updates, anything else) are silenced in settings; hide any toast that still
    # shows so it cannot cover the notebook.
    page.add_style_tag(content=".Toastify, .jp-toast-container { display: none !important; }")

    cell = page.locator(".jp-Notebook .jp-CodeCell").first
    expect(cell).to_be_visible()
    expect(cell.locator(".jp-InputArea-editor")).to_contain_text("Composer")
    # The toolbar can say "idle" before the kernel's connection is up, and a cell run then is lost: wait
    # until the notebook's own session has a connected, idle kernel.
    page.wait_for_function(KERNEL_READY, timeout=UI_TIMEOUT_MS)

    # Run the cell: into the editor, Shift+Enter.
    cell.locator(".jp-InputArea-editor .cm-content").click()
    page.keyboard.press("Shift+Enter")
    expect(cell.locator(".jp-InputPrompt")).to_have_text(re.compile(r"\[(\*|\d+)\]"))

    composer = page.locator(".tps-composer").first
    expect(composer).to_be_visible()
    textarea = composer.locator(".tps-text textarea")
    expect(textarea).to_be_visible()
    expect(composer.locator(".tps-counter")).to_have_text("0/280")
    expect(composer.locator(".tps-message")).to_contain_text("Write your post")

    # Type the post, one keystroke at a time; feedback follows every keystroke.
    textarea.click()
    page.keyboard.type(POST, delay=15)
    expect(textarea).to_have_value(POST)

    jargon = (
        composer.locator(".tps-findings .tps-finding")
        .filter(has_text="clarity.jargon")
        .filter(has_text="“MVC”")
    )
    error = composer.locator(".tps-error")
    expect(jargon.or_(error).first).to_be_visible()
    if error.count():  # e.g. a broken policy file: say so, not "finding not found"
        pytest.fail(f"the composer shows an error instead of findings: {error.inner_text()}")
    expect(jargon).to_have_count(1)
    expect(jargon).to_contain_text("warning")
    expect(composer.locator(".tps-highlight mark", has_text="MVC")).to_be_visible()
    expect(composer.locator(".tps-counter")).to_have_text(f"{len(POST)}/280")
    expect(composer.locator(".tps-verdict")).to_contain_text("Revise before posting")
    expect(composer.locator(".tps-grade")).to_contain_text(re.compile(r"Grade \d"))
    expect(composer.locator(".tps-error")).to_have_count(0)
    output = page.locator(".jp-Notebook .jp-CodeCell").first
    output.screenshot(path=str(ARTIFACTS / "composer-finding.png"))

    fix = jargon.locator(".tps-fix")
    expect(fix).to_be_visible()
    expect(fix).to_contain_text("crash")
    fix.click()

    expect(textarea).not_to_have_value(re.compile("MVC"))
    expect(textarea).to_have_value(re.compile(r"\bcrash\b"))
    expect(jargon).to_have_count(0)
    expect(composer.locator(".tps-highlight mark", has_text="MVC")).to_have_count(0)
    expect(composer.locator(".tps-counter")).to_have_text(re.compile(r"^\d+/280$"))
    page.screenshot(path=str(ARTIFACTS / "composer.png"))
