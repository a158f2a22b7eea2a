"""Screenshots of the course on its hub, in a real browser: docs/hub-assignment-list.png, docs/hub-formgrader.png.

    sudo .venv/bin/python deploy/screenshots.py        # needs /usr/bin/chromium (scripts/ensure-chromium)

A deployment of its own (deploy/hub.py setup under /srv/tpstrain-shots, removed at the end) on 127.0.0.1.
Playwright drives Debian's Chromium through what people do: a trainee signs up at /hub/signup, the instructor
(the setup's first account, its password from the setup) logs in and authorizes them at /hub/authorize,
releases 02-accounts from a terminal of their server; the trainee logs in, lands on the start page, opens
Nbgrader -> Assignment List and fetches the assignment (screenshot), then submits it; the instructor collects
and autogrades, and opens Nbgrader -> Formgrader (screenshot).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))

from hubapi import Hub, HubError, Server, run_in_terminal  # noqa: E402

SHOTS = Path("/srv/tpstrain-shots")
RUNTIME = Path("/srv/tpstrain-test/runtime")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN, TRAINEE, PASSWORD = "instructor", "dferreira", "course-trainee-2026"
TIMEOUT_MS = 120_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hide_toasts(page) -> None:
    page.add_style_tag(content=".Toastify { display: none !important; }")


def lab_menu(page, menu: str, item: str) -> None:
    page.locator("#jp-MainMenu").get_by_text(menu, exact=True).click()
    page.locator(".lm-Menu-content").get_by_text(item, exact=True).first.click()


def main() -> None:
    from playwright.sync_api import expect, sync_playwright

    if os.geteuid() != 0:
        raise SystemExit("screenshots: run as root (the setup creates system users)")
    root = SHOTS / "run"
    py = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    hub_py = [py, str(ROOT / "deploy" / "hub.py")]
    if (root / "hub" / "settings.json").exists():
        subprocess.run([*hub_py, "remove", "--root", str(root)], check=False)
    port, hub_port, api_port = free_port(), free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    subprocess.run(
        [
            *hub_py,
            "setup",
            "--root",
            str(root),
            "--runtime",
            str(RUNTIME),
            "--exchange",
            str(root / "exchange"),
            "--admin",
            ADMIN,
            "--group-prefix",
            "tpshot",
            "--ip",
            "127.0.0.1",
            "--port",
            str(port),
            "--hub-port",
            str(hub_port),
            "--proxy-api-port",
            str(api_port),
        ],
        check=True,
    )
    (ROOT / "artifacts").mkdir(exist_ok=True)
    log = open(ROOT / "artifacts" / "hub-screenshots.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        [*hub_py, "start", "--root", str(root)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        hub = Hub(base, (root / "hub" / "admin-api-token").read_text().strip())
        for _ in range(240):
            try:
                hub.api("GET", "/")
                break
            except (OSError, HubError):
                time.sleep(0.5)
        admin_password = (root / "hub" / "admin-password").read_text().strip()
        expect.set_options(timeout=TIMEOUT_MS)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            trainee = browser.new_context(viewport={"width": 1280, "height": 760}).new_page()
            admin = browser.new_context(viewport={"width": 1280, "height": 760}).new_page()
            for p in (trainee, admin):
                p.set_default_timeout(TIMEOUT_MS)
            try:
                drive(base, hub, admin_password, trainee, admin, expect)
            except Exception:
                (ROOT / "artifacts").mkdir(exist_ok=True)
                trainee.screenshot(path=str(ROOT / "artifacts" / "hub-shot-trainee-failure.png"))
                admin.screenshot(path=str(ROOT / "artifacts" / "hub-shot-instructor-failure.png"))
                raise
            browser.close()
        print("screenshots: docs/hub-assignment-list.png, docs/hub-formgrader.png")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
        subprocess.run([*hub_py, "remove", "--root", str(root)], check=False, capture_output=True)
        shutil.rmtree(SHOTS, ignore_errors=True)


def drive(base, hub, admin_password, trainee, admin, expect) -> None:
    """What the people do, in the browser (and the instructor's terminal)."""
    # a trainee signs up; the instructor logs in and authorizes them
    trainee.goto(f"{base}/hub/signup")
    trainee.fill("#username_input", TRAINEE)
    trainee.fill("#password_input", PASSWORD)
    trainee.fill("#password_confirmation_input", PASSWORD)
    trainee.click("#signup_submit")
    expect(trainee.get_by_text("Your information has been sent to the admin")).to_be_visible()
    admin.goto(f"{base}/hub/login")
    admin.fill("#username_input", ADMIN)
    admin.fill("#password_input", admin_password)
    admin.click("#login_submit")
    admin.wait_for_url(lambda url: "/hub/login" not in url, wait_until="domcontentloaded")
    admin.goto(f"{base}/hub/authorize/{TRAINEE}")
    expect(admin.locator("tr", has_text=TRAINEE)).to_contain_text("Yes")  # authorized

    # the instructor releases 02-accounts (a terminal of their server)
    hub.wait_ready([ADMIN], timeout=300)
    inst = Server(base, ADMIN, hub.token_for(ADMIN))
    rc, out = run_in_terminal(
        inst,
        "tpstrain course generate --assignment 02-accounts --no-progress && "
        "tpstrain course release --assignment 02-accounts --no-progress",
    )
    assert rc == 0, out

    # the trainee logs in, lands on the start page, fetches from the Assignment List
    trainee.goto(f"{base}/hub/login")
    trainee.fill("#username_input", TRAINEE)
    trainee.fill("#password_input", PASSWORD)
    trainee.click("#login_submit")
    trainee.wait_for_url("**/lab/tree/curriculum/00-start-here.ipynb**", timeout=300_000)
    expect(trainee.get_by_role("heading", name="Start here: how this course works")).to_be_visible()
    hide_toasts(trainee)
    lab_menu(trainee, "Nbgrader", "Assignment List")
    fetch = trainee.get_by_role("button", name="Fetch")
    expect(fetch).to_be_visible()
    fetch.click()
    expect(trainee.locator("#fetched_assignments_list").get_by_text("02-accounts").first).to_be_visible()
    trainee.locator("#fetched_assignments_list").get_by_text("02-accounts").first.click()  # show its notebook
    trainee.wait_for_timeout(1000)
    out_dir = ROOT / "docs"
    trainee.screenshot(path=str(out_dir / "hub-assignment-list.png"))
    trainee.get_by_role("button", name="Submit").first.click()
    expect(trainee.locator("#submitted_assignments_list").get_by_text("02-accounts").first).to_be_visible()

    # the instructor collects, autogrades, and opens formgrader
    rc, out = run_in_terminal(
        inst,
        "tpstrain course collect --assignment 02-accounts --no-progress && "
        "tpstrain course autograde --assignment 02-accounts --jobs 2 --no-progress",
    )
    assert rc == 0, out
    admin.goto(f"{base}/user/{ADMIN}/lab", wait_until="domcontentloaded")
    hide_toasts(admin)
    lab_menu(admin, "Nbgrader", "Formgrader")
    frame = admin.frame_locator("iframe").first
    row = frame.locator("tr", has_text="02-accounts").first
    expect(row).to_be_visible()
    row.scroll_into_view_if_needed()
    frame.locator("body").evaluate("b => b.ownerDocument.scrollingElement.scrollBy(0, 120)")
    admin.wait_for_timeout(1500)
    admin.screenshot(path=str(out_dir / "hub-formgrader.png"))


if __name__ == "__main__":
    main()
