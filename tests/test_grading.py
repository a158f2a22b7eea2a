"""The course's grading helpers: right answers pass, wrong ones fail with a message a trainee can act on."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tpstrain.course import (
    AnswerError,
    Feedback,
    feedback,
    grade_account,
    grade_choices,
    grade_findings,
    grade_hashtags,
    grade_policy,
    grade_rewrite,
    grade_urgent_post,
)
from tpstrain.course.grading import find_fact

ORIGINAL = (
    "MVC at Dufferin/Eglinton. Officers attended the scene and the male driver was conveyed to hospital. "
    "NB lanes closed. Anyone w/ info contact 416-808-2222 re: occurrence 2026-1234567."
)
KEEP = {"place": ["Dufferin", "Eglinton"], "number to call": "416-808-2222", "case number": "2026-1234567"}
GOOD = (
    "Police are at a crash at Dufferin St and Eglinton Ave W. One driver was taken to hospital. "
    "Lanes going north are closed. If you saw the crash, please call 416-808-2222. Case 2026-1234567."
)


def fails(fn, *args, **kwargs) -> str:
    """The message of the AnswerError ``fn`` raises (and it must raise one)."""
    with pytest.raises(AnswerError) as info:
        fn(*args, **kwargs)
    msg = str(info.value)
    assert msg.strip() and isinstance(info.value, AssertionError)
    return msg


# ----- rewrites ----------------------------------------------------------------------------------------
def test_good_rewrite_passes():
    assert grade_rewrite(GOOD, keep=KEEP, platform="x", original=ORIGINAL) is None


@pytest.mark.parametrize(
    "answer", ["", "   \n\t ", '"""', "Write your answer here.", "\nWrite your post here.\n"]
)
def test_deleting_everything_does_not_score(answer):
    msg = fails(grade_rewrite, answer, keep=KEEP)
    assert "empty" in msg or "not written" in msg or "Missing" in msg


@pytest.mark.parametrize("answer", [None, 42, ["Police are at a crash."]])
def test_answers_that_are_not_text(answer):
    if isinstance(answer, list):  # a list of lines is read as text
        fails(grade_rewrite, answer, keep=KEEP)
    else:
        msg = fails(grade_rewrite, answer, keep=KEEP)
        assert "text" in msg or "no post" in msg


def test_gutted_answer_names_the_missing_facts():
    msg = fails(grade_rewrite, "Police are at a crash. Please avoid the area.", keep=KEEP)
    for fact in ("Dufferin", "Eglinton", "416-808-2222", "2026-1234567", "case number", "place"):
        assert fact in msg
    assert "Missing" in msg


def test_a_clean_post_without_the_facts_fails_even_with_a_perfect_policy_verdict():
    msg = fails(grade_rewrite, "Thank you.", keep=["Dufferin", "416-808-2222"])
    assert "Dufferin" in msg and "416-808-2222" in msg


def test_policy_failure_names_rule_words_and_fix():
    msg = fails(grade_rewrite, GOOD.replace("a crash", "an MVC"), keep=KEEP)
    assert "clarity.jargon" in msg and '"MVC"' in msg and "How to fix" in msg and "crash" in msg


def test_private_number_blocks():
    msg = fails(grade_rewrite, GOOD + " Or text me at 416-555-0187.", keep=KEEP)
    assert "privacy.phone" in msg and "416-555-0187" in msg


def test_unchanged_original_fails():
    assert "original" in fails(grade_rewrite, ORIGINAL, keep=KEEP, original=ORIGINAL)


def test_avoid_words_are_quoted_with_advice():
    msg = fails(
        grade_rewrite,
        "Officers helped a homeless man near Jane St.",
        keep=["Jane"],
        avoid={"homeless man": "Write 'a man experiencing homelessness'."},
    )
    assert '"homeless man"' in msg and "experiencing homelessness" in msg


def test_solution_markers_are_ignored():
    grade_rewrite("### BEGIN SOLUTION\n" + GOOD + "\n### END SOLUTION", keep=KEEP)


def test_platform_limit():
    long = GOOD + " " + " ".join(["Please drive with care and expect delays near the area."] * 4)
    msg = fails(grade_rewrite, long, keep=KEEP, platform="x")
    assert "platform.length" in msg
    grade_rewrite(long, keep=KEEP, platform="facebook")


