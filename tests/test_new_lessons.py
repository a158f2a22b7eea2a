"""The assignments of lessons 11 to 16 judge the skill, not the words: run in-process, without nbgrader.

Each source notebook (solutions/) runs cell by cell, as the autograder does (course cells run, answers are
text bound to their variables, test cells run hidden tests included, in strict mode). The model answers
earn every automatic point; untouched answers, keyword salad, answers in the wrong form and answers that
break what the lesson teaches earn none; good answers in other words keep their points. The nbgrader round
trip (generate, autograde, byte-identical exercises) is in test_course.py.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from tpstrain.course import strict

REPO = Path(__file__).resolve().parent.parent
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
NEW = [
    "11-live-incident",
    "12-comments-and-messages",
    "13-two-languages",
    "14-rumours",
    "15-photos-and-consent",
    "16-records-and-security",
]
PLACEHOLDER = "\nWrite your answer here.\n"


def _cells(name: str) -> list[dict]:
    nb = json.loads((REPO / "solutions" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _model(source: str) -> str:
    m = re.search(r"### BEGIN SOLUTION\n(.*?)\n### END SOLUTION", source, re.S)
    assert m, source[:80]
    return "\n" + m.group(1) + "\n"


def grade(name: str, answers: dict[str, str] | None = None, *, blank: bool = False) -> dict[str, str]:
    """{test grade_id: "" when it passes, else what it says} for the given answers (default: the model's)."""
    ns: dict = {}
    out: dict[str, str] = {}
    for cell in _cells(name):
        meta = cell["metadata"]["nbgrader"]
        source = "".join(cell["source"])
        if meta.get("solution"):
            var = source.split(" = ", 1)[0]
            if answers and var in answers:
                ns[var] = answers[var]
            else:
                ns[var] = PLACEHOLDER if blank else _model(source)
            continue
        code = "\n".join(line for line in source.splitlines() if not any(m in line for m in MARKERS))
        try:
            with strict(), contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, meta["grade_id"], "exec"), ns)
            error = ""
        except AssertionError as e:
            error = str(e) or "AssertionError"
        if meta.get("grade"):
            out[meta["grade_id"]] = error
    return out


@pytest.mark.parametrize("name", NEW)
def test_model_answers_pass_every_test(name):
    results = grade(name)
    assert results and not any(results.values()), {k: v for k, v in results.items() if v}


@pytest.mark.parametrize("name", NEW)
def test_untouched_answers_pass_no_test(name):
    results = grade(name, blank=True)
    assert results and all(results.values()), {k: v for k, v in results.items() if not v}


@pytest.mark.parametrize("name", NEW)
def test_every_test_cell_has_hidden_tests_or_a_sealed_key(name):
    for cell in _cells(name):
        meta = cell["metadata"]["nbgrader"]
        if meta.get("grade") and not meta.get("solution"):
            source = "".join(cell["source"])
            assert "BEGIN HIDDEN TESTS" in source or "key=" in source, meta["grade_id"]


# ----- 11: a live incident ------------------------------------------------------------------------------------
SALAD_11 = {
    f"text_{k}": "Kennedy Lawrence Ellesmere gun avoid area shots hurt closed Midland custody reopens 4 p.m. "
    "Corporate Communications reporter name live Mendes search"
    for k in range(1, 8)
}


def test_11_keyword_salad_earns_nothing():
    results = grade("11-live-incident", SALAD_11)
    assert all(results.values()), results
    decisions = {f"decision_{k}": f"{k}: post hold escalate" for k in range(1, 8)}
    assert all(grade("11-live-incident", decisions).values())


