"""Hostile policy files: patterns built to backtrack run in linear time (RE2), YAML never executes anything, and
every malformed file gives exactly one line naming the file (and the rule and the field where there is one),
through ``load_policy`` and through ``tpstrain check --policy F`` (exit 2, one line on stderr, no traceback).

Figures (worst-case times on 100 KB posts) are printed and written to artifacts/hostile-policy.txt.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tpstrain import Policy, PolicyError, Post, build_policy, check, load_policy
from tpstrain.cli import main
from tpstrain.models import MAX_TEXT
from tpstrain.passes.patterns import compile_pattern
from tpstrain.policy_yaml import MAX_POLICY_BYTES

ARTIFACT = Path(__file__).resolve().parent.parent / "artifacts" / "hostile-policy.txt"


def rule_yaml(rule_id: str, check_yaml: str, bad: str = "foo", extra: str = "", drop: str = "") -> str:
    fields = {
        "id": rule_id,
        "title": "Test rule",
        "category": "tone",
        "level": "warning",
        "values": "[Respect]",
        "rationale": "A rule written for the hostile-policy tests.",
        "source": "tests",
        "message": "\"'{match}' found.\"",
        "fix": "Take it out.",
        "check": check_yaml,
    }
    lines = [f"    {k}: {v}" for k, v in fields.items() if k != drop]
    lines[0] = "  - " + lines[0].lstrip()
    lines += ["    examples:", f"      bad: [{json.dumps(bad)}]", '      good: ["fine text"]']
    return "\n".join(lines) + "\n" + extra


TERMS = "{kind: terms, terms: [{match: [foo]}]}"


def bomb(levels: int = 9) -> str:
    """A "billion laughs" flow mapping: each list holds nine aliases of the one before."""
    parts = ["a0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    parts += [f"a{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 9) + "]" for i in range(1, levels + 1)]
    return "{" + ", ".join(parts) + "}"


# name -> (file content, words the one-line error must contain besides the file name)
MALFORMED: dict[str, tuple[str | bytes, list[str]]] = {
    "bad-yaml": ("extends: model\nrules: [unclosed\n", ["line 3", "invalid YAML"]),
    "tab-indent": ("extends: model\nrules:\n\tclarity.jargon: {level: error}\n", ["invalid YAML"]),
    "python-tag": (
        "extends: model\nname: !!python/object/apply:os.system ['touch {marker}']\n",
        ["invalid YAML", "python/object/apply:os.system"],
    ),
    "python-name": ("extends: model\nname: !!python/name:os.system\n", ["invalid YAML"]),
    "python-new": (
        "extends: model\nname: !!python/object/new:subprocess.Popen [['touch', '{marker}']]\n",
        ["invalid YAML"],
    ),
    "unknown-key": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", TERMS, extra="    colour: blue\n"),
        ["rule 'tone.test'", "field 'colour'", "unknown field"],
    ),
    "unknown-term-key": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: terms, terms: [{match: [foo], sugest: [x]}]}"),
        ["rule 'tone.test'", "field 'check.terms.0.sugest'"],
    ),
    "wrong-type": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", TERMS).replace("level: warning", "level: 5"),
        ["rule 'tone.test'", "field 'level'"],
    ),
    "wrong-type-override": (
        "extends: model\nrules:\n  clarity.jargon:\n    enabled: maybe\n",
        ["rule 'clarity.jargon'", "field 'enabled'"],
    ),
    "wrong-type-param": (
        "extends: model\nrules:\n  clarity.readability:\n    params: {max_grade: lots}\n",
        ["rule 'clarity.readability'", "field 'params.max_grade'"],
    ),
    "missing-field": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", TERMS, drop="message"),
        ["rule 'tone.test'", "field 'message'", "missing"],
    ),
    "missing-examples": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", TERMS).split("    examples:")[0],
        ["rule 'tone.test'", "field 'examples'"],
    ),
    "bad-kind": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", "{kind: magic}"),
        ["rule 'tone.test'", "field 'check'"],
    ),
    "bad-id": (
        "extends: model\nadd:\n" + rule_yaml("Tone Test!", TERMS),
        ["rule 'Tone Test!'", "field 'id'"],
    ),
    "duplicate-id": (
        "extends: model\nadd:\n" + rule_yaml("clarity.jargon", TERMS),
        ["rule 'clarity.jargon'", "field 'id'"],
    ),
    "unknown-rule-override": (
        "extends: model\nrules:\n  clarity.nope:\n    level: error\n",
        ["rule 'clarity.nope'", "field 'rules'"],
    ),
    "unknown-rule-disable": (
        "extends: model\ndisable: [clarity.nope]\n",
        ["rule 'clarity.nope'", "field 'disable'"],
    ),
    "remove-missing-term": (
        "extends: model\nrules:\n  clarity.jargon:\n    remove_terms: [nothing-like-this]\n",
        ["rule 'clarity.jargon'", "field 'remove_terms'"],
    ),
    "change-kind": (
        "extends: model\nrules:\n  clarity.readability:\n    params: {kind: terms}\n",
        ["rule 'clarity.readability'", "field 'params.kind'"],
    ),
    "unknown-setting": ("extends: model\nsettings: {colour: red}\n", ["field 'settings.colour'"]),
    "unknown-top-key": ("extends: model\ncolour: red\n", ["field 'colour'"]),
    "unknown-extends": ("extends: ./does-not-exist.yaml\n", ["field 'extends'", "does-not-exist.yaml"]),
    "extends-device": ("extends: /dev/zero\n", ["field 'extends'", "not a regular file"]),
    "extends-self": ("extends: extends-self.yaml\n", ["field 'extends'", "loop"]),
    "extends-loop": ("extends: loop-partner.yaml\n", ["field 'extends'", "loop"]),
    "not-a-mapping": ("- just\n- a list\n", ["mapping"]),
    "a-scalar": ("42\n", ["mapping"]),
    "rule-not-mapping": ("extends: model\nadd: [hello]\n", ["rule", "mapping"]),
    "add-not-list": ("extends: model\nadd: hello\n", ["field 'add'"]),
    "non-utf8": (b"extends: model\nname: caf\xe9\n", ["not UTF-8"]),
    "nul-byte": ('extends: model\nname: "a\x00b"\n', ["invalid YAML"]),
    "newline-in-key": ('extends: model\nsettings: {"col\\nour": red}\n', ["field 'settings.col\\nour'"]),
    "newline-in-rule-id": (
        'extends: model\nrules:\n  "clarity.x\\ny": {level: error}\n',
        ["rule 'clarity.x\\ny'"],
    ),
    "flow-nesting": ("extends: model\nsettings: {acronyms: " + "[" * 5000 + "]" * 5000 + "}\n", ["nesting"]),
    "block-nesting": (
        "extends: model\nrules:\n  clarity.jargon:\n    params:\n"
        + "".join(" " * (i + 6) + f"k{i}:\n" for i in range(200)),
        ["nested more than"],
    ),
    "alias-of-itself": ("extends: model\nsettings: {acronyms: &a [TPS, *a]}\n", ["YAML"]),
    "billion-laughs-top": ("extends: model\nx: " + bomb() + "\n", ["YAML expands to more than"]),
    "billion-laughs-in-params": (
        "extends: model\nrules:\n  clarity.readability:\n    params: " + bomb() + "\n",
        ["YAML expands to more than"],
    ),
    "billion-laughs-in-example": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", TERMS).replace(
            '      bad: ["foo"]', "      bad: [{text: foo, post: " + bomb() + "}]"
        ),
        ["YAML expands to more than"],
    ),
    "backreference": (
        "extends: model\nadd:\n" + rule_yaml("tone.test", "{kind: pattern, patterns: [{regex: '(a)\\1'}]}"),
        ["rule 'tone.test'", "field 'check.patterns.0.regex'", "invalid pattern"],
    ),
    "lookahead": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: pattern, patterns: [{regex: 'foo(?=bar)'}]}"),
        ["rule 'tone.test'", "field 'check.patterns.0.regex'"],
    ),
    "huge-repetition": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: pattern, patterns: [{regex: '((a{1000}){1000}){1000}'}]}"),
        ["rule 'tone.test'", "field 'check.patterns.0.regex'"],
    ),
    "context-matcher-lookahead": (
        "extends: model\nadd:\n"
        + rule_yaml(
            "tone.test", "{kind: context, trigger: {terms: [foo]}, with_any: [{regex: 'bar(?=baz)'}]}"
        ),
        ["rule 'tone.test'", "field 'check.with_any.0.regex'"],
    ),
    "context-matcher-two-kinds": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: context, trigger: {terms: [foo], regex: 'foo'}}"),
        ["rule 'tone.test'", "one of 'entity', 'terms' or 'regex'"],
    ),
    "context-reply-without-regex": (
        "extends: model\nadd:\n"
        + rule_yaml(
            "tone.test", "{kind: context, trigger: {terms: [foo]}, with_all: [{terms: [bar], scope: reply}]}"
        ),
        ["rule 'tone.test'", "scope 'reply'", "give a 'regex'"],
    ),
    "context-trigger-in-reply": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: context, trigger: {regex: 'foo', scope: reply}}"),
        ["rule 'tone.test'", "not in 'reply'"],
    ),
    "bad-descriptor-pattern": (
        "extends: model\nadd:\n"
        + rule_yaml("tone.test", "{kind: descriptors, trigger: ['(?<=x)man'], groups: {height: ['tall']}}"),
        ["rule 'tone.test'", "field 'check.trigger'"],
    ),
}


def _write(tmp_path: Path, name: str) -> Path:
    content, _ = MALFORMED[name]
    path = tmp_path / f"{name}.yaml"
    if isinstance(content, str):
        content = content.replace("{marker}", str(tmp_path / "PWNED")).encode("utf-8")
    path.write_bytes(content)
    (tmp_path / "loop-partner.yaml").write_text("extends: extends-loop.yaml\n", encoding="utf-8")
    return path


def _assert_one_line(msg: str, path: Path, words: list[str]) -> None:
    assert "\n" not in msg and "\r" not in msg, msg
    assert "Traceback" not in msg
    assert str(path.parent) in msg and path.parent.name in msg, msg  # names the file (or its partner)
    for w in words:
        assert w in msg, (w, msg)


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_policy_is_one_line(name: str, tmp_path: Path, capsys):
    path = _write(tmp_path, name)
    _, words = MALFORMED[name]
    start = time.perf_counter()
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    seconds = time.perf_counter() - start
    _assert_one_line(str(e.value), path, words)
    if name not in ("extends-loop",):
        assert str(e.value).startswith(str(path)), str(e.value)
    assert seconds < 5, f"{name}: {seconds:.1f} s"
    # the command line: exit 2, one line on stderr, nothing on stdout
    code = main(["check", "--policy", str(path), "Officers attended an MVC."])
    out, err = capsys.readouterr()
    assert code == 2 and out == "", (code, out)
    assert err.count("\n") == 1 and err.startswith("tpstrain: error: "), err
    _assert_one_line(err.rstrip("\n"), path, words)
    assert not (tmp_path / "PWNED").exists(), "a YAML tag ran a command"


def test_oversized_policy_file(tmp_path: Path, capsys):
    path = tmp_path / "big.yaml"
    with path.open("w", encoding="utf-8") as f:
        f.write("extends: model\nsettings:\n  acronyms:\n")
        while f.tell() < 3_000_000:
            f.write("    - ABCDEFGHIJKLMNOP\n")
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    _assert_one_line(str(e.value), path, [f"{MAX_POLICY_BYTES:,}"])
    assert main(["check", "--policy", str(path), "hello"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("name", ["python-tag", "billion-laughs-in-example", "extends-loop", "bad-yaml"])
def test_cli_subprocess_one_line(name: str, tmp_path: Path):
    """The real command in its own process: exit 2, one line on stderr, no traceback, nothing executed."""
    path = _write(tmp_path, name)
    r = subprocess.run(
        [sys.executable, "-m", "tpstrain.cli", "check", "--policy", str(path), "Road closed."],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("tpstrain: error: ") and r.stdout == "", r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "PWNED").exists()


def test_yaml_tags_are_never_constructed(tmp_path: Path):
    """Even a tag the safe loader knows nothing about cannot reach Python: plain data only."""
    marker = tmp_path / "PWNED"
    for tag in (
        "!!python/object/apply:os.system",
        "!!python/object/apply:subprocess.check_call",
        "!!python/object/new:os.system",
        "!!python/module:os",
        "!custom",
    ):
        path = tmp_path / "tag.yaml"
        path.write_text(f'extends: model\nname: {tag} ["touch {marker}"]\n', encoding="utf-8")
        with pytest.raises(PolicyError) as e:
            load_policy(path)
        assert "\n" not in str(e.value) and "invalid YAML" in str(e.value)
    assert not marker.exists()


# ----- patterns that backtrack catastrophically elsewhere ----------------------------------------------
N = MAX_TEXT  # 100,000 characters: the largest post that can be checked
HOSTILE = [
    # (pattern, worst-case text, should it match?)
    ("(a+)+$", "a" * (N - 1) + "!", False),
    ("(a+)+$", "a" * N, True),
    ("(x+x+)+y", "x" * N, False),
    ("(.*a){20}", "a" * N, True),
    ("(.*a){20}", "b" * N, False),
    ("(a|aa)+$", "a" * (N - 1) + "b", False),
    ("(a*)*b", "a" * N, False),
    ("(\\w+\\s?)*$", "word " * (N // 5 - 1) + "!!!!", False),
    ("^(([a-z])+.)+[A-Z]([a-z])+$", "a" * (N - 1) + "!", False),
    ("(\\w+\\s*){100}x", "a " * (N // 2), False),
    ("(\\w+\\s*){100}x", "x" * N, True),
    ("(a*)*b", "b" * N, True),  # 100,000 separate matches
]


def _hostile_policy():
    rules = "".join(
        rule_yaml(
            f"tone.hostile{k}",
            "{kind: pattern, patterns: [{regex: " + json.dumps(p) + ", ignore_case: false}]}",
            bad=t[:50] if match else "x",
        )
        for k, (p, t, match) in enumerate(HOSTILE)
    )
    import yaml

    return build_policy(yaml.safe_load("extends: model\nadd:\n" + rules), "<hostile>")


def test_policy_patterns_run_on_re2():
    rx = compile_pattern("(a+)+$", False, "test")
    assert type(rx).__module__.split(".")[0] == "re2", type(rx)


def test_oversized_patterns_are_refused_on_one_line(tmp_path):
    """RE2 is linear in the text times the compiled pattern's size: a counted repeat like "{500}" makes a
    pattern thousands of instructions long, so such patterns are refused when the policy loads."""
    path = tmp_path / "huge.yaml"
    path.write_text(
        "extends: model\nadd:\n"
        + rule_yaml(
            "tone.huge", "{kind: pattern, patterns: [{regex: " + json.dumps("(\\w+\\s*){500}x") + "}]}"
        ),
        encoding="utf-8",
    )
    with pytest.raises(PolicyError) as e:
        load_policy(path)
    msg = str(e.value)
    assert "\n" not in msg and "tone.huge" in msg and "too complex" in msg and str(path) in msg, msg


def test_backtracking_patterns_run_in_linear_time():
    """Patterns that make a backtracking engine exponential run on RE2: each full 100 KB post takes at most eight
    times as long as a quarter of it with the same ending (linear work takes four), plus half a second for a busy
    machine. Growth is asserted, not a time limit."""
    policy = _hostile_policy()
    check("Warm up.", platform="facebook", policy=policy)
    lines, worst = [], 0.0
    for k, (pattern, text, should_match) in enumerate(HOSTILE):
        quarter = _best_of_two(text[: len(text) // 4] + text[-1:], policy)
        seconds = _best_of_two(text, policy)
        worst = max(worst, seconds)
        fired = f"tone.hostile{k}" in check(text, platform="facebook", policy=policy).rules()
        lines.append(
            f"  {pattern:<32} on {len(text):,} chars: {seconds * 1000:8.1f} ms (a quarter: {quarter * 1000:6.1f} ms)  "
            f"{'match' if fired else 'no match'}"
        )
        assert fired == should_match, (pattern, fired)
        assert seconds < 8 * quarter + 0.5, (pattern, quarter, seconds)
    report = (
        "hostile policy: worst-case 100 KB posts, model policy plus backtracking patterns (RE2)\n"
        + "\n".join(lines)
    )
    report += f"\n  worst: {worst:.2f} s (asserted: full < 8 x quarter + 0.5 s)"
    print(report)
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(report + "\n", encoding="utf-8")


# ----- hostile posts against the model policy ---------------------------------------------------------
WORST_POSTS = {
    "one 100,000-letter word": "a" * N,
    "100,000 digits": "1" * N,
    "letters glued by dots": "a." * (N // 2),
    "single letters spaced": "l o " * (N // 4),
    "www. and dots": "www." + "." * (N - 4),
    "URL-ish words": "a.com " * (N // 6),
    "emails": "a@b." * (N // 4),
    "at signs": "@" * N,
    "hashtags": "#a" * (N // 2),
    "shouting": "AB " * (N // 3),
    "capitalized names": "Dana Smith " * (N // 11),
    "phone-ish digits": "416-" * (N // 4),
    "quotes": '"' * N,
    "street words": "12 Ab St " * (N // 9),
    "date-of-birth bait": "born " * (N // 5),
    "youth bait": "aged 15 " * (N // 8),
    "zero-width joiners": "a\u200d" * (N // 2),
    "combining marks": "e\u0301" * (N // 2),
    "emoji": "😀" * (N // 2),
    "jargon repeated": "Officers attended the scene. " * (N // 29),
    "newlines": "a\n" * (N // 2),
    # each of these took two minutes, or half of one, before their passes read a line or a sentence once a post
    "invitation, then addresses": "Meet at 12 Ab St, " * (N // 18),
    "held at addresses": "held at 12 Ab St " * (N // 17),
    "postal codes on one line": "Winner from M6K 2R6! " * (N // 21),
    "codes in capitals on one line": "Ref QX7 and ZB9. " * (N // 17),
}


def test_model_policy_on_worst_case_posts():
    """Posts shaped to make a tokenizer, a detector or a term table go quadratic: each stays linear.

    What is asserted is growth, not a time limit: four times the text may take at most eight times as
    long (linear work takes four, quadratic sixteen), plus half a second so that noise on a loaded
    machine cannot fail a fast post. A quadratic pass fails this as soon as the full post takes a second.
    """
    check("Warm up.", platform="facebook")  # the model policy is compiled once, not inside a timing
    lines, worst = [], ("", 0.0)
    for name, text in WORST_POSTS.items():
        quarter, full = _best_of_two(text[: N // 4]), _best_of_two(text[:N])
        worst = max(worst, (name, full), key=lambda x: x[1])
        lines.append(f"  {name:<30} {quarter * 1000:8.1f} ms {full * 1000:8.1f} ms  x{full / quarter:4.1f}")
        assert full < 8 * quarter + 0.5, (name, quarter, full)
    report = "hostile posts: a quarter of the text, then 100,000 characters, against the model policy\n"
    report += (
        "\n".join(lines) + f"\n  worst: {worst[0]}, {worst[1]:.2f} s (asserted: full < 8 x quarter + 0.5 s)"
    )
    print(report)
    ARTIFACT.parent.mkdir(exist_ok=True)
    (ARTIFACT.parent / "hostile-posts.txt").write_text(report + "\n", encoding="utf-8")


def _best_of_two(text: str, policy: Policy | None = None) -> float:
    """The faster of two checks of `text`, in seconds: a pause on a busy machine hits one run, rarely both."""
    times = []
    for _ in range(2):
        start = time.perf_counter()
        check(text, platform="facebook", policy=policy)
        times.append(time.perf_counter() - start)
    return min(times)


def test_context_matcher_pattern(tmp_path: Path):
    """A context check's companion may be an RE2 pattern, read on the folded text (accents removed)."""
    path = tmp_path / "p.yaml"
    check_yaml = "{kind: context, trigger: {terms: [foo]}, with_any: [{regex: 'bar \\d+'}], scope: sentence}"
    path.write_text("extends: model\nadd:\n" + rule_yaml("tone.test", check_yaml, bad="foo and bar 12"))
    policy = load_policy(path)
    hits = lambda text: [f.rule for f in check(text, policy=policy).findings if f.rule == "tone.test"]  # noqa: E731
    assert hits("foo and bar 12") == ["tone.test"]
    assert hits("foo and bär 12") == ["tone.test"]  # the folded text
    assert hits("foo and bar. Then bar 12") == []  # another sentence
    assert hits("foo and bar twelve") == []


def test_context_matcher_reads_the_message_answered(tmp_path: Path):
    """A companion with scope 'reply' is read on the post's reply_to (folded), not on its text."""
    path = tmp_path / "p.yaml"
    check_yaml = (
        "{kind: context, trigger: {terms: [foo]}, with_all: [{regex: 'is it b[a-z]+', scope: reply}]}"
    )
    path.write_text("extends: model\nadd:\n" + rule_yaml("tone.test", check_yaml, bad="foo"))
    policy = load_policy(path)

    def hits(text: str, asked: str | None) -> list[str]:
        post = Post(text=text, reply_to=asked)
        return [f.rule for f in check(post, policy=policy).findings if f.rule == "tone.test"]

    assert hits("foo", "Is it Bob?") == ["tone.test"]
    assert hits("foo", "Is it Böb?") == ["tone.test"]  # the folded text
    assert hits("foo", None) == []  # no message answered
    assert hits("foo is it bob", "Who?") == []  # the post's own text is not the message answered
