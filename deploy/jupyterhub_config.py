"""JupyterHub configuration for the course on one machine (`make hub`; see deploy/README.md).

Reads the deployment's settings from $TPS_HUB_ROOT/hub/settings.json (written by `deploy/hub.py setup`).
Single sign-on (Azure AD through oauthenticator) and an LMS (LTI 1.3 through ltiauthenticator) replace the
authenticator section: deploy/sso/azuread.py and deploy/sso/lti13.py, appended to this file's settings with
`TPS_HUB_EXTRA_CONFIG=deploy/sso/azuread.py` (a path, or several separated by ':').
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hub import INSTRUCTORS, USERNAME_PATTERN, Settings  # noqa: E402
from tpstrain_hub import CourseSpawner  # noqa: E402

c = get_config()  # noqa: F821
s = Settings.load(os.environ.get("TPS_HUB_ROOT", "/srv/tpstrain"))

# ----- network and state ------------------------------------------------------------------------------------
c.JupyterHub.bind_url = s.bind_url  # the proxy's public address
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{s.hub_port}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{s.proxy_api_port}"
c.ConfigurableHTTPProxy.command = [str(s.node / "node_modules" / ".bin" / "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(s.hub_dir / "jupyterhub-proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{s.hub_dir / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(s.hub_dir / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops every server
c.JupyterHub.template_vars = {"announcement_login": "TPS social media course"}

# ----- who can log in: NativeAuthenticator (accounts kept in the hub's database) ------------------------------
# Trainees sign up at /hub/signup; an instructor (a hub admin) authorizes them at /hub/authorize. The first
# instructor's account is made by the setup, password in <root>/hub/admin-password.
c.JupyterHub.authenticator_class = "nativeauthenticator.NativeAuthenticator"
c.NativeAuthenticator.open_signup = False
c.NativeAuthenticator.minimum_password_length = 10
c.NativeAuthenticator.check_common_password = True
c.NativeAuthenticator.allowed_failed_logins = 5
c.NativeAuthenticator.seconds_before_next_try = 600
c.Authenticator.allow_all = True  # whoever NativeAuthenticator lets in (it checks "authorized" itself)
c.Authenticator.admin_users = {s.admin}
c.Authenticator.username_pattern = USERNAME_PATTERN  # a hub name is also a system user name
c.Authenticator.blocked_users = {"root", "admin", "administrator", "jovyan", "nobody"}

# ----- one server per user, as that user's own system account -------------------------------------------------
c.JupyterHub.spawner_class = CourseSpawner
c.CourseSpawner.settings_root = s.root
c.Spawner.disable_user_config = True  # ~/.jupyter cannot turn formgrader back on (nor anything else)
c.Spawner.start_timeout = 300  # a class logging in at once on a small machine queues for CPU
c.Spawner.http_timeout = 90
c.LocalProcessSpawner.interrupt_timeout = 5  # servers and the culler stop on SIGINT, or get SIGTERM soon
c.LocalProcessSpawner.term_timeout = 10
c.JupyterHub.concurrent_spawn_limit = 20  # more waiting spawns get "try again shortly", not a timeout
c.JupyterHub.allow_named_servers = False

# ----- roles: instructors see the class; trainees only their own server -----------------------------------------
# Everyone has JupyterHub's default `user` role (their own server, nothing else). The hub group
# `instructors` also gets the course's instructor role: the admin page's list of trainees and whether their
# servers run. Grading (formgrader, `tpstrain course`) happens in the instructor's own server, in the shared
# course folder that only the instructors' system group can open.
c.JupyterHub.load_groups = {INSTRUCTORS: {"users": [s.admin]}}
c.JupyterHub.load_roles = [
    {
        "name": "instructor",
        "description": "Course instructors: see the class list and server activity",
        "groups": [INSTRUCTORS],
        "scopes": [
            "self",
            "admin-ui",
            "list:users",
            "read:users",
            "read:users:activity",
            "read:servers",
            "read:groups",
        ],
    },
    {
        "name": "idle-culler",
        "description": "Stops servers left idle",
        "services": ["idle-culler"],
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    },
    {
        "name": "course-admin",
        "description": "The deployment's own tools (deploy/hub.py, the tests, the capacity benchmark)",
        "services": ["course-admin"],
        "scopes": [
            "admin:users",
            "admin:groups",
            "admin:servers",
            "tokens",
            "read:hub",
            "list:users",
            "read:users",
            "read:servers",
            "read:groups",
            "list:services",
            "read:services",
        ],
    },
]

# ----- services: the idle culler, and a token for the deployment's own tools -------------------------------------
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        # (SIGINT restored: a hub started in the background passes SIGINT ignored, and the hub stops its
        # services with SIGINT)
        "command": [
            str(s.venv / "bin" / "python"),
            "-c",
            "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "sys.argv[0] = 'jupyterhub_idle_culler'; "
            "runpy.run_module('jupyterhub_idle_culler', run_name='__main__')",
            f"--timeout={s.idle_timeout}",
            f"--cull-every={max(10, min(300, s.idle_timeout // 2))}",
            "--concurrency=10",
        ],
    },
    {
        "name": "course-admin",
        "api_token": s.api_token_file.read_text().strip() if s.api_token_file.exists() else None,
    },
]

# ----- anything else (single sign-on, LTI): TPS_HUB_EXTRA_CONFIG=path[:path] ---------------------------------------
for extra in filter(None, os.environ.get("TPS_HUB_EXTRA_CONFIG", "").split(":")):
    load_subconfig(extra)  # noqa: F821 - provided by traitlets, like get_config
