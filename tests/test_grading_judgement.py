"""The graders judge the answer, not its keywords (issue 12).

Every answer here runs through the course's own cells (solutions/: setup, data, the answer's feedback line,
the question's test cell with its hidden tests), as the autograder does: the answers of the issue's table and
keyword salads earn nothing, good answers in other words keep their points, and the visible feedback never
says "Looks ready" for an answer the test fails.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from tpstrain import load_policy
from tpstrain.course import AnswerError, feedback, grade_choices, grade_findings, grade_rewrite
from tpstrain.course.facts import find_fact
from tpstrain.course.families import FAMILIES, family_matches
from tpstrain.course.keys import Key, seal
from tpstrain.course.prose import form_problems, read_prose

REPO = Path(__file__).resolve().parent.parent


# ----- running a question of the course ----------------------------------------------------------------------
def _cells(assignment: str) -> list[dict]:
    nb = json.loads((REPO / "solutions" / assignment / f"{assignment}.ipynb").read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _src(cell: dict) -> str:
    return "".join(cell["source"])


def ask(assignment: str, question: str, answer: str):
    """(earns the points, the visible feedback) for ``answer`` to ``question`` of ``assignment``."""
    ns: dict = {}
    answer_cell = test = None
    for cell in _cells(assignment):
        meta = cell["metadata"].get("nbgrader", {})
        gid = meta.get("grade_id", "")
        if gid == f"{question}-answer":
            answer_cell = _src(cell)
        elif gid == f"{question}-test":
            test = _src(cell)
            break
        elif not meta.get("solution") and not meta.get("grade"):
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(_src(cell), gid, "exec"), ns)
    assert answer_cell and test, (assignment, question)
    variable = answer_cell.split(" = ", 1)[0]
    ns[variable] = answer
    shown = eval(compile(answer_cell.split('"""\n', 2)[-1], "feedback", "eval"), ns)
    try:
        exec(compile(test, f"{question}-test", "exec"), ns)
    except AnswerError:
        return False, shown
    return True, shown


def assert_no_points(assignment: str, question: str, answer: str) -> str:
    earns, shown = ask(assignment, question, answer)
    assert not earns, f"{assignment} {question} gives points to {answer!r}"
    assert not (shown.passed and shown.title.startswith("Looks ready")), "the visible check says Looks ready"
    return shown.text()


# ----- the issue's table: each earned every point before ------------------------------------------------------
TABLE = [
    ("05-sensitivity", "q2", "Jane Finch hospital 9-8-8"),
    ("07-platforms-accessibility", "q2", "officer dog girl"),
    ("03-core-values", "q2", "Don Valley Parkway arrested dangerous driving."),
    (
        "08-urgent-posts",
        "q1",
        "Missing: Lena Okafor, 78, who has Alzheimer's and may be confused. She was last seen on "
        "Tuesday, Nov 24, at 7:30 p.m. near Jane St and Finch Ave W. She has short grey hair and "
        "wore a long blue coat. Call 416-808-3100 or 9-1-1 if you see her. Case 2026-1234567",
    ),
    (
        "08-urgent-posts",
        "q2",
        "Update: Lena Okafor has been found safe sleeping in a bus shelter on Keele St. Thank you "
        "to everyone who shared our appeal.",
    ),
    (
        "09-engagement-campaigns",
        "q2",
        "I'm sorry your car was broken into. Reply with your address and plate number "
        "and an officer will follow up, or report it at torontopolice.on.ca/core.",
    ),
    (
        "06-privacy-and-law",
        "q2",
        "A 34-year-old man who works at the Eaton Centre Foot Locker has been charged with "
        "robbery after a store near Yonge St and Dundas St was robbed on May 3.",
    ),
    ("02-accounts", "q1", "Account: @TorontoPolice\nAuthor: Jordan Lee"),
]


@pytest.mark.parametrize(("assignment", "question", "answer"), TABLE)
def test_the_issue_table_answers_earn_nothing(assignment, question, answer):
    assert_no_points(assignment, question, answer)


# the bold key facts of each prompt, strung together
SALADS = [
    ("02-accounts", "q3", "Grange Park June 13 noon 416-808-5200"),
    ("03-core-values", "q3", "water guns Queen St W Bathurst St no one was hurt"),
    ("04-clear-language", "q2", "Dufferin Eglinton 416-808-2222 2026-1234567"),
    ("04-clear-language", "q3", "Saturday 10 a.m. 40 College St"),
    ("05-sensitivity", "q3", "Queen St E Sherbourne St Sunday 11 p.m. 416-808-5100"),
    ("06-privacy-and-law", "q2", "charged robbery Yonge St Dundas St May 3"),
    ("07-platforms-accessibility", "q1", "Lake Shore Blvd W Jameson Ave Ellis Ave Gardiner"),
    ("07-platforms-accessibility", "q3", "#DayOfPink #TorontoPolice #StopBullying"),
    (
        "08-urgent-posts",
        "q1",
        "missing Lena Okafor 78 Jane Finch Tuesday 7:30 p.m. grey hair blue coat 416-808-3100 "
        "9-1-1 2026-1234567",
    ),
    ("08-urgent-posts", "q2", "Okafor found located thank you share"),
    ("08-urgent-posts", "q3", "gas leak closed Bloor Spadina Bathurst avoid College"),
    ("09-engagement-campaigns", "q1", "April 8 wear pink bullying #DayOfPink"),
    ("09-engagement-campaigns", "q2", "sorry torontopolice.on.ca/core 416-808-2222 thank you"),
    # facts stuffed beside a sentence, or a sentence that says nothing
    ("05-sensitivity", "q2", "Officers helped a person in crisis today. Jane Finch hospital 9-8-8."),
    (
        "03-core-values",
        "q2",
        "We respect everyone, even people arrested for dangerous driving on the Don Valley Parkway.",
    ),
    # not a post
    ("04-clear-language", "q3", 'rewrite_3 = "Saturday, 10 a.m., 40 College St"'),
    (
        "09-engagement-campaigns",
        "q2",
        "I would write a calm reply that says sorry and gives 416-808-2222 and torontopolice.on.ca/core.",
    ),
]


