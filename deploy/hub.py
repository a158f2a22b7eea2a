#!/usr/bin/env python3
"""Set up and run the course's JupyterHub on one machine (run as root; standard library only).

    python3 deploy/hub.py up            # set up (idempotent), then run the hub in the foreground
    python3 deploy/hub.py setup         # only set up: users, folders, the server environment, the proxy
    python3 deploy/hub.py start         # only run the hub (after setup)
    python3 deploy/hub.py remove --root DIR   # delete a deployment: its course accounts, groups and folders

`make hub` runs `up`. Everything the hub needs is installed here, into folders of its own:

    <root>/venv         the Python environment every server runs from (jupyterhub, JupyterLab, nbgrader,
                        tpstrain with its course extra, the authenticators, the idle culler); made with
                        /usr/bin/python3 so that every course account can run it
    <root>/node         configurable-http-proxy from npm (deploy/package-lock.json)
    <root>/hub          the hub's database, cookie secret, settings.json, the first instructor's password
                        and the course-admin API token (root only)
    <root>/etc/jupyter  Jupyter config for the servers: common/ (exchange, course id, lab settings),
                        trainee/ (no formgrader) and instructor/ (the course directory)
    <root>/course       the nbgrader course (solutions, gradebook, submissions): instructors' group only
    <root>/share        what trainees get on first start (the lessons)
    <root>/home         one home per account (mode 700)
    <exchange>          nbgrader's exchange (default /srv/nbgrader/exchange), mode 1777

Course accounts are system users named as in the hub and members of `<prefix>-trainees` or
`<prefix>-instructors`; the spawner never starts a server as a system account outside those groups.
`--runtime DIR` keeps venv/ and node/ somewhere else (the tests share one between runs).
"""

from __future__ import annotations

import argparse
import grp
import hashlib
import json
import os
import pwd
import secrets
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_ROOT = "/srv/tpstrain"
DEFAULT_EXCHANGE = "/srv/nbgrader/exchange"
COURSE_ID = "tps-social-media"  # the repository's nbgrader_config.py says the same
TRAINEE_URL = "/lab/tree/curriculum/00-start-here.ipynb"
INSTRUCTOR_URL = "/lab"
INSTRUCTORS = "instructors"  # the hub group whose members are instructors
USERNAME_PATTERN = r"^[a-z][a-z0-9_-]{1,30}$"  # valid hub names are valid system user names
MIN_UID = 1000


