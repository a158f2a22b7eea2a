"""The CLI contract: formats, exit codes, and one clear line for every bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CMD = [sys.executable, "-m", "tpstrain.cli"]


def run(*args, stdin=None):
    return subprocess.run([*CMD, *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_check_json_must_show():
    r = run("check", "Officers attended an MVC at Dufferin/Eglinton.", "--format", "json")
    assert r.returncode == 0, r.stderr
    review = json.loads(r.stdout)
    assert review["verdict"] == "revise"
    mvc = [f for f in review["findings"] if f["category"] == "clarity" and f["text"] == "MVC"]
    assert mvc, review
    f = mvc[0]
    assert (f["start"], f["end"]) == (21, 24)
    assert set(f["suggestions"]) & {"crash", "collision"}
    assert {"verdict", "findings", "metrics"} <= set(review)
    assert {"rule", "category", "level", "start", "end", "text", "message", "suggestions"} <= set(f)
    assert {"weighted_length", "limit", "grade"} <= set(review["metrics"])


def test_check_text_output_has_caret_under_span():
    r = run("check", "Officers attended an MVC at Dufferin/Eglinton.")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    i = next(k for k, line in enumerate(lines) if "Officers attended an MVC" in line)
    caret = lines[i + 1]
    col = lines[i].index("MVC")
    assert caret[col : col + 3] == "^^^" and "\033[" not in r.stdout  # no colour when not a terminal


def test_block_exits_1_and_ok_exits_0():
    assert run("check", "Call the owner at 416-555-0142.").returncode == 1
    assert (
        run("check", "Join us Saturday at the 52 Division open house. Everyone is welcome.").returncode == 0
    )


def test_stdin_file_and_post(tmp_path: Path):
    assert run("check", "-", stdin="Officers attended an MVC.").returncode == 0
    f = tmp_path / "draft.txt"
    f.write_text("Officers attended an MVC.", encoding="utf-8")
    r = run("check", "--file", str(f), "--format", "json")
    assert json.loads(r.stdout)["verdict"] == "revise"
    p = tmp_path / "post.json"
    p.write_text(
        json.dumps(
            {
                "text": "Pink shirts today!",
                "platform": "instagram",
                "media": [{"kind": "image", "alt_text": None}],
            }
        ),
        encoding="utf-8",
    )
    r = run("check", "--post", str(p), "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    assert json.loads(r.stdout)["metrics"]["limit"] == 2200


@pytest.mark.parametrize("platform", ["x", "facebook", "instagram", "youtube", "twitter"])
def test_platforms(platform):
    r = run("check", "Lake Shore Blvd W is open again.", "--platform", platform, "--format", "json")
    assert r.returncode == 0, r.stderr


def _one_line_error(r):
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    err = r.stderr.strip()
    assert err.count("\n") == 0, err
    assert "Traceback" not in err and err.startswith("tpstrain: error:")
    return err


def test_bad_inputs(tmp_path: Path):
    _one_line_error(run("check", "hi", "--platform", "myspace"))
    _one_line_error(run("check", ""))
    _one_line_error(run("check", "   \n "))
    big = tmp_path / "big.txt"
    big.write_text("a" * 2_000_000, encoding="utf-8")
    assert "2,000,000" in _one_line_error(run("check", "--file", str(big)))
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "hi", ', encoding="utf-8")
    assert "invalid JSON" in _one_line_error(run("check", "--post", str(bad)))
    bad.write_text('["not", "an object"]', encoding="utf-8")
    _one_line_error(run("check", "--post", str(bad)))
    bad.write_text('{"text": "hi", "platform": "x", "media": [{"kind": "hologram"}]}', encoding="utf-8")
    assert "media.0.kind" in _one_line_error(run("check", "--post", str(bad)))
    _one_line_error(run("check", "--file", str(tmp_path / "missing.txt")))
    nonutf = tmp_path / "latin1.txt"
    nonutf.write_bytes("caf\xe9".encode("latin-1"))
    _one_line_error(run("check", "--file", str(nonutf)))
    _one_line_error(run("check", "hi", "--format", "xml"))
    _one_line_error(run("frobnicate"))


def test_bad_policies(tmp_path: Path):
    pol = tmp_path / "p.yaml"
    pol.write_text("extends: model\nrules:\n  clarity.jargon:\n    levle: error\n", encoding="utf-8")
    err = _one_line_error(run("check", "hi there", "--policy", str(pol)))
    assert str(pol) in err and "clarity.jargon" in err and "levle" in err
    pol.write_text("extends: model\nrules: [unclosed\n", encoding="utf-8")
    assert "invalid YAML" in _one_line_error(run("check", "hi there", "--policy", str(pol)))
    pol.write_text("extends: model\nrules:\n  no.such-rule:\n    level: error\n", encoding="utf-8")
    assert "no.such-rule" in _one_line_error(run("check", "hi there", "--policy", str(pol)))
    pol.write_text("extends: model\nsurprise: 1\n", encoding="utf-8")
    assert "surprise" in _one_line_error(run("check", "hi there", "--policy", str(pol)))
    _one_line_error(run("check", "hi there", "--policy", str(tmp_path / "nope.yaml")))


def test_rules_list_and_explain():
    r = run("rules")
    assert r.returncode == 0 and "clarity.jargon" in r.stdout
    r = run("rules", "clarity.jargon")
    assert r.returncode == 0
    for part in ("Why:", "Source:", "Bad:", "Good:", "MVC"):
        assert part in r.stdout
    _one_line_error(run("rules", "clarity.nope"))


def test_schema():
    r = run("schema")
    schema = json.loads(r.stdout)
    assert "extends" in schema["properties"] and "add" in schema["properties"]
    assert json.loads(run("schema", "post").stdout)["properties"]["text"]


def test_audit_jsonl_and_csv(tmp_path: Path):
    arch = tmp_path / "posts.jsonl"
    arch.write_text(
        json.dumps({"text": "Officers attended an MVC."})
        + "\n"
        + "this line is { broken\n"
        + json.dumps({"text": "Call the owner at 416-555-0142"})
        + "\n"
        + json.dumps({"text": "Road is open again.", "platform": "facebook"})
        + "\n",
        encoding="utf-8",
    )
    r = run("audit", str(arch), "--format", "jsonl", "--no-progress")
    reviews = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(reviews) == 4  # the broken line is plain text, so it is checked as a post
    assert "posts: 4" in r.stderr and "block: 1" in r.stderr
    csv = tmp_path / "posts.csv"
    csv.write_text('text,platform\n"Officers attended an MVC.",x\n"Road open.",facebook\n', encoding="utf-8")
    r = run("audit", str(csv))
    assert "posts: 2" in r.stdout and "clarity.jargon" in r.stdout


def _run_env(env_extra, *args):
    import os

    env = {**os.environ, **env_extra}
    return subprocess.run([*CMD, *args], capture_output=True, text=True, timeout=60, env=env)


def test_cache_off_read_only_and_corrupt(tmp_path: Path):
    text = "Officers attended an MVC at Dufferin/Eglinton."
    expected = json.loads(run("check", text, "--format", "json").stdout)
    # turned off
    r = _run_env({"TPSTRAIN_NO_CACHE": "1"}, "check", text, "--format", "json")
    assert json.loads(r.stdout) == expected
    # a cache directory that cannot be made, even by root: its parent is a regular file
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    r = _run_env({"XDG_CACHE_HOME": str(blocker / "cache")}, "check", text, "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout) == expected, r.stderr
    # corrupt cache files are rebuilt, not trusted
    cache = tmp_path / "cache"
    _run_env({"XDG_CACHE_HOME": str(cache)}, "check", text)
    files = list((cache / "tpstrain").glob("model-*.pickle"))
    assert len(files) == 3  # the policy, its term table and its plain snapshot
    for f in files:
        f.write_bytes(b"not a pickle")
    r = _run_env({"XDG_CACHE_HOME": str(cache)}, "check", text, "--format", "json")
    assert json.loads(r.stdout) == expected, r.stderr
    r = _run_env({"XDG_CACHE_HOME": str(cache)}, "check", text, "--format", "json")  # snapshot written again
    assert json.loads(r.stdout) == expected, r.stderr
    assert len(list((cache / "tpstrain").glob("model-*.pickle"))) == 3


def _quick_and_full(text: str, platform: str | None, fmt: str, colour: str = "never"):
    from tpstrain.api import check
    from tpstrain.quick import quick_check

    quick = quick_check(text, platform, fmt, colour == "always")
    assert quick is not None, "no snapshot: the full path writes one"
    review = check(text, platform=platform)
    if fmt == "json":
        full = review.model_dump_json(exclude={"text"}, indent=2)
    else:
        full = review.format(colour=colour == "always")
    return quick, review, full


def test_quick_path_gives_the_full_paths_review(labelled_posts):
    """`tpstrain check TEXT` runs from the plain snapshot of the model policy without pydantic: its
    output, text and JSON, must be exactly the full path's, on every dev-set and held-out post."""
    from tpstrain.policy import shared_policy

    shared_policy()  # writes the snapshot if this cache has none yet
    texts = [p["text"] for p in labelled_posts]
    texts += ["Ｍ𝖵Ｃ on the DVP SB — avoid the area 🚓🚓🚓🚓🚓🚓🚓 https://www.tps.ca/news", "A" * 400]
    platforms = [None, "x", "facebook", "instagram", "youtube", "IG"]
    for k, text in enumerate(texts):
        fmt = "json" if k % 2 else "text"
        (review, out), full_review, full = _quick_and_full(
            text, platforms[k % len(platforms)], fmt, "always" if k % 3 == 0 else "never"
        )
        assert out == full, text
        assert review.verdict == full_review.verdict