@pytest.mark.parametrize(("assignment", "question", "answer"), SALADS)
def test_keyword_salad_and_non_posts_earn_nothing(assignment, question, answer):
    assert_no_points(assignment, question, answer)


FORBIDDEN = [
    (
        "08-urgent-posts",
        "q2",
        "Lena Okafor has been located. She was disoriented but is now safe. Thanks for sharing.",
    ),
    (
        "08-urgent-posts",
        "q2",
        "Update: Lena Okafor was found safe by a TTC driver. Thank you for sharing our appeal.",
    ),
    (
        "08-urgent-posts",
        "q2",
        "Lena Okafor was found safe at her daughter's home. Thank you to everyone who shared.",
    ),
    (
        "08-urgent-posts",
        "q1",
        "Missing: Lena Okafor, 78. She has memory loss. She was last seen on Tuesday, Nov 24, at "
        "7:30 p.m. near Jane St and Finch Ave W. She has short grey hair and wore a long blue "
        "coat. Call 416-808-3100 or 9-1-1. Case 2026-1234567",
    ),
    (
        "09-engagement-campaigns",
        "q2",
        "Sorry to hear that. Please send us your licence plate and phone number in the "
        "comments. You can also report it at torontopolice.on.ca/core.",
    ),
    (
        "06-privacy-and-law",
        "q2",
        "A 34-year-old man, a student at Ryerson University, has been charged with robbery "
        "at a store near Yonge St and Dundas St on May 3.",
    ),
    (
        "06-privacy-and-law",
        "q2",
        "The thief who robbed a store near Yonge St and Dundas St on May 3 has been charged with robbery.",
    ),
    (
        "05-sensitivity",
        "q2",
        "Officers helped a man who suffers from schizophrenia near Jane St and Finch Ave W. He "
        "was taken to hospital. Call or text 9-8-8 for support.",
    ),
    (
        "03-core-values",
        "q2",
        "LOL, a driver was arrested on the Don Valley Parkway last night for dangerous driving. "
        "Good luck with bail!",
    ),
    (
        "07-platforms-accessibility",
        "q2",
        "Image of two officers in yellow jackets handing a small brown dog to a girl.",
    ),
]


@pytest.mark.parametrize(("assignment", "question", "answer"), FORBIDDEN)
def test_what_the_lessons_say_to_leave_out_costs_the_points(assignment, question, answer):
    assert_no_points(assignment, question, answer)


# ----- good answers in other words keep their points ----------------------------------------------------------
GOOD = [
    ("02-accounts", "q1", "@TPS52Div, written by PC Ana Costa"),
    (
        "02-accounts",
        "q2",
        "Account: @TrafficServices\nAuthor: PC Priya Raman (S/Sgt. Benoit's training has expired)",
    ),
    (
        "02-accounts",
        "q3",
        "Join us for a community barbecue in Grange Park on Saturday, 13 June, at noon. "
        "Questions? Call the 52 Division front desk at 416-808-5200.",
    ),
    ("03-core-values", "q1", "A: Fairness\nB: Reliability\nC: Fairness and Integrity\nD: Teamwork"),
    ("03-core-values", "q1", "A: Respect, B: Honesty, C: Integrity, D: Teamwork"),
    (
        "03-core-values",
        "q2",
        "Officers arrested a driver on the Don Valley Pkwy last night. He is charged with dangerous driving.",
    ),
    (
        "03-core-values",
        "q3",
        "Correction: the call at Queen Street West and Bathurst Street was about water pistols. "
        "Nobody was hurt. Thank you for your patience.",
    ),
    ("04-clear-language", "q1", "clarity, privacy, accessibility (the slash in Dufferin/Eglinton)"),
    ("04-clear-language", "q1", "Privacy and clarity."),
    (
        "04-clear-language",
        "q2",
        "Northbound lanes are closed at Dufferin St and Eglinton Ave W after a crash. A driver "
        "went to hospital. Did you see it? Call 416 808 2222 and quote case 2026-1234567.",
    ),
    (
        "04-clear-language",
        "q3",
        "Come to our open house on Saturday! Doors open at 10 a.m. Please come in by the main "
        "door at 40 College St so we can check bags.",
    ),
    ("05-sensitivity", "q1", 'sensitivity ("homeless man")'),
    (
        "05-sensitivity",
        "q2",
        "Police helped a man in crisis near Jane St and Finch Ave W. He was taken to hospital "
        "for care. Support is there for you: call or text 988.",
    ),
    (
        "05-sensitivity",
        "q3",
        "A man experiencing homelessness was assaulted near Queen St E and Sherbourne St on "
        "Sunday around 11 p.m. Police are looking for a suspect. Call 416-808-5100.",
    ),
    ("06-privacy-and-law", "q1", "privacy, legal"),
    (
        "06-privacy-and-law",
        "q2",
        "A 34-year-old Toronto man is charged with robbery after a store at Yonge St and "
        "Dundas St was robbed on 3 May. He is presumed innocent.",
    ),
    ("06-privacy-and-law", "q3", "A: yes\nB: no\nC: no\nD: no"),
    (
        "07-platforms-accessibility",
        "q1",
        "Lake Shore Blvd W is closed between Jameson Ave and Ellis Ave for a water "
        "main break. Use the Gardiner or King St W instead.",
    ),
    (
        "07-platforms-accessibility",
        "q2",
        "A girl in a red coat gets her small brown dog back from two officers in "
        "yellow jackets in Trinity Bellwoods Park.",
    ),
    (
        "07-platforms-accessibility",
        "q3",
        "Stand up to bullying: wear pink on April 8! #DayOfPink #TorontoPolice #StopBullying",
    ),
    (
        "08-urgent-posts",
        "q1",
        "MISSING: Lena Okafor, 78. Last seen Tuesday, Nov. 24, at 7:30 p.m. near Jane St and "
        "Finch Ave W. She is 5'4\", slim, with short grey hair, a long blue coat and white running "
        "shoes. If you see her, call 9-1-1. Tips: 416-808-3100. Case 2026-1234567",
    ),
    (
        "08-urgent-posts",
        "q2",
        "UPDATE: Lena Okafor has been located and is safe. Thank you to everyone who shared.",
    ),
    (
        "08-urgent-posts",
        "q3",
        "Bloor St W is closed from Spadina Ave to Bathurst St because of a gas leak. Please "
        "avoid the area and take College St. We will post updates.",
    ),
    (
        "09-engagement-campaigns",
        "q1",
        "It's #DayOfPink on Wednesday, April 8! Wear pink to say no to bullying, homophobia and transphobia.",
    ),
    (
        "09-engagement-campaigns",
        "q2",
        "We're sorry this happened to you. You can report the break-in online at "
        "torontopolice.on.ca/core or call 416-808-2222.",
    ),
    ("09-engagement-campaigns", "q3", "tone, accessibility, clarity"),
]


