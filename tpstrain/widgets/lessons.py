"""The lessons' practice as widgets: multiple choice, spot-the-problem rounds, rewrites in the composer with
the key facts to keep, fix drills and worksheets (their logic and plain-text forms: :mod:`tpstrain.practice`)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import ipywidgets as W

from ..models import Account, StaffMember
from ..policy import Policy
from ..practice.choice import LETTERS, Choice, index_of
from ..practice.examples import CHANGE, FINE, Drill, Spot, describe_post
from ..practice.worksheet import Worksheet
from ..render.html import feedback_html
from ..render.palette import GREEN, RED
from ..review import Review
from .composer import Composer


def quiet_repr(widget: W.Widget, text: str) -> None:
    """Give a widget a short plain-text form (its default repr lists every child's value)."""
    widget._tps_text = text


class Quiet:
    """A widget whose plain-text form is short (see :func:`quiet_repr`)."""

    def __repr__(self) -> str:
        return getattr(self, "_tps_text", type(self).__name__)


class ChoiceWidget(Quiet, W.VBox):
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
        quiet_repr(self, check.text())

    def _picked(self, change: dict) -> None:
        if change["new"] is None:
            return
        right, text = self.check.feedback(change["new"])
        self.feedback.value = feedback_html(right, text)

    def pick(self, option: Any) -> str:
        """Pick an option as a click would (letter, text or index); returns the feedback."""
        self.options.value = index_of(option, self.check.options, "pick")
        return self.check.pick(option)


def _post_html(text: str, notes: Sequence[str]) -> str:
    extra = "".join(f"<div style='color:#555;font-size:90%'>{html.escape(n)}</div>" for n in notes)
    return (
        f"<div style='white-space:pre-wrap;border-left:3px solid #bbb;padding:2px 8px;line-height:1.4'>"
        f"{html.escape(text)}{extra}</div>"
    )


class SpotWidget(Quiet, W.VBox):
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
        quiet_repr(self, round_.text())

    def _picked(self, number: int, change: dict) -> None:
        if change["new"] is None:
            return
        item = self.round.items[number - 1]
        right = (change["new"] == CHANGE) == item.bad
        self._feedback[number - 1].value = feedback_html(
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


class Practice(Quiet, W.VBox):
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
        quiet_repr(self, f"Rewrite in the box: {draft}")

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
        from ..course.facts import find_fact

        return [k for k in self.keep if not find_fact(self.value, k)]

    def _show_kept(self, _change: dict | None = None) -> None:
        if not self.keep:
            return
        gone = set(self.missing())
        marks = " ".join(
            f"<span style='color:{RED.html if k in gone else GREEN.html};white-space:nowrap'>{'✘' if k in gone else '✔'} "
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


class DrillWidget(Quiet, W.VBox):
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
        quiet_repr(self, d.text())

    def _show_status(self, _change: dict | None = None) -> None:
        review = self.practice.composer.review
        if review is None:
            self.status.value = "<span style='color:#555'>Write the post in the box.</span>"
        elif self.drill.rule.id in review.rules():
            self.status.value = (
                f"<span style='color:{RED.html}'>✘ Still breaks “{html.escape(self.drill.rule.title)}”. "
                f"{html.escape(self.drill.rule.fix)}</span>"
            )
        else:
            self.status.value = (
                f"<span class='tps-right' style='color:{GREEN.html}'>✔ No longer breaks "
                f"“{html.escape(self.drill.rule.title)}”. Did you keep the facts people need? "
                "Compare with the posts below.</span>"
            )


class WorksheetWidget(Quiet, W.VBox):
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
        quiet_repr(self, sheet.text())

    def answers(self) -> dict[str, str]:
        out = {p: b.value for p, b in self.boxes.items()}
        if self.decision is not None and self.decision.value:
            out["decision"] = self.decision.value
        return out

    def _save(self, _change: dict | None = None) -> None:
        self.sheet.save(self.answers())
