"""The README's first command, `make lab`, really starts JupyterLab on the course's start page."""

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.browser
def test_make_lab_serves_the_start_page(tmp_path):
    port = _free_port()
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "BROWSER": "true"}
    proc = subprocess.Popen(
        ["make", "-s", "lab", f"LAB_PORT={port}", "LAB_ARGS=--no-browser --ServerApp.ip=127.0.0.1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        token, log = None, []
        deadline = time.time() + 120
        while time.time() < deadline and token is None:
            line = proc.stdout.readline()
            if not line:
                assert proc.poll() is None, "make lab exited:\n" + "".join(log[-20:])
                continue
            log.append(line)
            # the printed URL opens the start page, not the Launcher
            m = re.search(
                rf"http://127\.0\.0\.1:{port}/lab/tree/curriculum/00-start-here\.ipynb\?token=([0-9a-f]+)",
                line,
            )
            token = m.group(1) if m else None
        assert token, "no server URL in the output:\n" + "".join(log[-20:])
        base = f"http://127.0.0.1:{port}"
        page = None
        while page is None and time.time() < deadline:  # the URL is printed just before the port opens
            try:
                page = urllib.request.urlopen(
                    f"{base}/lab/tree/curriculum/00-start-here.ipynb?token={token}", timeout=30
                )
            except urllib.error.URLError:
                assert proc.poll() is None, "make lab exited"
                time.sleep(0.5)
        assert page is not None and page.status == 200
        listing = json.load(
            urllib.request.urlopen(f"{base}/api/contents/exercises/02-accounts?token={token}", timeout=30)
        )
        assert "02-accounts.ipynb" in [c["name"] for c in listing["content"]]
        # the course's lab settings: no "notified about official Jupyter news?" toast, no update check
        notes = json.load(
            urllib.request.urlopen(
                f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification?token={token}",
                timeout=30,
            )
        )
        props = notes["schema"]["properties"]
        assert props["fetchNews"]["default"] == "false" and props["checkForUpdates"]["default"] is False
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