@pytest.mark.parametrize(("assignment", "question", "answer"), GOOD)
def test_good_answers_in_other_words_keep_their_points(assignment, question, answer):
    earns, shown = ask(assignment, question, answer)
    assert earns, f"{assignment} {question}: {shown.text()}"
    assert shown.passed, shown.text()


def test_the_visible_check_of_the_account_question_says_why_before_the_grader_does():
    text = assert_no_points("02-accounts", "q1", "Account: @TorontoPolice\nAuthor: Jordan Lee")
    assert "not the best account" in text


def test_a_wrong_quiz_answer_is_never_looks_ready():
    earns, shown = ask("03-core-values", "q1", "A: Positive Attitude\nB: Honesty\nC: Fairness\nD: Teamwork")
    assert not earns and "graded when you submit" in shown.title and "Looks ready" not in shown.text()


# ----- keys that agree with the lessons ---------------------------------------------------------------------
def _hidden_findings(assignment: str, question: str) -> tuple[list[str], list[str], str]:
    cells = {
        c["metadata"]["nbgrader"]["grade_id"]: _src(c)
        for c in _cells(assignment)
        if "nbgrader" in c["metadata"]
    }
    test = cells[f"{question}-test"]
    call = ast.parse(test.split("### BEGIN HIDDEN TESTS\n")[1].split("### END HIDDEN TESTS")[0]).body[0].value
    kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    data = next(s for s in cells.values() if f"KEY_{question[1:]} = " in s)
    key = re.search(rf'KEY_{question[1:]} = "([^"]+)"', data).group(1)
    return kw["expect"], kw["allow"], key


@pytest.mark.parametrize(
    ("assignment", "question"),
    [
        ("04-clear-language", "q1"),
        ("05-sensitivity", "q1"),
        ("06-privacy-and-law", "q1"),
        ("09-engagement-campaigns", "q3"),
    ],
)
def test_sealed_keys_agree_with_the_hidden_tests(assignment, question):
    expect, allow, key = _hidden_findings(assignment, question)
    assert key == seal(f"{assignment[:2]}-{question}", required=expect, allowed=allow)


@pytest.mark.parametrize(
    ("assignment", "question", "answer"),
    [
        ("04-clear-language", "q1", "clarity, privacy, accessibility"),  # lessons 00 and 04: the slash
        ("09-engagement-campaigns", "q3", "clarity, tone, accessibility"),  # "RT if u love": text speak
        (
            "03-core-values",
            "q1",
            "A: Fairness\nB: Honesty\nC: Integrity\nD: Teamwork",
        ),  # lesson 03 names them
        ("03-core-values", "q1", "A: Respect\nB: Honesty\nC: Fairness and Integrity\nD: Teamwork"),
    ],
)
def test_answers_the_lessons_support_are_right(assignment, question, answer):
    assert ask(assignment, question, answer)[0]


def test_a_category_no_lesson_supports_is_wrong():
    assert_no_points("04-clear-language", "q1", "clarity, privacy, sensitivity")
    assert_no_points("09-engagement-campaigns", "q3", "tone")  # accessibility missed


# ----- the parts: prose --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jane Finch hospital 9-8-8 person crisis line support",
        "Don Valley Parkway arrested dangerous driving charge night",
        "Okafor found located thank you share",
    ],
)
def test_a_pile_of_keywords_is_not_a_post(text):
    assert form_problems(text)


def test_facts_must_be_told_in_the_writers_own_words():
    # "no one was hurt" brings its own little words: they do not make a sentence of a list of facts
    assert form_problems(
        "Queen St W Bathurst St water gun no one was hurt correction",
        keep=["Queen St W", "Bathurst", "water gun", "no one was hurt"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gas leak on Bloor St W. The road is closed from Spadina Ave to Bathurst St. Avoid the area.",
        "Road closed: Bloor St W, Spadina Ave to Bathurst St. Water main break. Take College St instead.",
        "Thank you to everyone who shared. Lena Okafor has been found safe.",
        "Collision at Dufferin St and Eglinton Ave W. Northbound lanes closed. Call 416-808-2222.",
    ],
)
def test_headlines_and_short_orders_are_fine(text):
    assert not form_problems(text)


@pytest.mark.parametrize(
    ("text", "fine"),
    [
        # a subject and its verb make a sentence, even with few little words
        ("Police need help finding Omar Reyes, 81. He was last seen on Tuesday near Main St.", True),
        ("Happy Pink Shirt Day! We're wearing pink against bullying. Will you? #PinkShirtDay", True),
        # but a subject word in front of a pile is still a pile
        ("Police arrested found located share thank", False),
        ("Police Union Station suitcase owner safe open 416-808-2222", False),
    ],
)
def test_a_subject_and_its_verb_read_as_a_sentence(text, fine):
    assert (not form_problems(text)) is fine


