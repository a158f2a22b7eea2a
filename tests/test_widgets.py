"""The post composer at the Python level: every value change updates counter, grade, verdict, findings,
highlight; fixes apply; platforms change the limit; empty and oversized text are handled without raising."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import traitlets

pytest.importorskip("ipywidgets")

from tpstrain import Account, Post, Review, StaffMember, model_policy
from tpstrain.models import MAX_TEXT
from tpstrain.platforms import x_weighted_length
from tpstrain.widgets import PROMPT, Composer

JARGON = "Officers attended an MVC at Dufferin/Eglinton."


def _visible_rows(c: Composer):
    rows = list(c._shown)
    assert tuple(r.box for r in rows) == c._findings.children
    assert [r.finding for r in rows] == c.findings  # rows follow the review's order
    return rows


def _text_of(html_value: str) -> str:
    return re.sub(r"<[^>]+>", "", html_value)


def test_starts_empty_with_a_friendly_prompt():
    c = Composer(platform="x")
    assert c.value == ""
    assert c.review is None
    assert c.error == ""
    assert c.counter_text == "0/280"
    assert PROMPT in c._message.value
    assert "tps-error" not in c._message.value
    assert c._findings.children == ()
    assert c._highlight.value == ""
    assert c.findings == []


def test_whitespace_only_is_empty_not_an_error():
    c = Composer()
    c.value = "   \n  "
    assert c.review is None and c.error == ""
    assert PROMPT in c._message.value


def test_value_updates_everything():
    c = Composer(platform="x")
    seen: list[Review | None] = []
    c.observe(lambda ch: seen.append(ch["new"]), "review")
    c.value = JARGON

    assert c._text.value == JARGON  # the text box shows what the notebook set
    review = c.review
    assert isinstance(review, Review) and review.text == JARGON
    assert seen and seen[-1] is review
    assert c.counter_text == f"{len(JARGON)}/280"
    assert f"{len(JARGON)}/280" in c._counter.value
    assert not c.over_limit
    assert re.search(r"Grade \d+\.\d", c._grade.value)
    assert review.verdict == "revise"
    assert "Revise before posting" in c._verdict.value and "data-verdict='revise'" in c._verdict.value
    assert c._message.value == ""

    assert "clarity.jargon" in review.rules()
    rows = _visible_rows(c)
    assert len(rows) == len(review.findings)
    jargon_row = next(r for r in rows if r.finding.rule == "clarity.jargon")
    label = _text_of(jargon_row.label.value)
    assert "warning" in label and "clarity.jargon" in label and "“MVC”" in label
    assert "police jargon" in label  # the message
    assert "everyday word" in label  # the fix in words
    assert jargon_row.button.layout.display != "none" and "crash" in jargon_row.button.description

    assert '<mark class="tps-warning"' in c._highlight.value
    assert re.search(r"<mark[^>]*>MVC</mark>", c._highlight.value)


def test_clean_text_is_ok_with_no_findings():
    c = Composer(platform="x", value="Officers went to a crash at Dufferin St and Eglinton Ave W.")
    assert c.review is not None and c.review.verdict == "ok"  # a good example of clarity.jargon
    assert "Ready to post" in c._verdict.value
    assert len(_visible_rows(c)) == len(c.review.findings)  # suggestions only, if any
    if not c.review.findings:
        assert "No problems found" in c._message.value


def test_apply_fix_changes_text_and_clears_that_finding():
    c = Composer(platform="x", value=JARGON)
    rows = _visible_rows(c)
    k = next(i for i, r in enumerate(rows) if r.finding.rule == "clarity.jargon")
    before = [f for f in c.findings if f.rule == "clarity.jargon"]
    rows[k].button.click()  # what the browser's click does
    assert "MVC" not in c.value
    assert "crash" in c.value
    assert c._text.value == c.value
    assert len([f for f in c.findings if f.rule == "clarity.jargon"]) == len(before) - 1
    assert not re.search(r"<mark[^>]*>MVC</mark>", c._highlight.value)
    assert all("MVC" not in _text_of(r.label.value) for r in _visible_rows(c))


def test_apply_fix_by_index_and_other_choice():
    c = Composer(platform="x", value=JARGON)
    k = next(i for i, r in enumerate(_visible_rows(c)) if r.finding.rule == "clarity.jargon")
    assert "collision" in c.apply_fix(k, choice=1)
    assert c.value == "Officers attended a collision at Dufferin/Eglinton."  # the article follows the fix


def test_stale_fix_does_not_raise():
    c = Composer(platform="x", value=JARGON)
    finding = next(r for r in _visible_rows(c) if r.finding.rule == "clarity.jargon").finding
    c.value = "Some other text"
    c._apply(finding)  # as if the click raced the keystroke
    assert c.value == "Some other text"
    c.apply_fix(99)  # no such row: nothing happens
    assert c.value == "Some other text"


def test_switching_platform_changes_the_limit():
    text = ("Please avoid the area near King St W and Spadina Ave while crews work. " * 6)[:300]
    c = Composer(platform="x", value=text)
    assert c.counter_text == "300/280"
    assert c.over_limit and "tps-over" in c._counter._dom_classes
    assert "#c62828" in c._counter.value  # red
    assert "platform.length" in c.review.rules()
    assert "<mark" in c._highlight.value  # the part past the limit is marked

    c.platform = "facebook"
    assert c._platform.value == "facebook"
    assert c.counter_text == "300/63206"
    assert not c.over_limit and "tps-over" not in c._counter._dom_classes
    assert "#c62828" not in c._counter.value
    assert "platform.length" not in c.review.rules()

    c._platform.value = "instagram"  # the dropdown drives it too
    assert c.platform == "instagram" and c.counter_text == "300/2200"
    assert c.post.platform == "instagram"


def test_x_counts_weighted_length():
    text = "Road closed 🚧 see tps.ca/news — thank you"
    c = Composer(platform="x", value=text)
    assert c.counter_text == f"{x_weighted_length(text)}/280"
    assert c.counter_text == f"{c.review.metrics.weighted_length}/{c.review.metrics.limit}"
    assert x_weighted_length(text) != len(text)
    c.platform = "youtube"
    assert c.counter_text == f"{len(text)}/5000"


def test_oversized_input_shows_one_line_error_and_does_not_raise():
    c = Composer(platform="facebook")
    c.value = "a" * (MAX_TEXT + 1)
    assert c.review is None
    assert "100,000" in c.error and "\n" not in c.error
    assert "tps-error" in c._message.value and "100,000" in c._message.value
    assert c.over_limit
    assert c._findings.children == ()
    c.value = JARGON  # recovers on the next keystroke
    assert c.error == "" and c.review is not None and c._message.value == ""


def test_non_text_findings_are_listed_without_a_fix_button():
    author = StaffMember(id="s1", name="PC Sam Rivera", unit="14-division", training=[])
    c = Composer(platform="x", author=author, value="Join us Saturday at the 14 Division open house.")
    assert c.review.verdict == "block"
    assert "Do not post" in c._verdict.value
    row = next(r for r in _visible_rows(c) if r.finding.rule == "authorization.training")
    assert row.button.layout.display == "none"
    assert "PC Sam Rivera" in _text_of(row.label.value)
    assert c.post.author == author


def test_accounts_picker():
    c = Composer()
    assert c._account.layout.display == "none"  # no accounts: no picker
    assert c.account is None

    ig = Account(platform="instagram", handle="TorontoPolice", kind="corporate")
    fb = Account(platform="facebook", handle="TPS52Div", kind="unit", unit="52-division")
    c = Composer(platform="x", accounts=[ig, fb], value=JARGON)
    assert c._account.layout.display != "none"
    assert len(c._account.options) == 3 and c.account is None
    c._account.value = ig
    assert c.platform == "instagram"  # the account's platform
    assert c.account == ig and c.post.account == ig
    assert c.counter_text.endswith("/2200")
    c.account = None
    assert c.post.account is None and c.review is not None


def test_post_is_a_post():
    c = Composer(platform="youtube", value=JARGON)
    post = c.post
    assert isinstance(post, Post)
    assert post.text == JARGON and post.platform == "youtube"
    assert Composer(platform="twitter").platform == "x"  # aliases work
    c.platform = "IG"
    assert c.platform == "instagram" and c._platform.value == "instagram"
    with pytest.raises(traitlets.TraitError, match="unknown platform"):
        c.platform = "myspace"
    assert c.platform == "instagram"


def test_setting_the_author_rechecks():
    c = Composer(platform="x", value="Join us Saturday at the 14 Division open house.")
    assert "authorization.training" not in c.review.rules()
    c.author = StaffMember(id="s1", name="PC Sam Rivera", unit="14-division", training=[])
    assert "authorization.training" in c.review.rules()


def test_custom_policy():
    policy = model_policy()
    c = Composer(policy=policy, value=JARGON)
    assert "clarity.jargon" in c.review.rules()


def test_typing_reuses_widgets():
    c = Composer(platform="x")
    c.value = JARGON + " " + JARGON
    rows = list(c._rows)
    for i in range(1, len(JARGON) + 1):
        c.value = JARGON[:i]
    c.value = JARGON + " " + JARGON
    assert c._rows == rows  # rows are pooled: typing creates no widgets


def test_stable_css_classes():
    c = Composer(value=JARGON)
    classes = {
        cls
        for w in (
            c,
            c._text,
            c._counter,
            c._grade,
            c._verdict,
            c._findings,
            c._highlight,
            c._platform,
            c._account,
            c._message,
        )
        for cls in w._dom_classes
    }
    assert {
        "tps-composer",
        "tps-text",
        "tps-counter",
        "tps-grade",
        "tps-verdict",
        "tps-findings",
        "tps-highlight",
        "tps-platform",
        "tps-account",
        "tps-message",
    } <= classes
    row = _visible_rows(c)[0]
    assert "tps-finding" in row.box._dom_classes and "tps-fix" in row.button._dom_classes


def test_core_does_not_import_widgets():
    code = "import sys, tpstrain; tpstrain.check('MVC'); print('ipywidgets' in sys.modules, 'tpstrain.widgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_rows_stay_true_when_findings_come_and_go():
    c = Composer(platform="x", value=f"{JARGON} Then a B&E. {JARGON}")
    first = list(c._shown)
    c.value = f"The perp fled. {c.value}"  # a new finding ahead of the others
    c.value = c.value.replace("B&E", "break-in")  # one in the middle goes away
    for row in _visible_rows(c):
        label = _text_of(row.label.value)
        f = row.finding
        assert f.rule in label and (not f.text or f.text in label)
        assert (row.button.layout.display != "none") == f.replaceable
        if f.replaceable:
            assert f.suggestions[0] in row.button.description
    assert set(map(id, first)) & set(map(id, c._shown))  # unchanged findings kept their rows
    k = next(i for i, f in enumerate(c.findings) if f.text == "perp")
    c.apply_fix(k)
    assert c.value.startswith("The suspect fled.")
