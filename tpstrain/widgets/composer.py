"""The post composer: a JupyterLab widget that checks a post on every keystroke.

Updating is cheap: one ``check`` (the compiled policy is cached), then only the widget values that changed
are sent. Rows of the findings list are pooled and reused, so typing does not create widgets.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as W
import traitlets

from ..api import check
from ..errors import InputError, TpsError
from ..models import MAX_TEXT, Account, Post, StaffMember
from ..platforms import PLATFORMS, text_length
from ..platforms import platform as platform_of
from ..policy import Policy, load_policy
from ..render.html import finding_html, highlight_html
from ..render.palette import GREY, RED, VERDICT_COLOURS, VERDICT_WORDS
from ..review import Finding, Review

PROMPT = "Write your post in the box above. Feedback appears as you type."
_PLATFORM_CHOICES = [(PLATFORMS[k].label, k) for k in ("x", "facebook", "instagram", "youtube")]


def _account_label(a: Account) -> str:
    return f"@{a.handle.lstrip('@')} ({PLATFORMS[a.platform].label}, {a.kind.replace('_', ' ')})"


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
        self.label.value = finding_html(f)
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
            words, colour = VERDICT_WORDS[review.verdict], VERDICT_COLOURS[review.verdict].html
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
            f"<span style='color:{RED.html if over else GREY};font-weight:{'bold' if over else 'normal'}' "
            f"title='characters as the platform counts them / its limit'>{self._counter_plain}</span>"
        )
        if over != self._over:
            (self._counter.add_class if over else self._counter.remove_class)("tps-over")
            self._over = over

    def _set_message(self, text: str, error: bool = False) -> None:
        if not text:
            self._message.value = ""
        elif error:
            self._message.value = (
                f"<span class='tps-error' style='color:{RED.html}'>⚠ {html.escape(text)}</span>"
            )
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