def test_a_labelled_appeal_reads_as_a_post():
    appeal = (
        "MISSING: Lena Okafor, 78\nLast seen: Tuesday, Nov 24, 7:30 p.m., Jane St and Finch Ave W\n"
        "Description: 5'4\", slim, short grey hair, long blue coat, white running shoes\n"
        "Call 416-808-3100 or 9-1-1. Case 2026-1234567"
    )
    assert not form_problems(appeal, form="appeal")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("print('Road closed')", "code"),
        ("rewrite_2 = 'A driver was arrested'", "code"),
        ("<p>Road closed on Bloor St W.</p>", "code"),
        ("I would post that the road is closed and people should avoid the area.", "notes about it"),
        ("My answer: the road is closed and people should avoid the area.", "notes about it"),
    ],
)
def test_code_and_notes_about_the_post_are_not_a_post(text, words):
    assert words in " ".join(p.message for p in form_problems(text))


def test_alt_text_may_be_a_phrase_but_not_three_words():
    assert not form_problems(
        "Two smiling officers with a small brown dog and a girl in a red coat.", form="description"
    )
    assert form_problems("officer dog girl", form="description")


def test_sentences_are_split_at_the_right_periods():
    prose = read_prose(
        "Police are at Queen St. W and Bathurst St. Please avoid the area. It happened at 11 p.m. "
        "on Sunday, Nov. 22."
    )
    assert len(prose.sentences) == 3


def test_a_street_direction_can_end_a_sentence():
    from tpstrain.passes.tokenize import Analysis

    sentences = Analysis.of("Police are at a plaza near Lawrence Ave E. No one has been hurt.").sentences
    assert [len(s) for s in sentences] == [9, 5]
    assert len(Analysis.of("John E. Smith and Lawrence Ave. E. at Kennedy Rd.").sentences) == 1


# ----- the parts: families --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "bad", "good"),
    [
        ("health details", "She has Alzheimer's and may be confused.", "She is safe and with her family."),
        ("health details", "She was taken to hospital for a check-up.", "Thank you for sharing our appeal."),
        (
            "diagnoses",
            "The man, who suffers from schizophrenia, was taken to hospital.",
            "He was taken to hospital under the Mental Health Act.",
        ),
        (
            "where found",
            "She was found sleeping in a bus shelter on Keele St.",
            "She was found safe on Tuesday evening.",
        ),
        ("where found", "She was located by a passer-by.", "She has been located. Thank you for sharing."),
        (
            "personal details",
            "Reply with your address and plate number.",
            "Please DM us, or call 416-808-2222.",
        ),
        (
            "personal details",
            "What is your phone number?",
            "Please call us at 416-808-2222 with your plate number.",
        ),
        (
            "identifying details",
            "He works at the Eaton Centre Foot Locker.",
            "A 34-year-old Toronto man was charged.",
        ),
        (
            "identifying details",
            "He plays for the Scarborough Hawks.",
            "People were playing with water guns.",
        ),
        ("guilt words", "The thief has been caught.", "He is presumed innocent until proven guilty."),
        ("mockery", "Nice try, buddy 😂", "A driver was arrested."),
        ("argument", "You should have locked your car.", "We're sorry this happened."),
        ("labels", "A homeless man was assaulted.", "A man experiencing homelessness was assaulted."),
        ("image words", "Picture showing two officers.", "Two officers hand a dog to a girl."),
    ],
)
def test_each_family_catches_its_words_and_spares_plain_ones(name, bad, good):
    policy = load_policy("course")
    assert family_matches(bad, name, policy), (name, bad)
    assert not family_matches(good, name, policy), (name, good, family_matches(good, name, policy))


def test_health_details_take_the_terms_of_the_privacy_rule():
    rule_terms = {t.lower() for t in load_policy("course").rule("privacy.health-details").check.terms}
    assert "epilepsy" in rule_terms and "epilepsy" not in {
        w.lower() for w in FAMILIES["health details"].words
    }
    assert family_matches("She has epilepsy.", "health details", load_policy("course"))


def test_a_family_is_asked_for_by_name():
    with pytest.raises(AnswerError, match="health details"):
        grade_rewrite(
            "Lena Okafor has been found safe. She is no longer confused.",
            keep=["Okafor"],
            leave_out=["health details"],
        )
    with pytest.raises(KeyError, match="the families are"):
        family_matches("text", "no such family")


# ----- the parts: facts, choices, findings, keys ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("on 8 April", "April 8"),
        ("Wed., Apr. 8", "April 8"),
        ("April 8th", "April 8"),
        ("the 3rd of May", "May 3"),
        ("Don Valley Pkwy", "Don Valley Parkway"),
        ("Lake Shore Boulevard West", "Lake Shore Blvd W"),
    ],
)
def test_dates_and_street_words_in_any_usual_form(text, fact):
    assert find_fact(text, fact)


def test_a_date_is_not_another_date():
    assert not find_fact("May 30", "May 3") and not find_fact("April 18", "April 8")


@pytest.mark.parametrize(
    "answer", ["A: yes, B: no", "A yes B no", "A. yes (her family asked)\nB. no (YCJA)", "A: YES\nB: NO"]
)
def test_choices_in_any_usual_layout(answer):
    grade_choices(answer, {"A": "yes", "B": "no"}, options=["yes", "no"])


def test_choices_that_hedge_are_wrong():
    with pytest.raises(AnswerError):
        grade_choices("A: yes/no\nB: no", {"A": "yes", "B": "no"})


@pytest.mark.parametrize(
    "answer",
    [
        "6: hold, do not post",
        "6: do not post - hold",
        "6: don’t post; hold",
        "6: dont post, hold",
        "6: Hold. Don't post the arrest.",
        "6 — hold",
        "hold",  # one item: its number may be left out
        "Hold - waiting for the commander",
    ],
)
def test_a_choice_beside_a_negated_one_is_the_choice(answer):
    grade_choices(answer, {"6": "hold"}, options=["post", "hold", "escalate"], items=["6"])