@pytest.mark.parametrize(
    ("answers", "test", "passes"),
    [
        (
            {
                "text_1": "Police are at Kennedy Rd and Lawrence Ave E after reports of a man with a gun. Stay away from "
                "the area for now. We will post updates here."
            },
            "i1-test",
            True,
        ),
        (
            {
                "text_1": "Police are at Kennedy Rd and Lawrence Ave E for a man with a gun. The Emergency Task Force is "
                "on the way. Please avoid the area."
            },
            "i1-test",
            False,
        ),  # which teams are coming
        ({"decision_1": "1: hold"}, "i1-test", False),
        (
            {
                "text_2": "We've seen the video going around. No shots were fired at Kennedy and Lawrence, and nobody was "
                "hurt. Officers remain in the area. Please keep avoiding it."
            },
            "i2-test",
            True,
        ),
        ({"text_2": "Two people were shot at Kennedy Rd. Avoid the area."}, "i2-test", False),
        (
            {
                "decision_3": "3: post",
                "text_3": "We cannot confirm the name of the man at Kennedy Rd and Lawrence Ave E. Please do not share "
                "names.",
            },
            "i3-test",
            False,
        ),  # a media request and a name: escalate
        (
            {
                "text_3": "Hi Corp Comms, Metro Desk News DM'd us: they want us to confirm the man's identity and want the "
                "inspector live at 3 p.m. We have said nothing. Over to you."
            },
            "i3-test",
            True,
        ),
        ({"decision_3": "3: escalate to Corporate Communications"}, "i3-test", True),
        (
            {
                "text_4": "CORRECTION: Our earlier post had the wrong location. Police are at Kennedy Rd and Ellesmere "
                "Rd. Please avoid that area."
            },
            "i4-test",
            True,
        ),
        (
            {
                "text_5": "Kennedy Rd is closed both ways from Ellesmere Rd to Lawrence Ave E. Use Midland Ave. Officers "
                "are going in from the back lane soon, so stay inside."
            },
            "i5-test",
            False,
        ),
        (
            {
                "decision_6": "6: post",
                "text_6": "A man is in custody after the police investigation at Kennedy Rd and Ellesmere Rd. Kennedy Rd "
                "remains closed.",
            },
            "i6-test",
            False,
        ),  # the commander asked to hold
        (
            {
                "text_6": "On hold: no arrest post until Insp. Mendes confirms the search for the second man is done."
            },
            "i6-test",
            True,
        ),
        (
            {
                "text_7": "All clear at Kennedy Rd and Ellesmere Rd. One man has been arrested and there is no risk to "
                "the public. Kennedy Rd reopens at 4 p.m. Thanks for your patience."
            },
            "i7-test",
            True,
        ),
        (
            {
                "text_7": "All clear. Kevin Marsh, 34, has been arrested at Kennedy Rd. Kennedy Rd reopens at 4 p.m. "
                "Thanks for staying away."
            },
            "i7-test",
            False,
        ),  # a name before the release
        (
            {
                "text_7": "All clear. We got him! The gunman is in custody and Kennedy Rd reopens at 4 p.m. Thanks for "
                "staying away."
            },
            "i7-test",
            False,
        ),  # guilt words
    ],
)
def test_11_judges_each_decision_and_post(answers, test, passes):
    error = grade("11-live-incident", answers)[test]
    assert (not error) == passes, error


# ----- 12: comments and direct messages -----------------------------------------------------------------------
def test_12_keyword_salad_earns_nothing():
    salad = {
        "actions_1": "A B C D E F G reply leave hide delete block escalate",
        "reply_2": "sorry torontopolice.on.ca/core 416-808-2222",
        "reply_3": "9-1-1 now",
        "problems_4": "clarity, sensitivity, privacy, legal, platform, tone, accessibility, authorization",
    }
    results = grade("12-comments-and-messages", salad)
    assert all(results.values()), results


