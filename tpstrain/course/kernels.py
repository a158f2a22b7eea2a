"""Start the next notebook's kernel while this one is graded: nbgrader's ``Execute``, minus the wait.

nbgrader executes every submitted notebook in a fresh kernel, and starting a Python kernel (a process that
imports IPython) takes longer than running a short exercise. ``PooledExecute`` keeps that guarantee, a new
kernel for every notebook, never reused, but launches the *next* kernel as soon as the current notebook has
run, so it boots while the worker saves grades, shuts the old kernel down and prepares the next submission.

The warm kernel is started exactly as nbclient would start it (same kernel name, the same extra arguments,
the environment of the grading step, ``NBGRADER_EXECUTION=autograde`` included) except for its working
directory, which is not known in advance: before the notebook runs, the kernel is moved to the notebook's
folder with a silent ``os.chdir`` that defines nothing and leaves no history. A warm kernel whose name,
arguments or environment do not match is shut down and a fresh one started the ordinary way.

Only the parallel autograde workers (``instructor._worker_init``) use it; nbgrader's own Execute is untouched.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
from typing import Any

from jupyter_core.utils import ensure_async, run_sync
from nbgrader.preprocessors import Execute


class KernelPool:
    """At most one kernel launched ahead of need, keyed by (kernel name, arguments, environment)."""

    def __init__(self) -> None:
        self.warm: tuple[tuple, Any] | None = None
        self.scratch = tempfile.mkdtemp(prefix="tpstrain-kernel-")
        self.started = self.reused = 0
        atexit.register(self.close, remove_scratch=True)

    @staticmethod
    def _key(name: str, args: list[str], env: dict[str, str]) -> tuple:
        return name, tuple(args), tuple(sorted(env.items()))

    def launch(self, manager_class: type, config: Any, name: str, args: list[str], env: dict[str, str]) -> None:
        self.close()
        km = manager_class(kernel_name=name, config=config) if name else manager_class(config=config)
        _sync(km.start_kernel, extra_arguments=list(args), cwd=self.scratch, env=dict(env))
        self.started += 1
        self.warm = (self._key(name, args, env), km)

    def take(self, name: str, args: list[str], env: dict[str, str]) -> Any | None:
        if self.warm is None:
            return None
        key, km = self.warm
        self.warm = None
        if key != self._key(name, args, env) or not _sync(km.is_alive):
            _shutdown(km)
            return None
        self.reused += 1
        return km

    def close(self, remove_scratch: bool = False) -> None:
        if self.warm is not None:
            _shutdown(self.warm[1])
            self.warm = None
        if remove_scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)


def _sync(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a kernel-manager method, sync or async, from synchronous code (nbclient's event loop)."""

    async def go() -> Any:
        return await ensure_async(fn(*args, **kwargs))

    return run_sync(go)()


def _shutdown(km: Any) -> None:
    with contextlib.suppress(Exception):  # already gone
        _sync(km.shutdown_kernel, now=True)


POOL = KernelPool()


async def _chdir(km: Any, path: str, timeout: float) -> None:
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=timeout)
        msg_id = kc.execute(f"__import__('os').chdir({path!r})", silent=True, store_history=False)
        while True:
            reply = await kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"could not move the kernel to {path}")
    finally:
        kc.stop_channels()


class PooledExecute(Execute):
    """nbgrader's Execute preprocessor with the next kernel launched ahead (see the module docstring)."""

    def _launch_args(self, nb: Any) -> tuple[str, list[str], Any]:
        name = self.kernel_name or nb.metadata.get("kernelspec", {}).get("name") or ""
        probe = (self.kernel_manager_class(kernel_name=name, config=self.config) if name
                 else self.kernel_manager_class(config=self.config))
        args = list(self.extra_arguments)
        if (getattr(probe, "ipykernel", False) and self.ipython_hist_file
                and not any(a.startswith("--HistoryManager.hist_file") for a in args)):
            args.append(f"--HistoryManager.hist_file={self.ipython_hist_file}")
        return name, args, probe

    def preprocess(self, nb, resources=None, km=None):
        if km is not None:
            return super().preprocess(nb, resources, km)
        name, args, probe = self._launch_args(nb)
        env = dict(os.environ)
        path = (resources or {}).get("metadata", {}).get("path") or os.getcwd()
        km = POOL.take(name, args, env)
        if km is None:  # the ordinary way, as nbclient starts it
            km = probe
            _sync(km.start_kernel, extra_arguments=list(args), cwd=path)
        else:
            run_sync(_chdir)(km, os.path.abspath(path), self.startup_timeout)
        try:
            return super().preprocess(nb, resources, km)
        finally:
            try:
                POOL.launch(self.kernel_manager_class, self.config, name, args, env)
            finally:
                kc, self.kc, self.km = getattr(self, "kc", None), None, None
                if kc is not None:
                    kc.stop_channels()
                _shutdown(km)  # the notebook has run: no need to wait for a graceful exit