@pytest.mark.parametrize(
    ("answer", "right"),
    [("C: do not post", "don't post"), ("C: dont post", "don't post"), ("C: post", "post")],
)
def test_do_not_is_dont(answer, right):
    grade_choices(answer, {"C": right}, options=["post", "ask first", "don't post"])


def test_a_capital_letter_in_a_reason_is_not_an_item():
    answer = "C: hide - not delete\nB: reply - A kind word and a way to follow up\nA: leave"
    grade_choices(
        answer, {"A": "leave", "B": "reply", "C": "hide"}, options=["reply", "leave", "hide", "delete"]
    )


@pytest.mark.parametrize(
    "answer", ["6: post hold escalate", "6: not hold, post", "post hold escalate", "6: don't hold"]
)
def test_a_negated_or_hedged_choice_is_still_wrong(answer):
    with pytest.raises(AnswerError):
        grade_choices(answer, {"6": "hold"}, options=["post", "hold", "escalate"], items=["6"])


POST = (
    "At approx. 0300 hrs officers attended the scene of an MVC at Dufferin/Eglinton. The male driver was "
    "conveyed to hospital. Witnesses can call PC Costa at 416-555-0123."
)


def test_findings_with_a_key_from_the_lessons():
    grade_findings(
        "clarity, privacy, accessibility", POST, expect=["clarity", "privacy"], allow=["accessibility"]
    )
    grade_findings("privacy (a private number), clarity (MVC)", POST, expect=["clarity", "privacy"], allow=[])
    with pytest.raises(AnswerError, match="no sensitivity problem"):
        grade_findings(
            "clarity, privacy, sensitivity", POST, expect=["clarity", "privacy"], allow=["accessibility"]
        )


def test_a_sealed_key_judges_like_the_plain_one_without_showing_it():
    key = seal("t-q1", required=["clarity", "privacy"], allowed=["accessibility"])
    assert "clarity" not in key and Key(key).count("required") == 2
    grade_findings("clarity, privacy, accessibility", POST, key=key)
    fb = feedback("clarity", post=POST, key=key)
    assert not fb.passed and "1 of the 2" in fb.text() and "privacy" not in fb.text()


# ----- the course policy -------------------------------------------------------------------------------------------
def test_the_course_policy_holds_posts_to_what_lesson_04_teaches():
    course, model = load_policy("course"), load_policy("model")
    assert (
        course.rule("clarity.readability").check.max_grade < model.rule("clarity.readability").check.max_grade
    )
    assert course.rule("clarity.sentence-length").check.max_words == 19
    assert course.rule("clarity.sentence-length").level == "warning"
    assert model.rule("clarity.readability").check.max_grade == 14  # the model policy is unchanged
    grade_rewrite("Thank you to every driver who slowed down near the school on Monday.", keep=["Monday"])
    for word in ("motorist", "telephone", "medical evaluation", "individuals"):
        with pytest.raises(AnswerError, match=r"clarity\.bureaucratic"):
            grade_rewrite(f"Police spoke with the {word} near the school on Monday.", keep=["Monday"])
    with pytest.raises(AnswerError, match=r"clarity\.bureaucratic"):  # by name, not only by default
        grade_rewrite(
            "Police spoke with the motorist near the school on Monday.", keep=["Monday"], policy="course"
        )
    grade_rewrite(
        "Police spoke with the motorist near the school on Monday.", keep=["Monday"], policy="model"
    )


def test_a_long_sentence_fails_the_course_but_not_the_model():
    post = (
        "Officers are asking everyone who was walking near the corner of Bathurst and College on Sunday "
        "night to call the front desk of the division if they saw or heard what happened there."
    )
    with pytest.raises(AnswerError, match="sentence-length"):
        grade_rewrite(post, keep=["Bathurst"])
    grade_rewrite(post, keep=["Bathurst"], policy="model")


def test_the_reading_grade_is_judged_only_on_posts_long_enough_to_score():
    # lesson 04: on a short post the grade is noise; the course flags posts of 20 words or more above grade 9
    course = load_policy("course").rule("clarity.readability").check
    assert (course.max_grade, course.min_words) == (9, 20)
    grade_rewrite(
        "Wear pink on April 8 to show that bullying, homophobia and transphobia have no place in Toronto.",
        keep=["April 8"],
    )
    with pytest.raises(AnswerError, match=r"clarity\.readability"):
        grade_rewrite(
            "Comprehensive neighbourhood consultation sessions will encourage the collaborative identification "
            "of community safety priorities. Residents' participation contributes to the subsequent "
            "implementation of prevention initiatives.",
            keep=["neighbourhood"],
        )


# ----- general readings: facts, sentences, requests ---------------------------------------------------------------
def test_a_fact_forgives_hyphens_between_words_but_not_the_wrong_half_of_the_day():
    assert find_fact("No-one was hurt.", "no one was hurt")
    when = "7:30 p.m.|7:30 pm|7:30"
    assert find_fact("last seen at 7:30 p.m. on Tuesday", when) and find_fact("at 7:30 on Tuesday", when)
    assert not find_fact("last seen at 7:30 a.m. on Tuesday", when)
    assert not find_fact("last seen at 7:30am", when)
    assert find_fact("at 7:30 a.m.", "7:30")  # a bare time alone says nothing about the half of the day


def test_an_ampersand_joins_a_place_like_and():
    (s,) = read_prose("Crash: Dufferin St & Eglinton Ave W.").sentences
    assert s.function_words == 1 and not s.is_pile()
    salad = ["Dufferin", "Eglinton", "hospital", "9-8-8"]
    assert form_problems("Dufferin & Eglinton hospital 9-8-8", keep=salad) != []  # still no sentence


def test_warning_people_not_to_post_details_is_not_asking_for_them():
    for fine in (
        "Please don't post your address or plate here.",
        "Never share your plate number in the comments.",
    ):
        assert family_matches(fine, "personal details") == [], fine
    for asks in (
        "Reply with your address and plate number.",
        "Don't forget to post your address below.",
        "Don't worry, just post your address below.",
    ):
        assert family_matches(asks, "personal details"), asks


