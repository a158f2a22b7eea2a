"""Print what one keystroke costs in the post composer (asserts nothing about time; the target is ≤ 5 ms).

A keystroke is ``composer.value = text``: one check of the post plus the widget updates it causes. The
widgets talk through a stand-in comm that JSON-encodes every message, as a kernel would, so the figures
include building and serializing the messages (not the network or the browser).

- typing: a 280-character X post typed one character at a time (every prefix, in order), three times;
- editing: a full 280-character post with a one-character edit at a varying place, 500 times;
- busy: the same with a 280-character post that raises many findings.

Wall-clock mean/p95/max per keystroke are printed, then CPU time per keystroke (steady on a loaded machine)
and how much of it ``check`` alone takes on the same texts; the rest is the composer's own work.

Run: ``.venv/bin/python benchmarks/composer.py``.
"""

from __future__ import annotations

import json
import statistics
import time

import comm
from comm.base_comm import BaseComm

POST = (
    "Officers attended an MVC at Dufferin/Eglinton. EB lanes closed until 0300 hrs. Two people were "
    "taken to hospital with minor injuries. Please avoid the area and use Caledonia Rd instead. Anyone "
    "with information or dashcam video is asked to call Traffic Services at 416-808-1900. #TrafficAlert"
)
POST = (POST + " " * 280)[:280]
BUSY = (  # many findings: every keystroke re-renders a long findings list
    "MVC on the DVP SB: a perp was apprehended on scene after a B&E. Officers attended the scene and "
    "conveyed to hospital one VSA male. Another MVA at Jane/Finch. CALL THE OWNER NOW at 416-555-0142 "
    "or 647-555-0199. #trafficalert #missingperson The perps fled on scene in an MVC."
)
BUSY = (BUSY + " " * 280)[:280]


class JsonComm(BaseComm):
    """A comm that serializes each message as the kernel would, then drops it."""

    messages = 0
    bytes = 0

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        JsonComm.messages += 1
        JsonComm.bytes += len(
            json.dumps({"msg_type": msg_type, "data": data, "metadata": metadata}, default=str)
        )


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


CPU: dict[int, float] = {}  # id(list of wall times) -> mean CPU ms per keystroke (ignores a busy machine)


def _time(composer, texts: list[str]) -> list[float]:
    out = []
    cpu = time.process_time()
    for t in texts:
        s = time.perf_counter()
        composer.value = t
        out.append((time.perf_counter() - s) * 1000)
    CPU[id(out)] = (time.process_time() - cpu) * 1000 / len(texts)
    return out


def _check_alone(texts: list[str]) -> list[float]:
    from tpstrain import check

    out = []
    cpu = time.process_time()
    for t in texts:
        s = time.perf_counter()
        check(t, platform="x")
        out.append((time.perf_counter() - s) * 1000)
    CPU[id(out)] = (time.process_time() - cpu) * 1000 / len(texts)
    return out


def _line(name: str, ts: list[float], alone: list[float]) -> str:
    return (
        f"{name:<28} mean {statistics.fmean(ts):5.2f} ms  p95 {_pct(ts, 95):5.2f} ms  max {max(ts):6.2f} ms"
        f"  | CPU mean {CPU[id(ts)]:5.2f} ms, of which check() {CPU[id(alone)]:5.2f} ms  ({len(ts)} keystrokes)"
    )


def main() -> None:
    comm.create_comm = JsonComm
    from tpstrain.widgets import Composer

    t0 = time.perf_counter()
    c = Composer(platform="x")
    c.value = "warm up: compile the policy"
    build = (time.perf_counter() - t0) * 1000
    c.value = ""

    typing = [POST[:i] for i in range(1, len(POST) + 1)]
    _time(c, typing[:50])  # warm the row pool and caches
    JsonComm.messages = JsonComm.bytes = 0
    typed = []
    for _ in range(3):
        c.value = ""
        typed += _time(c, typing)
    per_key_msgs = JsonComm.messages / len(typed)
    per_key_bytes = JsonComm.bytes / len(typed)

    edits = []
    for k in range(500):
        i = (k * 37) % len(POST)
        edits.append(POST[:i] + "xy"[k % 2] + POST[i + 1 :])
    edited = _time(c, edits)

    review = c.review
    busy = []
    for k in range(500):
        i = (k * 37) % len(BUSY)
        busy.append(BUSY[:i] + "xy"[k % 2] + BUSY[i + 1 :])
    busy_t = _time(c, busy)
    n_busy = len(c.review.findings)

    print(
        f"post: {len(POST)} characters, {review.metrics.weighted_length}/{review.metrics.limit} on X, "
        f"{len(review.findings)} findings at the end ({', '.join(review.rules()) or 'none'})"
    )
    print(f"first composer + first check (policy compile, warm-up): {build:8.1f} ms")
    print(_line("typing, per keystroke:", typed, _check_alone(typing * 3)))
    print(_line("editing, per keystroke:", edited, _check_alone(edits)))
    print(_line(f"busy ({n_busy} findings), per key:", busy_t, _check_alone(busy)))
    print(f"widget messages per keystroke (typing): {per_key_msgs:.1f} ({per_key_bytes:,.0f} bytes of JSON)")
    print("target: ≤ 5 ms per keystroke")


if __name__ == "__main__":
    main()
