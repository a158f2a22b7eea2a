"""The course's spawner: one server per user, each a local process running as that user's own system account.

`CourseSpawner` is JupyterHub's `LocalProcessSpawner` (no systemd, no sudo: the hub runs as root) plus what a
course needs:

- the system account behind a hub user is created on its first start (`hub.ensure_account`), in the
  trainees' or instructors' group as the hub group `instructors` says, and never a system account that is
  not a course account (so no one can sign up as `root` and get a root server);
- a trainee's server opens in their home (mode 700) on the start page, with the lessons copied in on first
  start and nbgrader's formgrader and course list turned off; an instructor's opens in the shared course
  folder with formgrader on;
- every server runs from the deployment's environment with `JUPYTER_CONFIG_PATH` pointing at its role's
  config (exchange root, course id, lab settings), user config ignored, and a private umask for trainees;
- each server's log goes to <root>/hub/logs/<name>.log.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

from hub import INSTRUCTORS, Settings, chown_tree, ensure_account
from jupyterhub.spawner import LocalProcessSpawner, set_user_setuid
from traitlets import Unicode, default


def is_instructor(user) -> bool:
    return any(g.name == INSTRUCTORS for g in user.groups)


class CourseSpawner(LocalProcessSpawner):
    settings_root = Unicode(help="the deployment's root folder (has hub/settings.json)").tag(config=True)

    @default("settings_root")
    def _default_root(self):
        return os.environ.get("TPS_HUB_ROOT", "/srv/tpstrain")

    @property
    def deployment(self) -> Settings:
        return Settings.load(self.settings_root)

    @property
    def instructor(self) -> bool:
        return is_instructor(self.user)

    def make_preexec_fn(self, name):
        setuid = set_user_setuid(name)
        umask = 0o007 if self.instructor else 0o077
        start_in = str(self.deployment.course) if self.instructor else None

        def preexec():
            os.umask(umask)
            setuid()  # also goes to the home folder
            if start_in:  # instructors' terminals and `tpstrain course` start in the course
                os.chdir(start_in)

        return preexec

    def _provision(self, s: Settings, home: Path, uid: int, gid: int) -> None:
        """What a trainee gets on first start: the lessons (never overwritten: they are theirs to change)."""
        lessons = home / "curriculum"
        if not self.instructor and not lessons.exists() and (s.share / "curriculum").is_dir():
            shutil.copytree(s.share / "curriculum", lessons)
            chown_tree(lessons, uid, gid, 0o700, 0o600)

    async def start(self):
        s = self.deployment
        instructor = self.instructor
        pw = await asyncio.to_thread(ensure_account, s, self.user.name, instructor)
        await asyncio.to_thread(self._provision, s, Path(pw.pw_dir), pw.pw_uid, pw.pw_gid)
        self.cmd = [str(s.venv / "bin" / "jupyterhub-singleuser")]
        self.default_url = s.instructor_url if instructor else s.trainee_url
        self.notebook_dir = str(s.course) if instructor else ""
        logs = s.hub_dir / "logs"
        logs.mkdir(mode=0o700, exist_ok=True)
        log = open(logs / f"{self.user.name}.log", "ab")  # noqa: SIM115 - handed to the server process
        self.popen_kwargs = {"stdout": log, "stderr": log}
        try:
            return await super().start()
        finally:
            log.close()  # the child has its own copy

    def get_env(self):
        env = super().get_env()
        s = self.deployment
        role = "instructor" if self.instructor else "trainee"
        env.update(
            PATH=f"{s.venv / 'bin'}:/usr/local/bin:/usr/bin:/bin",  # nbgrader runs `alembic` from PATH
            VIRTUAL_ENV=str(s.venv),
            JUPYTER_CONFIG_PATH=f"{s.etc / role}:{s.etc / 'common'}",
            TPS_COURSE_ROLE=role,
        )
        for var in ("PYTHONPATH", "LD_LIBRARY_PATH", "CONDA_DEFAULT_ENV", "CONDA_ROOT"):
            env.pop(var, None)
        return env