# ----- matching key facts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Call (416) 808-2222.", "416-808-2222"),
        ("Call 416 808 2222.", "416-808-2222"),
        ("Call 416.808.2222 now", "416-808-2222"),
        ("call or text 988", "9-8-8"),
        ("Case 2026‑1234567", "2026-1234567"),  # a non-breaking hyphen
        ("at Queen St. W and Bathurst", "Queen St W"),
        ("QUEEN STREET WEST", "Queen St W|Queen Street West"),
        ("around 11 pm", "11 p.m."),
        ("at 11pm", "11 p.m."),
        ("two officers smiled", "officer"),
        ("people with water guns", "water gun"),
        ("She’s 5’4", "5'4"),
    ],
)
def test_facts_are_found_in_any_reasonable_spelling(text, fact):
    assert find_fact(text, fact)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Case 2026-12345678", "2026-1234567"),
        ("Call 1416-808-22221", "416-808-2222"),
        ("Janet Smith", "Jane"),
        ("a finchley road", "Finch"),
    ],
)
def test_facts_do_not_match_other_words_or_numbers(text, fact):
    assert not find_fact(text, fact)


# ----- find the problems ---------------------------------------------------------------------------------
POST = (
    "At approx. 0300 hrs officers attended the scene of an MVC at Dufferin/Eglinton. The male driver was "
    "conveyed to hospital. Witnesses can call PC Costa at 416-555-0123."
)


@pytest.mark.parametrize(
    "answer",
    [
        "clarity, privacy",
        "Privacy; Clarity.",
        "clarity and privacy",
        "privacy.phone, clarity.jargon",
        "- clarity\n- privacy",
    ],
)
def test_findings_right(answer):
    grade_findings(answer, POST, expect=["clarity", "privacy"])
    grade_findings(answer, POST)  # the policy's own categories


def test_findings_missing_one_names_it_after_grading():
    msg = fails(grade_findings, "clarity", POST, expect=["clarity", "privacy"])
    assert "privacy.phone" in msg and "416-555-0123" in msg


def test_findings_wrong_pick_and_unknown_words():
    msg = fails(grade_findings, "clarity, privacy, tone, jargon", POST)
    assert "no tone problem" in msg and '"jargon" is not a category' in msg


def test_findings_expect_empty_only_checks_the_picks():
    grade_findings("clarity", POST, expect=[])
    fails(grade_findings, "legal", POST, expect=[])
    fails(grade_findings, "", POST, expect=[])


def test_findings_expect_may_name_what_the_policy_does_not_see_yet():
    # the answer key is the instructor's: a category in expect counts even before a rule for it exists
    grade_findings("clarity, privacy, legal", POST, expect=["clarity", "privacy", "legal"])


def test_feedback_on_findings_does_not_reveal_the_missing_one():
    fb = feedback("clarity", post=POST)
    assert not fb.passed
    text = fb.text() + fb._repr_html_()
    assert "1 of the 2" in text and "privacy" not in text and "416-555-0123" not in text


# ----- choose the account and author -------------------------------------------------------------------
def _staff(sid, name, unit, expires="2027-09-15"):
    return {
        "id": sid,
        "name": name,
        "unit": unit,
        "training": [{"module": "social-media-basics", "completed_on": "2024-09-15", "expires_on": expires}],
    }


CASE = {
    "post": "Join 52 Division officers for a community barbecue on Saturday at Grange Park.",
    "date": "2026-06-08",
    "accounts": [
        {
            "handle": "TorontoPolice",
            "kind": "corporate",
            "unit": "corporate-communications",
            "authorized": ["c1"],
        },
        {"handle": "TPS52Div", "kind": "unit", "unit": "52-division"},
        {"handle": "TPS14Div", "kind": "unit", "unit": "14-division"},
        {"handle": "AnaCostaRuns", "kind": "personal"},
    ],
    "staff": [
        _staff("s1", "PC Ana Costa", "52-division"),
        _staff("s2", "Sgt. Dev Patel", "52-division", "2025-04-01"),
        _staff("s3", "PC Sam Rivera", "14-division"),
        _staff("c1", "Jordan Lee", "corporate-communications"),
    ],
}