def test_a_transit_route_is_not_a_licence_plate():
    from tpstrain import check

    assert not [
        f for f in check("TTC 501 and 508 buses are on detour.").findings if f.rule == "privacy.licence-plate"
    ]
    assert [
        f for f in check("The car, plate CTRV 219, was parked.").findings if f.rule == "privacy.licence-plate"
    ]


def test_a_few_little_words_do_not_make_a_sentence_of_key_facts():
    keep = {
        "place": "Union Station",
        "safe": "safe|harmless",
        "open": "open|running",
        "number": "416-808-2222",
    }
    for salad in (
        "Lead with the truth Union Station safe open 416-808-2222",  # key facts side by side
        "Union Station, the suitcase, the owner, safe and open, 416-808-2222.",  # a list of words
    ):
        assert form_problems(salad, keep=keep), salad
    # next to a real sentence, a pile of facts is still not a sentence
    assert form_problems(
        "Union Station is open. See the truth Union Station safe open 416-808-2222.", keep=keep
    )
    for post in (
        "Union Station is open and safe. Questions? 416-808-2222",
        "Update: Union Station is open and safe. Questions: 416-808-2222.",
        "Trains running, station open, suitcase harmless, its owner has it back. Union Station is safe.",
    ):
        assert not form_problems(post, keep=keep), post
    # one key fact in several words is one fact: "a 3 p.m. live interview"
    interview = {"the interview": "live|interview|3 p.m.", "who asked": "reporter|news"}
    assert not form_problems("A Metro News reporter asked for a 3 p.m. live interview today.", keep=interview)


def test_a_heading_before_a_colon_and_an_unlisted_verb_still_read_as_a_post():
    keep = {"officer": "Haddad", "event": "Bike Safety Day", "place": "Dufferin Grove", "day": "Saturday"}
    for post in (
        "Bike Safety Day, Dufferin Grove Park, Saturday: Cst. Haddad checks a young rider's helmet. Ride safe!",
        "Cst. Amir Haddad adjusts a helmet for a young rider at Bike Safety Day in Dufferin Grove Park on Saturday.",
    ):
        assert not form_problems(post, keep=keep), post
    assert form_problems("Bike Safety Day Saturday Dufferin Grove Park: Cst. Haddad helps.", keep=keep)


def test_a_fact_with_words_between_and_a_fact_taken_back():
    from tpstrain.course.facts import avoided, missing_facts

    safe = "safe|nothing ... dangerous"
    assert find_fact("Nothing in it was dangerous.", safe) and find_fact("nothing dangerous", safe)
    assert not find_fact("Nothing yet, but it was dangerous.", safe)  # not across a comma
    fee = {"no fee": "never charge|no fee"}
    assert missing_facts("We never charge a fee to return property.", fee) == []
    (taken,) = missing_facts("We never charge a fee, except a $20 storage charge.", fee)
    assert "takes back" in taken.message
    (tag,) = avoided("Thanks for coming! #SophieRides #BikeSafetyDay", {"Sophie": "no name"})
    assert tag.quote == "#SophieRides"


# ----- the split of the grading module ------------------------------------------------------------------------
def test_the_grading_modules_stay_small_and_import_no_cycles():
    folder = REPO / "tpstrain" / "course"
    mine = [
        "results",
        "facts",
        "prose",
        "families",
        "person_families",
        "shared_facts",
        "standards",
        "keys",
        "lexicon",
        "rewrite",
        "findings",
        "account",
        "urgent",
        "hashtags",
        "choices",
        "policy",
        "advice",
        "grading",
    ]
    graph = {}
    for name in mine:
        text = (folder / f"{name}.py").read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 600, name
        graph[name] = set(re.findall(r"^\s*from \.(\w+) import", text, re.M)) & set(mine)
    seen: set[str] = set()

    def visit(node: str, path: tuple[str, ...]) -> None:
        assert node not in path, " -> ".join((*path, node))
        if node in seen:
            return
        for dep in graph[node]:
            visit(dep, (*path, node))
        seen.add(node)

    for name in mine:
        visit(name, ())


# ----- the visible check never passes what the grader fails ----------------------------------------------------
DEV = REPO / "tests" / "graders" / "dev-answers.jsonl"


@pytest.mark.slow
@pytest.mark.skipif(not DEV.exists(), reason="no dev answer set")
def test_the_visible_check_is_never_looks_ready_when_the_grader_fails():
    """Over the dev answer set (tests/graders/README.md): when the test cell fails an answer, the answer cell's
    feedback does not say "Looks ready" (a quiz's feedback says its answers are checked on submission)."""
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = []
    for row in rows:
        earns, shown = ask(row["assignment"], row["question"], row["answer"])
        if not earns and shown.title.startswith("Looks ready"):
            wrong.append(row["id"])
    assert not wrong


# ----- dev-answers-4: general readings (invented answers, not the set's) -------------------------------------
def test_a_description_list_with_a_height_and_a_build_is_a_description():
    # lesson 08: an appeal describes the person; a height and a build sit beside what she wears
    text = (
        "Police are asking for help to find Ada Brook, 81. She was last seen near Bay St at 6 p.m. "
        "White hair, 5'2\", thin, green raincoat."
    )
    assert not form_problems(text, keep=["Ada Brook", "Bay St"])
    assert read_prose("Short brown hair, tall, in his 40s, grey hoodie.").sentences[0].list_items == 4
    # a place among the items is no description
    assert not read_prose("Bay St, thin, 9-1-1.").sentences[0].list_items


def test_a_short_phrase_without_key_facts_beside_sentences_is_fine():
    keep = {"the officer": "Ruiz", "the event": "Safety Day"}
    assert not form_problems(
        "Cst. Ruiz shows a young rider how to signal at our Safety Day. Hands out, eyes up. Ride safe.", keep
    )
    assert not form_problems(
        "Holding the news until Cst. Ruiz says so, at Safety Day. Bay St stays shut.", keep
    )
    # key facts piled up are still a pile
    assert form_problems("Cst. Ruiz shows a rider how to signal. Ruiz Safety Day helmets bikes.", keep)


