"""``tpstrain audit`` loses no work: bad lines are reported with their number and skipped, never fatal; memory
stays bounded on a 100,000-post archive; progress is shown; oversized posts are refused on one line.

Figures (peak RSS, throughput) are printed and written to artifacts/audit-*.txt.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tqdm import tqdm

from tpstrain import InputError, check, model_policy
from tpstrain.cli import MAX_LINE
from tpstrain.models import MAX_TEXT

CMD = [sys.executable, "-m", "tpstrain.cli"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACT = ROOT / "artifacts" / "audit.txt"  # one audit-<test>.txt per test beside it
DEVSET = ROOT / "tests" / "devset" / "posts.jsonl"
# Runs the audit as the only child of a small wrapper, so RUSAGE_CHILDREN is the audit's own peak RSS.
RSS_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "dt = time.perf_counter() - t\n"
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, dt)\n"
    "sys.stderr.buffer.write(r.stderr[-2000:])\n"
)


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*CMD, *args], input=stdin, capture_output=True, timeout=300)


def figure(line: str) -> None:
    """Print a figure and save it (one file per test: pytest-xdist may run this module's tests on two workers)."""
    print(line)
    test = os.environ.get("PYTEST_CURRENT_TEST", "audit").split("::")[-1].split(" ")[0]
    ARTIFACT.parent.mkdir(exist_ok=True)
    (ARTIFACT.parent / f"audit-{test.removeprefix('test_')}.txt").write_text(
        f"audit: {line}\n", encoding="utf-8"
    )


def _one_line_error(r: subprocess.CompletedProcess) -> str:
    err = r.stderr.decode()
    assert r.returncode == 2, (r.returncode, err)
    assert err.count("\n") == 1 and err.startswith("tpstrain: error: "), err
    assert "Traceback" not in err
    return err


BAD_JSONL = [
    json.dumps({"text": "Officers attended an MVC."}).encode(),  # 1 ok post
    b'{"text": "bad json',  # 2 invalid JSON
    b"\xff\xfe not utf-8 \xc3",  # 3 invalid UTF-8 bytes
    b"[1, 2, 3]",  # 4 a JSON array
    b"42",  # 5 a JSON number
    json.dumps({"text": "Road closed.", "platform": "myspace"}).encode(),  # 6 unknown platform
    json.dumps({"text": "Hi", "colour": "blue"}).encode(),  # 7 unknown field
    b"",  # 8 blank: ignored
    b'"A post given as a JSON string."',  # 9 ok
    b"[Update] Road closed at Yonge St.",  # 10 plain text that starts with a bracket: ok
    json.dumps({"text": ""}).encode(),  # 11 empty post
    json.dumps({"text": "x" * (MAX_TEXT + 1)}).encode(),  # 12 oversized post
    b"[" * 100_000,  # 13 JSON nested too deeply
    json.dumps({"id": "p-14", "text": "Call the owner at 416-555-0142."}).encode(),  # 14 block
    "Caf\u00e9 ouvert \u2014 plain UTF-8 text".encode(),  # 15 ok
]


def test_bad_lines_are_reported_with_their_number_and_skipped(tmp_path: Path):
    arch = tmp_path / "posts.jsonl"
    arch.write_bytes(b"\n".join(BAD_JSONL) + b"\n")
    r = run("audit", str(arch), "--no-progress")
    out = r.stdout.decode()
    assert r.returncode == 1, r.stderr  # a block verdict on line 14
    assert "Traceback" not in out + r.stderr.decode()
    first = out.splitlines()[0]
    skipped = {
        int(line.split()[2].rstrip(":")) for line in out.splitlines() if line.startswith("skipped line")
    }
    assert skipped == {2, 3, 4, 5, 6, 7, 11, 12, 13}, out
    assert "skipped: 9" in first and "block: 1" in first
    posts = int(first.split()[1])
    assert posts == 5, out  # lines 1, 9, 10, 14, 15
    assert (
        "line 3: not UTF-8" in out
        and "line 6: post field 'platform'" in out
        and "line 12: the post is" in out
    )
    # the same archive from standard input, and the jsonl format: one review per good line, in order
    r = run("audit", "-", "--format", "jsonl", "--no-progress", stdin=arch.read_bytes())
    reviews = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [x["line"] for x in reviews] == [1, 9, 10, 14, 15]
    assert reviews[3]["id"] == "p-14" and reviews[3]["verdict"] == "block"
    assert "skipped: 9" in r.stderr.decode()
    figure(
        f"audit bad-line archive: {len(BAD_JSONL)} lines, {posts} checked, 9 skipped with their line numbers"
    )


def test_an_overlong_line_is_skipped_and_reading_goes_on(tmp_path: Path):
    arch = tmp_path / "long.jsonl"
    with arch.open("wb") as f:
        f.write(b"Road closed at Yonge St.\n")
        f.write(b"a" * (MAX_LINE * 3) + b"\n")
        f.write(b"Road open again.\n")
    r = run("audit", str(arch), "--no-progress")
    out = r.stdout.decode()
    assert r.returncode == 0 and "posts: 2" in out and f"line 2: longer than {MAX_LINE:,} bytes" in out, out


def test_csv_archive_rows_are_skipped_not_fatal(tmp_path: Path):
    arch = tmp_path / "posts.csv"
    arch.write_bytes(
        b"id,text,platform\n"
        b'1,"Officers attended an MVC.",x\n'
        b'2,"A post\nover two lines.",facebook\n'  # lines 3-4: the row number is its last line
        b'3,"bad \xff byte",x\n'
        b"4,Road closed.,myspace\n"
        b"5,too,many,fields\n"
        b'6,"Road open again.",facebook\n'
    )
    r = run("audit", str(arch), "--no-progress")
    out = r.stdout.decode()
    assert r.returncode == 0, out + r.stderr.decode()
    assert "posts: 3" in out and "skipped: 3" in out, out
    assert (
        "line 5: not UTF-8" in out and "line 6: post field 'platform'" in out and "line 7: 4 fields" in out
    ), out
    no_text = tmp_path / "no-text.csv"
    no_text.write_text("id,body\n1,hello\n", encoding="utf-8")
    assert "needs a 'text' column" in _one_line_error(run("audit", str(no_text)))


def test_missing_archive_is_one_line():
    _one_line_error(run("audit", "/nonexistent/posts.jsonl"))


def test_oversized_post_is_refused_on_one_line(tmp_path: Path):
    big = "Road closed. " * (MAX_TEXT // 13 + 1)
    assert len(big) > MAX_TEXT
    with pytest.raises(InputError) as e:
        check(big)
    assert "\n" not in str(e.value) and f"{MAX_TEXT:,}" in str(e.value)
    f = tmp_path / "big.txt"
    f.write_text(big, encoding="utf-8")
    assert f"{MAX_TEXT:,}" in _one_line_error(run("check", "--file", str(f)))
    assert f"{MAX_TEXT:,}" in _one_line_error(run("check", "-", stdin=big.encode()))
    post = tmp_path / "post.json"
    post.write_text(json.dumps({"text": big}), encoding="utf-8")
    _one_line_error(run("check", "--post", str(post)))
    # the largest allowed post is checked
    assert check(big[:MAX_TEXT], platform="facebook").metrics.weighted_length == MAX_TEXT


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_progress_is_shown_on_a_terminal(tmp_path: Path, jobs: str):
    arch = tmp_path / "posts.jsonl"
    arch.write_text(
        "".join(json.dumps({"text": f"Road {i} closed."}) + "\n" for i in range(300)), encoding="utf-8"
    )
    master, slave = pty.openpty()
    try:
        r = subprocess.run(
            [*CMD, "audit", str(arch), "--jobs", jobs], stdout=subprocess.PIPE, stderr=slave, timeout=120
        )
        os.close(slave)
        slave = -1
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)
    bar = seen.decode("utf-8", "replace")
    size = arch.stat().st_size
    assert r.returncode == 0 and "auditing" in bar and "100%" in bar, bar
    assert "posts: 300" in r.stdout.decode()
    total = tqdm.format_sizeof(size, divisor=1024)
    assert f"{total}/{total}" in bar, bar  # bytes read, counted exactly: the bar ends at the file's size


def _audit_rss(args: list[str]) -> tuple[int, float, float, str]:
    r = subprocess.run(
        [sys.executable, "-c", RSS_WRAPPER, *CMD, "audit", *args], capture_output=True, text=True, timeout=600
    )
    code, rss_kb, seconds = r.stdout.split()
    return int(code), int(rss_kb) / 1024, float(seconds), r.stderr


def _light_policy(path: Path) -> Path:
    """The model policy with only a few cheap rules on: the streaming is what is measured here."""
    keep = {"clarity.jargon", "privacy.phone", "tone.shouting", "platform.length"}
    off = [r.id for r in model_policy().rules if r.id not in keep]
    path.write_text("extends: model\ndisable: [" + ", ".join(off) + "]\n", encoding="utf-8")
    return path


def _archive(path: Path, n: int) -> Path:
    texts = [
        "Road closed at Yonge St and Bloor St W.",
        "Officers attended an MVC on Queen St W.",
        "Missing: Jane, 14. Call 416-808-2222.",
        "PLEASE AVOID THE AREA NOW",
        "Stay safe 🚨 #TPS",
        "Call the owner at 416-555-0142.",
    ]
    with path.open("wb") as f:
        for i in range(n):
            if i % 1000 == 999:
                f.write(b"\xff broken bytes\n" if i % 2000 == 999 else b'{"text": "unterminated\n')
            else:
                f.write(json.dumps({"id": i, "text": texts[i % len(texts)]}).encode() + b"\n")
    return path


def test_audit_of_100k_posts_runs_in_bounded_memory(tmp_path: Path):
    policy = _light_policy(tmp_path / "light.yaml")
    small = _archive(tmp_path / "10k.jsonl", 10_000)
    big = _archive(tmp_path / "100k.jsonl", 100_000)
    code, rss_small, _, err = _audit_rss([str(small), "--policy", str(policy), "--no-progress"])
    assert code == 1, err
    out_file = tmp_path / "reviews.jsonl"
    code, rss_big, t_big, err = _audit_rss(
        [str(big), "--policy", str(policy), "--format", "jsonl", "--output", str(out_file), "--no-progress"]
    )
    assert code == 1, err
    with out_file.open("rb") as f:
        reviews = sum(1 for _ in f)
    assert reviews == 100_000 - 100, reviews  # every good line reviewed, every bad one skipped
    figure(
        f"audit 100,000 lines ({big.stat().st_size / 1e6:.1f} MB, 100 bad): peak RSS {rss_big:.0f} MB, "
        f"{t_big:.1f} s, {100_000 / t_big:,.0f} lines/s (4-rule policy); 10,000 lines: peak RSS {rss_small:.0f} MB"
    )
    assert rss_big < 400, rss_big  # generous: the interpreter, pydantic and the policy are most of it
    assert rss_big < rss_small + 25, (rss_small, rss_big)  # ten times the lines, (almost) no more memory


def test_model_policy_throughput(tmp_path: Path):
    """The full model policy on real-shaped posts (the dev set, repeated): a figure, not a pass mark."""
    posts = [
        json.loads(line)["post"] for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    arch = tmp_path / "devset.jsonl"
    n = 2000
    with arch.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(posts[i % len(posts)]) + "\n")
    start = time.perf_counter()
    code, rss, seconds, err = _audit_rss([str(arch), "--no-progress"])
    assert code in (0, 1), err
    figure(
        f"audit {n:,} dev-set posts, full model policy: {seconds:.1f} s, {n / seconds:,.0f} posts/s, "
        f"peak RSS {rss:.0f} MB (wall {time.perf_counter() - start:.1f} s)"
    )


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path):
    """--jobs 2 checks in two forked processes: the reviews, their order, the skipped lines and the
    summary are exactly those of one process."""
    lines = [
        json.dumps({"id": f"p{i}", **json.loads(line)["post"]}).encode()
        for i, line in enumerate(DEVSET.read_text(encoding="utf-8").splitlines())
        if line.strip()
    ]
    arch = tmp_path / "posts.jsonl"
    arch.write_bytes(b"\n".join(lines[:200] + BAD_JSONL + lines[200:]) + b"\n")  # bad lines mid-archive
    one = run("audit", str(arch), "--format", "jsonl", "--no-progress")
    two = run("audit", str(arch), "--format", "jsonl", "--no-progress", "--jobs", "2")
    every = run("audit", str(arch), "--no-progress", "--jobs", "0")  # one per core
    assert one.returncode == two.returncode == every.returncode == 1
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == len(lines) + 5
    assert two.stderr == one.stderr and "skipped: 9" in one.stderr.decode()
    assert every.stdout.decode().splitlines()[0] == one.stderr.decode().splitlines()[0]
    _one_line_error(run("audit", str(arch), "--jobs", "-1"))
