"""The assignments of lessons 11 to 16 judge the skill, not the words: run in-process, without nbgrader.

Each source notebook (solutions/) runs cell by cell, as the autograder does (course cells run, answers are
text bound to their variables, test cells run hidden tests included, in strict mode). The model answers
earn every automatic point; untouched answers, keyword salad, answers in the wrong form and answers that
break what the lesson teaches earn none; good answers in other words keep their points. The nbgrader round
trip (generate, autograde, byte-identical exercises) is in test_course.py.
"""

from __future__ import annotations

import ast
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


# ----- 14 to 16: a written answer that judges the skill ---------------------------------------------------------
# Question 3 of each asks for a post: a correction that never repeats the rumour as fact (14), a caption that
# identifies no one who has not agreed (15), the warning about a fake account (16).
WRITTEN = {
    "14-rumours": "correction_3",
    "15-photos-and-consent": "caption_3",
    "16-records-and-security": "warning_3",
}


def ask(name: str, answer: str) -> tuple[str, object]:
    """(what question 3's test says, "" when it passes; the feedback the answer cell shows) for ``answer``."""
    var = WRITTEN[name]
    ns: dict = {}
    shown = None
    for cell in _cells(name):
        meta = cell["metadata"]["nbgrader"]
        source = "".join(cell["source"])
        if meta.get("solution"):
            if source.startswith(f"{var} = "):
                ns[var] = answer
                with contextlib.redirect_stdout(io.StringIO()):
                    shown = eval(compile(source.split('"""\n', 2)[-1], "feedback", "eval"), ns)
            continue
        if meta.get("grade") and meta["grade_id"] != "q3-test":
            continue
        code = "\n".join(line for line in source.splitlines() if not any(m in line for m in MARKERS))
        try:
            with strict(), contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, meta["grade_id"], "exec"), ns)
        except AssertionError as e:
            return str(e) or "AssertionError", shown
    return "", shown


WRITTEN_ANSWERS = [
    # 14: the correction
    (
        "14-rumours",
        "There was no bomb at Union Station. Officers checked a suitcase a traveller forgot, and it was safe. "
        "No one was evacuated. The station is open and trains are running. Questions? Call 416-808-2222.",
        True,
    ),
    (
        "14-rumours",
        "Union Station is open. A suitcase left there this morning was checked by officers and was harmless. "
        "Posts saying there was a bomb are false. If you have questions, please call 416-808-2222.",
        True,
    ),
    (
        "14-rumours",
        "Update on Union Station: the station is open and it is safe to travel. Officers checked a forgotten "
        "suitcase at 8:10 a.m. It held nothing dangerous. For questions, call 416-808-2222.",
        True,
    ),
    (
        "14-rumours",
        "A bomb was found at Union Station this morning. The station is open and safe now. Questions? Call "
        "416-808-2222.",
        False,
    ),  # the claim told as fact
    (
        "14-rumours",
        "Union Station is safe and open. Call 416-808-2222. There was a bomb but it was removed.",
        False,
    ),
    (
        "14-rumours",
        "People are saying there was a bomb at Union Station and everyone was evacuated. That is not true. The "
        "station is open and safe. Call 416-808-2222.",
        False,
    ),  # leads with the claim, passed on without a denial
    (
        "14-rumours",
        "There was no bomb at Union Station. No bomb was found. Officers found no explosives. The station is "
        "open and safe. Call 416-808-2222.",
        False,
    ),  # the claim three times
    (
        "14-rumours",
        "There was no bomb at Union Station. The suitcase probably belonged to a tourist. The station is open "
        "and safe. Questions? Call 416-808-2222.",
        False,
    ),  # a guess
    (
        "14-rumours",
        "Stop spreading fake news. There was no bomb at Union Station. It is open and safe. Call 416-808-2222 "
        "with questions.",
        False,
    ),  # scorn for the people who shared it
    (
        "14-rumours",
        "FAKE!! There is NO BOMB at Union Station. It is open and safe. Call 416-808-2222.",
        False,
    ),
    ("14-rumours", "There was no bomb at Union Station. Thank you.", False),  # the facts dropped
    # 15: the caption
    (
        "15-photos-and-consent",
        "Cst. Amir Haddad helps a young rider with her helmet at our Bike Safety Day in Dufferin Grove Park on "
        "Saturday. Thanks to all the families who came!",
        True,
    ),
    (
        "15-photos-and-consent",
        "Bike Safety Day at Dufferin Grove Park on Saturday: Cst. Haddad shows a young cyclist how a helmet "
        "should fit. Wear yours on every ride.",
        True,
    ),
    (
        "15-photos-and-consent",
        "Cst. Amir Haddad fits a helmet for Sophie at our Bike Safety Day in Dufferin Grove Park on Saturday!",
        False,
    ),  # her first name
    (
        "15-photos-and-consent",
        "Cst. Amir Haddad fits a helmet for S. Tremblay at our Bike Safety Day in Dufferin Grove Park on Saturday.",
        False,
    ),
    (
        "15-photos-and-consent",
        "Cst. Amir Haddad fits a helmet for a Dovercourt Public School student at our Bike Safety Day in "
        "Dufferin Grove Park on Saturday.",
        False,
    ),  # her school
    (
        "15-photos-and-consent",
        "Cst. Haddad fits a helmet for a Grade 4 rider at our Bike Safety Day in Dufferin Grove Park on Saturday.",
        False,
    ),
    (
        "15-photos-and-consent",
        "Cst. Amir Haddad fits a helmet for a young rider at our Bike Safety Day in Dufferin Grove Park on "
        "Saturday. Her mom says she'll ride every day now.",
        False,
    ),  # her family
    (
        "15-photos-and-consent",
        "A young rider gets a helmet fitted at our Bike Safety Day in Dufferin Grove Park on Saturday.",
        False,
    ),  # the officer, who agreed, dropped
    # 16: the warning
    (
        "16-records-and-security",
        "Heads up: @TPS52Div_Help is a fake account. It is not run by us. Don't click its links and don't send "
        "it money. We never charge a fee to return stolen property. Our real 52 Division account is @TPS52Div.",
        True,
    ),
    (
        "16-records-and-security",
        "A fake account is pretending to be 52 Division and asking for a fee to return stolen bikes. Please "
        "ignore it and do not click its links. We never ask for money to return property. Follow our real "
        "account, @TPS52Div.",
        True,
    ),
    (
        "16-records-and-security",
        "A fake account is spoofing 52 Division in a phishing scam with malicious links. Do not click them. We "
        "never charge a fee. The real account is @TPS52Div.",
        False,
    ),  # jargon
    (
        "16-records-and-security",
        "Anyone who fell for the fake 52 Division account should be more careful. Do not click its links. We "
        "never charge a fee. Our real account is @TPS52Div.",
        False,
    ),  # blame
    (
        "16-records-and-security",
        "A fake account is pretending to be 52 Division. Do not click its links or send money. We never charge "
        "a fee to return property. Our real account is @TPS52Div_Help.",
        False,
    ),  # the fake handle given as the real one
    (
        "16-records-and-security",
        "A fake account is pretending to be 52 Division. Do not click its links or send money. Our real "
        "account is @TPS52Div.",
        False,
    ),  # nothing on what the service never asks for
    (
        "16-records-and-security",
        "LOL someone made a fake 52 Division account. Don't click its links. We never charge a fee. Real "
        "account: @TPS52Div.",
        False,
    ),
]


