"""The course's JupyterHub, end to end on loopback (deploy/; issue 15).

One module-scoped deployment started by the README's command, `make hub` (with HUB_ARGS giving it a folder of
its own under /srv/tpstrain-test/, its own system groups and accounts, and free ports on 127.0.0.1), then:

0. NativeAuthenticator: the setup's instructor logs in with the setup's password; a trainee signs up, is
   refused until authorized, then logs in; the SSO (Azure AD) and LTI settings load into JupyterHub and the
   Zero to JupyterHub values name what this test exercises;
1. an instructor and 10 trainees are created through the REST API and their servers started;
2. the instructor, in a terminal of their own server, generates and releases an assignment;
3. each trainee, through their own server (nbgrader's Assignment List API and the contents API), fetches it,
   answers (well, mostly well, partly, badly or not at all) and submits;
4. the instructor collects, runs `tpstrain course autograde --jobs 2`, grades the reflections in formgrader
   (its API), generates and releases feedback; a trainee fetches it;
5. `tpstrain course report` and `certify` see the class;
6. trainees see no answers: no solutions/, gradebook or other trainee's work, through the contents API, a
   terminal, formgrader or the hub API.

The hub and every server are stopped and the deployment's accounts, groups and folders removed at the end,
pass or fail. The server environment (/srv/tpstrain-test/runtime: venv and proxy) is kept between runs, as
`make hub` keeps /srv/tpstrain/venv; the first run builds it (a minute or two). The hub's log is saved in
artifacts/hub-e2e.log. Needs root (it creates system users); skipped otherwise.

Run alone: ``.venv/bin/python -m pytest tests/test_hub.py``.
"""

from __future__ import annotations

import ast
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
ARTIFACTS = ROOT / "artifacts"
sys.path.insert(0, str(DEPLOY))

from hubapi import Hub, HubError, Server, request, run_in_terminal  # noqa: E402

TEST_HOME = Path("/srv/tpstrain-test")
RUNTIME = TEST_HOME / "runtime"
COURSE_ID = "tps-social-media"
ASSIGNMENT = "02-accounts"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
IDLE_TIMEOUT = 3600

# What each trainee writes: per answer cell (by grade id), "model" (the model answer), "bad", or nothing.
BAD = {
    "q1-answer": 'choice_1 = """\nAccount: my own Instagram\nAuthor: whoever is on shift\n"""\n',
    "q2-answer": 'choice_2 = """\nAccount: @TorontoPolice personal page\nAuthor: Sgt Bloggs (not trained)\n"""\n',
    "q3-answer": 'rewrite_3 = """\nBBQ lol. text me at 416-555-0187 if u want to come\n"""\n',
    "reflection-answer": "idk, I would just post it wherever",
}
PLANS = {
    "good": dict.fromkeys(("q1-answer", "q2-answer", "q3-answer", "reflection-answer"), "model"),
    "mostly": {"q1-answer": "model", "q2-answer": "model", "q3-answer": "bad", "reflection-answer": "model"},
    "partly": {"q1-answer": "model", "q2-answer": "bad", "q3-answer": "bad", "reflection-answer": "bad"},
    "bad": dict.fromkeys(("q1-answer", "q2-answer", "q3-answer", "reflection-answer"), "bad"),
    "blank": {},
}
CLASS = ["good", "good", "good", "mostly", "partly", "partly", "bad", "bad", "blank", "blank"]

pytestmark = [pytest.mark.slow, pytest.mark.hub, pytest.mark.timeout(1500), pytest.mark.xdist_group("hub")]


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _python() -> str:
    return "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable


def _model_answers() -> dict[str, str]:
    """grade id (lower case) -> the model answer's cell with the solution markers taken out."""
    nb = json.loads((ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_text(encoding="utf-8"))
    out = {}
    for cell in nb["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("solution"):
            src = "".join(cell["source"])
            out[meta["grade_id"].lower()] = re.sub(r"[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n", "", src)
    return out


class Deployment:
    def __init__(self, tag: str):
        self.tag = tag
        self.root = TEST_HOME / f"run-{tag}"
        self.admin = f"h{tag}a"
        self.instructor = f"h{tag}i"
        self.trainees = [f"h{tag}t{n:02d}" for n in range(1, len(CLASS) + 1)]
        self.plan = dict(zip(self.trainees, CLASS, strict=True))
        self.port, self.hub_port, self.api_port = _free_ports(3)
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.hub: Hub | None = None
        self.tokens: dict[str, str] = {}

    @property
    def course(self) -> Path:
        return self.root / "course"

    @property
    def exchange(self) -> Path:
        return self.root / "exchange"

    def server(self, name: str) -> Server:
        return Server(self.base, name, self.tokens[name])

    def hub_log(self, n: int = 60) -> str:
        log = ARTIFACTS / "hub-e2e.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-n:]) if log.exists() else "(no log)"


@pytest.fixture(scope="module")
def dep():
    if os.geteuid() != 0:
        pytest.skip("the hub test creates system users: run as root (CI does)")
    for tool in ("useradd", "npm"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} not found (deploy/hub.py setup installs it with apt on a fresh machine)")
    d = Deployment(secrets.token_hex(2))
    ARTIFACTS.mkdir(exist_ok=True)
    hub_py = [_python(), str(DEPLOY / "hub.py")]
    options = [
        "--root",
        str(d.root),
        "--runtime",
        str(RUNTIME),
        "--exchange",
        str(d.exchange),
        "--admin",
        d.admin,
        "--group-prefix",
        f"tph{d.tag}",
        "--ip",
        "127.0.0.1",
        "--port",
        str(d.port),
        "--hub-port",
        str(d.hub_port),
        "--proxy-api-port",
        str(d.api_port),
        "--idle-timeout",
        str(IDLE_TIMEOUT),
    ]
    try:
        # the README's command: set-up (the first run builds the environment), then the hub in the foreground
        with open(ARTIFACTS / "hub-e2e.log", "wb") as log:
            d.proc = subprocess.Popen(
                ["make", "-s", "-C", str(ROOT), "hub", f"HUB_ARGS={' '.join(options)}"],
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 1200
        while not (d.root / "hub" / "admin-api-token").exists():
            assert d.proc.poll() is None, "make hub exited:\n" + d.hub_log()
            assert time.monotonic() < deadline, "make hub: no set-up after 1200 s:\n" + d.hub_log()
            time.sleep(1)
        token = (d.root / "hub" / "admin-api-token").read_text().strip()
        d.hub = Hub(d.base, token)
        while True:
            assert d.proc.poll() is None, "the hub exited:\n" + d.hub_log()
            try:
                d.hub.api("GET", "/")
                break
            except (OSError, HubError):
                assert time.monotonic() < deadline, "the hub did not answer:\n" + d.hub_log()
                time.sleep(0.5)
        yield d
    finally:
        if d.proc is not None and d.proc.poll() is None:
            # make's child is the hub (deploy/hub.py up execs jupyterhub): stopping it stops every server, the
            # services and the proxy; make then exits
            children = Path(f"/proc/{d.proc.pid}/task/{d.proc.pid}/children")
            for pid in children.read_text().split() if children.exists() else []:
                os.kill(int(pid), signal.SIGTERM)
            try:
                d.proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(d.proc.pid, signal.SIGKILL)
                d.proc.wait(timeout=30)
        if (d.root / "hub" / "settings.json").exists():
            subprocess.run([*hub_py, "remove", "--root", str(d.root)], check=False, timeout=300)


def test_hub_config_snippets_and_z2jh(dep):
    """The SSO and LTI snippets load into JupyterHub's config and name real settings; the Z2JH values parse
    and carry every setting this test exercises."""
    check = r"""
import sys, importlib
from traitlets.config import Config, PyFileConfigLoader
for path in sys.argv[1:]:
    cfg = PyFileConfigLoader(path).load_config()
    for section, values in cfg.items():
        if not isinstance(values, Config):
            continue
        cls = {"AzureAdOAuthenticator": "oauthenticator.azuread", "LTI13Authenticator": "ltiauthenticator.lti13.auth",
               "JupyterHub": "jupyterhub.app", "Authenticator": "jupyterhub.auth",
               "OAuthenticator": "oauthenticator.oauth2"}[section]
        klass = getattr(importlib.import_module(cls), section)
        traits = klass.class_traits(config=True)
        for name in values:
            assert name in traits, f"{path}: {section}.{name} is not a setting"
        if section.endswith("Authenticator") and section != "Authenticator":
            klass(config=cfg)  # the authenticator takes the settings
    print(path, "ok", sorted(cfg))
"""
    snippets = sorted((DEPLOY / "sso").glob("*.py"))
    assert {p.name for p in snippets} >= {"azuread.py", "lti13.py"}
    env = {**os.environ, "OAUTH_CLIENT_ID": "x", "OAUTH_CLIENT_SECRET": "y", "AZURE_TENANT_ID": "t"}
    r = subprocess.run(
        [str(RUNTIME / "venv" / "bin" / "python"), "-c", check, *map(str, snippets)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr

    values = yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text(encoding="utf-8"))
    hub_cfg = values["hub"]["config"]
    assert hub_cfg["JupyterHub"]["authenticator_class"] == "nativeauthenticator.NativeAuthenticator"
    assert hub_cfg["Authenticator"]["admin_users"] and hub_cfg["Authenticator"]["allow_all"] is True
    roles = values["hub"]["loadRoles"]
    assert "instructors" in roles["instructor"]["groups"] and "admin-ui" in roles["instructor"]["scopes"]
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] == IDLE_TIMEOUT
    assert values["singleuser"]["defaultUrl"] == "/lab/tree/curriculum/00-start-here.ipynb"
    assert values["singleuser"]["memory"]["limit"] and values["singleuser"]["cpu"]["limit"]
    mounts = {m["mountPath"] for m in values["singleuser"]["storage"]["extraVolumeMounts"]}
    assert "/srv/nbgrader/exchange" in mounts
    claims = {
        v["persistentVolumeClaim"]["claimName"]
        for v in values["singleuser"]["storage"]["extraVolumes"]
        if "persistentVolumeClaim" in v
    }
    assert "tpstrain-exchange" in claims
    extra = "\n".join(values["hub"]["extraConfig"].values())
    ast.parse(extra)
    for needle in (
        "nbgrader.server_extensions.formgrader",
        COURSE_ID,
        "tpstrain-course",
        "uid",
        "instructors",
    ):
        assert needle in extra, needle
    manifests = (DEPLOY / "z2jh" / "exchange-pvc.yaml").read_text(encoding="utf-8")
    pvcs = [m for m in yaml.safe_load_all(manifests) if m]
    assert {p["metadata"]["name"] for p in pvcs} == {"tpstrain-exchange", "tpstrain-course"}
    assert all(p["spec"]["accessModes"] == ["ReadWriteMany"] for p in pvcs)


class _Browser:
    """What a browser does with the hub's forms: cookies, the _xsrf field, redirects followed."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[str, str]:
        with self.opener.open(f"{self.base}{path}", timeout=120) as r:
            return r.geturl(), r.read().decode(errors="replace")

    def submit(self, path: str, fields: dict[str, str]) -> tuple[str, str]:
        _, page = self.get(path)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page)
        data = urllib.parse.urlencode({**fields, **({"_xsrf": xsrf.group(1)} if xsrf else {})}).encode()
        try:
            with self.opener.open(urllib.request.Request(f"{self.base}{path}", data=data), timeout=120) as r:
                return r.geturl(), r.read().decode(errors="replace")
        except urllib.error.HTTPError as e:
            return e.geturl(), e.read().decode(errors="replace")


def test_native_signup_and_login(dep):
    """NativeAuthenticator out of the box: the setup's instructor logs in with the setup's password; a trainee
    signs up, cannot log in until the instructor authorizes them, then can; a wrong password is refused."""
    password = (dep.root / "hub" / "admin-password").read_text().strip()
    admin = _Browser(dep.base)
    url, page = admin.submit("/hub/login", {"username": dep.admin, "password": "wrong-password-1"})
    assert "/hub/login" in url and "Invalid username or password" in page, url
    url, _ = admin.submit("/hub/login", {"username": dep.admin, "password": password})
    assert "/hub/login" not in url, url
    name, secret = f"h{dep.tag}s01", "a-long-trainee-passphrase"
    trainee = _Browser(dep.base)
    _, page = trainee.submit(
        "/hub/signup", {"username": name, "signup_password": secret, "signup_password_confirmation": secret}
    )
    assert "Your information has been sent to the admin" in page, page[-800:]
    url, _ = trainee.submit("/hub/login", {"username": name, "password": secret})
    assert "/hub/login" in url, "logged in before being authorized"
    _, page = admin.get(f"/hub/authorize/{name}")
    _, page = admin.get("/hub/authorize")
    assert name in page
    url, _ = trainee.submit("/hub/login", {"username": name, "password": secret})
    assert "/hub/login" not in url, url
    assert dep.hub.user(name)["name"] == name
    dep.hub.stop(name)


def _answer(nb: dict, plan: dict[str, str], model: dict[str, str]) -> dict:
    """Write a trainee's answers into the fetched notebook's answer cells, as JupyterLab would save them."""
    for cell in nb["cells"]:
        gid = cell["metadata"].get("nbgrader", {}).get("grade_id", "").lower()
        how = plan.get(gid)
        if how == "model":
            cell["source"] = model[gid]
        elif how == "bad":
            src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            tail = src[src.index("feedback(") :] if "feedback(" in src else ""
            cell["source"] = BAD[gid] + tail
    return nb


def _trainee_works(dep: Deployment, name: str, model: dict[str, str]) -> dict:
    s = dep.server(name)
    listed = s.assignments(COURSE_ID)
    assert listed["success"], listed
    assert [a["assignment_id"] for a in listed["value"] if a["status"] == "released"] == [ASSIGNMENT], listed
    fetched = s.assignment_action("fetch", COURSE_ID, ASSIGNMENT)
    assert fetched["success"], fetched
    nb = s.read_notebook(NOTEBOOK)
    text = json.dumps(nb)
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text
    s.write_notebook(NOTEBOOK, _answer(nb, PLANS[dep.plan[name]], model))
    submitted = s.assignment_action("submit", COURSE_ID, ASSIGNMENT)
    assert submitted["success"], submitted
    return submitted


def _terminal(dep: Deployment, name: str, command: str, timeout: float = 600) -> str:
    rc, out = run_in_terminal(dep.server(name), command, timeout=timeout)
    assert rc == 0, f"{command!r} exited {rc}:\n{out[-3000:]}"
    return out


def test_course_on_the_hub(dep: Deployment):
    hub = dep.hub
    t0 = time.monotonic()
    # 1. users through the REST API; the instructor in the hub group `instructors`
    hub.create_users([dep.instructor, *dep.trainees])
    hub.add_to_group("instructors", [dep.instructor])
    for name in (dep.instructor, *dep.trainees):
        dep.tokens[name] = hub.token_for(name, note="tests/test_hub.py")
        hub.start(name)
    hub.wait_ready([dep.instructor, *dep.trainees], timeout=300)
    spawned = time.monotonic() - t0

    # the idle culler runs as a hub service
    services = hub.api("GET", "/services")
    assert services["idle-culler"]["pid"] > 0, services

    # a trainee's start page is the course's; an instructor's server opens in the course folder
    first = dep.trainees[0]
    opener = urllib.request.build_opener(
        type("NoRedirect", (urllib.request.HTTPRedirectHandler,), {"redirect_request": lambda *a, **k: None})
    )
    req = urllib.request.Request(
        f"{dep.base}/user/{first}/", headers={"Authorization": f"token {dep.tokens[first]}"}
    )
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(req, timeout=30)
    assert redirect.value.code == 302
    assert redirect.value.headers["Location"].startswith(
        f"/user/{first}/lab/tree/curriculum/00-start-here.ipynb"
    )
    trainee_home = {c["name"] for c in dep.server(first).contents("").json()["content"]}
    assert trainee_home == {"curriculum"}, trainee_home
    instructor_root = {c["name"] for c in dep.server(dep.instructor).contents("").json()["content"]}
    assert {"solutions", "exercises", "nbgrader_config.py"} <= instructor_root

    # 2. the instructor generates and releases, in a terminal of their own server
    out = _terminal(
        dep,
        dep.instructor,
        f"tpstrain course generate --assignment {ASSIGNMENT} --no-progress && "
        f"tpstrain course release --assignment {ASSIGNMENT} --no-progress",
    )
    assert "release: 1 done" in out, out
    released = dep.exchange / COURSE_ID / "outbound" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert released.is_file()

    # 3. every trainee fetches, answers and submits through their own server
    model = _model_answers()
    with ThreadPoolExecutor(4) as pool:
        results = dict(
            zip(dep.trainees, pool.map(lambda n: _trainee_works(dep, n, model), dep.trainees), strict=True)
        )
    for name, res in results.items():
        statuses = {a["status"] for a in res["value"]}
        assert "submitted" in statuses, (name, res)
        sub = next(a for a in res["value"] if a["status"] == "submitted")
        assert sub["student_id"] == name

    # 4. the instructor collects and autogrades (two workers), in their terminal
    out = _terminal(
        dep,
        dep.instructor,
        f"tpstrain course collect --assignment {ASSIGNMENT} --no-progress && "
        f"tpstrain course autograde --assignment {ASSIGNMENT} --jobs 2 --no-progress",
    )
    assert f"{len(dep.trainees)} new submission" in out, out
    submitted = sorted(p.name for p in (dep.course / "submitted").iterdir())
    assert submitted == sorted(dep.trainees)
    autograded = sorted(p.name for p in (dep.course / "autograded").iterdir())
    assert autograded == sorted(dep.trainees), out

    # ... grades the written reflections in formgrader (its API, as the formgrader page does); JupyterLab shows
    # formgrader in a frame, which JupyterHub's default policy (frame-ancestors 'none') would block
    fg = dep.server(dep.instructor)
    page = fg.call("GET", "/formgrader")
    assert "frame-ancestors 'self'" in page.headers.get("content-security-policy", ""), page.headers
    subs = fg.call("GET", f"/formgrader/api/submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}").json()
    assert sorted(s["student"] for s in subs) == sorted(dep.trainees)
    auto = {s["student"]: s["code_score"] for s in subs}
    for s in subs:
        plan = PLANS[dep.plan[s["student"]]]
        for g in fg.call("GET", f"/formgrader/api/grades?submission_id={s['id']}").json():
            if g["name"] == "reflection-answer" and g["needs_manual_grade"]:
                score = 2.0 if plan.get("reflection-answer") == "model" else 0.0
                fg.call("PUT", f"/formgrader/api/grade/{g['id']}", {"manual_score": score, "extra_credit": 0})

    # ... and returns feedback through the exchange
    out = _terminal(
        dep, dep.instructor, f"tpstrain course feedback --assignment {ASSIGNMENT} --release --no-progress"
    )
    assert (dep.course / "feedback" / dep.trainees[0] / ASSIGNMENT / f"{ASSIGNMENT}.html").is_file(), out

    # a trainee fetches their feedback
    s = dep.server(first)
    res = s.assignment_action("fetch_feedback", COURSE_ID, ASSIGNMENT)
    assert res["success"], res
    fb_dirs = s.contents(f"{ASSIGNMENT}/feedback").json()["content"]
    assert fb_dirs, "no feedback fetched"
    html = s.contents(f"{fb_dirs[0]['path']}/{ASSIGNMENT}.html").json()["content"]
    assert first in html or "02-accounts" in html

    # 5. report and certify see the class (no roster: the gradebook's trainees)
    out = _terminal(
        dep,
        dep.instructor,
        "tpstrain course report --output report --no-progress && "
        f"tpstrain course certify --require {ASSIGNMENT} --output certified.json "
        "--no-progress",
    )
    report = json.loads((dep.course / "report" / "report.json").read_text(encoding="utf-8"))
    seen = json.dumps(report)
    assert all(name in seen for name in dep.trainees), "trainees missing from report.json"
    certified = {m["id"] for m in json.loads((dep.course / "certified.json").read_text(encoding="utf-8"))}
    good = {n for n, kind in dep.plan.items() if kind == "good"}
    weak = {n for n, kind in dep.plan.items() if kind in ("bad", "blank", "partly")}
    assert good <= certified, (certified, auto, out)
    assert not certified & weak, (certified, auto, out)
    for name, kind in dep.plan.items():
        if kind == "good":
            assert auto[name] == 8.0, (name, auto)
        if kind == "blank":
            assert auto[name] == 0.0, (name, auto)

    # 6. trainees never see answers
    _trainees_see_no_answers(dep)
    print(
        f"\nhub e2e: {len(dep.trainees)} trainees spawned in {spawned:.1f} s; whole course "
        f"{time.monotonic() - t0:.1f} s; auto scores {sorted(auto.values())}; certified {len(certified)}"
    )


def _trainees_see_no_answers(dep: Deployment):
    first, other = dep.trainees[0], dep.trainees[1]
    s = dep.server(first)
    home = {c["name"] for c in s.contents("").json()["content"]}
    assert home <= {"curriculum", ASSIGNMENT}, home
    forbidden = ("solutions", "gradebook", "submitted", "autograded", "BEGIN SOLUTION", other, "inbound")
    probes = [
        "..",
        "../",
        "../..",
        f"../{other}",
        f"../{other}/{ASSIGNMENT}",
        "../../course",
        "../../course/solutions",
        "../../course/gradebook.db",
        str(dep.course / "solutions"),
        "%2e%2e/%2e%2e/course",
        "..%2F..%2Fcourse%2Fsolutions",
        str(dep.exchange / COURSE_ID / "inbound"),
        f"../../exchange/{COURSE_ID}/inbound",
        "solutions",
        "gradebook.db",
        "submitted",
        "autograded",
    ]
    for path in probes:
        url = f"{s.base}/api/contents/{path}"
        r = request("GET", url, s.token, ok=tuple(range(200, 600)))
        body = r.body.decode(errors="replace")
        listing = r.json() if r.status == 200 and body.startswith("{") else {}
        names = json.dumps(listing.get("content")) if isinstance(listing, dict) else ""
        assert r.status >= 400 or not any(f in names for f in forbidden), (path, r.status, body[:300])
        assert not (
            r.status == 200
            and listing.get("type") in ("directory", "notebook", "file")
            and listing.get("path", "").startswith("..")
        ), (path, body[:300])
    # nor through a terminal (what a kernel could do too): the operating system refuses
    for target in (
        dep.course / "solutions",
        dep.course / "gradebook.db",
        dep.course / "submitted",
        dep.exchange / COURSE_ID / "inbound",
        dep.root / "home" / other,
        dep.root / "hub",
    ):
        rc, out = run_in_terminal(s, f"ls {target} && head -c 64 {target}/* 2>&1 | head -3")
        assert rc != 0 and "Permission denied" in out, (target, rc, out)
    # nor formgrader, nor the hub's list of users, nor another trainee's server
    assert request(
        "GET", f"{s.base}/formgrader/api/assignments", s.token, ok=tuple(range(200, 600))
    ).status in (403, 404)
    assert request("GET", f"{dep.base}/hub/api/users", s.token, ok=tuple(range(200, 600))).status == 403
    assert (
        request("GET", f"{dep.base}/user/{other}/api/contents", s.token, ok=tuple(range(200, 600))).status
        == 403
    )
    # instructors see the class list, but not inside a trainee's server
    inst = dep.tokens[dep.instructor]
    users = {u["name"] for u in request("GET", f"{dep.base}/hub/api/users", inst).json()}
    assert set(dep.trainees) <= users
    assert (
        request("GET", f"{dep.base}/user/{first}/api/contents", inst, ok=tuple(range(200, 600))).status == 403
    )
