"""A small client for the hub's REST API and for users' servers (standard library only).

Used by the end-to-end test (tests/test_hub.py), the capacity benchmark (benchmarks/hub_capacity.py) and
`deploy/hub.py`'s helpers. `Hub(base_url, token)`: `base_url` is the public URL (the proxy), `token` an API
token (the course-admin service's, from <root>/hub/admin-api-token, or a user's).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass


class HubError(RuntimeError):
    def __init__(self, status: int, method: str, url: str, body: str):
        super().__init__(f"{method} {url}: HTTP {status}: {body[:500]}")
        self.status = status
        self.body = body


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict | None = None  # names in lower case

    def json(self):
        return json.loads(self.body) if self.body else None


def request(
    method: str,
    url: str,
    token: str | None = None,
    data=None,
    form: dict | None = None,
    timeout: float = 60,
    ok: tuple[int, ...] = (200, 201, 202, 204),
) -> Response:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"token {token}"
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif data is not None:
        body = json.dumps(data).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            resp = Response(r.status, r.read(), {k.lower(): v for k, v in r.headers.items()})
    except urllib.error.HTTPError as e:
        resp = Response(e.code, e.read(), {k.lower(): v for k, v in e.headers.items()})
    if resp.status not in ok:
        raise HubError(resp.status, method, url, resp.body.decode(errors="replace"))
    return resp


class Hub:
    def __init__(self, base_url: str, token: str):
        self.base = base_url.rstrip("/")
        self.token = token

    def api(self, method: str, path: str, data=None, **kw):
        return request(method, f"{self.base}/hub/api{path}", self.token, data, **kw).json()

    # ----- users, groups, tokens -----------------------------------------------------------------------------
    def create_users(self, names: list[str]) -> list[dict]:
        return self.api("POST", "/users", {"usernames": names})

    def add_to_group(self, group: str, names: list[str]) -> None:
        self.api("POST", f"/groups/{group}/users", {"users": names})

    def delete_user(self, name: str) -> None:
        self.api("DELETE", f"/users/{name}", ok=(204, 404))

    def user(self, name: str) -> dict:
        return self.api("GET", f"/users/{name}")

    def token_for(self, name: str, note: str = "tpstrain tools", expires_in: int = 3600) -> str:
        return self.api("POST", f"/users/{name}/tokens", {"note": note, "expires_in": expires_in})["token"]

    # ----- servers -----------------------------------------------------------------------------------------------
    def start(self, name: str) -> None:
        """Ask for the user's server (returns at once; the spawn goes on)."""
        self.api("POST", f"/users/{name}/server", ok=(201, 202, 400))  # 400: already running

    def ready(self, name: str) -> bool:
        server = self.user(name).get("servers", {}).get("")
        return bool(server and server.get("ready"))

    def wait_ready(self, names: list[str], timeout: float = 300) -> dict[str, float]:
        """Wait until every server is ready; returns the time each was first seen ready (time.monotonic())."""
        pending, seen = set(names), {}
        deadline = time.monotonic() + timeout
        while pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"servers not ready after {timeout:.0f} s: {sorted(pending)}")
            users = (
                {u["name"]: u for u in self.api("GET", "/users?state=ready")}
                if len(pending) > 3
                else {n: self.user(n) for n in pending}
            )
            for n in list(pending):
                server = users.get(n, {}).get("servers", {}).get("")
                if server and server.get("ready"):
                    seen[n] = time.monotonic()
                    pending.discard(n)
            if pending:
                time.sleep(0.5)
        return seen

    def stop(self, name: str) -> None:
        self.api("DELETE", f"/users/{name}/server", ok=(202, 204, 400))