@pytest.mark.parametrize(
    ("answers", "test", "passes"),
    [
        (
            {"actions_1": "A: leave\nB: reply\nC: hide\nD: escalate\nE: leave\nF: delete\nG: escalate"},
            "q1-test",
            True,
        ),
        (
            {"actions_1": "A: leave\nB: reply\nC: hide\nD: delete\nE: leave\nF: block\nG: escalate"},
            "q1-test",
            False,
        ),
        (
            {"actions_1": "A: reply\nB: reply\nC: hide\nD: escalate\nE: hide\nF: block\nG: reply"},
            "q1-test",
            False,
        ),
        (
            {
                "reply_2": "@dana_r That's awful, sorry. Please report it at torontopolice.on.ca/core so an officer can "
                "follow up."
            },
            "q2-test",
            True,
        ),
        (
            {
                "reply_2": "@dana_r Sorry this happened. Please report it online at torontopolice.on.ca/core or call "
                "416-808-2222. Please don't share personal details here."
            },
            "q2-test",
            True,
        ),
        (
            {
                "reply_2": "@dana_r Sorry this happened. Reply with your address and phone number and we'll report it "
                "for you. Or call 416-808-2222."
            },
            "q2-test",
            False,
        ),
        ({"reply_2": "@dana_r Sorry to hear. What's your address? Call 416-808-2222 too."}, "q2-test", False),
        (
            {
                "reply_2": "@dana_r Sorry, but you should not have left a laptop in your car. Report it at "
                "torontopolice.on.ca/core."
            },
            "q2-test",
            False,
        ),
        (
            {"reply_3": "Call 911 immediately. Stay behind a locked door until police arrive."},
            "q3-test",
            True,
        ),
        (
            {"reply_3": "Please call 416-808-2222 now to report this and we will send someone."},
            "q3-test",
            False,
        ),
        ({"reply_3": "Sorry to hear this. Please call 9-1-1 if he comes back tomorrow."}, "q3-test", False),
        ({"problems_4": "privacy"}, "q4-test", False),
        ({"problems_4": "tone (lol), privacy (asks for an address in public)"}, "q4-test", True),
    ],
)
def test_12_judges_each_answer(answers, test, passes):
    error = grade("12-comments-and-messages", answers)[test]
    assert (not error) == passes, error


# ----- 13: two official languages ------------------------------------------------------------------------------
ENGLISH_2 = (
    "Missing: Lena Okafor, 78. She was last seen Tuesday, Nov 24, at 7:30 p.m. near Jane St and Finch "
    "Ave W. She has short grey hair and a long blue coat. Call 416-808-3100 or 9-1-1. Case 2026-1234567"
)
FRENCH_2 = (
    "Disparue : Lena Okafor, 78 ans. Elle a été vue le mardi 24 novembre à 19 h 30 près de la rue Jane et "
    "de l'avenue Finch Ouest. Elle a les cheveux gris courts et un long manteau bleu. Composez le "
    "416-808-3100 ou le 9-1-1. Dossier 2026-1234567"
)


def test_13_keyword_salad_earns_nothing():
    salad = {
        "law_1": "A B C D E F true false",
        "french_2": "le la de disparue Okafor 78 mardi 24 novembre 19 h 30 rue Jane avenue Finch gris manteau "
        "416-808-3100 9-1-1 2026-1234567",
        "french_3": "rue Dundas Ouest avenue Spadina rue Bathurst 18 h gaz évitez rue College fermée",
    }
    results = grade("13-two-languages", salad)
    assert all(results.values()), results


