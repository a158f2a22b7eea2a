"""The composer in real JupyterLab, in a real browser (Debian's Chromium driven by Playwright).

The test starts ``jupyter lab`` from this environment on 127.0.0.1 (free port, a token, no browser, a temp
root holding one notebook, fresh config/settings/runtime dirs, news and update checks off), opens the
notebook in headless Chromium, runs the cell, types a post with a known problem, checks that the finding,
its highlight and the counter appear, clicks the fix, checks the text changed, and saves screenshots to
``artifacts/``. The server is stopped at the end, pass or fail.

Run alone: ``.venv/bin/python -m pytest -m browser tests/test_browser.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
BIN = Path(sys.executable).parent  # the venv's bin/: jupyter, python (for the kernel)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CELL = 'from tpstrain.widgets import Composer; c = Composer(platform="x"); c'
POST = "Officers attended an MVC at Dufferin/Eglinton."
SERVER_START_S = 90
UI_TIMEOUT_MS = 60_000  # generous: a loaded CI machine may be slow to start the kernel

KERNEL_READY = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const ctx = w && w.sessionContext;
  const k = ctx && ctx.session && ctx.session.kernel;
  return !!(ctx && ctx.isReady && k && k.connectionStatus === "connected" && k.status === "idle");
}"""

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180), pytest.mark.xdist_group("browser")]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


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


def _quiet_lab_settings(settings: Path) -> None:
    """User settings: no news, no update check, no toasts (they can cover the notebook)."""
    d = settings / "@jupyterlab" / "apputils-extension"
    d.mkdir(parents=True, exist_ok=True)
    (d / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True})
    )


@pytest.fixture
def lab(tmp_path):
    """A running JupyterLab serving a temp root with the composer notebook; yields (base_url, token)."""
    root = tmp_path / "root"
    root.mkdir()
    _write_notebook(root)
    dirs = {
        name: tmp_path / name for name in ("config", "data", "runtime", "settings", "workspaces", "ipython")
    }
    for d in dirs.values():
        d.mkdir()
    _quiet_lab_settings(dirs["settings"])
    env = dict(os.environ)
    env.update(
        # Fresh per-user dirs. JUPYTER_PATH is left alone: the venv's share/jupyter (with the widget
        # manager's lab extension and the python3 kernelspec) stays on the data path.
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTER_DATA_DIR=str(dirs["data"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        IPYTHONDIR=str(dirs["ipython"]),
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",  # the kernelspec runs `python`: this venv's
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        JUPYTER_PLATFORM_DIRS="0",
    )
    port, token = _free_port(), secrets.token_hex(16)
    log = tmp_path / "jupyter-lab.log"
    jupyter = BIN / "jupyter"
    cmd = [
        str(jupyter) if jupyter.exists() else "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--ServerApp.terminals_enabled=False",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp: lets the test wait for the kernel
        *(
            ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
        ),  # CI containers run as root
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )  # its own process group: kernels included
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with {proc.returncode} before serving:\n{_tail(log)}")
            try:
                req = urllib.request.Request(
                    f"{base}/api/status", headers={"Authorization": f"token {token}"}
                )
                with urllib.request.urlopen(req, timeout=2) as r:
                    if r.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"jupyter lab did not answer on {base} within {SERVER_START_S}s:\n{_tail(log)}")
            time.sleep(0.25)  # polling a socket: there is nothing to wait on
        yield base, token, log
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """Stop the server we started (and its kernels, in its process group)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # jupyter server shuts its kernels down on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)  # any kernel left in the group we created


@pytest.fixture
def chromium() -> Path:
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: run `scripts/ensure-chromium` (`make test` runs it first) "
            "to install Debian's chromium for the browser tests",
            pytrace=False,
        )
    return CHROMIUM


def test_composer_in_jupyterlab(chromium, lab):
    from playwright.sync_api import expect, sync_playwright

    base, token, log = lab
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "composer-failure.png").unlink(missing_ok=True)  # only a failing run leaves one
    expect.set_options(timeout=UI_TIMEOUT_MS)
    with sync_playwright() as pw:
        # launch() gives each run a fresh, temporary user-data dir (deleted when the browser closes).
        browser = pw.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 760}, device_scale_factor=1)
            page = context.new_page()
            page.set_default_timeout(UI_TIMEOUT_MS)
            console: list[str] = []
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            try:
                _drive(page, base, token, expect)
            except Exception:
                page.screenshot(path=str(ARTIFACTS / "composer-failure.png"))
                print("--- browser console errors ---\n" + "\n".join(console[-30:]))
                print("--- jupyter lab log ---\n" + _tail(log, 60))
                raise
            finally:
                context.close()
        finally:
            browser.close()


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
