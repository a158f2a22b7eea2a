"""Acronyms a reader may not know: the policy's internal ones, with what to write, and any other word in
capitals that the public does not know and the post does not spell out."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ..passes.contacts import NANP_SHAPE, POLICE_DEPARTMENT
from ..passes.names import VEHICLE_MAKES
from ..words import vocabulary
from .base import Ctx
from .shouting import capitals_title
from .terms import TermsRule

if TYPE_CHECKING:
    from ..passes.tokenize import Analysis, Token
    from ..rules import AcronymsCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")  # two capitals at least: "ETF", "ViCLAS", "K9"
_ROMAN = re.compile(r"[IVXLC]+")
# short words written in capitals for emphasis ("Do NOT leave", "ALL of you"): tone.shouting's, not acronyms
_EMPHASIS = frozenset(
    """NOT ANY YOU YOUR MUST NOW HAVE ALL YES WOW STOP BIG DO DONT NEVER THE AND FOR ARE OUR WE IS CAN WILL NO SO TOO
    VERY ONE TWO NEW GET OFF OUT HELP SAFE STAY LOCK SLOW ONLY DID WAS WHY HOW WHAT WHO JUST REAL FREE ASK HOME
    KEEP THIS THAT BE AT IN ON UP GO BY OR IF ME MY HE SHE HIS HER US OK YA HEY HI THEY YET NEXT DAY LIVE
    WITH FROM INTO ONTO OVER NEAR THEM THEIR WHEN THAN THEN BEEN WERE HAS HAD ITS""".split()
)


_PART_OF = frozenset("starting beginning ending with in starts begins ends as reading reads".split())
_PLATE_WORDS = frozenset("plate licence license reg rego registration".split())


_KNOWN_TAIL = re.compile(r"[a-z]([A-Z]{2,})$")
# what a release's title in capitals is about: "SHOOTING – MALVERN", "FATAL COLLISION – SCARLETT RD"
_TITLE_WORD = re.compile(
    r"\b(?:SHOOTING|STABBING|COLLISION|ROBBERY|HOMICIDE|ARREST|ARRESTED|CHARGED|MISSING|WANTED|FIRE|ASSAULT|"
    r"UPDATE|APPEAL|CLOSURE|CLOSURES|CLOSED|FATAL|INCIDENT|INVESTIGATION|BREAK|SCAM|ALERT|WARNING|LOCATED)\b"
)


class AcronymsRule(TermsRule):
    check: AcronymsCheck  # TermsRule reads its terms and skip options

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        self.needs_term = None  # every post: an unknown acronym is not in any table
        st = policy.policy.settings
        self.known = {x.upper() for x in [*st.acronyms, *self.check.known]}
        self.internal = {m.upper() for t in self.check.terms for m in t.match}

    def run(self, ctx: Ctx) -> list[FindingShape]:
        out = super().run(ctx) if self.rule.id in ctx.hits else []
        a = ctx.a
        words = a.words
        most = self.check.max_letters
        caps = []  # words in capitals: a capital after the first letter, or at the end ("ETF", "ViCLAS", "K9")
        for k in a.capitalized:  # an acronym has capital letters
            t = words[k].text
            if (
                (t[1:2].isupper() or (t[-1:].isupper() and len(t) > 1))
                and 2 <= len(t) <= most
                and _ACRONYM.fullmatch(t)
            ):
                caps.append(k)
        if not caps:
            return out
        if out:  # a listed acronym the post spells out itself: "Mobile Crisis Intervention Team (MCIT) ... the MCIT nurse"
            spelled = {ctx.orig(words[k].start, words[k].end) for k in caps if self._spelled_out(a, k)}
            out = [f for f in out if (f.start, f.end) not in spelled]
        taken = {(f.start, f.end) for f in out}
        # a word another clarity or sensitivity rule already names ("MVC" is jargon, with "crash" to write)
        named = {
            k
            for owner, hits in ctx.hits.items()
            if owner.startswith(("clarity.", "sensitivity."))
            for i, j, _ in hits
            for k in range(i, j)
        }
        text = a.folded
        for k in caps:
            if k in named:
                continue
            w = words[k]
            up = w.text.upper()
            tail = _KNOWN_TAIL.search(w.text)  # a name built on a known one: "the SafeTTC app"
            if (
                up in self.known
                or (tail is not None and tail[1] in self.known)
                or up in self.internal
                or _ROMAN.fullmatch(w.text)
                or sum(c.isalpha() for c in up) < 2
                or POLICE_DEPARTMENT.fullmatch(up)  # a police department's own name
            ):
                continue
            if self._loud_run(words, k) or self._heading(text, w.start, w.end) or self._spelled_out(a, k):
                continue
            if self._explained(a, k):
                continue
            if k and words[k - 1].lower in VEHICLE_MAKES and words[k - 1].sentence == w.sentence:
                continue  # a model after its make: "a white 2021 Lexus RX", "a Honda CR-V"
            if sum(c.isupper() for c in w.text) < sum(c.islower() for c in w.text) or self._not_a_word(a, k):
                continue
            if (len(up) >= 5 and up.isalpha() and up.lower() in vocabulary()) or up in _EMPHASIS:
                continue  # "WANTED for robbery", "MISSING:", "do NOT": a word in capitals, not an acronym
            if self._caps_words(words, k):
                continue  # "ROAD CLOSURES this weekend": two words in capitals, a heading
            if ctx.orig(w.start, w.end) in taken:
                continue
            out.append(self.finding(ctx, w.start, w.end, {"suggestions": "the full name, or plain words"}))
        out.sort(key=lambda f: f.start)
        return out

    @staticmethod
    def _loud_run(words: list[Token], k: int) -> bool:
        """Part of three or more words in capitals: shouting or a heading, not an acronym."""

        def loud(i: int) -> bool:
            return (
                0 <= i < len(words)
                and words[i].text.isupper()
                and (len(words[i].text) > 1 or words[i].text in ("A", "I"))  # "PERSON WITH A GUN"
                and words[i].sentence == words[k].sentence
            )

        return (loud(k - 1) and loud(k - 2)) or (loud(k - 1) and loud(k + 1)) or (loud(k + 1) and loud(k + 2))

    @staticmethod
    def _caps_words(words: list[Token], k: int) -> bool:
        """A word in capitals beside another, both English words ("ROAD CLOSURES", "SCAM ALERT")."""

        def word(i: int) -> bool:
            t = words[i].text if 0 <= i < len(words) else ""
            return len(t) >= 3 and t.isalpha() and t.isupper() and t.lower() in vocabulary()

        near = [i for i in (k - 1, k + 1) if 0 <= i < len(words) and words[i].sentence == words[k].sentence]
        return word(k) and any(word(i) for i in near)

    @staticmethod
    def _heading(text: str, start: int, end: int) -> bool:
        """ "UPDATE:", "ROAD CLOSED:", "ARREST |" at the start of a line: a heading, in capitals."""
        starts, heads = _line_heads(text)
        head_end, head_in_capitals, title_word = heads[bisect_right(starts, start) - 1]
        # a release's title on the first line, in capitals, the text below in sentence case: "SHOOTING – MALVERN" (dev
        # batch 371)
        if title_word and (title := capitals_title(text, start, end)) is not None:
            return title
        return head_in_capitals and end <= head_end

    @staticmethod
    def _not_a_word(a: Analysis, k: int) -> bool:
        """A sign-off ("^PR"), a keyword to text ("text CONNECT to 686868"), a vanity number ("408-HELP"), a
        plate or a model ("CBXR 719", "RAV4", "CR-V"), a reference ("CAD 4417"), or part of a name ("OC Transpo")."""
        words, gaps = a.words, a.gaps
        w, before = words[k], gaps[k]
        if before.endswith("^") or (before.endswith("-") and k and words[k - 1].text[:1].isdigit()):
            return True
        if k and words[k - 1].lower in (
            "text",
            "texting",
            "word",
            "send",
            "keyword",
            "dial",
            "quoting",
            "quote",
            "ref",
            "reference",
            "plate",
            "licence",
            "license",
            "reg",
            "rego",
            "model",
        ):
            return True
        if k + 1 < len(words) and words[k + 1].lower in _PLATE_WORDS and len(w.text) == 2:
            return True  # a state's or a province's plate: "NY plate KTR-5551"
        if (
            k > 1
            and words[k - 1].text.isdigit()
            and any(x.lower in _PLATE_WORDS for x in words[max(0, k - 4) : k - 1])
        ):
            return True  # a plate's letters after its digits: "Oregon plate 555 KMT", "NSW rego CN 45 PQ"
        if any(x.lower in _PLATE_WORDS for x in words[max(0, k - 4) : k]) and words[k - 1].lower in _PART_OF:
            return True  # part of a plate: "plate starting CBRT", "reg ending in KJD", "plate that starts with CTXA"
        if any(c.isdigit() for c in w.text) and any(c.isalpha() for c in w.text):
            return True  # "RAV4", "N95", "K9": a model or a name, not an acronym to spell out
        prev = words[k - 1].text if k else ""
        if gaps[k] == " " and prev.isupper() and any(c.isdigit() for c in prev):
            return True  # the second half of a UK registration: "BX19 KLM"
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.sentence == w.sentence:
            gap = gaps[k + 1]
            if nxt.text.isdigit() or gap.strip() in ("-", "/") or gap.strip().startswith("("):
                return True
            if _CONTACT_AFTER.match(a.folded, w.end):
                # a record's label ("RD# JH-334512"), or an organization with its line or its site ("Report fraud to
                # the CAFC at 1-888-495-8501"; not "a 10-50 PI at 5th & Main", "an RTC at 1430hrs")
                return True
            if (
                nxt.text[:1].isupper()
                and not nxt.text.isupper()
                and gap == " "
                and nxt.lower not in ("has", "is")
            ):
                return True  # "OC Transpo", "GO Transit": part of a name
        if w.lower in _site_names(a):
            return True  # named in a site the post gives: "report it to CEOP at ceop.police.uk"
        return a.folded[w.start - 1 : w.start] in ("'", '"') and a.folded[w.end : w.end + 1] in ("'", '"')

    @staticmethod
    def _explained(a: Analysis, k: int) -> bool:
        """The post says what it is in plain words, in brackets: "the physical readiness test (PREP)", "Our PACT team
        (police and a mental health worker together)"."""
        words, text, w = a.words, a.folded, a.words[k]
        if k >= 2 and text[w.start - 1 : w.start] == "(" and text[w.end : w.end + 1] == ")":
            return True  # named in brackets after what it is
        for j in (k + 1, k + 2):  # the acronym, a noun ("team", "program"), then what it is
            if j < len(words) and words[j].sentence == w.sentence and a.gaps[j].strip() == "(":
                close = text.find(")", words[j].start)
                return close > 0 and sum(1 for x in words[j:] if x.end <= close) >= 3
        return False

    @staticmethod
    def _spelled_out(a: Analysis, k: int) -> bool:
        """ "Mobile Crisis Intervention Team (MCIT)" or "MCIT (Mobile Crisis Intervention Team)"."""
        words, up = a.words, a.words[k].text.upper()
        letters = [c for c in up if c.isalpha()]
        n = len(letters)
        for lo, hi in ((max(0, k - n - 3), k), (k + 1, min(len(words), k + n + 4))):
            initials = [w.text[0].upper() for w in words[lo:hi] if w.text[:1].isupper()]
            # "Police and Crisis Team (PACT)", "Youth in Policing Initiative (YIPI)": the small words may give a letter too
            small = [
                w.text[0].upper()
                for w in words[lo:hi]
                if w.text[:1].isupper() or w.lower in ("and", "of", "for", "in", "on")
            ]
            if "".join(letters) in "".join(initials) or "".join(letters) in "".join(small):
                return True
        return "".join(letters) in _initialisms(a)  # "Our Beat Enforcement Team walks ... Thank you, BET"


