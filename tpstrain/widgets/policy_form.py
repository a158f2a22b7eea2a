"""The guided policy form of lesson 10: plain boxes in, a policy file's YAML out, checked as you type."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import ipywidgets as W

from ..api import check
from ..errors import TpsError
from ..policy import load_policy
from ..practice import FORM_CHOICES, policy_from_text, policy_yaml, worksheet
from ..render.html import feedback_html
from ..render.palette import VERDICT_WORDS
from .lessons import Quiet, quiet_repr


class PolicyForm(Quiet, W.VBox):
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
        quiet_repr(self, "Policy form: fill in the boxes in JupyterLab; the YAML appears below them.")

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
            return feedback_html(False, f"The policy does not build: {e}")
        lines = [feedback_html(True, f"The policy builds: {len(pol.enabled_rules)} rules on.")]
        added = [r for r in pol.rules if r.id not in {m.id for m in load_policy().rules}]
        for rule in added:
            for ex in rule.examples.bad:
                hit = rule.id in check(ex.text, platform=ex.platform, policy=pol).rules()
                lines.append(
                    feedback_html(hit, f"{rule.id} {'catches' if hit else 'does not catch'} its bad example.")
                )
            for ex in rule.examples.good:
                hit = rule.id in check(ex.text, platform=ex.platform, policy=pol).rules()
                lines.append(
                    feedback_html(
                        not hit, f"{rule.id} {'flags' if hit else 'lets through'} its good example."
                    )
                )
        post = str(values.get("test_post") or "").strip()
        if post:
            review = check(post, policy=pol)
            found = "; ".join(f"{f.level} {f.rule}: {f.message}" for f in review.findings) or "no findings"
            words = VERDICT_WORDS[review.verdict]
            lines.append(
                f"<div style='line-height:1.4'><b>Your test post:</b> {words} ({html.escape(found)})</div>"
            )
        return "".join(lines)
