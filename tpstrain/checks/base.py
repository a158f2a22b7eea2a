"""What every check kind shares: the per-post context the shared passes fill, and the rule runner's interface."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..languages import language_of_words
from ..levels import LEVEL_RANK
from ..passes.denied import in_denied_claim
from ..passes.tokenize import Analysis, Token, plain_words
from ..platforms import PLATFORMS, text_length
from ..readability import scores, scores_fr

if TYPE_CHECKING:
    from ..models import Post
    from ..passes.patterns import PatternSet
    from ..passes.terms import TermTable
    from ..plain import Plain
    from ..rules import Check, Rule, Settings
    from ..shapes import FindingShape, Results


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


_KNOWN = frozenset(
    {
        "match",
        "suggestion",
        "suggestions",
        "value",
        "limit",
        "platform",
        "note",
        "name",
        "module",
        "unit",
        "have",
        "index",
    }
)


def render(template: str, values: dict[str, Any]) -> str:
    """Fill {placeholders}; a known one without a value reads as nothing, an unknown one stays as written."""
    out = _PLACEHOLDER.sub(
        lambda m: str(values.get(m.group(1), "")) if m.group(1) in _KNOWN else m.group(0), template
    )
    return " ".join(out.split()) if out != template else out


# ----- what a check reads of its policy ----------------------------------------------------------
class PolicyData(Protocol):
    """A policy as the engine reads it: a :class:`~tpstrain.policy.Policy`, or its plain snapshot on the
    quick CLI path."""

    @property
    def rules(self) -> Sequence[Rule]: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def _table_cache(self) -> Path | None: ...


class Tables(Protocol):
    """What a check reads and adds to when it compiles and runs: the compiled policy's shared tables
    (:class:`tpstrain.engine.CompiledPolicy`)."""

    policy: PolicyData
    table: TermTable
    patterns: PatternSet
    prechecks: dict[str, int]
    results: Results

    def shared_terms(self, owner: str, phrases: list[str]) -> str: ...
    def official_address(self, address: str) -> bool: ...
    def pattern(self, regex: str, ignore_case: bool, where: str, capture: bool = False) -> Any: ...


# ----- per-post context -------------------------------------------------------------------------
class Ctx:
    """Everything the rules read about one post, computed once."""

    __slots__ = (
        "_make_metrics",
        "_metrics",
        "_tag_patterns",
        "a",
        "hits",
        "make_finding",
        "pattern_hits",
        "policy",
        "post",
        "word_starts",
    )

    def __init__(self, post: Post | Plain, a: Analysis, policy: Tables, results: Results | None = None):
        make_finding, make_metrics, _ = results or policy.results
        self.post = post
        self.a = a
        self.policy = policy
        self.make_finding = make_finding
        # hashtags are read as words too ("#GangViolence" as "gang violence"), after the text
        self.pattern_hits = hits = policy.patterns.matches(
            a.folded + "".join("\n" + phrase for _, phrase in a.hashtag_phrases) if a.hashtags else a.folded
        )
        # first: the term table skips the hidden-word pass when its precheck found nothing
        a.cache["ruled_out"] = {name for name, index in policy.prechecks.items() if index not in hits}
        self.hits = policy.table.match(a) if policy.table.first else {}
        self.word_starts = a.word_starts
        self._make_metrics = make_metrics
        self._metrics: Any = None  # computed on first use: a title's or alt text's context never needs them
        self._tag_patterns: list[frozenset[int]] | None = None

    @property
    def metrics(self) -> Any:
        """The post's metrics (length, grade, words, sentences), read once, when a rule or the review asks."""
        if self._metrics is None:
            self._metrics = _metrics(self.post, self.a, self._make_metrics)
        return self._metrics

    def tag_patterns(self) -> list[frozenset[int]]:
        """For each of ``a.hashtag_phrases``, the policy's patterns that can match it: one RE2 Set pass per tag,
        read on first use."""
        if self._tag_patterns is None:
            can = self.policy.patterns.matches
            self._tag_patterns = [can(phrase) for _, phrase in self.a.hashtag_phrases]
        return self._tag_patterns

    def orig(self, start: int, end: int) -> tuple[int, int]:
        return self.a.orig_span(start, end)

    def said(self, words: Sequence[Token]) -> str:
        """The post's own text from the first of ``words`` to the last ("his 11-year-old stepson")."""
        return self.post.text[slice(*self.orig(words[0].start, words[-1].end))]

    def sentence_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.word_starts, pos) - 1
        return self.a.words[i].sentence if i >= 0 else 0

    def at_sentence_start(self, pos: int) -> bool:
        i = bisect.bisect_right(self.word_starts, pos) - 1
        if i <= 0:
            return True
        return self.a.words[i - 1].sentence != self.a.words[i].sentence

    def in_title(self, start: int, end: int) -> bool:
        """The span is part of a name in Title Case of two or more words ("Obtaining Sexual Services for
        Consideration", "Indian Act"): a charge as laid, a law, an organization; or of a charge as laid in lower
        case ("charged with obtaining sexual services for consideration")."""
        if self.a.folded[start : start + 1] == "#" or self.a.folded[start - 1 : start] == "#":
            return False  # a hashtag is never part of a name in Title Case ("96 St. #DrugAddicts")
        words = self.a.words
        i = bisect.bisect_left(self.word_starts, start)
        j = bisect.bisect_left(self.word_starts, end)
        charges = self.a.charges  # a charge as laid in lower case: "charged with obtaining sexual services"
        if charges:
            c = bisect.bisect_right(charges, (i, len(words))) - 1
            if c >= 0 and charges[c][0] <= i and j <= charges[c][1]:
                return True
        if i >= len(words) or not all(_titled(w.text) for w in words[i:j]):
            return False
        gaps = self.a.gaps
        k = j
        while k < len(words) and words[k].lower in _TITLE_JOINERS and k + 1 < len(words):
            k += 1
        after = (
            k < len(words)
            and _titled(words[k].text)
            and words[k].sentence == words[i].sentence
            and words[k].lower not in _CAPITALIZED_NOUNS  # "Eskimo Elders" is no name: Elders is capitalized
            # "the Eskimo and Indian communities": two words joined by "and" before a plain noun name nothing
            and not (words[k - 1].lower == "and" and k + 1 < len(words) and not _titled(words[k + 1].text))
            # a sentence's first word, capitalized for that, then a place: "Junkies on East Hastings are ..."
            and not (k > j and (i == 0 or words[i - 1].sentence != words[i].sentence))
        )
        m = i - 1
        while m > 1 and words[m].lower in _TITLE_JOINERS:
            m -= 1  # "Cops for Cancer"
        before = (
            m >= 1
            # no comma or bracket between: not "in Vanier, with Eskimo throat singers"
            and not any(_NAME_BREAK.search(gaps[x]) for x in range(m + 1, i + 1))
            and _titled(words[m].text)
            and words[m].lower not in ("a", "an")  # "MISSING: An Eskimo woman": an article starts no name
            and words[m - 1].sentence == words[i].sentence
            and words[m].sentence == words[i].sentence
        )  # not the sentence's first word alone
        return (after or before) and not self._headline(words[i].sentence)

    def _headline(self, sentence: int) -> bool:
        """A headline or a video title in Title Case ("Helping Mental Patients Get Care"): its words are
        capitalized because it is a title, not because they name something (a charge or a law still does:
        "Charged With Possession of Child Pornography")."""
        return sentence in self.a.title_case and not any(
            w.lower in _LAW_CUES for w in self.a.words if w.sentence == sentence
        )

    def in_list(self, end: int) -> bool:
        """The span ends an item of a list of descriptors: a comma or slash after it, and two more after that."""
        text = self.a.folded
        line_end = min((x for x in (text.find("\n", end), text.find(".", end)) if x >= 0), default=len(text))
        rest = text[end:line_end]
        return rest[:1] in (",", "/") and rest.count(",") + rest.count("/") >= 2

    def words_after(self, pos: int, guards: list[tuple[str, ...]]) -> bool:
        """True when the words right after ``pos`` begin with one of the guards."""
        i = bisect.bisect_left(self.word_starts, pos)
        lw = [w.lower for w in self.a.words[i : i + max(map(len, guards))]]
        return any(tuple(lw[: len(g)]) == g for g in guards)

    def words_before(self, pos: int, guards: list[tuple[str, ...]]) -> bool:
        """True when the words right before ``pos`` end with one of the guards."""
        i = bisect.bisect_left(self.word_starts, pos)
        lw = [w.lower for w in self.a.words[max(0, i - max(map(len, guards))) : i]]
        return any(len(lw) >= len(g) and tuple(lw[len(lw) - len(g) :]) == g for g in guards)