_SITE_TEXT = r"[\w-]+(?:\.[\w-]+)*\.(?:ca|com|org|net|gov|uk|au|nz|us|info|police)\b"  # "ceop.police.uk"
_SITE = re.compile(rf"\b{_SITE_TEXT}", re.I)
# a record's label, or a line or a site after the acronym: "RD# JH-334512", "the CAFC at 1-888-495-8501"
_CONTACT_AFTER = re.compile(
    rf"#\s*[A-Z]{{0,3}}-?\d|\s+(?:at|on)\s+(?:{NANP_SHAPE.pattern}|(?:\+?1[-. ]?)?(?:1-8\d\d-|0800\b|13\d\d\b|{_SITE_TEXT}))",
    re.I,
)


def _site_names(a: Analysis) -> set[str]:
    """The names in the post's web addresses ("ceop", "accce" in "ceop.police.uk", "accce.gov.au"), read once."""
    got = a.cache.get("site_names")
    if got is None:
        got = a.cache["site_names"] = {
            part.lower() for m in _SITE.finditer(a.folded) for part in m.group().split(".")[:-1]
        }
    return got


def _initialisms(a: Analysis) -> set[str]:
    """The initials of every run of capitalized words in the post (2 to 6 letters), read once per post."""
    got = a.cache.get("initialisms")
    if got is None:
        got, run, full = set(), "", ""  # full: with the small words' letters ("Police and Crisis Team": PACT)
        for w in a.words:
            if w.text[:1].isupper() and w.text[1:2].islower():
                run, full = (run + w.text[0])[-6:], (full + w.text[0])[-6:]
                got.update(run[i:] for i in range(len(run) - 1))
                got.update(full[i:] for i in range(len(full) - 1))
            elif w.lower in ("of", "and", "for", "in", "on"):
                full = (full + w.text[0].upper())[-6:]
            elif w.lower not in ("the", "&"):
                run = full = ""
        a.cache["initialisms"] = got
    return got


@lru_cache(maxsize=4)
def _line_heads(text: str) -> tuple[list[int], list[tuple[int, bool, bool]]]:
    """Where each line starts, and for each line: where its head before a colon or bar ends (-1 with none), whether
    that head is in capitals, and whether the line has a title's word. Read once a post, not once a word."""
    starts, heads, at = [], [], 0
    for line in text.split("\n"):
        head = re.split(r"[:|]", line, maxsplit=1)
        shown = head[0].strip(" #*-")
        starts.append(at)
        heads.append(
            (
                at + len(head[0]) if len(head) == 2 else -1,
                len(head) == 2 and shown.upper() == shown,
                bool(_TITLE_WORD.search(line)),
            )
        )
        at += len(line) + 1
    return starts, heads