def test_quick_path_bad_input_is_one_line():
    from tpstrain.errors import InputError
    from tpstrain.quick import quick_check

    for text, platform, words in (
        ("", None, "empty"),
        ("x" * 100_001, None, "most"),
        ("Road open.", "myspace", "unknown platform"),
    ):
        with pytest.raises(InputError, match=words):
            quick_check(text, platform, "text", False)
    r = run("check", "Road open.", "--platform", "myspace")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "unknown platform" in r.stderr


def test_cold_check_does_not_import_pydantic(tmp_path: Path):
    """With the snapshot in the cache, the command checks text without loading pydantic (a third of a
    cold run); --post, --policy and the library still use the pydantic models."""
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    probe = (
        "import sys, runpy; sys.argv = ['tpstrain'] + sys.argv[1:]\n"
        "try:\n    runpy.run_module('tpstrain.cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('pydantic loaded' if 'pydantic' in sys.modules else 'no pydantic', file=sys.stderr)"
    )
    text = "Officers attended an MVC at Dufferin/Eglinton."
    first = subprocess.run(
        [sys.executable, "-c", probe, "check", text],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )
    assert "pydantic loaded" in first.stderr  # no snapshot yet: the full path, which writes it
    second = subprocess.run(
        [sys.executable, "-c", probe, "check", text, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )
    assert "no pydantic" in second.stderr, second.stderr
    assert json.loads(second.stdout)["findings"][0]["suggestions"] == ["crash", "collision"]
    assert json.loads(second.stdout) == json.loads(first_json(text, env))


def first_json(text: str, env: dict) -> str:
    """The full path's JSON for ``text`` (TPSTRAIN_NO_CACHE: no snapshot, so pydantic's own dump)."""
    return _run_env({**env, "TPSTRAIN_NO_CACHE": "1"}, "check", text, "--format", "json").stdout


def test_cache_keeps_a_few_environments_entries(tmp_path: Path):
    """Several environments share one cache: a new entry removes only the oldest beyond the few kept."""
    import time

    from tpstrain.cache import KEEP_MODELS, prune_model_cache

    for k in range(KEEP_MODELS + 2):
        for suffix in ("", "-terms", "-plain"):
            (tmp_path / f"model-key{k}{suffix}.pickle").write_bytes(b"x")
        time.sleep(0.01)
    (tmp_path / "x-emoji-abc.pickle").write_bytes(b"x")
    prune_model_cache(tmp_path)  # room for one more
    left = sorted(p.name for p in tmp_path.glob("model-*.pickle"))
    assert {n.split("-")[1].split(".")[0] for n in left} == {f"key{k}" for k in range(3, KEEP_MODELS + 2)}
    assert len(left) == 3 * (KEEP_MODELS - 1) and (tmp_path / "x-emoji-abc.pickle").exists()