_SENTENCE, _LOWER = itemgetter(5), itemgetter(4)  # Token.sentence, Token.lower, without a Python frame


def _metrics(post: Post | Plain, a: Analysis, make: Callable[..., Any]) -> Any:
    words = plain_words(a)
    per_sentence = Counter(map(_SENTENCE, words))
    n_sent = max(1, len(per_sentence))
    lowers = list(map(_LOWER, words))
    # a French post: a French measure, on the words as written (accents count)
    if words and language_of_words(lowers) == "fr":
        sc = scores_fr([a.original[slice(*a.orig_span(w.start, w.end))] for w in words], n_sent)
    else:
        sc = scores(lowers, n_sent) if words else None
    plat = PLATFORMS[post.platform]
    length = text_length(post.text, post.platform)
    return make(
        platform=post.platform,
        weighted_length=length,
        limit=plat.text_limit,
        grade=sc[1] if sc else None,
        reading_ease=sc[0] if sc else None,
        words=len(words),
        sentences=len(per_sentence),
        longest_sentence=max(per_sentence.values(), default=0),
        hashtags=len(a.hashtags),
    )


def _case_like(suggestion: str, original: str, sentence_start: bool) -> str:
    if not suggestion:
        return suggestion
    if (sentence_start or (original[:1].isupper() and not original.isupper())) and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


