"""The lessons' practice helpers: multiple-choice checks, rounds and drills read from the policy, rewrites with key
facts, worksheets and the guided policy form; as widgets (driven as a click would) and as plain text."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("ipywidgets")

from tpstrain import PolicyError, model_policy
from tpstrain.practice import (
    CHANGE,
    FINE,
    Drill,
    Spot,
    choice,
    drill,
    policy_from_text,
    policy_yaml,
    spot,
    worksheet,
)
from tpstrain.widgets import ChoiceWidget, DrillWidget, PolicyForm, SpotWidget, WorksheetWidget, rewrite

WHY = {
    "A": "Everyone says crash.",
    "B": "Officers say MVC; readers say crash.",
    "C": "Road is an everyday word.",
}


def _q():
    return choice("Which word is police jargon?", ["crash", "MVC", "road"], answer="B", why=WHY)


# ----- multiple choice --------------------------------------------------------------------------------------


def test_choice_feedback_explains_every_option():
    q = _q()
    assert q.answer == 1
    assert q.pick("A") == "Not quite. Everyone says crash. Try again."
    assert q.pick("MVC") == "Right. Officers say MVC; readers say crash."
    assert q.pick(2).startswith("Not quite. Road is")
    assert q.is_right("b") and not q.is_right("road")


@pytest.mark.parametrize("answer", ["B", "b", "MVC", 1])
def test_choice_answer_by_letter_text_or_index(answer):
    assert choice("Q?", ["crash", "MVC", "road"], answer=answer, why=WHY).answer == 1


def test_choice_refuses_a_check_that_teaches_nothing():
    with pytest.raises(ValueError, match=r"explain every option.*C"):
        choice("Q?", ["crash", "MVC", "road"], answer="B", why={"A": "x", "B": "y"})
    with pytest.raises(ValueError, match="not one of the options"):
        choice("Q?", ["crash", "MVC"], answer="Z", why=["x", "y"])
    with pytest.raises(ValueError, match="2 to"):
        choice("Q?", ["only"], answer=0, why=["x"])
    with pytest.raises(ValueError, match="same"):
        choice("Q?", ["a", "a"], answer=0, why=["x", "y"])


def test_choice_text_fallback_hides_the_answer(capsys):
    q = _q()
    text = q.text()
    assert "A. crash" in text and "B. MVC" in text and ".pick(" in text
    assert "Officers say MVC" not in text  # no explanation, so no answer, before a pick
    q._ipython_display_()  # outside a Jupyter kernel: plain text
    assert "Which word is police jargon?" in capsys.readouterr().out


def test_choice_widget_marks_wrong_then_right():
    w = ChoiceWidget(_q())
    assert "tps-choice" in w._dom_classes and w.options.value is None
    assert "Pick an answer" in w.feedback.value
    w.pick("A")
    assert "tps-wrong" in w.feedback.value and "Everyone says crash" in w.feedback.value
    w.options.value = 1  # what a click on B does
    assert "tps-right" in w.feedback.value and "tps-wrong" not in w.feedback.value
    assert "Which word" in repr(w) and "VBox" not in repr(
        w
    )  # a short plain-text form, not every child's repr


# ----- rounds and drills read from the policy ---------------------------------------------------------------


def test_spot_reads_the_rules_own_examples():
    policy = model_policy()
    s = spot("tone.mockery", "tone.insults", "tone.politics")
    assert isinstance(s, Spot)
    for item in s.items:
        source = item.rule.examples.bad if item.bad else item.rule.examples.good
        assert item.example in source
        assert item.answer == (CHANGE if item.bad else FINE)
    bad = [i for i in s.items if i.bad]
    assert {i.rule.id for i in bad} == {"tone.mockery", "tone.insults", "tone.politics"}
    assert any(not i.bad for i in s.items), "a round is never all problems"
    assert [i.example for i in s.items] == [
        i.example for i in spot("tone.mockery", "tone.insults", "tone.politics").items
    ]
    first_bad = next(n for n, i in enumerate(s.items, 1) if i.bad)
    said = s.pick(first_bad, "change")
    assert said.startswith("Right.") and "Fix:" in said
    assert s.pick(first_bad, "fine").startswith("Not quite.")
    assert policy.rule("tone.mockery").title in s.pick(
        next(n for n, i in enumerate(s.items, 1) if i.rule.id == "tone.mockery" and i.bad), "c"
    )


def test_spot_widget_scores_as_trainees_click():
    s = spot("privacy.email", "privacy.id-number")
    w = SpotWidget(s)
    assert len(w.answers) == len(s.items)
    for n, item in enumerate(s.items, 1):
        w.pick(n, "change" if item.bad else "fine")
    assert f"{len(s.items)} of {len(s.items)} right" in w.score.value
    w.answers[0].value = FINE if s.items[0].bad else CHANGE
    assert "Not quite" in w._feedback[0].value


def test_spot_describes_who_posts_where():
    s = drill("authorization.unit-account")  # the problem is the account: a round, not a rewrite
    assert isinstance(s, Spot)
    text = s.text()
    assert "Posted on @" in text and "Written by" in text


def test_drill_rewrites_a_bad_example_until_the_rule_is_satisfied():
    d = drill("privacy.phone")
    assert isinstance(d, Drill)
    rule = model_policy().rule("privacy.phone")
    assert d.example == rule.examples.bad[0]
    assert not d.fixed(d.example.text)
    assert all(d.fixed(g.text, **g.post) for g in rule.examples.good)
    w = DrillWidget(d)
    assert "Still breaks" in w.status.value
    w.practice.value = "If you found a grey wallet, call police at 416-808-2222."
    assert "No longer breaks" in w.status.value
    assert "<details" in w.answers.value and all(
        g.text.split()[0] in w.answers.value for g in rule.examples.good
    )


def test_drill_edits_the_parts_that_are_not_text():
    w = DrillWidget(drill("accessibility.alt-text"))
    assert w.practice.alt_texts and "Still breaks" in w.status.value
    w.practice.alt_texts[0].value = "A man in a red jacket and a black cap, on a busy street."
    assert "No longer breaks" in w.status.value
    t = DrillWidget(drill("platform.title-length"))
    assert t.practice.title is not None and "Still breaks" in t.status.value
    t.practice.title.value = "How to drive safely in snow"
    assert "No longer breaks" in t.status.value


def test_every_rule_has_a_drill_or_a_round():
    for rule in model_policy().rules:
        d = drill(rule.id)
        assert d.text()  # builds, reads its examples, and has a plain-text form


# ----- the composer for rewrites ----------------------------------------------------------------------------


def test_rewrite_ticks_off_the_key_facts():
    r = rewrite(
        "Officers attended an MVC at Dufferin/Eglinton.", keep=["Dufferin", "Eglinton Ave W|Eglinton"]
    )
    assert r.review is not None and "clarity.jargon" in r.review.rules()
    assert r.missing() == [] and "✔" in r.kept.value
    r.value = "Police are at a crash on Dufferin St."
    assert r.missing() == ["Eglinton Ave W|Eglinton"] and "✘ Eglinton Ave W" in r.kept.value


def test_rewrite_alt_text_and_captions_boxes():
    r = rewrite("Have you seen Margaret? Photo attached.", alt_text="")
    assert "accessibility.alt-text" in r.review.rules()
    r.alt_texts[0].value = "Margaret, a woman with short grey hair, in a blue raincoat."
    assert "accessibility.alt-text" not in r.review.rules()
    assert r.composer.post.media[0].alt_text.startswith("Margaret")
    v = rewrite("Watch our chief explain how to report a hate crime.", captions=False)
    assert "accessibility.captions" in v.review.rules()
    v.captions[0].value = True
    assert "accessibility.captions" not in v.review.rules()


# ----- worksheets -------------------------------------------------------------------------------------------


def test_worksheet_keeps_what_was_written(tmp_path, monkeypatch):
    monkeypatch.setenv("TPSTRAIN_NOTES", str(tmp_path))
    sheet = worksheet("01-proposal", ["Rewards?", "Risks?"], decision=["Go", "No"])
    w = WorksheetWidget(sheet)
    w.boxes["Rewards?"].value = "Faster warnings"
    w.decision.value = "Go"
    again = WorksheetWidget(worksheet("01-proposal", ["Rewards?", "Risks?"], decision=["Go", "No"]))
    assert again.boxes["Rewards?"].value == "Faster warnings" and again.decision.value == "Go"
    assert "Faster warnings" in sheet.text()
    with pytest.raises(ValueError):
        worksheet("../escape", ["x"])


# ----- policies: text, the guided form ----------------------------------------------------------------------


def test_policy_from_text_gives_one_line_errors():
    pol = policy_from_text("extends: model\nsettings:\n  official_phones: [905-555-0100]\n")
    assert "905-555-0100" in pol.settings.official_phones
    assert (
        policy_from_text("extends: model\nsettings:\n  official_phones: [905-555-0100]\n") is pol
    )  # built once
    for bad in (
        "extends: model\nrules:\n  clarity.jargon:\n    level: urgent\n",
        "extends: model\n\tbad",
        "- a list",
    ):
        with pytest.raises(PolicyError) as e:
            policy_from_text(bad)
        assert "\n" not in str(e.value)


def test_policy_yaml_writes_every_field_of_a_rule():
    text = policy_yaml(
        name="Lakeview Police",
        official_phones="905-555-0199",
        jargon="paddy wagon = police van",
        stricter="tone.exclamation",
        stricter_level="suggestion",
        rule_title="War words",
        rule_category="tone",
        rule_values=["Respect"],
        rule_words="war on drugs\nwar on gangs",
        rule_suggest="",
        case_sensitive=False,
        rule_rationale="Neighbours are not enemies.",
        rule_source="Chief's direction",
        rule_fix="Say what the work is.",
        rule_bad="Our war on gangs continues.",
        rule_good="Our officers keep working to make the east end safe.",
    )
    pol = policy_from_text(text)
    rule = pol.rule("tone.war-words")
    assert rule.level == "warning" and rule.values == ["Respect"]
    assert pol.rule("tone.exclamation").level == "suggestion"
    import yaml

    added = yaml.safe_load(text)["add"][0]
    assert set(added) == {
        "id",
        "title",
        "category",
        "level",
        "values",
        "rationale",
        "source",
        "message",
        "fix",
        "check",
        "examples",
    }
    from tpstrain import check

    assert "tone.war-words" in check("Our war on gangs continues.", policy=pol).rules()
    assert "clarity.jargon" in check("The paddy wagon is here.", policy=pol).rules()


def test_policy_form_builds_and_tests_the_new_rule(tmp_path, monkeypatch):
    monkeypatch.setenv("TPSTRAIN_NOTES", str(tmp_path))
    f = PolicyForm(
        key="t-form",
        rule_title="Old unit name",
        rule_words="Traffic Enforcement Bureau",
        rule_suggest="Road Safety Unit",
        rule_bad="The Traffic Enforcement Bureau is on Main St.",
        rule_good="The Road Safety Unit is on Main St.",
    )
    assert "clarity.old-unit-name" in f.text and "tps-yaml" in f.yaml._dom_classes
    assert "The policy builds" in f.status.value
    assert "catches its bad example" in f.status.value and "lets through its good example" in f.status.value
    f.w["test_post"].value = "Ask the Traffic Enforcement Bureau."
    assert "clarity.old-unit-name" in f.status.value
    f.w["rule_good"].value = "The Traffic Enforcement Bureau is great."
    assert "flags its good example" in f.status.value
    again = PolicyForm(key="t-form")  # what was typed is kept
    assert again.w["rule_good"].value == "The Traffic Enforcement Bureau is great."


def test_practice_needs_no_widgets_to_import():
    code = (
        "import sys, tpstrain.practice as p; q = p.choice('Q?', ['a', 'b'], 'a', ['x', 'y']); "
        "print(q.pick('b')); print('ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["Not quite. y Try again.", "False"]
