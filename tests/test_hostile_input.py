"""Hostile input to the checker and the CLI: it stays bounded and fails closed.

- Policy terms are bounded at load (words and characters per term, entries per list, spellings and phrase pieces
  per policy), with one line naming the file, the rule, the field and the limit; normal policies load fast.
- A policy with no enabled rule is an error unless it says so (``extends`` is required; ``allow_empty: true``).
- Every bad input is one line on stderr and exit 2 (never 1, the "block" code), in bounded time; ``audit``
  reports a bad line with its number and goes on.
- The user cache never unpickles a file this user's tpstrain did not write (owner, permissions, HMAC).

Figures (policy load times) are printed and written to artifacts/hostile-input-*.txt.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tpstrain import PolicyError, check, load_policy
from tpstrain.cli import main
from tpstrain.policy import (
    MAX_POLICY_PIECES,
    MAX_POLICY_TERMS,
    MAX_TERM_CHARS,
    MAX_TERM_LIST,
    MAX_TERM_WORDS,
    _check_policy_terms,
    model_policy,
    term_totals,
)

CMD = [sys.executable, "-m", "tpstrain.cli"]
ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "hostile-input.txt"  # -<test>.txt beside it
FIGURES: list[tuple[str, str]] = []


def run(*args, stdin: bytes | None = None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CMD, *args], input=stdin, capture_output=True, timeout=timeout, **kw)


def one_line(r: subprocess.CompletedProcess, *words: str) -> str:
    """Exit 2, exactly one line on stderr that starts 'tpstrain: error: ', no traceback, nothing on stdout."""
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, (r.returncode, err[-2000:])
    assert err.count("\n") == 1 and err.startswith("tpstrain: error: "), err[-2000:]
    assert "Traceback" not in err and r.stdout == b"", (err, r.stdout[:200])
    for w in words:
        assert w in err, (w, err)
    return err


def figure(line: str) -> None:
    """Print a figure and save it (one file per test: pytest-xdist may run this module's tests on two workers)."""
    print(line)
    test = os.environ.get("PYTEST_CURRENT_TEST", "x").split("::")[-1].split(" ")[0].removeprefix("test_")
    ARTIFACT.parent.mkdir(exist_ok=True)
    FIGURES.append((test, line))
    mine = [x for t, x in FIGURES if t == test]
    (ARTIFACT.parent / f"hostile-input-{test}.txt").write_text(
        "".join(f"hostile input: {x}\n" for x in mine), encoding="utf-8"
    )


def _words(n: int, seed: int = 0) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(n)]