@pytest.mark.parametrize(("name", "answer", "passes"), WRITTEN_ANSWERS)
def test_written_answers_are_judged_and_the_feedback_agrees(name, answer, passes):
    error, shown = ask(name, answer)
    assert (not error) == passes, error
    # the visible check never passes what the grader fails, nor fails what it passes
    assert bool(shown) == passes, shown


# the bold key facts of each prompt strung together, and the same facts stuffed beside a sentence
WRITTEN_SALADS = {
    "14-rumours": [
        "Union Station safe open 416-808-2222 no bomb nothing dangerous",
        "There was no bomb today. Union Station safe open 416-808-2222.",
    ],
    "15-photos-and-consent": [
        "Cst. Haddad Bike Safety Day Dufferin Grove Park Saturday",
        "What a great day. Haddad Bike Safety Day Dufferin Grove Saturday.",
    ],
    "16-records-and-security": [
        "fake account @TPS52Div don't click links never charge fee",
        "Please be careful online. Fake @TPS52Div don't click never charge.",
    ],
}


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_written_keyword_salad_and_copies_earn_nothing(name):
    for salad in WRITTEN_SALADS[name]:
        error, shown = ask(name, salad)
        assert error and not shown, salad
    salad = WRITTEN_SALADS[name][0]
    everything = {"answers_1": salad, "answers_2": salad, WRITTEN[name]: salad}
    assert all(grade(name, everything).values())  # the whole notebook: nothing
    draft = next(
        re.search(r'(?:RUMOUR|DRAFT)_3 = """(.*?)"""', "".join(c["source"]), re.S)
        for c in _cells(name)
        if c["metadata"]["nbgrader"]["grade_id"] == "q3-post"
    )
    if draft:  # the false post, or the draft, handed back
        assert ask(name, draft.group(1))[0]


def _release_cells(name: str) -> list[dict]:
    nb = json.loads((REPO / "exercises" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
    return nb["cells"]


@pytest.mark.parametrize("name", NEW)
def test_a_trainee_completes_it_with_text_only(name):
    """In the trainee's notebook (exercises/), every answer is typed over the placeholder, between triple quotes
    or in a markdown cell: typing the model answers' text and running the cells top to bottom passes every check
    the trainee can see, with 'Looks ready' or the quiz's note, and the grader's hidden tests give full marks."""
    models = {
        "".join(c["source"]).split(" = ", 1)[0]: _model("".join(c["source"])).strip("\n")
        for c in _cells(name)
        if c["metadata"]["nbgrader"].get("solution")
    }
    ns: dict = {}
    typed: dict[str, str] = {}
    for cell in _release_cells(name):
        meta = cell["metadata"].get("nbgrader", {})
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            if meta.get("solution"):  # a written reflection: plain text in a markdown cell
                assert source.strip() == "Write your answer here.", source
            continue
        if meta.get("solution"):
            var = source.split(" = ", 1)[0]
            head = f'{var} = """\nWrite your answer here.\n"""\n'
            assert source.startswith(head), source  # the trainee types over the placeholder, and nothing else
            call = ast.parse(source[len(head) :], mode="eval").body  # then one call that shows the feedback
            assert isinstance(call, ast.Call) and ast.unparse(call.args[0]) == var, source
            typed[var] = "\n" + models[var] + "\n"
            source = source.replace("Write your answer here.", models[var], 1)
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(source.rsplit('"""\n', 1)[0] + '"""', var, "exec"), ns)
                shown = eval(compile(source.rsplit('"""\n', 1)[1], "feedback", "eval"), ns)
            assert shown, f"{var}: {shown}"
            continue
        with strict(), contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, meta.get("grade_id", "cell"), "exec"), ns)  # visible tests pass
    results = grade(name, typed)
    assert results and not any(results.values()), {k: v for k, v in results.items() if v}
