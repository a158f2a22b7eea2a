"""How many trainees this machine's course hub holds: spawn time, memory per user, hub response time.

    sudo .venv/bin/python benchmarks/hub_capacity.py --users 40          # `make bench-hub`
    sudo .venv/bin/python benchmarks/hub_capacity.py --users 100 --kernels 100 --parallel 10

Sets up a deployment of its own with `deploy/hub.py setup` (under /srv/tpstrain-bench/, its own accounts,
groups and ports; the server environment is shared with tests/test_hub.py in /srv/tpstrain-test/runtime),
starts the hub on 127.0.0.1, creates N trainees through the REST API and starts their servers, `--parallel`
spawns in flight at a time (a class logging in). Then, for `--kernels` of them, a notebook kernel that runs
the checker once (`from tpstrain import check; check(...)`, what every lesson's first cell does). It prints:

- spawn: seconds from request to ready per server (median, 90th percentile, max) and servers per minute;
- memory per user: PSS (proportional set size: shared pages split between the processes sharing them) of
  each trainee's processes, summed by uid: the idle server, then server + kernel; and the fall of the
  machine's MemAvailable per user (what the kernel accounting says is gone);
- hub response time with N servers running: the hub API's user list (the admin page), one user's model (a
  page load), and a request through the proxy to a server (every notebook action), median and 95th
  percentile over `--requests` requests each;
- the hub's and the proxy's own memory.

Then it stops everything and removes the deployment. It asserts nothing; run it on an otherwise quiet
machine (it prints the load average before and after). Benchmarks live apart from the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import pwd
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))

from hubapi import Hub, HubError, Server, request, run_in_kernel  # noqa: E402

BENCH_HOME = Path("/srv/tpstrain-bench")
RUNTIME = Path("/srv/tpstrain-test/runtime")
CHECK = 'from tpstrain import check\nr = check("Officers attended an MVC at Dufferin/Eglinton.")\nprint(r.verdict)'


def free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def pss_by_uid() -> dict[int, int]:
    """kB of PSS per uid, over every process."""
    out: dict[int, int] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            uid = os.stat(f"/proc/{pid}").st_uid
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        out[uid] = out.get(uid, 0) + int(line.split()[1])
                        break
        except OSError:
            continue
    return out


def cpu_by_uid() -> dict[int, float]:
    """CPU seconds (user + system, with reaped children) used so far by the processes of each uid."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            uid = os.stat(f"/proc/{pid}").st_uid
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            out[uid] = out.get(uid, 0.0) + sum(int(x) for x in fields[11:15]) / tick
        except (OSError, IndexError, ValueError):
            continue
    return out


def pss_of(pattern: str) -> int:
    """kB of PSS of the processes whose command line contains `pattern`."""
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if pattern in cmd:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def mem_available_kb() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1])
    return 0


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.machine(),
    )
    mem = int(
        next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1]
    )
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem / 1048576:.0f} GiB, {platform.system()} {platform.release()}"
    )


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, round(q * (len(v) - 1)))]