def _policy_file(tmp_path: Path, text: str, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _add_terms(spellings: list[str], extra: str = "") -> str:
    lines = "".join(f"      - match: [{json.dumps(s)}]\n" for s in spellings)
    return f"extends: model\nrules:\n  clarity.jargon:\n    add_terms:\n{lines}{extra}"


# ----- 1. policy terms are bounded at load -----------------------------------------------------------------------
@pytest.mark.parametrize("words", [1_600, 3_000])
def test_a_term_of_thousands_of_words_is_refused_at_once(tmp_path: Path, words: int):
    """Issue 13: one add_terms entry of 1,600 words took 7.7 s and 3.2 GB to load (3,000 words: over 30 s)."""
    path = _policy_file(tmp_path, _add_terms([" ".join(_words(words))]))
    fine = _policy_file(tmp_path, _add_terms([" ".join(_words(MAX_TERM_WORDS))]), "fine.yaml")
    start = time.perf_counter()
    load_policy(fine)
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    seconds = time.perf_counter() - start
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(str(path)), msg
    for w in (
        "rule 'clarity.jargon'",
        "field 'add_terms.0.match.0'",
        f"{words:,} words",
        f"{MAX_TERM_WORDS} words",
    ):
        assert w in msg, (w, msg)
    # Relative to loading the same policy with a term of the largest allowed size, so a busy machine slows both:
    # before the limit a term of 3,000 words took over 30 s, against well under 1 s for the allowed one.
    assert seconds < 3 * baseline + 1, (seconds, baseline)
    figure(
        f"one term of {words:,} words ({path.stat().st_size:,} bytes): refused in {seconds:.2f} s "
        f"(the same policy with a {MAX_TERM_WORDS}-word term loads in {baseline:.2f} s)"
    )
    one_line(run("check", "--policy", str(path), "Road closed."), "clarity.jargon", f"{MAX_TERM_WORDS} words")


RULE = """  - id: tone.test
    title: Test rule
    category: tone
    level: warning
    values: [Respect]
    rationale: A rule written for the hostile-input tests.
    source: tests
    message: "'{{match}}' found."
    fix: Take it out.
    check: {check}
    examples:
      bad: ["foo"]
      good: ["fine text"]
"""
LONG = " ".join(_words(MAX_TERM_WORDS + 1))
WIDE = "x" * (MAX_TERM_CHARS + 1)
# name -> (policy text, words the one-line error must hold)
OVER_LIMITS = {
    "term-characters": (_add_terms([WIDE]), ["field 'add_terms.0.match.0'", f"{MAX_TERM_CHARS} characters"]),
    "guard-words": (
        "extends: model\nrules:\n  clarity.jargon:\n    add_terms:\n      - match: [foo]\n"
        f"        unless_before: [{json.dumps(LONG)}]\n",
        ["field 'add_terms.0.unless_before.0'", f"{MAX_TERM_WORDS} words"],
    ),
    "guard-list": (
        "extends: model\nrules:\n  clarity.jargon:\n    add_terms:\n      - match: [foo]\n"
        f"        unless_after: {json.dumps(_words(MAX_TERM_LIST + 1))}\n",
        ["field 'add_terms.0.unless_after'", f"limit is {MAX_TERM_LIST}"],
    ),
    "new-rule-term": (
        "extends: model\nadd:\n"
        + RULE.format(check="{kind: terms, terms: [{match: [" + json.dumps(LONG) + "]}]}"),
        ["rule 'tone.test'", "field 'check.terms.0.match.0'", f"{MAX_TERM_WORDS} words"],
    ),
    "new-rule-context": (
        "extends: model\nadd:\n"
        + RULE.format(
            check="{kind: context, trigger: {terms: [foo]}, with_any: [{terms: [" + json.dumps(LONG) + "]}]}"
        ),
        ["rule 'tone.test'", "field 'check.with_any.0.terms.0'"],
    ),
    "new-rule-pattern-guards": (
        "extends: model\nadd:\n"
        + RULE.format(
            check="{kind: pattern, patterns: [{regex: foo, unless_before: "
            + json.dumps(_words(MAX_TERM_LIST + 1))
            + "}]}"
        ),
        ["rule 'tone.test'", "field 'check.patterns.0.unless_before'"],
    ),
    "params-terms": (
        "extends: model\nrules:\n  legal.presumption-of-innocence:\n    params: {terms: ["
        + json.dumps(LONG)
        + "]}\n",
        ["rule 'legal.presumption-of-innocence'", "field 'params.terms.0'", f"{MAX_TERM_WORDS} words"],
    ),
    "setting": (
        "extends: model\nsettings: {sexual_offences: [" + json.dumps(LONG) + "]}\n",
        ["field 'settings.sexual_offences.", f"{MAX_TERM_WORDS} words"],
    ),
    "too-many-terms": (
        _add_terms(_words(MAX_POLICY_TERMS + 1)),
        ["rule 'clarity.jargon'", "field 'add_terms'", f"{MAX_POLICY_TERMS:,}"],
    ),
    "too-many-in-all": (
        _add_terms(_words(MAX_POLICY_TERMS - 2_000)),
        ["rule 'clarity.jargon'", "term spellings", f"limit is {MAX_POLICY_TERMS:,}"],
    ),
    "too-many-phrase-pieces": (
        _add_terms([" ".join(_words(MAX_TERM_WORDS, seed=k)) for k in range(MAX_POLICY_PIECES // 78 + 1)]),
        ["rule 'clarity.jargon'", "runs of words", f"limit is {MAX_POLICY_PIECES:,}"],
    ),
}


@pytest.mark.parametrize("name", sorted(OVER_LIMITS))
def test_term_limits_are_one_line_naming_the_rule_and_the_limit(tmp_path: Path, name: str):
    text, words = OVER_LIMITS[name]
    path = _policy_file(tmp_path, text)
    start = time.perf_counter()
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    seconds = time.perf_counter() - start
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(str(path)), msg
    for w in words:
        assert w in msg, (w, msg)
    assert seconds < 15, (name, seconds)  # the largest of these files is 1.2 MB of YAML


def test_the_model_policy_is_well_within_the_totals():
    policy = model_policy()
    _check_policy_terms(policy, "model")  # raises if over
    by_rule, by_rule_pieces = term_totals(policy)
    spellings, pieces = sum(by_rule.values()), sum(by_rule_pieces.values())
    assert spellings * 2 < MAX_POLICY_TERMS and pieces * 5 < MAX_POLICY_PIECES, (spellings, pieces)
    figure(
        f"the model policy: {spellings:,} term spellings and guards (limit {MAX_POLICY_TERMS:,}), "
        f"{pieces:,} phrase pieces (limit {MAX_POLICY_PIECES:,})"
    )


def test_a_guard_list_many_terms_share_counts_once(tmp_path: Path):
    """Forty terms that each give their own 250 guards are over the total; the same terms giving one list
    word for word (a YAML anchor) are not, because the term table keeps one copy of it."""
    vocab = _words(40 + 250 * 40, seed=11)
    terms, guards = vocab[:40], vocab[40:]
    own = "".join(
        f"      - {{match: [{t}], unless_before: [{', '.join(guards[k * 250 : (k + 1) * 250])}]}}\n"
        for k, t in enumerate(terms)
    )
    with pytest.raises(PolicyError, match="term spellings and guards"):
        load_policy(_policy_file(tmp_path, _add_terms([], own), "own.yaml"))
    shared = "".join(f"      - {{match: [{t}], unless_before: [{', '.join(guards[:250])}]}}\n" for t in terms)
    policy = load_policy(_policy_file(tmp_path, _add_terms([], shared), "shared.yaml"))
    table = policy.compiled().table
    lists = {id(e.before) for t in terms for e in table.single[t.lower()] if e.before}
    assert len(lists) == 1, "the term table keeps one copy of a guard list"


def test_a_normal_big_policy_still_loads_fast(tmp_path: Path):
    """A service policy with a few hundred terms, guards and new rules loads in about the model's own time."""
    vocab = _words(903, seed=7)
    terms = "".join(
        f"      - {{match: [{vocab[k]}, {vocab[k]} {vocab[k + 1]}], suggest: [{vocab[k + 2]}], "
        f"unless_before: [{vocab[k + 3]}]}}\n"
        for k in range(0, 900, 3)
    )
    text = (
        "extends: model\nname: 52 Division\nsettings:\n  official_phones: [416-808-5200]\n"
        "disable: [tone.laughter]\nrules:\n  clarity.jargon:\n    add_terms:\n"
        + terms
        + "add:\n"
        + RULE.format(check="{kind: terms, terms: [{match: [foo, foo bar baz]}]}")
    )
    path = _policy_file(tmp_path, text)
    start = time.perf_counter()
    policy = load_policy(path)
    seconds = time.perf_counter() - start
    assert check(f"Officers met the {vocab[0]} today.", policy=policy).rules() == ["clarity.jargon"]
    assert check("We saw foo bar baz.", policy=policy).rules() == ["tone.test"]
    figure(f"a service policy of 300 added terms (600 spellings, 300 guards) and a new rule: {seconds:.2f} s")
    assert seconds < 10, seconds


# ----- 2. no policy is empty by mistake ----------------------------------------------------------------------------
EMPTY = {
    "empty-file": ("", ["the policy is empty", "extends: model"]),
    "comments-only": ("# our policy\n# (to do)\n", ["the policy is empty"]),
    "extends-null": ("extends: null\n", ["field 'extends'", "required", "'none'"]),
    "extends-missing": (
        "name: My policy\nsettings: {official_phones: [416-808-5200]}\n",
        ["field 'extends'", "required"],
    ),
    "extends-none-no-rules": ("extends: none\nname: Nothing\n", ["no rules", "allow_empty: true"]),
    "every-rule-disabled": (
        "extends: model\ndisable: [{ids}]\n",
        ["every rule disabled", "allow_empty: true"],
    ),
}


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_a_policy_with_no_rules_is_an_error(tmp_path: Path, name: str, capsys):
    text, words = EMPTY[name]
    text = text.replace("{ids}", ", ".join(r.id for r in model_policy().rules))
    path = _policy_file(tmp_path, text)
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(str(path)), msg
    for w in words:
        assert w in msg, (w, msg)
    assert main(["check", "--policy", str(path), "Call the owner at 416-555-0142."]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("tpstrain: error: "), err


def test_a_policy_of_its_own_rules_or_empty_on_purpose(tmp_path: Path):
    own = _policy_file(
        tmp_path,
        "extends: none\nname: Only ours\nadd:\n"
        + RULE.format(check="{kind: terms, terms: [{match: [foo]}]}"),
        "own.yaml",
    )
    policy = load_policy(own)
    assert [r.id for r in policy.rules] == ["tone.test"]
    assert check("A foo here.", policy=policy).rules() == ["tone.test"]
    empty = _policy_file(
        tmp_path, "extends: none\nallow_empty: true  # every post passes, on purpose\n", "empty.yaml"
    )
    assert check("Call the owner at 416-555-0142.", policy=load_policy(empty)).verdict == "ok"
    # the README's example of it is real
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in readme.split("```yaml\n")[1:] if "allow_empty" in b.split("```")[0]]
    example = _policy_file(tmp_path, block.split("```")[0], "readme.yaml")
    assert load_policy(example).rules == []
    # a policy extending one made empty on purpose must say so again
    child = _policy_file(tmp_path, "extends: empty.yaml\n", "child.yaml")
    with pytest.raises(PolicyError, match="allow_empty"):
        load_policy(child)


# ----- 3. every bad input: one line, exit 2 -----------------------------------------------------------------------
BIG_INT = "1" * 5_000


def test_a_huge_json_integer(tmp_path: Path):
    post = tmp_path / "post.json"
    post.write_text('{"text": "Road closed.", "n": ' + BIG_INT + "}", encoding="utf-8")
    one_line(run("check", "--post", str(post)), "more than 4,300 digits")
    one_line(run("check", "--post", "-", stdin=post.read_bytes()), "standard input", "4,300 digits")
    arch = tmp_path / "posts.jsonl"
    arch.write_text(
        "\n".join(
            [
                json.dumps({"text": "Road closed at Yonge St."}),
                BIG_INT,
                '{"text": "x", "n": ' + BIG_INT + "}",
                json.dumps({"text": "Officers attended an MVC."}),
                "Call the owner at 416-555-0142.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    for jobs in ("1", "2"):
        r = run("audit", str(arch), "--no-progress", "--jobs", jobs)
        out = r.stdout.decode()
        assert r.returncode == 1 and "Traceback" not in out + r.stderr.decode(), out + r.stderr.decode()
        assert "posts: 3" in out and "skipped: 2" in out and "block: 1" in out, out
        assert "skipped line 2: a JSON number has more than 4,300 digits" in out, out
        assert "skipped line 3: a JSON number has more than 4,300 digits" in out, out


def test_text_that_is_not_utf8_or_holds_lone_surrogates(tmp_path: Path):
    # the command line: bytes that are not UTF-8, a lone surrogate in JSON
    one_line(run("check", os.fsencode("Road \udcff closed.")), "not UTF-8", "0xff")
    one_line(run("check", os.fsencode("Road \udcff closed."), "--format", "json"), "not UTF-8")
    post = tmp_path / "post.json"
    post.write_text('{"text": "Road \\udc80 closed."}', encoding="utf-8")
    one_line(run("check", "--post", str(post)), "lone surrogate", "U+DC80")
    post.write_text(
        '{"text": "Road closed.", "media": [{"kind": "image", "alt_text": "a \\ud800 b"}]}', encoding="utf-8"
    )
    one_line(run("check", "--post", str(post)), "lone surrogate")
    # the archive: such a line is reported by number, the rest is checked
    arch = tmp_path / "posts.jsonl"
    arch.write_bytes(
        b'{"text": "Road \\udc80 closed."}\n"Road \\ud83d closed."\nRoad open.\n\xff\xfe bytes\n'
    )
    r = run("audit", str(arch), "--no-progress")
    out = r.stdout.decode()
    assert r.returncode == 0 and "posts: 1" in out and "skipped: 3" in out, out
    assert "line 1: a string holds a lone surrogate" in out and "line 2: a string holds" in out, out
    assert "line 4: not UTF-8" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Call Bo at 416-555-0142 \udc80 now \ud800.",
        "\udcff\udcfe Officers attended an MVC.",
        "\ud83d\ude00 split pair: Officers attended an MVC \udfff",
    ],
)
def test_check_replaces_lone_surrogates_and_keeps_spans(text: str):
    """The library never raises UnicodeEncodeError: each lone surrogate reads as U+FFFD, one for one, so
    every span is a span of the text as given."""
    from tpstrain.engine import CompiledPolicy
    from tpstrain.plain import Plain
    from tpstrain.text import check_text

    clean = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    expected = [(f.rule, f.start, f.end, f.text) for f in check(clean).findings]
    assert expected, "the text should raise something"
    for post in (text, {"text": text}, {"text": text, "platform": "facebook", "title": "a \udc80"}):
        review = check(post)
        got = [(f.rule, f.start, f.end, f.text) for f in review.findings]
        assert got == expected, (post, got)
        for f in review.findings:
            if f.field == "text":
                assert clean[f.start : f.end] == f.text and len(clean) == len(text)
        review.model_dump_json()  # and it can be written out
    # the quick path of the command line does the same
    post = Plain(
        text="",
        platform="x",
        media=[],
        hashtags=None,
        title=None,
        author=None,
        account=None,
        people=[],
        official_contacts=[],
        next_of_kin_notified=None,
    )
    compiled = CompiledPolicy(model_policy())
    quick = compiled.review(check_text(text, None, post), (Plain, Plain, Plain))
    assert [(f.rule, f.start, f.end) for f in quick.findings] == [g[:3] for g in expected]


CSV_UNCLOSED = {
    # name -> (archive, checked posts, skipped line reported)
    "quote-never-closed": (
        b'id,text\n1,"Road closed."\n2,"an unclosed quote\n3,Officers attended an MVC.\n'
        b"4,Call the owner at 416-555-0142.\n5,Road open again.\n",
        4,
        "line 3: CSV error: a quoted field is never closed",
    ),
    "quote-closed-later": (
        b'id,text\n1,"Road closed."\n2,"an unclosed quote\n3,Officers attended an MVC.\n'
        b'4,"Call the owner at 416-555-0142."\n5,Road open again.\n',
        4,
        "line 3: CSV error: a quote is not closed properly",
    ),
    "stray-quote-in-quoted": (
        b'id,text\n1,"Road "closed" now."\n2,Officers attended an MVC.\n3,"Road open."\n',
        2,
        "line 2: CSV error: a quote is not closed properly",
    ),
}


@pytest.mark.parametrize("name", sorted(CSV_UNCLOSED))
def test_a_csv_quote_never_closed_does_not_swallow_the_rows_after_it(tmp_path: Path, name: str):
    data, posts, reported = CSV_UNCLOSED[name]
    arch = tmp_path / "posts.csv"
    arch.write_bytes(data)
    r = run("audit", str(arch), "--no-progress", "--format", "jsonl")
    err = r.stderr.decode()
    assert "Traceback" not in err and f"posts: {posts} " in err and "skipped: 1" in err, err
    assert f"skipped {reported}" in err, err
    lines = [json.loads(x)["line"] for x in r.stdout.decode().splitlines()]
    assert len(lines) == posts and lines == sorted(lines) and lines[-1] == data.count(b"\n"), lines


def test_a_csv_field_over_the_limit_is_reported_and_reading_goes_on(tmp_path: Path):
    from tpstrain.cli import MAX_LINE

    arch = tmp_path / "posts.csv"
    with arch.open("wb") as f:
        f.write(b'id,text\n1,"Road closed."\n2,"never closed\n')
        for k in range(MAX_LINE // 40):
            f.write(b"%d,Officers attended an MVC at Yonge St.\n" % (k + 3))
    start = time.perf_counter()
    r = run("audit", str(arch), "--no-progress")
    out = r.stdout.decode()
    assert r.returncode == 0 and "line 3: CSV error: a field longer than" in out, out
    assert f"posts: {MAX_LINE // 40 + 1} " in out, out  # every row after the broken one is checked
    assert time.perf_counter() - start < 120


def test_devices_and_fifos_are_refused_without_waiting(tmp_path: Path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    start = time.perf_counter()
    one_line(run("check", "--file", "/dev/zero", timeout=30), "/dev/zero", "not a regular file")
    one_line(run("check", "--file", str(fifo), timeout=30), "not a regular file")
    one_line(run("check", "--post", str(fifo), timeout=30), "not a regular file")
    one_line(run("check", "--file", str(tmp_path), timeout=30), "a directory")
    one_line(run("check", "--policy", str(fifo), "Road closed.", timeout=30), "not a regular file")
    one_line(run("rules", "--policy", "/dev/zero", timeout=30), "not a regular file")
    extends = _policy_file(tmp_path, f"extends: {fifo}\n")
    one_line(run("check", "--policy", str(extends), "Road closed.", timeout=30), "field 'extends'")
    one_line(run("audit", "/dev/zero", timeout=30), "/dev/zero", "not a regular file or a pipe")
    with open("/dev/zero", "rb") as zero:
        r = subprocess.run([*CMD, "audit", "-"], stdin=zero, capture_output=True, timeout=30)
    one_line(r, "standard input is a device")
    # a FIFO nobody writes to is an empty archive, at once
    r = run("audit", str(fifo), "--no-progress", timeout=30)
    assert r.returncode == 0 and "posts: 0" in r.stdout.decode(), r.stderr
    assert time.perf_counter() - start < 60


def test_an_archive_from_a_pipe_is_still_read_as_it_comes():
    """`tpstrain audit <(zcat posts.jsonl.gz)`: a pipe given as a file name streams as before."""
    rfd, wfd = os.pipe()
    lines = b"".join(b'{"text": "Road %d closed at Yonge St."}\n' % k for k in range(500))

    def feed():
        with os.fdopen(wfd, "wb") as w:
            w.write(lines)

    proc = subprocess.Popen(
        [*CMD, "audit", f"/dev/fd/{rfd}", "--no-progress"],
        pass_fds=(rfd,),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(rfd)
    t = threading.Thread(target=feed)
    t.start()
    out, err = proc.communicate(timeout=120)
    t.join()
    assert proc.returncode == 0 and b"posts: 500 " in out, out + err


def test_jobs_are_bounded(tmp_path: Path):
    arch = tmp_path / "posts.jsonl"
    arch.write_text("Road closed.\n", encoding="utf-8")
    start = time.perf_counter()
    one_line(run("audit", str(arch), "--jobs", "99999999", timeout=30), "--jobs 99999999", "per core")
    one_line(run("audit", str(arch), "--jobs", "-1", timeout=30), "--jobs -1")
    assert time.perf_counter() - start < 30
    assert run("audit", str(arch), "--jobs", "2", "--no-progress").returncode == 0


def _archive(tmp_path: Path, n: int = 3_000) -> Path:
    arch = tmp_path / "many.jsonl"
    arch.write_text(
        "".join(json.dumps({"text": f"Road {k} closed at Yonge St."}) + "\n" for k in range(n)),
        encoding="utf-8",
    )
    return arch


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, jobs: str):
    """`tpstrain audit ... | head -1`: no traceback, no 'Exception ignored' message, exit 141 (128 + SIGPIPE,
    as a shell reports `yes | head -1`), not 1 (block) and not 0."""
    arch = _archive(tmp_path)
    proc = subprocess.Popen(
        [*CMD, "audit", str(arch), "--format", "jsonl", "--no-progress", "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    code = proc.wait(timeout=120)
    assert json.loads(first)["line"] == 1
    assert code == 141 and err == b"", (code, err[-2000:])
    r = subprocess.run(
        f"{' '.join(CMD)} audit {arch} --format jsonl --no-progress | head -1",
        shell=True,
        capture_output=True,
        timeout=120,
        executable="/bin/bash",
    )
    assert r.returncode == 0 and r.stderr == b"" and r.stdout.count(b"\n") == 1, r.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_is_one_line(tmp_path: Path):
    arch = _archive(tmp_path, 300)
    for args in (
        ["check", "Officers attended an MVC."],
        ["check", "Road closed.", "--format", "json"],
        ["audit", str(arch), "--no-progress"],
        ["audit", str(arch), "--format", "jsonl", "--no-progress"],
        ["rules"],
        ["schema"],
    ):
        with open("/dev/full", "wb") as full:
            r = subprocess.run([*CMD, *args], stdout=full, stderr=subprocess.PIPE, timeout=120)
        r.stdout = b""
        one_line(r, "cannot write the output", "No space left on device")
    one_line(
        run("audit", str(arch), "--format", "jsonl", "--output", "/dev/full", "--no-progress"),
        "No space left",
    )


def test_certify_years_is_bounded(capsys):
    """`tpstrain course certify --years 100000` (past the year 9999) was a traceback."""
    pytest.importorskip("nbgrader")
    for years in ("100000", "0", "-3", "two"):
        assert main(["course", "certify", "--years", years]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1 and "--years" in err and "Traceback" not in err, err


# ----- 4. the user cache unpickles only what this user's tpstrain wrote -------------------------------------------
class Planted:
    """A pickle that creates a file when it is loaded."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _cache_env(tmp_path: Path) -> dict:
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "xdg" / "tpstrain").glob("model-*.pickle"))


def test_a_planted_pickle_is_never_loaded(tmp_path: Path, monkeypatch):
    from tpstrain.cache import MAGIC, model_cache_path, sibling

    env = _cache_env(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", env["XDG_CACHE_HOME"])
    text = "Officers attended an MVC at Dufferin/Eglinton."
    expected = json.loads(
        subprocess.run(
            [*CMD, "check", text, "--format", "json"], capture_output=True, env=env, timeout=120
        ).stdout
    )
    assert len(_entries(tmp_path)) == 3 and (tmp_path / "xdg" / "tpstrain" / "key").exists()
    marker = tmp_path / "PWNED"
    bomb = pickle.dumps(Planted(marker))
    for planted in (bomb, MAGIC + b"\0" * 32 + bomb, MAGIC + os.urandom(32) + bomb):
        # at the exact paths the command reads (as this user, 0600: only the HMAC tells them apart)
        main_entry = model_cache_path.__wrapped__()
        paths = [main_entry, sibling(main_entry, "terms"), sibling(main_entry, "plain")]
        for f in paths:
            f.write_bytes(planted)
            f.chmod(0o600)
        for args in (
            ["check", text, "--format", "json"],
            ["check", text, "--format", "json"],
            ["check", "--post", "-", "--format", "json"],
        ):
            r = subprocess.run(
                [*CMD, *args],
                input=json.dumps({"text": text}).encode(),
                capture_output=True,
                env=env,
                timeout=120,
            )
            assert r.returncode == 0 and json.loads(r.stdout) == expected, r.stderr
            assert not marker.exists(), "a planted pickle was loaded"
        if model_cache_path.__wrapped__() == main_entry:  # (unless someone edited the package meanwhile)
            assert all(f.read_bytes().startswith(MAGIC) and bomb not in f.read_bytes() for f in paths), (
                "each planted entry is rebuilt and written over"
            )


def test_cache_entries_are_refused_unless_private_and_signed(tmp_path: Path):
    from tpstrain import cache

    d = tmp_path / "c" / "tpstrain"
    path = d / "entry.pickle"
    cache.cache_write(path, ("a", 1))
    assert stat.S_IMODE(d.stat().st_mode) == 0o700 and stat.S_IMODE((d / "key").stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert cache.cache_read(path, tuple) == ("a", 1)
    # the digest covers the name: a valid entry copied to another name is refused
    other = d / "other.pickle"
    other.write_bytes(path.read_bytes())
    other.chmod(0o600)
    assert cache.cache_read(other, tuple) is None
    # one flipped byte of the pickle
    data = bytearray(path.read_bytes())
    data[-2] ^= 1
    other = d / "entry.pickle"
    good = path.read_bytes()
    other.write_bytes(bytes(data))
    assert cache.cache_read(path, tuple) is None
    path.write_bytes(good)
    assert cache.cache_read(path, tuple) == ("a", 1)
    # a file others can write to
    path.chmod(0o620)
    assert cache.cache_read(path, tuple) is None
    path.chmod(0o600)
    # a symbolic link to a signed entry
    link = d / "link.pickle"
    link.symlink_to(path)
    assert cache.cache_read(link, tuple) is None
    # a directory others can write to: nothing is read, nothing is written
    d.chmod(0o777)
    assert cache.cache_read(path, tuple) is None
    cache.cache_write(d / "new.pickle", ("b",))
    assert not (d / "new.pickle").exists()
    d.chmod(0o700)
    assert cache.cache_read(path, tuple) == ("a", 1)


def test_a_key_or_directory_of_someone_else_disables_the_cache(tmp_path: Path):
    from tpstrain import cache

    d = tmp_path / "shared" / "tpstrain"
    d.mkdir(parents=True, mode=0o700)
    key = d / "key"
    key.write_bytes(os.urandom(32))
    key.chmod(0o644)  # readable by others: not a secret
    cache.cache_write(d / "x.pickle", ("x",))
    assert not (d / "x.pickle").exists()
    assert cache.cache_read(d / "x.pickle", tuple) is None
    if os.geteuid() != 0:
        return  # changing owners needs root
    nobody = 65534
    e = tmp_path / "other" / "tpstrain"
    cache.cache_write(e / "y.pickle", ("y",))
    assert cache.cache_read(e / "y.pickle", tuple) == ("y",)
    os.chown(e / "y.pickle", nobody, nobody)
    assert cache.cache_read(e / "y.pickle", tuple) is None
    os.chown(e / "y.pickle", 0, 0)
    cache._KEY.clear()
    os.chown(e / "key", nobody, nobody)
    assert cache.cache_read(e / "y.pickle", tuple) is None
    os.chown(e / "key", 0, 0)
    cache._KEY.clear()
    os.chown(e, nobody, nobody)
    assert cache.cache_read(e / "y.pickle", tuple) is None
    os.chown(e, 0, 0)
    assert cache.cache_read(e / "y.pickle", tuple) == ("y",)