def test_lets_opens_an_imperative():
    assert not form_problems("Wear green on May 3, Toronto! Let’s clean up our parks together. #GreenTO")


def test_denials_side_by_side_are_told():
    keep = {"no fire": "no fire", "no one hurt": "no injuries", "where": "Elm St"}
    assert not form_problems("No fire, no injuries. Crews are still on Elm St, so please stay back.", keep)
    # a fragment of facts that are not denials is still listed, not told
    assert form_problems("Elm St, fire, injuries. Please stay back.", ["fire", "injuries", "Elm St"])


@pytest.mark.parametrize(
    "text",
    [
        "I would delete the home address and add the main line 416-555-0100, and say 3 p.m. at Elm Park.",
        "I will take out the nickname and put the full street name.",
        "Delete the old post and post nothing, since it was only a toy and no one was hurt.",
        "Thanks for waiting. Take down the first tweet and say nothing more.",
    ],
)
def test_a_description_of_an_edit_is_not_a_post(text):
    assert "notes about it" in " ".join(p.message for p in form_problems(text))


def test_a_post_that_tells_readers_to_delete_their_own_post_is_not_notes():
    assert not form_problems("Please delete any post that shares the boy's name. Thank you for your help.")


def test_or_carries_a_denial_to_what_it_joins():
    from tpstrain.course.claims import claim_problems

    untrue = {"injuries": "hurt|injured"}
    assert not claim_problems("Nobody was moved out or injured.", None, untrue=untrue)
    assert not claim_problems("No trains were stopped, nor was anyone hurt.", None, untrue=untrue)
    assert claim_problems("The hall was cleared and three people were hurt.", None, untrue=untrue)
    assert claim_problems("The alarm went off or someone was injured.", None, untrue=untrue)


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("If this post gets 500 shares, Det. Omar Said will shave his beard for #MovemberTO!", True),
        ("At 2,000 retweets our chief wears a pink tie all week. #DayOfPink", True),
        ("If 300 of you share this, PC Jo Lam runs the 5K in a tutu.", True),
        ("If this post gets 500 shares, Det. Omar Said has agreed to shave his beard!", False),
        ("PC Jo Lam volunteered: at 300 shares she runs the 5K in a tutu.", False),
        ("Wear pink on Wednesday and share a photo with 3 friends. #DayOfPink", False),
    ],
)
def test_a_pledge_must_say_its_people_agreed(text, caught):
    # lesson 09: get their OK first, and say so in the post
    assert bool(family_matches(text, "unagreed pledge")) is caught


# ----- dev-answers-5: general readings (invented answers, not the set's) -------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officers arrested a cyclist on Bay St on Sunday.", True),
        ("Cyclist arrested on Bay St on Sunday.", True),
        ("Police made an arrest near the Eaton Centre.", True),
        ("A woman was taken into custody at the station.", True),
        ("One man is in police custody.", True),
        ("He was placed under arrest.", True),
        ("No one was arrested.", False),
        ("The man was not arrested.", False),
        ("No arrests have been made.", False),
    ],
)
def test_a_shared_arrest_fact_takes_the_common_ways_to_say_it(text, found):
    assert bool(find_fact(text, "<arrest>")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("How awful to come home to that.", True),
        ("That must have been so frightening.", True),
        ("What a horrible way to start the week.", True),
        ("Oh no, we're sorry to hear that.", True),
        ("That sounds like a nightmare.", True),
        ("We hope you're okay.", True),
        ("Sorry you feel that way.", False),
        ("No thanks to you, we found it.", False),
        ("You need to understand we have other calls.", False),
        ("That sounds like a plan.", False),
        ("We are not sorry.", False),
    ],
)
def test_the_shared_kindness_fact_takes_sympathy_and_refuses_what_is_not_kind(text, found):
    assert bool(find_fact(text, "<kindness>")) is found


def test_one_kindness_fact_serves_every_question_that_asks_for_it():
    # 09 q2 and 12 q2 ask for kindness in their visible checks and hidden tests: the same shared fact each time
    asked = []
    for assignment in ("09-engagement-campaigns", "12-comments-and-messages"):
        for cell in _cells(assignment):
            asked += re.findall(r'"kindness":\s*"([^"]*)"', _src(cell))
    assert len(asked) == 4 and set(asked) == {"<kindness>"}
    reply = (
        "What a horrible way to start the week. Please report it at torontopolice.on.ca/core or call "
        "416-808-2222."
    )
    assert ask("09-engagement-campaigns", "q2", reply)[0]
    assert ask("12-comments-and-messages", "q2", "@sam_k " + reply)[0]
    cold = "Please report it at torontopolice.on.ca/core or call 416-808-2222."
    assert_no_points("09-engagement-campaigns", "q2", cold)
    assert_no_points("12-comments-and-messages", "q2", "@sam_k " + cold)


def test_a_missing_shared_fact_shows_examples_not_its_name():
    from tpstrain.course.facts import missing_facts

    (p,) = missing_facts("Please report it online.", {"kindness": "<kindness>"})
    assert "<kindness>" not in p.message and '"sorry"' in p.message


def test_an_arrest_told_in_other_words_keeps_its_points():
    charge = " He is charged with dangerous driving."
    for told in (
        "Officers took a man into custody on the DVP early Sunday.",
        "Police made an arrest on the Don Valley Parkway on Sunday.",
        "Man arrested on the Don Valley Parkway early Sunday.",
    ):
        assert ask("03-core-values", "q2", told + charge)[0], told
    assert_no_points("03-core-values", "q2", "No one was arrested on the DVP on Sunday." + charge)