class Compiled:
    """A rule ready to run: ``run(ctx)`` returns findings.

    A rule that can only fire on something found in the shared passes says so, and is not run on a post
    without it: ``needs_term`` (an owner key of the term table), ``needs_detector`` (a detector whose
    precheck must match), ``needs_pattern`` (indexes in the RE2 Set, one of which must match) or
    ``needs_post`` (parts of the post, such as its media or author, that must be there). ``also_field`` wakes
    it besides, when the post gives that field a value (a death's ``next_of_kin_notified``); ``also_patterns``, when
    one of those patterns of the RE2 Set matches."""

    needs_term: str | None = None
    needs_detector: str | None = None
    needs_pattern: frozenset[int] | None = None
    needs_post: tuple[str, ...] = ()  # parts of the post that must be there: "media", "author", ...
    also_field: str | None = None  # a post field that, when set (True or False), wakes the rule too
    also_patterns: tuple[int, ...] = ()  # patterns of the RE2 Set that wake the rule too

    check: Check  # the rule's check parameters; each kind narrows it to its own model

    def __init__(self, rule: Rule, policy: Tables):
        self.rule = rule
        self.check = rule.check
        self.level = rule.level

    def run(self, ctx: Ctx) -> list[FindingShape]:  # pragma: no cover - overridden
        raise NotImplementedError

    def finding(
        self,
        ctx: Ctx,
        start: int,
        end: int,
        values: dict[str, Any] | None = None,
        suggestions: Sequence[str] = (),
        *,
        folded: bool = True,
        field: str = "text",
        field_text: str | None = None,
        certain: bool = True,
    ) -> FindingShape:
        """A finding of this rule. ``certain=False`` when the text cannot show the problem for sure: then it
        is at most a warning, and its message is the rule's ``question`` (what the writer must answer)."""
        whole = ctx.post.text if field == "text" else (field_text or "")
        os_, oe = ctx.orig(start, end) if folded and field == "text" else (start, end)
        # a span a rule extended to show the context ends on whole words (one it replaces stays as is)
        if not suggestions:
            oe = _whole_word_end(whole, os_, oe)
        matched = whole[os_:oe]
        vals = {"match": matched, **(values or {})}
        if suggestions:
            at_start = field == "text" and ctx.at_sentence_start(start if folded else 0)
            suggestions = [_case_like(s, matched, at_start) for s in suggestions]
            vals.setdefault("suggestion", suggestions[0])
            vals.setdefault("suggestions", " or ".join(f"'{s}'" for s in suggestions))
        r = self.rule
        level, message = r.level, r.message
        if not certain:
            level = level if LEVEL_RANK[level] <= LEVEL_RANK["warning"] else "warning"
            message = r.question or message
        return ctx.make_finding(
            rule=r.id,
            category=r.category,
            level=level,
            start=os_,
            end=oe,
            text=matched,
            message=render(message, vals),
            suggestions=list(suggestions),
            fix=r.fix,
            field=field,
        )


