"""Answers are read as text (never run), and graders speak in words: tpstrain.course.answers and strict mode."""

from __future__ import annotations

import pytest

from tpstrain.course import AnswerError, grade_rewrite, strict
from tpstrain.course import results as results_mod
from tpstrain.course.answers import UNREADABLE, AnswerSpec, Unreadable, read_answer, repair

COURSE = 'rewrite_2 = """\nWrite your answer here.\n"""\nfeedback(rewrite_2, keep=["Jane", "Finch"])'
SPEC = AnswerSpec.of(COURSE)


def cell(text: str, tail: str = '\nfeedback(rewrite_2, keep=["Jane", "Finch"])') -> str:
    return f'rewrite_2 = """\n{text}\n"""{tail}'


def test_the_spec_is_the_variable_and_the_course_lines():
    assert SPEC is not None and SPEC.name == "rewrite_2" and len(SPEC.rest) == 1
    assert AnswerSpec.of("import os") is None and AnswerSpec.of("x = 1") is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (cell("A crash closed Jane St."), "\nA crash closed Jane St.\n"),
        (
            cell("A crash closed Jane St.", tail=""),
            "\nA crash closed Jane St.\n",
        ),  # the feedback line deleted
        (cell("### BEGIN SOLUTION\nModel.\n### END SOLUTION"), "\n\nModel.\n\n"),
        # a quote that ends the string early: read by its triple quotes, not a SyntaxError
        (cell('He said "stop"'), '\nHe said "stop"'),
        (cell("C:\\ drive"), "\nC:\\ drive\n"),
    ],
)
def test_an_answer_is_read_as_text(source, expected):
    got = read_answer(source, SPEC)
    assert not isinstance(got, Unreadable)
    assert got.strip() == expected.strip()


@pytest.mark.parametrize(
    "source",
    [
        cell("x") + "\ngrade_rewrite = lambda *a, **k: None",
        "import tpstrain.course.grading as g\n" + cell("x"),
        'rewrite_2 = open("solutions/05/05.ipynb").read()',
        'rewrite_2 = """a""" if False else """b"""',
        'rewrite_3 = """Right variable? No."""',
        'rewrite_2 = """x"""\nfeedback(rewrite_2, keep=[])',  # the course's line changed
        'rewrite_2 = """x"""; import os',
        "def rewrite_2(): pass",
        'rewrite_2 = """x""" """y"""\nprint(1)',
    ],
)
def test_anything_but_the_answer_is_unreadable(source):
    got = read_answer(source, SPEC)
    assert isinstance(got, Unreadable) and got.note == UNREADABLE


def test_a_lone_surrogate_is_replaced_not_fatal():
    got = read_answer(cell("Broken \udcff text"), SPEC)
    assert "\udcff" not in got and got.strip() == "Broken ? text"
    got.encode("utf-8")


def test_an_unreadable_answer_fails_with_its_note():
    with pytest.raises(AnswerError, match="holds more than your answer"):
        grade_rewrite(read_answer("rewrite_2 = 42", SPEC), keep=["Jane"])


def test_repair_quotes_a_broken_answer_safely():
    broken = cell('He said "stop"')
    fixed = "".join(repair(broken.splitlines(keepends=True)))
    ns = {"feedback": lambda *a, **k: None}
    exec(fixed, ns)
    assert ns["rewrite_2"].strip() == 'He said "stop"'
    fine = cell("Plain text.")
    assert repair(fine.splitlines(keepends=True)) == fine.splitlines(keepends=True)
    code = "x = (\n"
    assert repair([code]) == [code]


def test_in_a_notebook_a_failing_check_says_what_to_fix_and_lets_the_next_cells_run(monkeypatch, capsys):
    monkeypatch.setattr(results_mod, "_in_notebook", lambda: True)
    assert grade_rewrite("EDP on Jane St.", keep=["Jane", "Finch"]) is None  # no exception: Run All goes on
    err = capsys.readouterr().err
    assert err.startswith("Not yet") and "Finch" in err and "Traceback" not in err
    with strict(), pytest.raises(AnswerError):  # the autograder grades in strict mode, in a notebook too
        grade_rewrite("EDP on Jane St.", keep=["Jane", "Finch"])


def test_outside_a_notebook_a_failing_check_raises():
    with pytest.raises(AnswerError) as info:
        grade_rewrite("EDP on Jane St.", keep=["Jane", "Finch"])
    assert info.value._render_traceback_() == str(info.value).splitlines()