@pytest.mark.parametrize(
    "text",
    [
        "I swapped the officer's cell for the main line 416-555-0100; the fair is May 2 at 1 p.m.",
        "I took out the nickname and wrote the full street name.",
        "I've reworded the joke and kept the date, May 2.",
        "I used the station's line instead of my own cell. The fair is at Elm Park.",
        "I removed the home address, so the post now says Elm Park at 3 p.m.",
        "I changed 15:00 to 3 p.m. and kept the park.",
    ],
)
def test_an_edit_told_after_it_is_made_is_not_a_post(text):
    assert "notes about it" in " ".join(p.message for p in form_problems(text))


@pytest.mark.parametrize(
    "text",
    [
        "A comment names the man; I have hidden it and kept a copy for the log.",
        "I deleted my earlier post because it gave the wrong street. The fair is at Elm Park.",
        "Thanks for asking! I changed shifts, so Cst. Ruiz will be at the fair on May 2.",
    ],
)
def test_first_person_news_that_is_no_edit_of_the_draft_is_a_post(text):
    assert "notes about it" not in " ".join(p.message for p in form_problems(text))


def test_a_one_item_answer_under_another_items_number_fails_and_says_so():
    opts = ["post", "hold", "escalate"]
    for wrong in ("3: hold", "Inject 3 - hold", "3 : hold  "):
        with pytest.raises(AnswerError) as e:
            grade_choices(wrong, {"2": "hold"}, options=opts)
        assert "labelled 3" in str(e.value) and "this one's own" in str(e.value)
        # the visible check says it too, before any key is involved
        with pytest.raises(AnswerError, match="labelled 3"):
            grade_choices(wrong, items=["2"], options=opts)
        shown = feedback(wrong, items=["2"], options=opts)
        assert not shown.passed and "labelled 3" in shown.text()
    for right in ("2: hold", "2 - hold, until the commander says so", "hold", "  2 : HOLD "):
        assert grade_choices(right, {"2": "hold"}, options=opts) is None
    # a time at the start is no label, and a letter is no number
    assert grade_choices("14:05 hold", {"2": "hold"}, options=opts) is None
    assert grade_choices("B: hold", {"2": "hold"}, options=opts) is None


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("The people who called it in told us the wrong street. It's Elm St and Oak Ave.", True),
        ("Correction: the fire is at Elm St and Oak Ave. That was not our fault.", True),
        ("Witnesses gave us the wrong corner. The fire is at Elm St and Oak Ave.", True),
        (
            "Correction: the fire is at Elm St and Oak Ave, not Elm St and Pine Ave as we posted earlier.",
            False,
        ),
        ("Early reports had the wrong corner. The fire is at Elm St and Oak Ave.", False),
        ("We made a mistake: the fire is at Elm St and Oak Ave.", False),
    ],
)
def test_a_correction_that_blames_the_callers_or_defends_the_service_is_blame(text, caught):
    # lesson 11: a correction gives the right fact plainly; no mockery, no blame
    assert bool(family_matches(text, "blame")) is caught


def test_the_live_incident_corrections_leave_out_blame_in_the_visible_check_too():
    for question in ("i2", "i4"):
        cells = {c["metadata"]["nbgrader"]["grade_id"]: _src(c) for c in _cells("11-live-incident")}
        visible = cells[f"{question}-test"].split("### BEGIN HIDDEN TESTS")[0]
        hidden = cells[f"{question}-test"].split("### BEGIN HIDDEN TESTS")[1]
        for source in (cells[f"{question}-text"], visible, hidden):
            assert '"blame"' in source, question


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("Two boys from Westview Tech were playing with a toy gun.", True),
        ("The youths, both Riverdale CI students, were playing.", True),
        ("Three kids from Lakeside P.S. had a water pistol.", True),
        ("Two youths were playing with a toy gun near High Park.", False),
        ("At High Park, two people were playing with water pistols.", False),
        ("Update: people were playing with water guns at Queen St W and Bathurst St.", False),
    ],
)
def test_a_school_named_the_way_people_say_it_identifies(text, caught):
    # lesson 06: an age is fine, an age plus a school is not
    assert bool(family_matches(text, "identifying details")) is caught


def test_a_correction_that_names_the_young_peoples_school_earns_nothing():
    assert_no_points(
        "03-core-values",
        "q3",
        "Update: two teens from Parkview Tech were playing with water guns at Queen St W and Bathurst St. "
        "No one was hurt.",
    )


# ----- dev-answers-7 to -9: general readings (invented answers, not the sets') ------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Arrest on the Gardiner: one driver charged with stunt driving.", True),
        ("A driver is charged with impaired driving after an arrest on Lake Shore Blvd.", True),
        ("No arrest has been made.", False),
    ],
)
def test_an_arrest_told_as_a_headline_or_after_the_charge(text, found):
    assert bool(find_fact(text, "<arrest>")) is found


@pytest.mark.parametrize(
    "text",
    [
        "Happy Pride Month to all of Toronto! #PrideTO",  # a greeting is a sentence
        "Call 9-1-1 now.",  # a one-sentence order of three words is a whole reply (lesson 12)
        "Sgt. Diaz says wait. Nothing is posted until she gives the OK.",  # a rank and a name are a subject
        "Escalating: a reporter asked us by DM to confirm a name. Nothing has been confirmed.",  # a note's label
    ],
)
def test_greetings_orders_ranked_subjects_and_note_labels_read_as_posts(text):
    assert not form_problems(text)


def test_a_two_word_answer_is_still_too_short():
    assert form_problems("Call now.")


@pytest.mark.parametrize(
    ("text", "family", "caught"),
    [
        ("Expect the road to reopen in about two hours.", "speculation", True),
        ("We will post when the road reopens.", "speculation", False),
        ("Which street was your car parked on? Tell us here.", "personal details", True),
        ("Please stop sharing that video.", "blame", True),
        ("If you need to share details, send us a direct message.", "argument", False),
        ("You need to calm down.", "argument", True),
    ],
)
def test_the_families_read_guessed_times_public_questions_and_scolding(text, family, caught):
    assert bool(family_matches(text, family)) is caught