def _whole_word_end(text: str, start: int, end: int, most: int = 40) -> int:
    """``end`` moved on to the end of the word it falls inside ("died at the sce" ends "scene"; at most ``most``
    characters), or back before the spaces it ends with."""
    stop = min(len(text), end + most)
    while 0 < end < stop and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def not_quoted(ctx: Ctx, start: int, end: int, skip: bool) -> bool:
    """False for a span inside quoted speech or a charge quoted as laid (four words or more between the
    quotation marks); a word or two in quotes ('the "killer"') is a label, not a quote. Words the post quotes
    from its own staff ('"It was probably a cooking fire," said Supt. Ian Corbett') are the service speaking:
    they are read like the rest of the post. A claim the post reports to deny it ("posts claiming it was
    gang-related. That is not true.") is others' speech too."""
    if not skip:
        return True
    if ctx.a.quoted:
        q = ctx.a.quote_at(start, end, min_words=4)
        if q is not None and not staff_quote(ctx.a, q):
            return False
    return not in_denied_claim(ctx.a, start, end)


# A rank or title of police staff, as posts write it before a name ("Det. Sgt.", "Staff Sgt.", "Const.").
_RANK = (
    r"(?:staff\s+(?:sgt|sergeant|superintendent|inspector)|det(?:ective)?\.?\s+(?:sgt|sergeant|const|constable|"
    r"insp|inspector|supt|superintendent)|supt|superintendent|sgt|sergeant|const|cst|constable|det|detective|"
    r"insp|inspector|(?:deputy\s+)?chief|pc|dc|ds|di|dci|dsupt|lt|lieutenant|capt|captain|commander|cpl|corporal|"
    r"(?:deputy\s+|assistant\s+)?commissioner|sheriff)"
)
# '," said Supt. Ian Corbett', '," Const. Amy Zhou said', '," says Det. Emma Sorensen'
_STAFF_AFTER = re.compile(
    r"\s*[,.!?]?\s*(?:(?:said|says|adds|added|explains|explained|notes|noted|warns|warned)\s+)?"
    r"(?:(?:acting\s+)?" + _RANK + r"\.?\s+[A-Z]"
    # '," one officer said', '," said a police spokesperson', '," an investigator told reporters'
    r"|(?:one|an|a|the|our)\s+(?:of\s+our\s+)?(?:officers?|police\s+spokes(?:person|man|woman)|spokes(?:person|man|woman)|"
    r"investigators?|detectives?|constables?|sergeants?|supervisors?|dispatchers?)\b)",
    re.I,
)
# 'Det. Sgt. Aria Khatri said: "', 'Supt. Lorna Whitfield told reporters: "'
_STAFF_BEFORE = re.compile(
    _RANK + r"\.?\s+(?:[A-Z][\w'-]+\s+){1,3}(?:said|says|told|adds|added|explained|explains)\b"
    r"[^\"\n]{0,30}$",
    re.I,
)


def staff_quote(a: Analysis, quote: tuple[int, int]) -> bool:
    """The quotation is said by a member of police staff named with a rank, just before or after it (read once
    per quotation)."""
    seen = a.cache.setdefault("staff_quotes", {})
    got = seen.get(quote)
    if got is None:
        s, e = quote
        text = a.folded
        before = text[max(0, s - 80) : s]
        got = bool(
            _STAFF_AFTER.match(text, e, min(len(text), e + 60))
            or (any(v in before.lower() for v in _SAID) and _STAFF_BEFORE.search(before))
        )
        seen[quote] = got
    return bool(got)


_SAID = ("said", "says", "told", "adds", "added", "explain")  # a word _STAFF_BEFORE needs: a cheap look first


_NAME_BREAK = re.compile(r"[,;:()\[\]]")  # punctuation no name holds between its words
_TITLE_JOINERS = frozenset("of for and the a an in to with on by under over".split())
# common nouns posts capitalize out of respect, which make no name with the word before them
_CAPITALIZED_NOUNS = frozenset(("elder", "elders"))
# words that make a Title Case line a charge or a law, whose capitals name it ("Charged With ...", "Indian Act")
_LAW_CUES = frozenset("charged charge charges count counts act code offence offences section".split())


def _titled(text: str) -> bool:
    return text[:1].isupper() and (len(text) == 1 or not text.isupper())