@pytest.mark.parametrize(
    ("answers", "test", "passes"),
    [
        (
            {
                "french_2": "DISPARUE : Lena Okafor, 78 ans, vue pour la dernière fois le mardi 24 novembre vers 19 h 30. "
                "Elle était près de la rue Jane et de l'avenue Finch Ouest. Cheveux gris courts, long manteau "
                "bleu. Composez le 416-808-3100 ou le 9-1-1. Dossier 2026-1234567"
            },
            "q2-test",
            True,
        ),
        ({"french_2": FRENCH_2.replace("416-808-3100", "416-808-3200")}, "q2-test", False),  # a wrong number
        ({"french_2": FRENCH_2.replace("19 h 30", "17 h 30")}, "q2-test", False),  # a wrong time
        ({"french_2": FRENCH_2.replace("Lena Okafor", "une femme")}, "q2-test", False),  # the name dropped
        ({"french_2": ENGLISH_2}, "q2-test", False),  # not French
        (
            {"french_2": FRENCH_2.replace("Elle a été vue", "Un individu de sexe féminin a été vue")},
            "q2-test",
            False,
        ),
        (
            {
                "french_3": "Route fermée : la rue Dundas Ouest est fermée entre l'avenue Spadina et la rue Bathurst jusqu'à "
                "16 h. Il y a une fuite de gaz. Les véhicules automobiles doivent prendre la rue Queen."
            },
            "q3-test",
            False,
        ),  # the draft itself
        (
            {
                "french_3": "Route fermée : la rue Dundas Ouest est fermée entre l'avenue Spadina et la rue Bathurst jusqu'à "
                "18 h. Il y a une fuite de gaz. Les véhicules automobiles doivent prendre la rue College. Évitez "
                "le secteur."
            },
            "q3-test",
            False,
        ),  # the jargon left in
        (
            {
                "french_3": "Fermeture de la rue Dundas Ouest, entre l'avenue Spadina et la rue Bathurst, jusqu'à 18 h. "
                "Il y a une fuite de gaz. Veuillez éviter le secteur et prendre la rue College."
            },
            "q3-test",
            True,
        ),
        ({"law_1": "A: true\nB: true\nC: true\nD: true\nE: true\nF: true"}, "q1-test", False),
    ],
)
def test_13_judges_each_answer(answers, test, passes):
    error = grade("13-two-languages", answers)[test]
    assert (not error) == passes, error


# ----- 14 to 16: short quizzes -------------------------------------------------------------------------------
QUIZZES = {
    "14-rumours": (
        {"A": "correct", "B": "silent", "C": "hold", "D": "escalate", "E": "correct"},
        {"A": "fine", "B": "change", "C": "fine", "D": "change", "E": "change"},
    ),
    "15-photos-and-consent": (
        {"A": "post", "B": "ask first", "C": "don't post", "D": "ask first", "E": "post", "F": "don't post"},
        {"A": "take down", "B": "take down", "C": "keep", "D": "keep"},
    ),
    "16-records-and-security": (
        {"A": "fine", "B": "never", "C": "never", "D": "fine", "E": "never", "F": "fine"},
        {"A": "do", "B": "don't", "C": "do", "D": "do", "E": "don't", "F": "do"},
    ),
}


def _lines(key: dict[str, str], **change: str) -> str:
    return "\n".join(f"{k}: {change.get(k, v)} - because" for k, v in key.items())


@pytest.mark.parametrize("name", sorted(QUIZZES))
def test_quizzes_judge_every_item(name):
    key_1, key_2 = QUIZZES[name]
    right = grade(name, {"answers_1": _lines(key_1), "answers_2": _lines(key_2)})
    assert not any(right.values()), right  # right answers, with reasons after a dash
    options_1 = sorted(set(key_1.values()))
    salad = " ".join(key_1) + " " + " ".join(options_1)
    assert grade(name, {"answers_1": salad})["q1-test"]  # letters and options strung together
    assert grade(name, {"answers_1": "\n".join(f"{k}: {' '.join(options_1)}" for k in key_1)})["q1-test"]
    for options, key, q, var in (
        (options_1, key_1, "q1-test", "answers_1"),
        (sorted(set(key_2.values())), key_2, "q2-test", "answers_2"),
    ):
        for option in options:  # the same answer for every item
            assert grade(name, {var: "\n".join(f"{k}: {option}" for k in key)})[q]
        item = next(iter(key))  # one item wrong
        wrong = next(o for o in options if o != key[item])
        assert grade(name, {var: _lines(key, **{item: wrong})})[q]