@pytest.mark.parametrize(
    "choice", ["Account: @TPS52Div\nAuthor: PC Ana Costa", "tps52div, ana costa", "@TPS52Div by Costa"]
)
def test_account_right(choice):
    grade_account(choice, CASE, accept=["TPS52Div"], accept_authors=["PC Ana Costa"])


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("@AnaCostaRuns, PC Ana Costa", "personal"),
        ("@TPS52Div, Sgt. Dev Patel", "expired"),
        ("@TPS52Div, PC Sam Rivera", "not authorized"),
        ("@TPS52Div", "Name the author"),
        ("@TPS52Div and @TPS14Div, Ana Costa", "Choose one account"),
        ("the division account, Ana Costa", "Name one of the accounts"),
    ],
)
def test_account_wrong(choice, expected):
    assert expected in fails(grade_account, choice, CASE)


def test_account_allowed_but_not_best_explains_why():
    grade_account("@TorontoPolice, Jordan Lee", CASE)  # the policy allows it
    msg = fails(
        grade_account,
        "@TorontoPolice, Jordan Lee",
        CASE,
        accept=["TPS52Div"],
        why="A neighbourhood event goes on the division's account.",
    )
    assert "not the best account" in msg and "neighbourhood" in msg


# ----- urgent posts ------------------------------------------------------------------------------------------
CASE_FILE = {
    "what": "missing",
    "where": ["Jane", "Finch"],
    "when": "Tuesday|Nov 24",
    "description": ["78", "blue coat"],
    "action": "416-808-3100",
    "case": "2026-1234567",
    "avoid": {"dementia": "Leave out medical details."},
}
URGENT = (
    "Missing: Lena Okafor, 78. She was last seen on Tuesday near Jane St and Finch Ave W, wearing a long blue "
    "coat. Call 416-808-3100 or 9-1-1 if you see her. Case 2026-1234567"
)


def test_urgent_right():
    grade_urgent_post(URGENT, CASE_FILE)


def test_urgent_missing_parts_are_named():
    msg = fails(grade_urgent_post, "Missing: Lena Okafor. She has dementia. Call 416-808-3100.", CASE_FILE)
    for part in ("where", "when", "a description", "the case number", '"dementia"', "medical"):
        assert part in msg


# ----- policies ---------------------------------------------------------------------------------------------
CATCH = ["If you found a grey wallet, call the owner at 416-555-0142."]
PASS = ["Power out on your street? 416-542-8000."]


def test_policy_right():
    grade_policy("extends: model\nsettings:\n  official_phones: [416-542-8000]\n", CATCH, PASS)


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("extends: model\n", "should let"),
        ("extends: model\nsettings:\n\tofficial_phones: []", "not valid YAML on line 3"),
        ("extends: model\nsettings:\n  official_phones: 416-542-8000", "settings.official_phones"),
        ("extends: model\nrules:\n  clarity.jargn: {level: error}", "clarity.jargn"),
        ("settings: {official_phones: [416-542-8000]}", "extends: model"),
        ("extends: model\ndisable: [privacy.phone]\n", "should catch"),
        ("just words", "field: value"),
    ],
)
def test_policy_wrong(yaml_text, expected):
    assert expected in fails(grade_policy, yaml_text, CATCH, PASS)


def test_policy_level_and_rule_in_must_catch():
    want = [{"text": "Officers attended an MVC at Dufferin St.", "rule": "clarity.jargon", "level": "error"}]
    grade_policy("extends: model\nrules:\n  clarity.jargon: {level: error}\n", want)
    assert "at error level" in fails(grade_policy, "extends: model\n", want)


NEW_RULE = """
extends: model
add:
  - id: clarity.old-name
    title: The service's current name
    category: clarity
    level: warning
    values: [Reliability]
    rationale: The old name confuses readers today.
    source: Style guide
    message: "Write {suggestion}, not '{match}'."
    fix: Use the current name.
    check:
      kind: terms
      terms:
        - match: [Metro Police]
          suggest: [Toronto Police Service]
    examples:
      bad: [BAD]
      good: [GOOD]
"""