class Server:
    """A user's own server through the proxy, with that user's token."""

    def __init__(self, hub_base: str, user: str, token: str):
        self.base = f"{hub_base.rstrip('/')}/user/{user}"
        self.user = user
        self.token = token

    def call(self, method: str, path: str, data=None, form=None, ok=(200, 201, 204), timeout: float = 120):
        return request(method, f"{self.base}{path}", self.token, data, form=form, ok=ok, timeout=timeout)

    def contents(self, path: str = "", ok=(200,)) -> Response:
        return self.call("GET", f"/api/contents/{urllib.parse.quote(path)}", ok=ok)

    def read_notebook(self, path: str) -> dict:
        return self.contents(path).json()["content"]

    def write_notebook(self, path: str, nb: dict) -> None:
        self.call(
            "PUT",
            f"/api/contents/{urllib.parse.quote(path)}",
            {"type": "notebook", "format": "json", "content": nb},
        )

    # nbgrader's assignment list (its server extension): what the Assignments tab does
    def assignments(self, course_id: str) -> dict:
        return self.call("GET", f"/assignments?course_id={urllib.parse.quote(course_id)}").json()

    def assignment_action(self, action: str, course_id: str, assignment_id: str) -> dict:
        return self.call(
            "POST", f"/assignments/{action}", form={"course_id": course_id, "assignment_id": assignment_id}
        ).json()


def _run_async(factory):
    """Run a coroutine to completion, in a thread of its own when this thread already runs an event loop
    (Playwright's sync API does)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def run_in_terminal(server: Server, command: str, timeout: float = 600) -> tuple[int, str]:
    """Run a shell command in a new terminal of the user's server (what the user would type in
    JupyterLab's Terminal), wait for it to finish and return (exit status, output). Needs tornado."""
    import asyncio
    import re

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    name = server.call("POST", "/api/terminals").json()["name"]
    ws_url = server.base.replace("http", "ws", 1) + f"/terminals/websocket/{name}"
    marker = re.compile(r"__TPS_DONE_(\d+)__")

    async def go() -> tuple[int, str]:
        conn = await websocket_connect(
            HTTPRequest(
                ws_url,
                headers={"Authorization": f"token {server.token}"},
                connect_timeout=300,
                request_timeout=300,
            )
        )
        # no echo, no prompt noise; a marker with the status once the command is done
        await conn.write_message(json.dumps(["stdin", "stty -echo; PS1=''\r"]))
        await conn.write_message(json.dumps(["stdin", f"{command}; echo __TPS_DONE_$?__\r"]))
        out: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(
                    f"{command!r} still running after {timeout:.0f} s:\n{''.join(out)[-2000:]}"
                )
            msg = await asyncio.wait_for(conn.read_message(), left)
            if msg is None:
                raise RuntimeError(f"terminal closed while running {command!r}:\n{''.join(out)[-2000:]}")
            kind, *rest = json.loads(msg)
            if kind == "stdout":
                out.append(rest[0])
                m = marker.search("".join(out)[-400:])
                if m:
                    conn.close()
                    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\r", "", "".join(out))
                    return int(m.group(1)), marker.sub("", text)

    try:
        return _run_async(go)
    finally:
        server.call("DELETE", f"/api/terminals/{name}", ok=(204, 404))


def run_in_kernel(
    server: Server, code: str, timeout: float = 300, kernel_id: str | None = None
) -> tuple[str, str]:
    """Start a kernel in the user's server (or use `kernel_id`), run `code`, return (kernel id, status of the
    reply: "ok" or "error"). Needs tornado."""
    import asyncio
    import uuid

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    kid = kernel_id or server.call("POST", "/api/kernels", {"name": "python3"}).json()["id"]
    ws_url = server.base.replace("http", "ws", 1) + f"/api/kernels/{kid}/channels"
    msg_id = uuid.uuid4().hex

    async def go() -> str:
        conn = await websocket_connect(
            HTTPRequest(
                ws_url,
                headers={"Authorization": f"token {server.token}"},
                connect_timeout=300,
                request_timeout=300,
            )
        )
        await conn.write_message(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "username": server.user,
                        "session": uuid.uuid4().hex,
                        "msg_type": "execute_request",
                        "version": "5.3",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "channel": "shell",
                    "content": {
                        "code": code,
                        "silent": False,
                        "store_history": False,
                        "user_expressions": {},
                        "allow_stdin": False,
                        "stop_on_error": True,
                    },
                }
            )
        )
        deadline = time.monotonic() + timeout
        while True:
            msg = await asyncio.wait_for(conn.read_message(), max(0.1, deadline - time.monotonic()))
            if msg is None:
                raise RuntimeError("kernel channel closed")
            m = json.loads(msg)
            if m.get("msg_type") == "execute_reply" and m.get("parent_header", {}).get("msg_id") == msg_id:
                conn.close()
                return m["content"]["status"]

    return kid, _run_async(go)