def timed(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=40, help="trainee servers to start (default 40)")
    ap.add_argument(
        "--kernels", type=int, default=None, help="of them, how many also run a kernel (default: all)"
    )
    ap.add_argument("--parallel", type=int, default=10, help="spawns in flight at a time (default 10)")
    ap.add_argument("--requests", type=int, default=50, help="requests per response-time figure (default 50)")
    ap.add_argument("--keep", action="store_true", help="leave the deployment running (remove it by hand)")
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("hub_capacity: run as root (it creates system users): sudo .venv/bin/python ...")
    kernels = args.users if args.kernels is None else min(args.kernels, args.users)
    tag = secrets.token_hex(2)
    root = BENCH_HOME / f"run-{tag}"
    port, hub_port, api_port = free_ports(3)
    base = f"http://127.0.0.1:{port}"
    hub_py = [
        "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable,
        str(ROOT / "deploy" / "hub.py"),
    ]
    started = dt.datetime.now().astimezone()
    load_before = os.getloadavg()
    print(f"hub capacity: {args.users} trainees, {kernels} with a kernel, {args.parallel} spawns at a time")
    print(f"machine: {machine()}; load average before: {load_before[0]:.2f}")
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
            f"b{tag}a",
            "--group-prefix",
            f"tpb{tag}",
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
    log = open(ROOT / "artifacts" / "hub-capacity.log", "wb")  # noqa: SIM115 - the hub's log, kept
    proc = subprocess.Popen(
        [*hub_py, "start", "--root", str(root)], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        hub = Hub(base, (root / "hub" / "admin-api-token").read_text().strip())
        deadline = time.monotonic() + 120
        while True:
            try:
                hub.api("GET", "/")
                break
            except (OSError, HubError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit(f"the hub did not start: see {log.name}") from None
                time.sleep(0.5)
        names = [f"b{tag}t{n:03d}" for n in range(1, args.users + 1)]
        hub.create_users(names)
        tokens = {n: hub.token_for(n, note="hub_capacity") for n in names}
        avail0 = mem_available_kb()

        # ----- spawn: `parallel` requests in flight, each waited for until ready ---------------------------------
        def spawn(name: str) -> float:
            t = time.monotonic()
            hub.start(name)
            hub.wait_ready([name], timeout=900)
            return time.monotonic() - t

        t0 = time.monotonic()
        with ThreadPoolExecutor(args.parallel) as pool:
            spawn_s = list(pool.map(spawn, names))
        spawn_wall = time.monotonic() - t0
        time.sleep(5)  # let the servers settle (first requests, lab extension listing)
        uids = {pwd.getpwnam(n).pw_uid for n in names}
        cpu = cpu_by_uid()
        spawn_cpu = [cpu.get(u, 0.0) for u in uids]
        pss = pss_by_uid()
        server_mb = [pss.get(u, 0) / 1024 for u in uids]
        avail1 = mem_available_kb()

        # ----- hub response time with every server running --------------------------------------------------------
        some = names[len(names) // 2]
        srv = Server(base, some, tokens[some])
        t_list = timed(lambda: hub.api("GET", "/users"), args.requests)
        t_user = timed(lambda: request("GET", f"{base}/hub/api/user", tokens[some]), args.requests)
        t_proxy = timed(lambda: srv.call("GET", "/api/status"), args.requests)
        t_contents = timed(lambda: srv.call("GET", "/api/contents/curriculum"), args.requests)

        print(
            f"spawned {args.users} in {spawn_wall:.0f} s: median {statistics.median(spawn_s):.1f} s, CPU per server "
            f"{statistics.median(spawn_cpu):.1f} s, idle server PSS {statistics.mean(server_mb):.0f} MB; hub API "
            f"user list {statistics.median(t_list):.0f} ms, one user {statistics.median(t_user):.0f} ms, proxy "
            f"{statistics.median(t_proxy):.0f} ms",
            flush=True,
        )

        # ----- kernels: the checker once in each -------------------------------------------------------------------
        retries: list[str] = []

        def kernel(name: str) -> float:
            t = time.monotonic()
            kid = None
            for attempt in range(3):  # on a loaded machine a channel can drop while the kernel starts
                try:
                    kid, status = run_in_kernel(
                        Server(base, name, tokens[name]), CHECK, timeout=900, kernel_id=kid
                    )
                    assert status == "ok", (name, status)
                    return time.monotonic() - t
                except (RuntimeError, OSError, TimeoutError) as e:
                    retries.append(f"{name}: {e}")
                    if attempt == 2:
                        raise
                    time.sleep(5)
            return time.monotonic() - t

        t0 = time.monotonic()
        with ThreadPoolExecutor(args.parallel) as pool:
            kernel_s = list(pool.map(kernel, names[:kernels]))
        kernel_wall = time.monotonic() - t0
        time.sleep(3)
        pss = pss_by_uid()
        with_kernel_mb = [pss.get(pwd.getpwnam(n).pw_uid, 0) / 1024 for n in names[:kernels]]
        avail2 = mem_available_kb()
        t_proxy_k = timed(lambda: srv.call("GET", "/api/status"), args.requests)
        hub_mb = pss_of("bin/jupyterhub -f") / 1024
        chp_mb = pss_of("configurable-http-proxy") / 1024
        load_after = os.getloadavg()

        # ----- the table ------------------------------------------------------------------------------------------
        print(
            f"\nMeasured {started:%Y-%m-%d %H:%M %Z} on {machine()}, load average {load_before[0]:.1f} before, "
            f"{load_after[0]:.1f} after; JupyterHub with LocalProcessSpawner, JupyterLab servers\n"
        )
        print("| figure | measured |")
        print("|---|---|")
        print(f"| trainee servers started | {args.users} ({args.parallel} spawns in flight) |")
        print(
            f"| spawn, request to ready: median / 90% / max | {statistics.median(spawn_s):.1f} / "
            f"{pct(spawn_s, 0.9):.1f} / {max(spawn_s):.1f} s |"
        )
        print(
            f"| CPU to start one server (user + system, load-independent) | {statistics.median(spawn_cpu):.1f} s "
            f"(max {max(spawn_cpu):.1f}) |"
        )
        print(
            f"| servers started per minute | {60 * args.users / spawn_wall:.1f} ({spawn_wall:.0f} s for all) |"
        )
        print(
            f"| memory per trainee, idle server (PSS) | {statistics.mean(server_mb):.0f} MB "
            f"(max {max(server_mb):.0f}) |"
        )
        print(
            f"| memory per trainee, server + kernel that ran the checker (PSS) | "
            f"{statistics.mean(with_kernel_mb):.0f} MB (max {max(with_kernel_mb):.0f}) |"
        )
        print(
            f"| MemAvailable fall per trainee: servers / with kernels | "
            f"{(avail0 - avail1) / 1024 / args.users:.0f} / {(avail0 - avail2) / 1024 / args.users:.0f} MB |"
        )
        print(
            f"| first kernel + checker, request to result: median / max | {statistics.median(kernel_s):.1f} / "
            f"{max(kernel_s):.1f} s ({kernel_wall:.0f} s for {kernels}) |"
        )
        if retries:
            print(f"| kernel channels retried (loaded machine) | {len(retries)}: {retries[0][:80]} |")
        print(
            f"| hub API: list of all users (admin page), median / 95% | {statistics.median(t_list):.0f} / "
            f"{pct(t_list, 0.95):.0f} ms |"
        )
        print(
            f"| hub API: one user (a page load), median / 95% | {statistics.median(t_user):.0f} / "
            f"{pct(t_user, 0.95):.0f} ms |"
        )
        print(
            f"| through the proxy to a server (api/status), median / 95% | {statistics.median(t_proxy):.0f} / "
            f"{pct(t_proxy, 0.95):.0f} ms; with every kernel up {statistics.median(t_proxy_k):.0f} / "
            f"{pct(t_proxy_k, 0.95):.0f} ms |"
        )
        print(
            f"| a folder listing through the proxy, median / 95% | {statistics.median(t_contents):.0f} / "
            f"{pct(t_contents, 0.95):.0f} ms |"
        )
        print(f"| the hub and the proxy themselves (PSS) | {hub_mb:.0f} MB and {chp_mb:.0f} MB |")
        per_user = statistics.mean(with_kernel_mb)
        free_gb = avail0 / 1048576
        print(
            f"\nAt {per_user:.0f} MB per trainee with a kernel, the {free_gb:.0f} GiB available here hold about "
            f"{int(free_gb * 1024 * 0.8 / per_user)} trainees (80% of it); 300 need about "
            f"{300 * per_user / 1024:.0f} GiB."
        )
    finally:
        if not args.keep:
            proc.terminate()
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
            subprocess.run([*hub_py, "remove", "--root", str(root)], check=False, capture_output=True)
            log.close()
            if not any(BENCH_HOME.glob("run-*/")):
                shutil.rmtree(BENCH_HOME, ignore_errors=True)
        else:
            print(f"kept: {root} (hub pid {proc.pid}); remove with deploy/hub.py remove --root {root}")


if __name__ == "__main__":
    main()