def test_policy_new_rule_examples_must_prove_it():
    ok = NEW_RULE.replace("BAD", "Metro Police officers will be there.").replace(
        "GOOD", "Officers will be there."
    )
    grade_policy(ok, [{"text": "Metro Police will be there.", "rule": "clarity.old-name"}])
    bad = NEW_RULE.replace("BAD", "Officers will be there.").replace("GOOD", "Metro Police will be there.")
    msg = fails(grade_policy, bad)
    assert "does not raise your rule" in msg and "raises your rule" in msg and "clarity.old-name" in msg


# ----- hashtags and choices -----------------------------------------------------------------------------------
def test_hashtags():
    grade_hashtags("Wear pink! #DayOfPink #StopBullying", ["#DayOfPink", "#StopBullying"])
    msg = fails(grade_hashtags, "#dayofpink", ["#DayOfPink", "#StopBullying"])
    assert "#DayOfPink" in msg and "capital" in msg and "Missing hashtag #StopBullying" in msg
    assert "at most 1" in fails(grade_hashtags, "#DayOfPink #Pink", ["#DayOfPink"], max_tags=1)


def test_choices():
    key = {"A": "Respect", "B": ["Honesty", "Reliability"]}
    grade_choices("A: respect\nB) Reliability", key)
    assert "B:" in fails(grade_choices, "A: Respect\nB: Respect", key, why={"B": "Saying so is Honesty."})
    assert "No answer for B" in fails(grade_choices, "A: Respect", items=["A", "B"])
    assert "not one of the choices" in fails(
        grade_choices, "A: maybe\nB: no", items=["A", "B"], options=["yes", "no"]
    )


# ----- feedback -------------------------------------------------------------------------------------------------
def test_feedback_passes_and_fails_with_html_and_text():
    good = feedback(GOOD, keep=KEEP)
    assert isinstance(good, Feedback) and good.passed and bool(good)
    assert "Looks ready" in repr(good) and "more checks" in good.text()
    bad = feedback(GOOD.replace("a crash", "an MVC").replace("2026-1234567", ""), keep=KEEP)
    assert not bad.passed
    html = bad._repr_html_()
    assert "clarity.jargon" in html and "<mark" in html and "2026-1234567" in html and "How to fix" in html
    assert "Not yet: 2 things to fix." in str(bad)


def test_feedback_never_raises():
    for call in (
        lambda: feedback(""),
        lambda: feedback(None),
        lambda: feedback("x", case={}),
        lambda: feedback(":::", must_catch=[]),
        lambda: feedback("A", items=["A"]),
    ):
        assert not call().passed


def test_feedback_covers_every_kind_of_exercise():
    assert feedback("clarity, privacy", post=POST).passed
    assert feedback("@TPS52Div, PC Ana Costa", case=CASE).passed
    assert feedback(URGENT, case_file=CASE_FILE).passed
    assert feedback(
        "extends: model\nsettings:\n  official_phones: [416-542-8000]", must_catch=CATCH, must_pass=PASS
    ).passed
    assert feedback("A: yes", items=["A"], options=["yes", "no"]).passed
    assert not feedback("#dayofpink party", hashtags=["#DayOfPink"]).passed


def test_grading_writes_nothing_to_stderr(capfd):
    # nbgrader gives 0 to a test cell that writes to stderr, even when it passes
    grade_rewrite(GOOD, keep=KEEP)
    grade_policy("extends: model\n", [], [])
    with pytest.raises(AnswerError):
        grade_rewrite("", keep=KEEP)
    assert capfd.readouterr().err == ""


def test_course_package_imports_no_notebook_stack():
    code = (
        "import sys, tpstrain.course; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('nbgrader', 'ipywidgets', 'jupyter_client', 'jupyter_core', 'notebook', 'jupyterlab', 'IPython')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_policy_answer_alias_flood_is_refused_quickly():
    """A trainee's policy answer goes through the library's YAML guards: no "billion laughs" hang."""
    from tpstrain.course.grading import _policy_problems

    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    problems, policy = _policy_problems("\n".join(lines), [], [], "x")
    assert policy is None and "expands to more than" in problems[0].message
