"""The post composer: a JupyterLab widget that checks a post on every keystroke.

    from tpstrain.widgets import Composer
    c = Composer(platform="x")
    c                      # type in the box; feedback updates as you type
    c.value, c.review, c.post

This module needs ``ipywidgets`` (the ``course`` extra); ``import tpstrain`` never imports it.

Every widget carries a stable CSS class (``tps-composer``, ``tps-platform``, ``tps-account``, ``tps-text``,
``tps-counter``, ``tps-grade``, ``tps-verdict``, ``tps-message``, ``tps-highlight``, ``tps-findings``,
``tps-finding``, ``tps-fix``) so tests and notebooks can find them.

Updating is cheap: one ``check`` (the compiled policy is cached), then only the widget values that changed
are sent. Rows of the findings list are pooled and reused, so typing does not create widgets.

The lessons' practice helpers live here too (their logic and plain-text forms are in :mod:`tpstrain.practice`):

    choice(question, options, answer, why)   a multiple-choice check with feedback on every option
    spot("tone.mockery", "tone.insults")     sort the rules' own bad and good examples: fine, or needs a change?
    drill("privacy.phone")                   rewrite one of the rule's bad examples until the rule is satisfied
    rewrite(draft, keep=[...], alt_text="")  the composer holding a draft, with the key facts to keep
    worksheet(key, prompts, decision=[...])  text boxes for a written answer, kept between sessions
    PolicyForm()                             a guided form that writes a policy file (lesson 10)

Their CSS classes: ``tps-choice``, ``tps-option``, ``tps-feedback`` (``tps-right`` / ``tps-wrong``), ``tps-spot``,
``tps-spot-item``, ``tps-drill``, ``tps-rewrite``, ``tps-keep``, ``tps-worksheet``, ``tps-policy-form``, ``tps-yaml``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as W
import traitlets

from .api import check
from .errors import InputError, TpsError
from .models import MAX_TEXT, Account, Post, StaffMember
from .platforms import PLATFORMS, text_length
from .platforms import platform as platform_of
from .policy import Policy, load_policy
from .practice import (
    CHANGE,
    FINE,
    FORM_CHOICES,
    LETTERS,
    Choice,
    Drill,
    Spot,
    Worksheet,
    choice,
    describe_post,
    drill,
    policy_from_text,
    policy_yaml,
    rule_card,
    rules_table,
    spot,
    worksheet,
)
from .review import Finding, Review, highlight_html

__all__ = [
    "ChoiceWidget",
    "Composer",
    "DrillWidget",
    "PolicyForm",
    "Practice",
    "SpotWidget",
    "WorksheetWidget",
    "choice",
    "drill",
    "policy_from_text",
    "policy_yaml",
    "rewrite",
    "rule_card",
    "rules_table",
    "spot",
    "worksheet",
]

LEVEL_COLOURS = {"error": "#c62828", "warning": "#ef6c00", "suggestion": "#1565c0"}
VERDICTS = {
    "ok": ("Ready to post", "#2e7d32"),
    "revise": ("Revise before posting", "#ef6c00"),
    "block": ("Do not post", "#c62828"),
}
PROMPT = "Write your post in the box above. Feedback appears as you type."
_RED, _GREY = "#c62828", "#555"
_PLATFORM_CHOICES = [(PLATFORMS[k].label, k) for k in ("x", "facebook", "instagram", "youtube")]


def _account_label(a: Account) -> str:
    return f"@{a.handle.lstrip('@')} ({PLATFORMS[a.platform].label}, {a.kind.replace('_', ' ')})"


def _finding_html(f: Finding) -> str:
    colour = LEVEL_COLOURS[f.level]
    quoted = f" “{html.escape(f.text)}”" if f.field == "text" and f.text else ""
    where = "" if f.field == "text" else f" <span style='color:{_GREY}'>({html.escape(f.field)})</span>"
    fix = f"<div class='tps-finding-fix' style='color:{_GREY}'>{html.escape(f.fix)}</div>" if f.fix else ""
    return (
        f"<div class='tps-finding-body' style='line-height:1.4'>"
        f"<b class='tps-level tps-level-{f.level}' style='color:{colour}'>{f.level}</b> "
        f"<code class='tps-rule'>{html.escape(f.rule)}</code>{quoted}{where}: "
        f"<span class='tps-finding-message'>{html.escape(f.message)}</span>{fix}</div>"
    )


class _Row:
    """One line of the findings list: description and an 'apply fix' button (pooled, reused)."""

    def __init__(self, composer: Composer):
        self.finding: Finding | None = None
        self.key: tuple | None = None
        self.label = W.HTML(layout=W.Layout(flex="1 1 auto", width="auto"))
        self.label.add_class("tps-finding-text")
        self.button = W.Button(
            layout=W.Layout(flex="0 0 auto", width="auto", display="none"), button_style="info", icon="magic"
        )
        self.button.add_class("tps-fix")
        self.button.on_click(lambda _b: composer._apply(self.finding))
        self.box = W.HBox(
            [self.label, self.button],
            layout=W.Layout(align_items="center", width="100%", border_bottom="1px solid #eee"),
        )
        self.box.add_class("tps-finding")

    def show(self, f: Finding, key: tuple) -> None:
        self.finding, self.key = f, key
        self.label.value = _finding_html(f)
        if f.replaceable:
            self.button.description = f"Use “{f.suggestions[0]}”"
            self.button.tooltip = f"Replace “{f.text}” with “{f.suggestions[0]}”"
            self.button.layout.display = None
        else:
            self.button.layout.display = "none"


_WARM = (
    "Warm up: an MVC on the DVP, see tps.ca/news or call 416-808-2222 🚓 #TrafficAlert. EVERYONE STAY AWAY."
)
_warmed = False


def _warm_up(policy: Policy | None) -> None:
    """Pay the one-time costs (policy compile, lazy imports for URLs and emoji) before the first keystroke."""
    global _warmed
    if _warmed and policy is None:
        return
    for platform in ("x", "instagram"):
        try:
            check(_WARM, platform=platform, policy=policy)
        except TpsError:
            return
    _warmed = _warmed or policy is None


class Composer(W.VBox):
    """Write a post and see the policy's feedback live: counter, grade, verdict, findings, fixes.

    ``value`` (the text), ``platform`` and ``review`` (the latest :class:`~tpstrain.Review`, ``None`` while
    the box is empty or the text cannot be checked) are traitlets: ``composer.observe(fn, "review")`` works.
    """

    value = traitlets.Unicode("", help="The text of the post.")
    platform = traitlets.Unicode("x", help="x, facebook, instagram or youtube.")
    review = traitlets.Instance(Review, allow_none=True, read_only=True, help="The latest review.")
    error = traitlets.Unicode(
        "", read_only=True, help="Why the text could not be checked ('' when it could)."
    )

    def __init__(
        self,
        value: str = "",
        *,
        platform: str = "x",
        accounts: Sequence[Account] = (),
        account: Account | None = None,
        author: StaffMember | None = None,
        policy: Policy | str | Path | None = None,
        placeholder: str = "Write your post here…",
        rows: int = 5,
        fields: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ):
        self._policy = load_policy(policy) if isinstance(policy, str | Path) else policy
        self._author = author
        self._fields: dict[str, Any] = dict(fields or {})  # other Post fields: media, title, scheduled_at ...
        self.accounts = list(accounts)
        if account is not None and account not in self.accounts:
            self.accounts.insert(0, account)

        self._platform = W.Dropdown(
            options=_PLATFORM_CHOICES,
            value=platform_of(platform).name,
            description="Platform",
            layout=W.Layout(width="auto"),
        )
        self._platform.add_class("tps-platform")
        self._account = W.Dropdown(
            options=[("(no account)", None)] + [(_account_label(a), a) for a in self.accounts],
            value=account,
            description="Account",
            layout=W.Layout(width="auto"),
        )
        self._account.add_class("tps-account")
        if not self.accounts:
            self._account.layout.display = "none"
        self._text = W.Textarea(
            value="",
            placeholder=placeholder,
            continuous_update=True,
            rows=rows,
            layout=W.Layout(width="100%"),
        )
        self._text.add_class("tps-text")
        self._counter = W.HTML()
        self._counter.add_class("tps-counter")
        self._grade = W.HTML()
        self._grade.add_class("tps-grade")
        self._verdict = W.HTML()
        self._verdict.add_class("tps-verdict")
        self._message = W.HTML()
        self._message.add_class("tps-message")
        self._highlight = W.HTML(layout=W.Layout(width="100%"))
        self._highlight.add_class("tps-highlight")
        self._findings = W.VBox(layout=W.Layout(width="100%"))
        self._findings.add_class("tps-findings")
        self._rows: list[_Row] = []  # every row ever made (a pool); typing reuses them
        self._shown: list[_Row] = []  # the rows on screen, in the order of review.findings
        self._over = False

        status = W.HBox(
            [self._counter, self._grade, self._verdict],
            layout=W.Layout(justify_content="space-between", width="100%", flex_flow="row wrap"),
        )
        status.add_class("tps-status")
        pickers = W.HBox([self._platform, self._account], layout=W.Layout(flex_flow="row wrap"))
        kwargs.setdefault("layout", W.Layout(width="100%", max_width="760px", padding="4px"))
        super().__init__(
            [pickers, self._text, status, self._message, self._highlight, self._findings], **kwargs
        )
        self.add_class("tps-composer")

        _warm_up(self._policy)
        self._text.value = value
        traitlets.link((self._text, "value"), (self, "value"))
        traitlets.link((self._platform, "value"), (self, "platform"))
        self._account.observe(self._on_account, "value")
        self.observe(self._refresh, ["value", "platform"])
        self._refresh()

    @traitlets.validate("platform")
    def _valid_platform(self, proposal: dict) -> str:
        try:
            return platform_of(proposal["value"]).name
        except ValueError as e:
            raise traitlets.TraitError(str(e)) from None

    # ----- what the notebook reads ----------------------------------------------------------
    @property
    def author(self) -> StaffMember | None:
        return self._author

    @author.setter
    def author(self, value: StaffMember | None) -> None:
        self._author = value
        self._refresh()

    @property
    def fields(self) -> dict[str, Any]:
        """The other fields of the post (media, title, scheduled_at, next_of_kin_notified ...); setting re-checks."""
        return dict(self._fields)

    @fields.setter
    def fields(self, value: Mapping[str, Any]) -> None:
        self._fields = dict(value)
        self._refresh()

    @property
    def account(self) -> Account | None:
        return self._account.value

    @account.setter
    def account(self, value: Account | None) -> None:
        if value is not None and value not in self.accounts:
            self.accounts.append(value)
            self._account.options = [*self._account.options, (_account_label(value), value)]
            self._account.layout.display = None
        self._account.value = value

    @property
    def post(self) -> Post:
        """The composed post (text, platform, account, author)."""
        if len(self.value) > MAX_TEXT:
            raise InputError(
                f"the post is {len(self.value):,} characters; the most that can be checked is {MAX_TEXT:,}"
            )
        return Post(
            text=self.value, platform=self.platform, account=self.account, author=self.author, **self._fields
        )

    @property
    def findings(self) -> list[Finding]:
        return list(self.review.findings) if self.review else []

    @property
    def over_limit(self) -> bool:
        """True when the text is longer than the platform allows (the counter is red)."""
        return self._over

    @property
    def counter_text(self) -> str:
        """What the counter shows, e.g. ``'123/280'``."""
        return self._counter_plain

    def apply_fix(self, index: int, choice: int = 0) -> str:
        """Apply suggestion ``choice`` of finding ``index`` (as listed); return the new text."""
        f = self._shown[index].finding if 0 <= index < len(self._shown) else None
        return self._apply(f, choice)

    def _apply(self, f: Finding | None, choice: int = 0) -> str:
        if f is None or not f.replaceable:
            return self.value
        try:
            new = f.apply(self.value, choice)
        except (ValueError, IndexError) as e:
            self._refresh()
            self._set_message(str(e), error=True)
            return self.value
        self.value = new  # re-checks through the observer
        return new

    # ----- updating -------------------------------------------------------------------------
    def _on_account(self, change: dict) -> None:
        acc = change["new"]
        if acc is not None and acc.platform in PLATFORMS and acc.platform != self.platform:
            self.platform = acc.platform  # the refresh runs from the platform change
        else:
            self._refresh()

    def _check(self, text: str) -> Review:
        kw: dict[str, Any] = dict(self._fields)
        if self.account is not None:
            kw["account"] = self.account
        if self.author is not None:
            kw["author"] = self.author
        return check(text, platform=self.platform, policy=self._policy, **kw)

    def _refresh(self, _change: dict | None = None) -> None:
        text = self.value
        plat = PLATFORMS[self.platform]
        review: Review | None = None
        error = ""
        if text.strip():
            try:
                review = self._check(text)
            except TpsError as e:
                error = str(e)
            except Exception as e:  # a bug in a rule must not break typing: one line, not a traceback
                error = f"the checker failed ({type(e).__name__}: {e}); please report this"
        with self.hold_trait_notifications():
            self.set_trait("review", review)
            self.set_trait("error", error)
        if review is not None:
            m = review.metrics
            self._show_counter(m.weighted_length, m.limit)
            self._grade.value = (
                f"<span title='Flesch-Kincaid grade level'>Grade {m.grade:.1f}</span>"
                if m.grade is not None
                else "<span style='color:#555'>Grade —</span>"
            )
            words, colour = VERDICTS[review.verdict]
            self._verdict.value = (
                f"<b style='color:{colour}' class='tps-verdict-{review.verdict}' "
                f"data-verdict='{review.verdict}'>{words}</b>"
            )
            self._set_message("" if review.findings else "No problems found.")
            self._highlight.value = (
                "<div class='tps-highlight-body' style='white-space:pre-wrap;border:1px solid #ddd;"
                "border-radius:3px;padding:6px;line-height:1.5'>"
                f"{highlight_html(review.text, review.findings)}</div>"
            )
            self._show_findings(review.findings)
            return
        length = text_length(text, plat.name) if len(text) <= MAX_TEXT else len(text)
        self._show_counter(length, plat.text_limit)
        self._grade.value = "<span style='color:#555'>Grade —</span>"
        self._verdict.value = "<span style='color:#555'>—</span>"
        self._set_message(error or PROMPT, error=bool(error))
        self._highlight.value = ""
        self._show_findings([])

    def _show_counter(self, length: int, limit: int) -> None:
        over = length > limit
        self._counter_plain = f"{length}/{limit}"
        self._counter.value = (
            f"<span style='color:{_RED if over else _GREY};font-weight:{'bold' if over else 'normal'}' "
            f"title='characters as the platform counts them / its limit'>{self._counter_plain}</span>"
        )
        if over != self._over:
            (self._counter.add_class if over else self._counter.remove_class)("tps-over")
            self._over = over

    def _set_message(self, text: str, error: bool = False) -> None:
        if not text:
            self._message.value = ""
        elif error:
            self._message.value = f"<span class='tps-error' style='color:{_RED}'>⚠ {html.escape(text)}</span>"
        else:
            self._message.value = f"<span class='tps-prompt' style='color:#555'>{html.escape(text)}</span>"

    def _show_findings(self, findings: list[Finding]) -> None:
        # A row keeps showing the same finding (same rule, words and advice) while its span moves: an
        # edit that adds or removes a finding re-orders rows instead of rewriting every label after it.
        by_key: dict[tuple, list[_Row]] = {}
        for row in self._shown:
            by_key.setdefault(row.key, []).append(row)
        shown: list[_Row | None] = []
        new: list[tuple[int, Finding, tuple]] = []
        for f in findings:
            key = (f.rule, f.level, f.field, f.text, f.message, f.fix, tuple(f.suggestions))
            same = by_key.get(key)
            if same:
                row = same.pop(0)
                row.finding = f
                shown.append(row)
            else:
                new.append((len(shown), f, key))
                shown.append(None)
        kept = {id(r) for r in shown if r is not None}
        free = [r for r in self._rows if id(r) not in kept]
        for i, f, key in new:
            if free:
                row = free.pop()
            else:
                row = _Row(self)
                self._rows.append(row)
            row.show(f, key)
            shown[i] = row
        for row in free:
            row.finding = None
        self._shown = shown  # type: ignore[assignment]
        boxes = tuple(r.box for r in self._shown)
        if self._findings.children != boxes:
            self._findings.children = boxes


# ----- practice for the lessons ---------------------------------------------------------------------------
_GREEN = "#2e7d32"


def _feedback_html(right: bool, text: str) -> str:
    colour, mark, cls = (_GREEN, "✔", "tps-right") if right else (_RED, "✘", "tps-wrong")
    return (
        f"<div class='{cls}' style='color:{colour};line-height:1.4;margin:2px 0 4px 0'>"
        f"<b>{mark}</b> {html.escape(text)}</div>"
    )


def _quiet_repr(widget: W.Widget, text: str) -> None:
    """Give a widget a short plain-text form (its default repr lists every child's value)."""
    widget._tps_text = text


class _Quiet:
    def __repr__(self) -> str:
        return getattr(self, "_tps_text", type(self).__name__)


class ChoiceWidget(_Quiet, W.VBox):
    """A multiple-choice check: the question, radio buttons, and feedback on the option picked."""

    def __init__(self, check: Choice):
        self.check = check
        self.question = W.HTML(
            f"<div style='font-weight:bold;line-height:1.4'>{html.escape(check.question)}</div>",
            layout=W.Layout(width="100%"),
        )
        self.question.add_class("tps-question")
        self.options = W.RadioButtons(
            options=[(f"{LETTERS[i]}. {o}", i) for i, o in enumerate(check.options)],
            value=None,
            layout=W.Layout(width="100%"),
        )
        self.options.add_class("tps-options")
        self.feedback = W.HTML(
            "<div class='tps-prompt' style='color:#555'>Pick an answer.</div>", layout=W.Layout(width="100%")
        )
        self.feedback.add_class("tps-feedback")
        self.options.observe(self._picked, "value")
        super().__init__(
            [self.question, self.options, self.feedback],
            layout=W.Layout(width="100%", max_width="760px", padding="6px", border="1px solid #ddd"),
        )
        self.add_class("tps-choice")
        _quiet_repr(self, check.text())

    def _picked(self, change: dict) -> None:
        if change["new"] is None:
            return
        right, text = self.check.feedback(change["new"])
        self.feedback.value = _feedback_html(right, text)

    def pick(self, option: Any) -> str:
        """Pick an option as a click would (letter, text or index); returns the feedback."""
        from .practice import _index

        self.options.value = _index(option, self.check.options, "pick")
        return self.check.pick(option)


def _post_html(text: str, notes: Sequence[str]) -> str:
    extra = "".join(f"<div style='color:#555;font-size:90%'>{html.escape(n)}</div>" for n in notes)
    return (
        f"<div style='white-space:pre-wrap;border-left:3px solid #bbb;padding:2px 8px;line-height:1.4'>"
        f"{html.escape(text)}{extra}</div>"
    )


class SpotWidget(_Quiet, W.VBox):
    """A round of posts from the policy's examples: for each, 'Fine as it is' or 'Needs a change', with feedback."""

    def __init__(self, round_: Spot):
        self.round = round_
        self.answers: list[W.ToggleButtons] = []
        self._feedback: list[W.HTML] = []
        rows: list[W.Widget] = [W.HTML("<b>Is each post fine as it is, or does it need a change?</b>")]
        for i, item in enumerate(round_.items, 1):
            post = W.HTML(
                f"<b>{i}.</b> " + _post_html(item.example.text, describe_post(item.example)),
                layout=W.Layout(width="100%"),
            )
            pick = W.ToggleButtons(options=[FINE, CHANGE], value=None, style={"button_width": "auto"})
            pick.add_class("tps-spot-pick")
            said = W.HTML(layout=W.Layout(width="100%"))
            said.add_class("tps-feedback")
            pick.observe(lambda ch, n=i: self._picked(n, ch), "value")
            self.answers.append(pick)
            self._feedback.append(said)
            box = W.VBox([post, pick, said], layout=W.Layout(width="100%", margin="4px 0"))
            box.add_class("tps-spot-item")
            rows.append(box)
        self.score = W.HTML()
        self.score.add_class("tps-score")
        rows.append(self.score)
        super().__init__(
            rows, layout=W.Layout(width="100%", max_width="760px", padding="6px", border="1px solid #ddd")
        )
        self.add_class("tps-spot")
        _quiet_repr(self, round_.text())

    def _picked(self, number: int, change: dict) -> None:
        if change["new"] is None:
            return
        item = self.round.items[number - 1]
        right = (change["new"] == CHANGE) == item.bad
        self._feedback[number - 1].value = _feedback_html(
            right, ("Right. " if right else "Not quite. ") + item.why
        )
        done = [
            (a.value == CHANGE) == it.bad
            for a, it in zip(self.answers, self.round.items, strict=True)
            if a.value is not None
        ]
        self.score.value = (
            f"<span style='color:#555'>{sum(done)} of {len(done)} right so far "
            f"({len(self.round.items)} posts).</span>"
        )

    def pick(self, number: int, answer: str) -> str:
        self.answers[number - 1].value = CHANGE if answer.strip().lower().startswith(("c", "n")) else FINE
        return self.round.pick(number, answer)


def _details_html(summary: str, body: str) -> str:
    return (
        f"<details class='tps-details'><summary style='cursor:pointer;color:#1565c0'>{html.escape(summary)}"
        f"</summary><div style='padding:4px 0 4px 12px'>{body}</div></details>"
    )


class Practice(_Quiet, W.VBox):
    """The composer holding a draft to rewrite, with boxes for the post's other parts (alt text, captions, video
    title) and the key facts the rewrite must keep (ticked as they appear)."""

    def __init__(
        self,
        draft: str = "",
        *,
        keep: Iterable[str] = (),
        platform: str = "x",
        fields: Mapping[str, Any] | None = None,
        policy: Policy | str | Path | None = None,
        rows: int = 4,
        accounts: Sequence[Account] = (),
        account: Account | None = None,
        author: StaffMember | None = None,
    ):
        self.keep = [str(k) for k in keep]
        fields = {k: v for k, v in dict(fields or {}).items() if k not in ("account", "author")}
        media = [dict(m) for m in fields.get("media") or []]
        self.composer = Composer(
            draft,
            platform=platform,
            policy=policy,
            rows=rows,
            fields=fields,
            accounts=accounts,
            account=account,
            author=author,
        )
        parts: list[W.Widget] = []
        self.alt_texts: list[W.Textarea] = []
        self.captions: list[W.Checkbox] = []
        for m in media:
            if m.get("kind", "image") == "video" or "captions" in m:
                box = W.Checkbox(
                    value=bool(m.get("captions")), description="The video has captions", indent=False
                )
                box.add_class("tps-captions")
                box.observe(self._fields_changed, "value")
                self.captions.append(box)
                parts.append(box)
            else:
                area = W.Textarea(
                    value=m.get("alt_text") or "",
                    rows=2,
                    layout=W.Layout(width="100%"),
                    placeholder="Describe the picture for someone who cannot see it…",
                )
                area.add_class("tps-alt-text")
                area.observe(self._fields_changed, "value")
                self.alt_texts.append(area)
                parts += [W.HTML(f"<b>Alt text</b> of the {m.get('kind', 'image')}:"), area]
        self._media = media
        self.title = None
        if "title" in fields:
            self.title = W.Text(value=fields.get("title") or "", layout=W.Layout(width="100%"))
            self.title.add_class("tps-title")
            self.title.observe(self._fields_changed, "value")
            parts = [W.HTML("<b>Video title:</b>"), self.title, *parts]
        self.kept = W.HTML(layout=W.Layout(width="100%"))
        self.kept.add_class("tps-keep")
        super().__init__([*parts, self.composer, self.kept], layout=W.Layout(width="100%", max_width="760px"))
        self.add_class("tps-rewrite")
        self.composer.observe(self._show_kept, "value")
        self._show_kept()
        _quiet_repr(self, f"Rewrite in the box: {draft}")

    @property
    def value(self) -> str:
        return self.composer.value

    @value.setter
    def value(self, text: str) -> None:
        self.composer.value = text

    @property
    def review(self) -> Review | None:
        return self.composer.review

    def _fields_changed(self, _change: dict | None = None) -> None:
        fields = self.composer.fields
        media, a, c = [], iter(self.alt_texts), iter(self.captions)
        for m in self._media:
            if m.get("kind", "image") == "video" or "captions" in m:
                media.append({**m, "captions": next(c).value})
            else:
                media.append({**m, "alt_text": next(a).value})
        if media:
            fields["media"] = media
        if self.title is not None:
            fields["title"] = self.title.value
        self.composer.fields = fields

    def missing(self) -> list[str]:
        """The key facts not in the text yet."""
        if not self.keep:
            return []
        from .course.facts import find_fact

        return [k for k in self.keep if not find_fact(self.value, k)]

    def _show_kept(self, _change: dict | None = None) -> None:
        if not self.keep:
            return
        gone = set(self.missing())
        marks = " ".join(
            f"<span style='color:{_RED if k in gone else _GREEN};white-space:nowrap'>{'✘' if k in gone else '✔'} "
            f"{html.escape(k.split('|')[0])}</span>"
            for k in self.keep
        )
        self.kept.value = f"<div style='line-height:1.6'><b>Key facts to keep:</b> {marks}</div>"


def rewrite(
    draft: str = "",
    *,
    keep: Iterable[str] = (),
    platform: str = "x",
    alt_text: str | None = None,
    captions: bool | None = None,
    title: str | None = None,
    policy: Policy | str | Path | None = None,
    rows: int = 4,
    accounts: Sequence[Account] = (),
    account: Account | None = None,
    author: StaffMember | None = None,
    **fields: Any,
) -> Practice:
    """The composer holding ``draft`` for a trainee to rewrite in the box, with the key facts to ``keep``.

    ``alt_text=""`` adds an image and a box for its alt text; ``captions=False`` a video and a captions tick box;
    ``title=...`` a video title box (YouTube); ``accounts`` an account picker. Other Post fields
    (``scheduled_at`` ...) pass through. A key fact may list spellings: ``"Keele St|Keele Street"``.
    """
    media = list(fields.pop("media", []) or [])
    if alt_text is not None:
        media.append({"kind": "image", "alt_text": alt_text})
    if captions is not None:
        media.append({"kind": "video", "captions": captions})
    if media:
        fields["media"] = media
    if title is not None:
        fields["title"] = title
    return Practice(
        draft,
        keep=keep,
        platform=platform,
        fields=fields,
        policy=policy,
        rows=rows,
        accounts=accounts,
        account=account,
        author=author,
    )


class DrillWidget(_Quiet, W.VBox):
    """Spot and fix: the rule, one of its bad examples in the composer, whether it is fixed, and its good examples."""

    def __init__(self, d: Drill):
        self.drill = d
        rule = d.rule
        head = W.HTML(
            f"<div style='line-height:1.4'><b>Spot and fix: {html.escape(rule.title)}</b> "
            f"<code style='font-size:85%'>{html.escape(rule.id)}</code><br>"
            f"<span style='color:#555'>{html.escape(' '.join(rule.rationale.split()))}</span></div>",
            layout=W.Layout(width="100%"),
        )
        notes = describe_post(d.example)
        context = W.HTML("".join(f"<div style='color:#555'>{html.escape(n)}</div>" for n in notes))
        self.practice = Practice(
            d.example.text, platform=d.example.platform, fields=d.example.post, policy=d.policy, rows=3
        )
        self.status = W.HTML(layout=W.Layout(width="100%"))
        self.status.add_class("tps-drill-status")
        good = "".join(
            f"<li>{html.escape(g.text)}"
            + "".join(f"<div style='color:#555'>{html.escape(n)}</div>" for n in describe_post(g))
            + "</li>"
            for g in d.good
        )
        self.answers = W.HTML(
            _details_html("Show posts that pass this rule (from the policy)", f"<ul>{good}</ul>"),
            layout=W.Layout(width="100%"),
        )
        super().__init__(
            [head, context, self.practice, self.status, self.answers],
            layout=W.Layout(width="100%", max_width="760px", padding="6px", border="1px solid #ddd"),
        )
        self.add_class("tps-drill")
        self.practice.composer.observe(self._show_status, ["review"])
        self._show_status()
        _quiet_repr(self, d.text())

    def _show_status(self, _change: dict | None = None) -> None:
        review = self.practice.composer.review
        if review is None:
            self.status.value = "<span style='color:#555'>Write the post in the box.</span>"
        elif self.drill.rule.id in review.rules():
            self.status.value = (
                f"<span style='color:{_RED}'>✘ Still breaks “{html.escape(self.drill.rule.title)}”. "
                f"{html.escape(self.drill.rule.fix)}</span>"
            )
        else:
            self.status.value = (
                f"<span class='tps-right' style='color:{_GREEN}'>✔ No longer breaks "
                f"“{html.escape(self.drill.rule.title)}”. Did you keep the facts people need? "
                "Compare with the posts below.</span>"
            )


class WorksheetWidget(_Quiet, W.VBox):
    """Text boxes (and a decision) for a written exercise; what is written is saved as it is typed."""

    def __init__(self, sheet: Worksheet):
        self.sheet = sheet
        saved = sheet.load()
        self.boxes: dict[str, W.Textarea] = {}
        parts: list[W.Widget] = []
        for prompt in sheet.prompts:
            area = W.Textarea(
                value=saved.get(prompt, ""),
                rows=sheet.rows,
                layout=W.Layout(width="100%"),
                placeholder="Write here…",
            )
            area.add_class("tps-answer")
            area.observe(self._save, "value")
            self.boxes[prompt] = area
            parts += [W.HTML(f"<b>{html.escape(prompt)}</b>"), area]
        self.decision = None
        if sheet.decision:
            self.decision = W.RadioButtons(
                options=sheet.decision,
                value=saved.get("decision") if saved.get("decision") in sheet.decision else None,
                layout=W.Layout(width="100%"),
            )
            self.decision.add_class("tps-decision")
            self.decision.observe(self._save, "value")
            parts += [W.HTML("<b>Your decision:</b>"), self.decision]
        super().__init__(
            parts, layout=W.Layout(width="100%", max_width="760px", padding="6px", border="1px solid #ddd")
        )
        self.add_class("tps-worksheet")
        _quiet_repr(self, sheet.text())

    def answers(self) -> dict[str, str]:
        out = {p: b.value for p, b in self.boxes.items()}
        if self.decision is not None and self.decision.value:
            out["decision"] = self.decision.value
        return out

    def _save(self, _change: dict | None = None) -> None:
        self.sheet.save(self.answers())


class PolicyForm(_Quiet, W.VBox):
    """A guided form for a policy file (lesson 10): plain boxes in, the YAML out, checked as you type.

    The YAML it writes is what a policy file holds (and what assignment 10 asks for); the form tells you whether
    it builds, whether your new rule catches its bad example and lets its good example through, and what the
    policy says about a test post.
    """

    _TEXT = (
        "name",
        "official_phones",
        "acronyms",
        "jargon",
        "rule_title",
        "rule_words",
        "rule_suggest",
        "rule_rationale",
        "rule_source",
        "rule_fix",
        "rule_bad",
        "rule_good",
        "test_post",
    )

    def __init__(self, key: str = "policy-form", **values: Any):
        self.sheet = worksheet(key, ["policy form"])
        saved: dict[str, Any] = {}
        raw = self.sheet.load().get("policy form")
        if raw:
            import json

            try:
                saved = json.loads(raw)
            except ValueError:
                saved = {}
        saved.update(values)

        def text(name: str, label: str, placeholder: str = "", rows: int = 0) -> W.Widget:
            cls = W.Textarea if rows else W.Text
            kw = {"rows": rows} if rows else {}
            box = cls(
                value=str(saved.get(name, "")),
                placeholder=placeholder,
                description=label,
                style={"description_width": "11em"},
                layout=W.Layout(width="100%"),
                continuous_update=False,
                **kw,
            )  # a policy builds in about a second: check when a box is left
            box.add_class(f"tps-form-{name.replace('_', '-')}")
            return box

        self.w: dict[str, W.Widget] = {
            "name": text("name", "Service name", "Lakeview Police"),
            "official_phones": text("official_phones", "Official numbers", "905-555-0100 (one a line)", 2),
            "acronyms": text("acronyms", "Known acronyms", "LPS (one a line)", 1),
            "jargon": text("jargon", "Jargon = plain", "cruiser = police car (one a line)", 2),
            "stricter": W.Dropdown(
                options=[("(no change)", "")] + [(r.id, r.id) for r in load_policy().rules],
                value=saved.get("stricter", ""),
                description="Rule to change",
                style={"description_width": "11em"},
            ),
            "stricter_level": W.Dropdown(
                options=list(FORM_CHOICES["levels"]),
                value=saved.get("stricter_level", "error"),
                description="its new level",
                style={"description_width": "11em"},
            ),
            "rule_title": text("rule_title", "New rule: title", "The unit's current name"),
            "rule_category": W.Dropdown(
                options=list(FORM_CHOICES["categories"]),
                value=saved.get("rule_category", "clarity"),
                description="category",
                style={"description_width": "11em"},
            ),
            "rule_level": W.Dropdown(
                options=list(FORM_CHOICES["levels"]),
                value=saved.get("rule_level", "warning"),
                description="level",
                style={"description_width": "11em"},
            ),
            "rule_values": W.SelectMultiple(
                options=list(FORM_CHOICES["values"]),
                value=tuple(v for v in saved.get("rule_values", ()) if v in FORM_CHOICES["values"]),
                rows=4,
                description="core values",
                style={"description_width": "11em"},
            ),
            "rule_words": text("rule_words", "words to catch", "Traffic Enforcement Bureau (one a line)", 2),
            "case_sensitive": W.Checkbox(
                value=bool(saved.get("case_sensitive", False)),
                indent=False,
                description="match only as written, capitals included (case: sensitive)",
                layout=W.Layout(width="100%"),
            ),
            "rule_suggest": text("rule_suggest", "write instead", "Road Safety Unit"),
            "rule_rationale": text(
                "rule_rationale", "why (rationale)", "Why the rule matters, in plain words", 2
            ),
            "rule_source": text("rule_source", "source", "The law, guide or decision it comes from"),
            "rule_fix": text("rule_fix", "how to fix it", "Use the unit's current name."),
            "rule_bad": text("rule_bad", "a post it catches", "", 2),
            "rule_good": text("rule_good", "a post it lets pass", "", 2),
            "test_post": text("test_post", "Try a post", "A post to check against your policy", 2),
        }
        for box in self.w.values():
            box.observe(self._changed, "value")
        self.yaml = W.HTML(layout=W.Layout(width="100%"))
        self.yaml.add_class("tps-yaml")
        self.status = W.HTML(layout=W.Layout(width="100%"))
        self.status.add_class("tps-form-status")
        h = W.HTML
        super().__init__(
            [
                h("<b>1. Your service</b>"),
                self.w["name"],
                self.w["official_phones"],
                self.w["acronyms"],
                h("<b>2. Words your readers don't know</b>"),
                self.w["jargon"],
                h("<b>3. A rule to make stricter (or softer)</b>"),
                W.HBox([self.w["stricter"], self.w["stricter_level"]]),
                h("<b>4. A new rule</b> (leave empty for none)"),
                self.w["rule_title"],
                W.HBox([self.w["rule_category"], self.w["rule_level"]]),
                self.w["rule_values"],
                self.w["rule_words"],
                self.w["case_sensitive"],
                self.w["rule_suggest"],
                self.w["rule_rationale"],
                self.w["rule_source"],
                self.w["rule_fix"],
                self.w["rule_bad"],
                self.w["rule_good"],
                h("<b>5. Test it</b>"),
                self.w["test_post"],
                self.status,
                h("<b>The policy file this form writes</b> (copy it into a file, or into assignment 10):"),
                self.yaml,
            ],
            layout=W.Layout(width="100%", max_width="760px", padding="6px", border="1px solid #ddd"),
        )
        self.add_class("tps-policy-form")
        self._changed()
        _quiet_repr(self, "Policy form: fill in the boxes in JupyterLab; the YAML appears below them.")

    def values(self) -> dict[str, Any]:
        out = {k: w.value for k, w in self.w.items()}
        out["rule_values"] = list(out["rule_values"])
        return out

    @property
    def text(self) -> str:
        """The policy file's YAML."""
        v = self.values()
        v.pop("test_post")
        return policy_yaml(**v)

    def _changed(self, _change: dict | None = None) -> None:
        import json

        values = self.values()
        if _change is not None:
            self.sheet.save({"policy form": json.dumps(values, ensure_ascii=False)})
        text = self.text
        self.yaml.value = (
            f"<pre style='background:#f6f8fa;padding:6px;white-space:pre-wrap'>{html.escape(text)}</pre>"
        )
        self.status.value = self._verdict(text, values)

    def _verdict(self, text: str, values: Mapping[str, Any]) -> str:
        try:
            pol = policy_from_text(text)
        except TpsError as e:
            return _feedback_html(False, f"The policy does not build: {e}")
        lines = [_feedback_html(True, f"The policy builds: {len(pol.enabled_rules)} rules on.")]
        added = [r for r in pol.rules if r.id not in {m.id for m in load_policy().rules}]
        for rule in added:
            for ex in rule.examples.bad:
                hit = rule.id in check(ex.text, platform=ex.platform, policy=pol).rules()
                lines.append(
                    _feedback_html(
                        hit, f"{rule.id} {'catches' if hit else 'does not catch'} its bad example."
                    )
                )
            for ex in rule.examples.good:
                hit = rule.id in check(ex.text, platform=ex.platform, policy=pol).rules()
                lines.append(
                    _feedback_html(
                        not hit, f"{rule.id} {'flags' if hit else 'lets through'} its good example."
                    )
                )
        post = str(values.get("test_post") or "").strip()
        if post:
            review = check(post, policy=pol)
            found = "; ".join(f"{f.level} {f.rule}: {f.message}" for f in review.findings) or "no findings"
            words, _ = VERDICTS[review.verdict]
            lines.append(
                f"<div style='line-height:1.4'><b>Your test post:</b> {words} ({html.escape(found)})</div>"
            )
        return "".join(lines)
