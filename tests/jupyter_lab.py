"""JupyterLab for the browser tests: started from this environment on 127.0.0.1 (a free port, a token, no
browser, a temp root holding copies of the notebooks, fresh config, settings, runtime and IPython dirs, news and
update checks off), and stopped again, kernels included, pass or fail. Shared by tests/test_browser.py,
tests/test_lesson_browser.py and the other browser tests."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
SERVER_START_S = 90
UI_TIMEOUT_MS = 60_000  # generous: a loaded CI machine may be slow to start the kernel

KERNEL_READY = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const ctx = w && w.sessionContext;
  const k = ctx && ctx.session && ctx.session.kernel;
  return !!(ctx && ctx.isReady && k && k.connectionStatus === "connected" && k.status === "idle");
}"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def quiet_lab_settings(settings: Path) -> None:
    """User settings: no news, no update check, no toasts (they can cover the notebook)."""
    d = settings / "@jupyterlab" / "apputils-extension"
    d.mkdir(parents=True, exist_ok=True)
    (d / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True})
    )


@contextlib.contextmanager
def serve_lab(tmp_path: Path, notebooks: list[Path]) -> Iterator[tuple[str, str, Path]]:
    """Run JupyterLab on 127.0.0.1 over a temp root holding copies of ``notebooks``; yields (base_url, token, log).

    Fresh config, data, settings and IPython dirs; tpstrain importable by the kernel; no news, no toasts.
    """
    root = tmp_path / "root"
    root.mkdir(parents=True)
    for nb in notebooks:
        shutil.copy(nb, root / nb.name)
    dirs = {
        name: tmp_path / name
        for name in ("config", "data", "runtime", "settings", "workspaces", "ipython", "notes")
    }
    for d in dirs.values():
        d.mkdir()
    quiet_lab_settings(dirs["settings"])
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTER_DATA_DIR=str(dirs["data"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        IPYTHONDIR=str(dirs["ipython"]),
        TPSTRAIN_NOTES=str(dirs["notes"]),  # worksheets save here, not in the real home
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        JUPYTER_PLATFORM_DIRS="0",
    )
    port, token = free_port(), secrets.token_hex(16)
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
        "--LabApp.expose_app_in_browser=True",
        *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited with {proc.returncode} before serving:\n{tail(log)}")
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
                pytest.fail(f"jupyter lab did not answer on {base} within {SERVER_START_S}s:\n{tail(log)}")
            time.sleep(0.25)  # polling a socket: there is nothing to wait on
        yield base, token, log
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
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


@contextlib.contextmanager
def browser_page(name: str, log: Path, viewport: dict[str, int]) -> Iterator[Any]:
    """A page of Debian's Chromium (fresh temporary profile), for one browser test named ``name``. A failure
    inside leaves artifacts/<name>-failure.png and prints the browser's console errors and the lab's log."""
    from playwright.sync_api import expect, sync_playwright

    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: run `scripts/ensure-chromium` (`make test` runs it first) "
            "to install Debian's chromium for the browser tests",
            pytrace=False,
        )
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{name}-failure.png"
    shot.unlink(missing_ok=True)  # only a failing run leaves one
    expect.set_options(timeout=UI_TIMEOUT_MS)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=viewport, device_scale_factor=1)
            page = context.new_page()
            page.set_default_timeout(UI_TIMEOUT_MS)
            console: list[str] = []
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            try:
                yield page
            except Exception:
                page.screenshot(path=str(shot))
                print("--- browser console errors ---\n" + "\n".join(console[-30:]))
                print("--- jupyter lab log ---\n" + tail(log, 60))
                raise
            finally:
                context.close()
        finally:
            browser.close()