@dataclass
class Settings:
    """One deployment, saved as <root>/hub/settings.json; jupyterhub_config.py reads it."""

    root: str = DEFAULT_ROOT
    runtime: str = ""  # venv/ and node/ live here; default: root
    exchange: str = DEFAULT_EXCHANGE
    course_id: str = COURSE_ID
    admin: str = "instructor"
    group_prefix: str = "tpstrain"
    ip: str = ""  # the public address; "" = all interfaces
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    idle_timeout: int = 3600  # seconds without activity before the culler stops a server
    trainee_url: str = TRAINEE_URL
    instructor_url: str = INSTRUCTOR_URL
    extra: dict = field(default_factory=dict)

    # ----- derived paths ------------------------------------------------------------------------------
    @property
    def rt(self) -> Path:
        return Path(self.runtime or self.root)

    @property
    def venv(self) -> Path:
        return self.rt / "venv"

    @property
    def node(self) -> Path:
        return self.rt / "node"

    @property
    def hub_dir(self) -> Path:
        return Path(self.root) / "hub"

    @property
    def etc(self) -> Path:
        return Path(self.root) / "etc" / "jupyter"

    @property
    def course(self) -> Path:
        return Path(self.root) / "course"

    @property
    def share(self) -> Path:
        return Path(self.root) / "share"

    @property
    def homes(self) -> Path:
        return Path(self.root) / "home"

    @property
    def instructors_group(self) -> str:
        return f"{self.group_prefix}-instructors"

    @property
    def trainees_group(self) -> str:
        return f"{self.group_prefix}-trainees"

    @property
    def bind_url(self) -> str:
        return f"http://{self.ip}:{self.port}"

    @property
    def public_url(self) -> str:
        return f"http://{self.ip or '127.0.0.1'}:{self.port}"

    @property
    def admin_password_file(self) -> Path:
        return self.hub_dir / "admin-password"

    @property
    def api_token_file(self) -> Path:
        return self.hub_dir / "admin-api-token"

    def save(self) -> None:
        self.hub_dir.mkdir(parents=True, exist_ok=True)
        (self.hub_dir / "settings.json").write_text(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def load(cls, root: str | os.PathLike) -> Settings:
        path = Path(root) / "hub" / "settings.json"
        if not path.is_file():
            raise SystemExit(f"hub: {path} not found: run `python3 deploy/hub.py setup --root {root}` first")
        return cls(**json.loads(path.read_text()))


# ----- small helpers ------------------------------------------------------------------------------------
def say(msg: str) -> None:
    print(f"hub: {msg}", file=sys.stderr, flush=True)


def run(cmd: list[str], quiet: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run a command; on failure print its output and stop with one line."""
    p = subprocess.run(
        cmd,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
        **kw,
    )
    if p.returncode:
        if quiet and p.stdout:
            sys.stderr.write(p.stdout[-4000:])
        raise SystemExit(f"hub: failed ({p.returncode}): {' '.join(cmd)}")
    return p


def digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for base in paths:
        files = (
            sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
            if base.is_dir()
            else [base]
        )
        for p in files:
            h.update(str(p.relative_to(base.parent)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def system_python() -> str:
    """An interpreter every account can run: a venv made from /root/.pyenv would not be."""
    for cand in ("/usr/bin/python3", sys.executable):
        real = Path(cand).resolve()
        if real.is_file() and all(os.stat(d).st_mode & 0o001 for d in real.parents):
            return cand
    raise SystemExit("hub: no python3 that other users can run (install Debian's python3 and python3-venv)")


def apt_install(*packages: str) -> None:
    say(f"installing {' '.join(packages)} with apt")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", *packages], env=env)


# ----- system groups and course accounts ---------------------------------------------------------------
def ensure_group(name: str) -> int:
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        run(["groupadd", name])
        return grp.getgrnam(name).gr_gid


def user_groups(name: str) -> set[str]:
    pw = pwd.getpwnam(name)
    return {grp.getgrgid(g).gr_name for g in os.getgrouplist(name, pw.pw_gid)}


def ensure_account(s: Settings, name: str, instructor: bool) -> pwd.struct_passwd:
    """The system user behind a hub user: created on first use, its groups kept in step with its role.

    Refuses a name that belongs to a system account which is not a course account (root, daemon, a
    colleague's login...), so that signing up as `root` can never start a server as root.
    """
    import re

    if not re.match(USERNAME_PATTERN, name):
        raise ValueError(f"{name!r} is not a valid course account name ({USERNAME_PATTERN})")
    ours = {s.instructors_group, s.trainees_group}
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        pw = None
    if pw is not None and (pw.pw_uid < MIN_UID or not (user_groups(name) & ours)):
        raise PermissionError(
            f"system account {name!r} exists and is not a course account: refusing to use it"
        )
    ensure_group(s.instructors_group)
    ensure_group(s.trainees_group)
    s.homes.mkdir(parents=True, exist_ok=True)
    os.chmod(s.homes, 0o711)  # homes can be entered by their owners, not listed
    role, other = (
        (s.instructors_group, s.trainees_group) if instructor else (s.trainees_group, s.instructors_group)
    )
    if pw is None:
        run(
            [
                "useradd",
                "--create-home",
                "--base-dir",
                str(s.homes),
                "--shell",
                "/bin/bash",
                "--user-group",
                "--groups",
                role,
                "--comment",
                "tpstrain course account",
                name,
            ]
        )
        pw = pwd.getpwnam(name)
        os.chmod(pw.pw_dir, 0o700)
    else:
        have = user_groups(name)
        if role not in have:
            run(["usermod", "--append", "--groups", role, name])
        if other in have:
            run(["gpasswd", "--delete", name, other])
    return pw


def remove_account(s: Settings, name: str) -> None:
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        return
    if pw.pw_uid < MIN_UID or not (user_groups(name) & {s.instructors_group, s.trainees_group}):
        raise PermissionError(f"{name!r} is not a course account of {s.root}: not removing it")
    subprocess.run(["pkill", "-KILL", "-u", name], check=False)
    own_home = Path(pw.pw_dir).is_relative_to(s.homes)
    subprocess.run(["userdel", *(["--remove"] if own_home else []), name], check=False, capture_output=True)
    if own_home:
        shutil.rmtree(pw.pw_dir, ignore_errors=True)


def course_accounts(s: Settings) -> list[str]:
    names = set()
    for g in (s.instructors_group, s.trainees_group):
        try:
            gid = grp.getgrnam(g).gr_gid
            names.update(grp.getgrnam(g).gr_mem)
            names.update(p.pw_name for p in pwd.getpwall() if p.pw_gid == gid)
        except KeyError:
            pass
    return sorted(names)


# ----- the pieces of a deployment --------------------------------------------------------------------------
def install_venv(s: Settings) -> None:
    """<runtime>/venv: everything a server or the hub runs; tpstrain is this checkout, installed (not linked)."""
    py = s.venv / "bin" / "python"
    s.rt.mkdir(parents=True, exist_ok=True)
    closed = [str(p) for p in [s.rt, *s.rt.parents] if not os.stat(p).st_mode & 0o001]
    if closed:  # every account runs it: each folder on the way must let them through
        raise SystemExit(
            f"hub: {s.venv} is under {closed[0]}, which other users cannot enter: "
            "choose another --runtime (default: under /srv)"
        )
    if not py.exists():
        base = system_python()
        if subprocess.run([base, "-c", "import ensurepip, venv"], capture_output=True).returncode:
            apt_install("python3-venv")
        say(f"creating {s.venv} from {base}")
        run([base, "-m", "venv", str(s.venv)])
    deps = digest(REPO / "pyproject.toml")
    code = digest(REPO / "pyproject.toml", REPO / "tpstrain")
    stamp = s.venv / ".tpstrain-stamp.json"
    old = json.loads(stamp.read_text()) if stamp.exists() else {}
    pip = [str(py), "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
    if old.get("deps") != deps:
        say(
            "installing the server environment (JupyterHub, JupyterLab, nbgrader, tpstrain); a few minutes the "
            "first time"
        )
        run([*pip, "install", "--upgrade", "pip"])
        run([*pip, "install", f"{REPO}[course,hub]"])
    elif old.get("code") != code:
        say("updating tpstrain in the server environment")
        run([*pip, "install", "--no-deps", "--force-reinstall", str(REPO)])
    stamp.write_text(json.dumps({"deps": deps, "code": code}))


def install_proxy(s: Settings) -> Path:
    """configurable-http-proxy from npm, at the version in deploy/package-lock.json."""
    chp = s.node / "node_modules" / ".bin" / "configurable-http-proxy"
    if not shutil.which("npm"):
        apt_install("nodejs", "npm")
    want = digest(HERE / "package.json", HERE / "package-lock.json")
    stamp = s.node / ".stamp"
    if chp.exists() and stamp.exists() and stamp.read_text() == want:
        return chp
    say("installing configurable-http-proxy from npm")
    s.node.mkdir(parents=True, exist_ok=True)
    for f in ("package.json", "package-lock.json"):
        shutil.copy2(HERE / f, s.node / f)
    run(["npm", "ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], cwd=s.node)
    stamp.write_text(want)
    return chp


def chown_tree(path: Path, uid: int, gid: int, dmode: int, fmode: int) -> None:
    for d, _dirs, files in os.walk(path):
        os.chown(d, uid, gid)
        os.chmod(d, dmode)
        for f in files:
            p = os.path.join(d, f)
            os.chown(p, uid, gid)
            os.chmod(p, fmode)


def install_course(s: Settings, update: bool) -> None:
    """The nbgrader course (instructors only) and the lessons trainees get."""
    admin = ensure_account(s, s.admin, instructor=True)
    gid = grp.getgrnam(s.instructors_group).gr_gid
    s.course.mkdir(parents=True, exist_ok=True)

    def keep_existing(src: str, dst: str) -> None:  # what instructors changed stays theirs
        if not os.path.exists(dst):
            shutil.copy2(src, dst)

    copy = shutil.copy2 if update else keep_existing
    for name in ("nbgrader_config.py", "solutions", "exercises", "curriculum"):
        src, dst = REPO / name, s.course / name
        if src.is_dir():
            shutil.copytree(
                src,
                dst,
                dirs_exist_ok=True,
                copy_function=copy,
                ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
            )
        else:
            copy(str(src), str(dst))
    say(f"course in {s.course} ({'updated from' if update else 'new files from'} the repository)")
    # An empty gradebook now, so that it is group-writable (SQLite would make it 0640 for whoever comes first);
    # nbgrader fills an empty file as a new gradebook.
    (s.course / "gradebook.db").touch(exist_ok=True)
    # The course is the instructors' group's: setgid folders, group-writable, nothing for anyone else.
    chown_tree(s.course, admin.pw_uid, gid, 0o2770, 0o660)
    share = s.share / "curriculum"
    if share.exists():
        shutil.rmtree(share)
    shutil.copytree(REPO / "curriculum", share, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    chown_tree(s.share, 0, 0, 0o755, 0o644)


def install_exchange(s: Settings) -> None:
    """nbgrader's exchange: the root open to all (sticky), the course's folder owned by the instructors."""
    ex = Path(s.exchange)
    ex.mkdir(parents=True, exist_ok=True)
    os.chmod(ex, 0o1777)  # nbgrader checks `mode & 0o777 == 0o777`; the sticky bit stops renames by others
    # The course's folders are made now, so that no trainee can make them first, with the modes nbgrader's
    # release wants when the course is group-shared: outbound readable by all, inbound writable by all but
    # listed by instructors only (no one sees another's submission), feedback found only by its hash.
    gid = grp.getgrnam(s.instructors_group).gr_gid
    for sub, mode in (("", 0o2775), ("outbound", 0o2775), ("inbound", 0o2773), ("feedback", 0o2771)):
        d = ex / s.course_id / sub
        d.mkdir(exist_ok=True)
        os.chown(d, 0, gid)
        os.chmod(d, mode)


def install_config(s: Settings) -> None:
    """Jupyter config for the servers, by role; the servers find it through JUPYTER_CONFIG_PATH."""
    src = HERE / "jupyter"
    if s.etc.exists():
        shutil.rmtree(s.etc)
    shutil.copytree(src, s.etc)
    common = (
        "# Written by deploy/hub.py setup: the exchange and course every server uses.\n"
        "c = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {s.exchange!r}\n"
        f"c.CourseDirectory.course_id = {s.course_id!r}\n"
    )
    (s.etc / "common" / "nbgrader_config.py").write_text(common)
    instructor = (
        "# Written by deploy/hub.py setup: instructors grade in the shared course folder.\n"
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(s.course)!r}\n"
        "c.CourseDirectory.groupshared = True  # several instructors share the course and its gradebook\n"
    )
    (s.etc / "instructor" / "nbgrader_config.py").write_text(instructor)
    chown_tree(s.etc.parent, 0, 0, 0o755, 0o644)


def install_hub_state(s: Settings) -> None:
    """Root-only state: the cookie secret, the course-admin token, the first instructor's password."""
    s.hub_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(s.hub_dir, 0o700)
    for f, make in (
        (s.api_token_file, lambda: secrets.token_hex(32)),
        (s.admin_password_file, lambda: secrets.token_urlsafe(12)),
    ):
        if not f.exists():
            f.write_text(make() + "\n")
            os.chmod(f, 0o600)
    # NativeAuthenticator's record of the first instructor, in the hub's own database (made if new), so the
    # account exists before the hub listens: nobody can sign up under that name first.
    run([str(s.venv / "bin" / "python"), str(HERE / "hub.py"), "_native-admin", "--root", s.root])


def native_admin(s: Settings) -> None:
    """(run in the server environment) add the first instructor to NativeAuthenticator's table."""
    import bcrypt
    from jupyterhub import orm
    from nativeauthenticator.orm import UserInfo

    db = orm.new_session_factory(f"sqlite:///{s.hub_dir / 'jupyterhub.sqlite'}")()
    if UserInfo.find(db, s.admin) is None:
        password = s.admin_password_file.read_text().strip()
        db.add(
            UserInfo(
                username=s.admin,
                password=bcrypt.hashpw(password.encode(), bcrypt.gensalt()),
                is_authorized=True,
            )
        )
        db.commit()
        say(f"created the instructor account {s.admin!r}")
    db.close()


# ----- commands -----------------------------------------------------------------------------------------------
def cmd_setup(args) -> Settings:
    if os.geteuid() != 0:
        raise SystemExit("hub: run as root (it creates system users and folders under /srv)")
    os.umask(0o022)
    root = Path(args.root).resolve()
    old = (
        json.loads((root / "hub" / "settings.json").read_text())
        if (root / "hub" / "settings.json").is_file()
        else {}
    )
    s = Settings(**{**old, "root": str(root)})
    for key in (
        "runtime",
        "exchange",
        "admin",
        "group_prefix",
        "ip",
        "port",
        "hub_port",
        "proxy_api_port",
        "idle_timeout",
        "course_id",
    ):
        value = getattr(args, key, None)
        if value is not None:
            setattr(s, key, str(Path(value).resolve()) if key in ("runtime", "exchange") else value)
    if not shutil.which("useradd"):
        apt_install("passwd")
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    s.save()
    install_venv(s)
    install_proxy(s)
    ensure_group(s.instructors_group)
    ensure_group(s.trainees_group)
    install_course(s, update=args.update_course)
    install_exchange(s)
    install_config(s)
    install_hub_state(s)
    s.save()
    say(f"set up in {s.root}")
    return s


def hub_command(s: Settings) -> tuple[list[str], dict]:
    env = {**os.environ, "TPS_HUB_ROOT": s.root}
    cmd = [str(s.venv / "bin" / "jupyterhub"), "-f", str(HERE / "jupyterhub_config.py")]
    return cmd, env


def cmd_start(args) -> None:
    s = Settings.load(Path(args.root).resolve())
    cmd, env = hub_command(s)
    print(
        f"\nThe course's hub: {s.public_url}/hub/login\n"
        f"  instructor: {s.admin}, password in {s.admin_password_file}\n"
        f"  trainees sign up at {s.public_url}/hub/signup; an instructor authorizes them at "
        f"{s.public_url}/hub/authorize\n",
        file=sys.stderr,
        flush=True,
    )
    os.chdir(s.hub_dir)
    os.execve(cmd[0], cmd, env)


def cmd_up(args) -> None:
    s = cmd_setup(args)
    args.root = s.root
    cmd_start(args)


def cmd_remove(args) -> None:
    root = Path(args.root).resolve()
    s = Settings.load(root)
    if root in (Path("/"), Path("/srv"), Path("/home")) or not (root / "hub" / "settings.json").is_file():
        raise SystemExit(f"hub: {root} does not look like a deployment")
    pid_file = s.hub_dir / "jupyterhub-proxy.pid"
    if pid_file.exists():
        subprocess.run(["pkill", "-F", str(pid_file)], check=False)
    for name in course_accounts(s):
        remove_account(s, name)
        say(f"removed account {name}")
    for g in (s.instructors_group, s.trainees_group):
        subprocess.run(["groupdel", g], check=False, capture_output=True)
    course_ex = Path(s.exchange) / s.course_id
    if args.exchange_too or Path(s.exchange).is_relative_to(root):
        shutil.rmtree(course_ex, ignore_errors=True)
    shutil.rmtree(root)
    say(f"removed {root}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="deploy/hub.py", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("setup", "up"):
        p = sub.add_parser(name)
        p.add_argument(
            "--root", default=DEFAULT_ROOT, help=f"the deployment's folder (default {DEFAULT_ROOT})"
        )
        p.add_argument("--runtime", help="where venv/ and node/ go (default: the root)")
        p.add_argument("--exchange", help=f"nbgrader exchange (default {DEFAULT_EXCHANGE})")
        p.add_argument("--admin", help="the first instructor's name (default: instructor)")
        p.add_argument("--group-prefix", help="system groups <prefix>-instructors, <prefix>-trainees")
        p.add_argument("--ip", help="address to listen on (default: all)")
        p.add_argument("--port", type=int, help="public port (default 8000)")
        p.add_argument("--hub-port", type=int, help="the hub's internal port (default 8081)")
        p.add_argument("--proxy-api-port", type=int, help="the proxy's API port (default 8001)")
        p.add_argument(
            "--idle-timeout", type=int, help="seconds idle before a server is stopped (default 3600)"
        )
        p.add_argument("--course-id", help=f"nbgrader course id (default {COURSE_ID})")
        p.add_argument(
            "--update-course",
            action="store_true",
            help="copy solutions/, exercises/, curriculum/ and nbgrader_config.py over the course's",
        )
        p.set_defaults(handler=cmd_setup if name == "setup" else cmd_up)
    p = sub.add_parser("start")
    p.add_argument("--root", default=DEFAULT_ROOT)
    p.set_defaults(handler=cmd_start)
    p = sub.add_parser("remove")
    p.add_argument("--root", required=True)
    p.add_argument(
        "--exchange-too", action="store_true", help="also delete the course's folder in the exchange"
    )
    p.set_defaults(handler=cmd_remove)
    p = sub.add_parser("_native-admin")
    p.add_argument("--root", required=True)
    p.set_defaults(handler=lambda a: native_admin(Settings.load(a.root)))
    args = ap.parse_args(argv)
    args.handler(args)


if __name__ == "__main__":
    main()
