"""Compile a policy once; check posts against it in one pass.

Every term of every rule goes into one table keyed by the first word (a dict of token n-grams), so a post's
words are walked once for all term rules together. Patterns are compiled once with RE2 (linear time).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .cache import cache_read, cache_write, to_plain
from .detectors import DETECTORS, PRECHECKS, official_phone_matcher
from .errors import InputError, PolicyError
from .levels import LEVEL_RANK, verdict_of
from .platforms import PLATFORMS, text_length, x_weighted_length
from .platforms import platform as _platform
from .readability import scores
from .text import MAX_TEXT, TOKEN_RE, Analysis, plain_words

if TYPE_CHECKING:  # the engine itself runs on plain data too (cache.Plain): pydantic is imported on use
    from .models import Post
    from .review import Finding, Metrics, Review
    from .rules import (
        AuthorizationCheck,
        ContextCheck,
        DescriptorsCheck,
        DetectorCheck,
        EmojiCheck,
        HashtagCaseCheck,
        LimitCheck,
        Matcher,
        MediaCheck,
        PatternCheck,
        ReadabilityCheck,
        Rule,
        SentenceLengthCheck,
        ShoutingCheck,
        Term,
        TermsCheck,
    )

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


_KNOWN = frozenset({"match", "suggestion", "suggestions", "value", "limit", "platform", "note", "name",
                    "module", "unit", "have", "index"})


def render(template: str, values: dict[str, Any]) -> str:
    """Fill {placeholders}; a known one without a value reads as nothing, an unknown one stays as written."""
    out = _PLACEHOLDER.sub(
        lambda m: str(values.get(m.group(1), "")) if m.group(1) in _KNOWN else m.group(0), template
    )
    return " ".join(out.split()) if out != template else out


def compile_pattern(regex: str, ignore_case: bool, where: str, capture: bool = False):
    """Compile with RE2, so no pattern can backtrack; a bad pattern is a one-line PolicyError."""
    import re2

    opts = re2.Options()
    opts.case_sensitive = not ignore_case
    opts.log_errors = False  # the error is reported once, below, not also on stderr by RE2
    opts.max_mem = 8 << 20
    # Only whole-match spans are used: with no capture groups RE2 finds both ends with its DFA, instead of
    # tracking every group (a 100 KB post against "(\w+\s*){500}x" took 3 s with groups, 0.05 s without).
    opts.never_capture = not capture
    try:
        rx = re2.compile(regex, opts)
    except Exception as e:  # re2.error
        detail = e.args[0] if e.args else e
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise PolicyError(
            f"{where}: invalid pattern {regex!r}: {detail} (RE2 syntax: no look-arounds or back-references)"
        ) from None
    if rx.programsize > MAX_PROGRAM:
        raise PolicyError(
            f"{where}: pattern too complex ({rx.programsize:,} RE2 instructions; the limit is {MAX_PROGRAM:,}): "
            "use fewer or smaller repeats, or split it into several patterns"
        )
    return rx


class _OnFirstUse:
    """A pattern of the shipped model policy, compiled when a post first needs it: a cold ``tpstrain check``
    compiles only the patterns its post can match (the tests compile and check every one of them)."""

    __slots__ = ("args", "rx")

    def __init__(self, *args) -> None:
        self.args, self.rx = args, None

    def __getattr__(self, name: str):  # finditer, search, groups: the compiled pattern's own
        if self.rx is None:
            self.rx = compile_pattern(*self.args)
        return getattr(self.rx, name)


# RE2 runs in time linear in the text, times the size of the compiled pattern: a counted repeat such as
# "(\w+\s*){500}x" compiles to 4,504 instructions and takes seconds on a 100 KB post. The largest pattern
# in the model policy compiles to under 2,800.
MAX_PROGRAM = 3000


class PatternSet:
    """Every RE2 pattern of the policy in one RE2 Set: one pass over a post says which can match, so
    only those run (most posts match none)."""

    def __init__(self) -> None:
        import re2

        opts = re2.Options()
        opts.log_errors = False
        opts.max_mem = 64 << 20
        self._set = re2.Set.SearchSet(opts)
        self.size = 0

    def add(self, regex: str, ignore_case: bool, where: str) -> int:
        try:
            index = self._set.Add(("(?i)" if ignore_case else "") + regex)
        except Exception:  # re2.error: let compile_pattern word it as a one-line PolicyError
            compile_pattern(regex, ignore_case, where)
            raise
        self.size += 1
        return index

    def compile(self) -> None:
        if self.size:
            self._set.Compile()

    # RE2's Set answers "no match" also when it gives up (its DFA runs out of memory), so it is asked only
    # where it cannot give up in practice: a few hundred patterns, a post of ordinary length. Otherwise
    # every pattern runs on its own (still linear time).
    MAX_PATTERNS = 400
    MAX_TEXT = 20_000

    def matches(self, text: str) -> frozenset[int] | _Everything:
        if not self.size:
            return frozenset()
        if self.size > self.MAX_PATTERNS or len(text) > self.MAX_TEXT:
            return EVERYTHING
        return frozenset(self._set.Match(text) or ())


class _Everything:
    """Stands for "every pattern may match" where the prefilter is not used."""

    def __contains__(self, item: object) -> bool:
        return True

    def __and__(self, other: object) -> bool:
        return True

    __rand__ = __and__


EVERYTHING = _Everything()


# ----- the term table ---------------------------------------------------------------------------
@dataclass(slots=True)
class Entry:
    owner: str  # rule id, or "<rule id>#<matcher>" for context matchers
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None  # for case-sensitive terms
    term: Term | None
    before: tuple[tuple[str, ...], ...]  # unless_before, tokenized
    after: tuple[tuple[str, ...], ...]  # unless_after, tokenized


def _words_of(phrase: str) -> list[str]:
    return [m.group() for m in TOKEN_RE.finditer(phrase) if m.lastgroup == "word"]


def _inflections(word: str) -> list[str]:
    if len(word) < 3 or not word.isalpha():
        return [word]
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "'s"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return sorted(forms)


MAX_HIDDEN_LETTERS = 64  # a longer glued or spaced run spells no term's words (and splitting it is quadratic)
MAX_HIDDEN_RUNS = 200  # a post hiding more words than this is noise: the first 200 are read


class TermTable:
    def __init__(self) -> None:
        self.first: dict[str, list[Entry]] = defaultdict(list)
        self.single: dict[str, list[Entry]] = defaultdict(list)  # one-word terms by the word
        self.pairs: dict[tuple[str, str], list[Entry]] = defaultdict(list)  # longer terms by their first two words
        self.joined: dict[str, list[Entry]] = defaultdict(list)
        self._loose: dict[str, list[Entry]] | None = None
        self._longest = 1
        self.prebuilt = False

    def add(self, owner: str, phrases: list[str], term: Term | None, *, case: str = "insensitive",
            inflect: bool = True, before: list[str] = (), after: list[str] = ()) -> None:
        if self.prebuilt:  # loaded whole from the cache
            return
        term = to_plain(term)  # plain data in the table: it is cached, and read back without pydantic
        guards_b = tuple(tuple(w.lower() for w in _words_of(g)) for g in before)
        guards_a = tuple(tuple(w.lower() for w in _words_of(g)) for g in after)
        for phrase in phrases:
            words = _words_of(phrase)
            if not words:
                continue
            lasts = _inflections(words[-1]) if inflect else [words[-1]]
            for last in lasts:
                toks = [*words[:-1], last]
                lower = tuple(t.lower() for t in toks)
                e = Entry(owner, lower, tuple(toks) if case == "sensitive" else None, term, guards_b, guards_a)
                self.first[lower[0]].append(e)
                if len(lower) == 1:
                    self.single[lower[0]].append(e)
                else:
                    self.pairs[lower[:2]].append(e)
                joined = "".join(lower).replace("'", "").replace("&", "")
                if len(joined) >= 3:  # "jun.kie", "M.V.C", "l o l"
                    self.joined[joined].append(e)
        self._loose = None

    def freeze(self) -> None:
        """Index the longer terms, once, after every rule has added its terms: by their first two words,
        then by their length (longest first), then by all their words; so a post's word needs one look-up
        per length, however many terms and inflections share its first two words."""
        for bucket in (*self.first.values(), *self.pairs.values()):
            bucket.sort(key=lambda e: -len(e.tokens))
        self.longer: dict[tuple[str, str], list[tuple[int, dict[tuple[str, ...], list[Entry]]]]] = {}
        for pair, bucket in self.pairs.items():
            by_size: dict[int, dict[tuple[str, ...], list[Entry]]] = {}
            for e in bucket:
                by_size.setdefault(len(e.tokens), {}).setdefault(e.tokens, []).append(e)
            self.longer[pair] = sorted(by_size.items(), reverse=True)
        self.pair_starts = frozenset(first for first, _ in self.pairs)
        self.starts = frozenset(self.first)
        # What a hidden run can spell inside a phrase: one or more of its words in a row, apostrophes dropped
        # ("sexchange" in "sex change operation"). Only such runs go on to the hidden-word pass.
        parts = set()
        for bucket in self.pairs.values():
            for e in bucket:
                loose = [t.replace("'", "") for t in e.tokens]
                for i in range(len(loose)):
                    for j in range(i + 1, len(loose) + 1):
                        parts.add("".join(loose[i:j]))
        self.phrase_parts = frozenset(parts)

    def match(self, a: Analysis) -> dict[str, list[tuple[int, int, Entry]]]:
        words, single, longer, pair_starts = a.words, self.single, self.longer, self.pair_starts
        lw = [w.lower for w in words]
        n = len(lw)
        hits: dict[str, list[tuple[int, int, Entry]]] = defaultdict(list)
        starts = self.starts
        for i in [i for i, w in enumerate(lw) if w in starts]:  # most words start no term
            w = lw[i]
            if w in pair_starts and i + 1 < n and (sizes := longer.get((w, lw[i + 1]))) and a.tight_gap(i + 1):
                for size, by_words in sizes:  # longest first
                    j = i + size
                    if j > n or (found := by_words.get(tuple(lw[i:j]))) is None:
                        continue
                    if not all(a.tight_gap(k) for k in range(i + 2, j)):
                        continue
                    for e in found:
                        if e.exact and any(words[i + k].text != e.exact[k] for k in range(size)):
                            continue
                        if not self._guarded(e, lw, i, j, a):
                            hits[e.owner].append((i, j, e))
            for e in single.get(w, ()):
                if e.exact and words[i].text != e.exact[0]:
                    continue
                if not self._guarded(e, lw, i, i + 1, a):
                    hits[e.owner].append((i, i + 1, e))
        if self.joined and "hidden_runs" not in a.cache.get("ruled_out", ()):
            runs = a.hidden_runs()
            for i, j, letters in runs:
                for e in self.joined.get(letters, ()):
                    if e.exact and "".join(w.text for w in words[i:j]).replace("'", "") != "".join(e.exact):
                        continue
                    if not self._guarded(e, lw, i, j, a):
                        hits[e.owner].append((i, j, e))
            # only runs that spell a term's word, or several of its words in a row, can complete a phrase
            parts = self.phrase_parts
            runs = [r for r in runs if 3 <= len(r[2]) <= MAX_HIDDEN_LETTERS and r[2] in parts][:MAX_HIDDEN_RUNS]
            if runs:
                self._match_hidden_words(a, runs, lw, hits)
        # keep the longest, leftmost, non-overlapping match per owner
        for owner, found in hits.items():
            found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
            kept, end = [], -1
            for h in found:
                if h[0] >= end:
                    kept.append(h)
                    end = h[1]
            hits[owner] = kept
        return hits

    def _match_hidden_words(self, a: Analysis, runs: list[tuple[int, int, str]], lw: list[str],
                            hits: dict[str, list[tuple[int, int, Entry]]]) -> None:
        """Phrases with one word hidden ("cl.ick here", "attended the s c e n e"): match the phrase again
        reading each hidden run as the single word it spells."""
        if self._loose is None:  # first words without apostrophes: "sho.uld've" reads "shouldve"
            self._loose = defaultdict(list)
            for key, bucket in self.first.items():  # phrases only: a one-word term has no other word to hide
                self._loose[key.replace("'", "")].extend(
                    (e, tuple(t.replace("'", "") for t in e.tokens),
                     tuple(t.replace("'", "") for t in e.exact) if e.exact else None)
                    for e in bucket if len(e.tokens) > 1)
            self._longest = max((len(e.tokens) for b in self.first.values() for e in b), default=1)
        words, starts = a.words, {i: (j, letters) for i, j, letters in runs}
        spans: list[tuple[int, int]] = []  # virtual word -> (first word, last word + 1)
        vlw: list[str] = []
        vtext: list[str] = []
        k, n = 0, len(words)
        while k < n:
            j, letters = starts.get(k, (k + 1, lw[k]))
            spans.append((k, j))
            vlw.append(letters)
            vtext.append("".join(w.text for w in words[k:j]).replace("'", "") if j - k > 1 else words[k].text)
            k = j
        loose, reach = self._loose, self._longest
        hidden = [v for v, (i, j) in enumerate(spans) if j - i > 1]
        starts_at = sorted({v for h in hidden for v in range(max(0, h - reach + 1), h + 1)})
        for v in starts_at:  # only phrases that can reach a hidden word
            w = vlw[v].replace("'", "")
            cands = loose.get(w, [])
            if spans[v][1] - spans[v][0] > 1:  # a hidden word may spell the first tokens: "sex-change oper.ation"
                cands = [e for p in range(1, len(w)) for e in loose.get(w[:p], ())] + cands
            reach_to = next(h for h in hidden if h >= v) - v + 1  # each virtual word takes a token at least
            for e, toks, exact in cands:
                if len(toks) < reach_to:
                    continue
                end = self._spell_out(toks, exact, v, vlw, vtext, spans, a)
                if end is None:
                    continue
                i, j = spans[v][0], spans[end - 1][1]
                if not self._guarded(e, lw, i, j, a):
                    hits[e.owner].append((i, j, e))

    @staticmethod
    def _spell_out(toks: tuple[str, ...], exact: tuple[str, ...] | None, v: int, vlw: list[str], vtext: list[str],
                   spans: list[tuple[int, int]], a: Analysis) -> int | None:
        """Match a phrase (its words ``toks``, and ``exact`` when case-sensitive, apostrophes dropped) on
        virtual words from ``v``; a hidden word may spell one token or several ("a manic-depre.ssive").
        Return the end virtual word, or None. Phrases with no hidden word: None (the plain pass found them)."""
        m, x, hidden = 0, v, False
        while m < len(toks):
            if x >= len(vlw) or (x > v and not a.tight_gap(spans[x][0])):
                return None
            w, several = vlw[x].replace("'", ""), spans[x][1] - spans[x][0] > 1
            r = m + 1
            if w != toks[m]:
                if not several:
                    return None
                acc = toks[m]
                while acc != w and r < len(toks) and len(acc) < len(w):
                    acc += toks[r]
                    r += 1
                if acc != w:
                    return None
            if exact and vtext[x].replace("'", "") != "".join(exact[m:r]):
                return None
            hidden = hidden or several
            m, x = r, x + 1
        return x if hidden and len(toks) > 1 else None

    @staticmethod
    def _guarded(e: Entry, lw: list[str], i: int, j: int, a: Analysis) -> bool:
        for g in e.before:
            if tuple(lw[j : j + len(g)]) == g and (j >= len(lw) or a.tight_gap(j) or a.gaps[j].strip() in ("", "'s")):
                return True
        return any(i - len(g) >= 0 and tuple(lw[i - len(g) : i]) == g for g in e.after)


# ----- what a check makes ------------------------------------------------------------------------
Results = tuple[Callable[..., "Finding"], Callable[..., "Metrics"], Callable[..., "Review"]]


@cache
def model_results() -> Results:
    """Makers of the library's results: pydantic models, built from the engine's own values without
    validation (review.built). Imported on first use, so the quick CLI path never loads pydantic."""
    from .review import Finding, Metrics, Review, built

    return partial(built, Finding), partial(built, Metrics), partial(built, Review)


# ----- per-post context -------------------------------------------------------------------------
class Ctx:
    """Everything the rules read about one post, computed once."""

    __slots__ = ("a", "hits", "make_finding", "metrics", "pattern_hits", "policy", "post", "word_starts")

    def __init__(self, post: Post, a: Analysis, policy: CompiledPolicy, results: Results | None = None):
        make_finding, make_metrics, _ = results or model_results()
        self.post = post
        self.a = a
        self.policy = policy
        self.make_finding = make_finding
        self.pattern_hits = hits = policy.patterns.matches(a.folded)
        # first: the term table skips the hidden-word pass when its precheck found nothing
        a.cache["ruled_out"] = {name for name, index in policy.prechecks.items() if index not in hits}
        self.hits = policy.table.match(a) if policy.table.first else {}
        self.word_starts = [w.start for w in a.words]
        self.metrics = _metrics(post, a, make_metrics)

    def orig(self, start: int, end: int) -> tuple[int, int]:
        return self.a.orig_span(start, end)

    def sentence_at(self, pos: int) -> int:
        i = bisect.bisect_right(self.word_starts, pos) - 1
        return self.a.words[i].sentence if i >= 0 else 0

    def at_sentence_start(self, pos: int) -> bool:
        i = bisect.bisect_right(self.word_starts, pos) - 1
        if i <= 0:
            return True
        return self.a.words[i - 1].sentence != self.a.words[i].sentence

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


def _metrics(post: Post, a: Analysis, make: Callable[..., Metrics]) -> Metrics:
    words = plain_words(a)
    per_sentence = Counter(map(_SENTENCE, words))
    n_sent = max(1, len(per_sentence))
    sc = scores(list(map(_LOWER, words)), n_sent) if words else None
    plat = PLATFORMS[post.platform]
    length = text_length(post.text, post.platform)
    return make(
        platform=post.platform, weighted_length=length, limit=plat.text_limit,
        grade=sc[1] if sc else None, reading_ease=sc[0] if sc else None, words=len(words),
        sentences=len(per_sentence), longest_sentence=max(per_sentence.values(), default=0),
        hashtags=len(a.hashtags),
    )


def _case_like(suggestion: str, original: str, sentence_start: bool) -> str:
    if not suggestion:
        return suggestion
    if (sentence_start or (original[:1].isupper() and not original.isupper())) and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


# ----- rule kinds -------------------------------------------------------------------------------
class Compiled:
    """A rule ready to run: ``run(ctx)`` returns findings.

    A rule that can only fire on something found in the shared passes says so, and is not run on a post
    without it: ``needs_term`` (an owner key of the term table), ``needs_detector`` (a detector whose
    precheck must match), ``needs_pattern`` (indexes in the RE2 Set, one of which must match) or
    ``needs_post`` (parts of the post, such as its media or author, that must be there)."""

    needs_term: str | None = None
    needs_detector: str | None = None
    needs_pattern: frozenset[int] | None = None
    needs_post: tuple[str, ...] = ()  # parts of the post that must be there: "media", "author", ...

    def __init__(self, rule: Rule, policy: CompiledPolicy):
        self.rule = rule
        self.check = rule.check
        self.level = rule.level

    def run(self, ctx: Ctx) -> list[Finding]:  # pragma: no cover - overridden
        raise NotImplementedError

    def finding(self, ctx: Ctx, start: int, end: int, values: dict[str, Any] | None = None,
                suggestions: list[str] = (), *, folded: bool = True, field: str = "text",
                field_text: str | None = None) -> Finding:
        if field == "text":
            os_, oe = ctx.orig(start, end) if folded else (start, end)
            matched = ctx.post.text[os_:oe]
        else:
            os_, oe = start, end
            matched = (field_text or "")[start:end]
        vals = {"match": matched, **(values or {})}
        if suggestions:
            at_start = field == "text" and ctx.at_sentence_start(start if folded else 0)
            suggestions = [_case_like(s, matched, at_start) for s in suggestions]
            vals.setdefault("suggestion", suggestions[0])
            vals.setdefault("suggestions", " or ".join(f"'{s}'" for s in suggestions))
        r = self.rule
        return ctx.make_finding(
            rule=r.id, category=r.category, level=r.level, start=os_, end=oe, text=matched,
            message=render(r.message, vals), suggestions=list(suggestions), fix=r.fix, field=field,
        )


def _not_quoted(ctx: Ctx, start: int, end: int, skip: bool) -> bool:
    return not (skip and ctx.a.quoted and ctx.a.in_quotes(start, end))


class TermsRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: TermsCheck = rule.check  # type: ignore[assignment]
        for t in chk.terms:
            policy.table.add(rule.id, t.match, t, case=t.case, inflect=t.inflect,
                             before=t.unless_before, after=t.unless_after)
        self.needs_term = rule.id

    def run(self, ctx: Ctx) -> list[Finding]:
        out = []
        words = ctx.a.words
        for i, j, e in ctx.hits.get(self.rule.id, ()):
            s, end = words[i].start, words[j - 1].end
            if not _not_quoted(ctx, s, end, self.check.skip_quoted):
                continue
            term = e.term
            f = self.finding(ctx, s, end, {"note": term.note or ""}, term.suggest)
            if term.note and "{note}" not in self.rule.message:
                f.message = f"{f.message} {term.note}"
            out.append(f)
        return out


MAX_PATTERN_FINDINGS = 500  # per pattern rule and post: "(a*)*b" on 100,000 b's would make 100,000 findings


class PatternRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: PatternCheck = rule.check  # type: ignore[assignment]
        where = f"rule '{rule.id}': field 'check.patterns.{{}}.regex'"
        self.compiled = [
            (policy.pattern(p.regex, p.ignore_case, where.format(k)),
             p, [tuple(w.lower() for w in _words_of(g)) for g in p.unless_before],
             [tuple(w.lower() for w in _words_of(g)) for g in p.unless_after],
             policy.patterns.add(p.regex, p.ignore_case, where.format(k)))
            for k, p in enumerate(chk.patterns)
        ]
        self.needs_pattern = frozenset(c[-1] for c in self.compiled)

    def run(self, ctx: Ctx) -> list[Finding]:
        out: list[Finding] = []
        starts: list[int] = []  # spans already taken, sorted; they never overlap, so their ends are sorted too
        ends: list[int] = []
        can = ctx.pattern_hits
        for rx, p, before, after, index in self.compiled:
            if index not in can:
                continue
            for m in rx.finditer(ctx.a.folded):
                if len(out) >= MAX_PATTERN_FINDINGS:
                    return out  # a pattern that matches everywhere says so enough times
                s, e = m.start(), m.end()
                k = bisect.bisect_left(starts, e)  # a bisect, not a scan: 100,000 matches stay linear
                if e <= s or (k and s < ends[k - 1]):
                    continue
                if (before and ctx.words_after(e, before)) or (after and ctx.words_before(s, after)):
                    continue
                if not _not_quoted(ctx, s, e, self.check.skip_quoted):
                    continue
                starts.insert(k, s)
                ends.insert(k, e)
                f = self.finding(ctx, s, e, {}, p.suggest)
                if p.note:
                    f.message = f"{f.message} {p.note}"
                out.append(f)
        return out


_ADDRESS_WORDS = {
    "street": "st", "avenue": "ave", "road": "rd", "boulevard": "blvd", "drive": "dr", "crescent": "cres",
    "court": "crt", "ct": "crt", "place": "pl", "lane": "ln", "parkway": "pkwy", "terrace": "terr",
    "east": "e", "west": "w", "north": "n", "south": "s",
}


def _address_key(address: str) -> str:
    """'255 Dundas Street West' and '255 Dundas St W' are one address."""
    return " ".join(_ADDRESS_WORDS.get(w, w) for w in re.sub(r"\W+", " ", address.lower()).split())


class DetectorRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: DetectorCheck = rule.check  # type: ignore[assignment]
        self.detect = DETECTORS[chk.detector]
        self.needs_detector = chk.detector if chk.detector in PRECHECKS else None
        st = policy.policy.settings
        if chk.detector == "phone":
            ok = official_phone_matcher([*st.official_phones, *chk.allow])
            self.allowed: Callable[[str], bool] = ok
        elif chk.detector == "email":
            allow = {x.lower() for x in [*st.official_emails, *chk.allow]}
            self.allowed = lambda v: v in allow or any(a.startswith("@") and v.endswith(a) for a in allow)
        elif chk.detector == "street_address":
            allow = {_address_key(x) for x in [*st.official_addresses, *chk.allow]}
            self.allowed = lambda v: _address_key(v) in allow
        else:
            allow = {x.upper().replace(" ", "") for x in chk.allow}
            self.allowed = lambda v: v.upper().replace(" ", "") in allow

    def run(self, ctx: Ctx) -> list[Finding]:
        return [
            self.finding(ctx, s, e, {"value": v}, self.check.suggest)
            for s, e, v in self.detect(ctx.a)
            if not self.allowed(v)
        ]


class ReadabilityRule(Compiled):
    def run(self, ctx: Ctx) -> list[Finding]:
        m = ctx.metrics
        chk: ReadabilityCheck = self.check  # type: ignore[assignment]
        if m.grade is None or m.words < chk.min_words or m.grade <= chk.max_grade:
            return []
        # point at the hardest sentence: the most syllables per sentence
        from .readability import syllables

        best, best_score = None, -1.0
        for sent in ctx.a.sentences:
            ws = [w for w in sent if any(c.isalpha() for c in w.text)]
            if not ws:
                continue
            score = len(ws) * 0.39 + 11.8 * sum(syllables(w.lower) for w in ws) / len(ws)
            if score > best_score:
                best, best_score = sent, score
        s, e = (best[0].start, best[-1].end) if best else (0, len(ctx.a.folded))
        return [self.finding(ctx, s, e, {"value": f"{m.grade:.1f}", "limit": f"{chk.max_grade:g}"})]


class SentenceLengthRule(Compiled):
    def run(self, ctx: Ctx) -> list[Finding]:
        chk: SentenceLengthCheck = self.check  # type: ignore[assignment]
        if ctx.metrics.longest_sentence <= chk.max_words:  # counted once, the same way, for the metrics
            return []
        out = []
        for sent in ctx.a.sentences:
            n = sum(1 for w in sent if not w.text.isdigit())
            if n > chk.max_words:
                out.append(self.finding(ctx, sent[0].start, sent[-1].end, {"value": n, "limit": chk.max_words}))
        return out


class ShoutingRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: ShoutingCheck = rule.check  # type: ignore[assignment]
        self.allow = {x.upper() for x in [*policy.policy.settings.acronyms, *chk.allow]}

    def _loud(self, text: str) -> bool:
        return len(text) >= 2 and text.isupper() and text not in self.allow and any(c.isalpha() for c in text)

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: ShoutingCheck = self.check  # type: ignore[assignment]
        words, out = ctx.a.words, []
        upper = [w.text for w in words if w.text.isupper()]  # cheap: most posts have a few acronyms at most
        if len(upper) < chk.min_run or sum(1 for t in upper if self._loud(t)) < chk.min_run:
            return []
        i, n = 0, len(words)
        while i < n:
            if not self._loud(words[i].text):
                i += 1
                continue
            j = i + 1
            while j < n and (self._loud(words[j].text) or (words[j].text.isupper() and words[j].text in self.allow)
                             or (not any(c.isalpha() for c in words[j].text))):
                j += 1
            while j > i and not self._loud(words[j - 1].text):
                j -= 1
            loud = sum(1 for w in words[i:j] if self._loud(w.text))
            if loud >= chk.min_run:
                s, e = words[i].start, words[j - 1].end
                original = ctx.post.text[slice(*ctx.orig(s, e))]
                fixed = "".join(
                    w if w.upper() in self.allow else w.lower() for w in re.split(r"(\W+)", original)
                )
                out.append(self.finding(ctx, s, e, {"value": loud}, [fixed]))
            i = max(j, i + 1)
        return out


class EmojiRule(Compiled):
    def run(self, ctx: Ctx) -> list[Finding]:
        text = ctx.post.text
        if text.isascii():
            return []
        from .platforms import _emoji_re

        chk: EmojiCheck = self.check  # type: ignore[assignment]
        found = [m.span() for m in _emoji_re().finditer(text)]
        out, run = [], []
        for span in [*found, None]:
            if span and run and text[run[-1][1] : span[0]].strip() == "":
                run.append(span)
                continue
            if len(run) > chk.max_run:
                out.append(self.finding(ctx, run[0][0], run[-1][1], {"value": len(run), "limit": chk.max_run}, folded=False))
            run = [span] if span else []
        if not out and len(found) > chk.max_total:
            out.append(self.finding(ctx, found[0][0], found[-1][1], {"value": len(found), "limit": chk.max_total}, folded=False))
        return out


class LimitRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        self.needs_post = {"alt_text": ("media",), "title": ("title",)}.get(rule.check.field, ())

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: LimitCheck = self.check  # type: ignore[assignment]
        post, plat = ctx.post, PLATFORMS[ctx.post.platform]
        default = {"text": plat.text_limit, "hashtags": plat.hashtag_limit, "title": plat.title_limit,
                   "alt_text": plat.alt_text_limit}[chk.field]
        limit = chk.max.get(post.platform, default)
        if limit is None:
            return []
        vals = {"limit": limit, "platform": plat.label}
        if chk.field == "text":
            length = ctx.metrics.weighted_length
            if length <= limit:
                return []
            cut = _cut_index(post.text, limit, plat.weighted)
            return [self.finding(ctx, cut, len(post.text), {**vals, "value": length}, folded=False)]
        if chk.field == "hashtags":
            tags = ctx.a.hashtags
            if len(tags) <= limit:
                return []
            return [self.finding(ctx, tags[limit].start, tags[-1].end, {**vals, "value": len(tags)})]
        if chk.field == "title":
            title = post.title or ""
            if len(title) <= limit:
                return []
            return [self.finding(ctx, limit, len(title), {**vals, "value": len(title)}, field="title", field_text=title)]
        out = []
        for k, m in enumerate(post.media):
            if m.alt_text and len(m.alt_text) > limit:
                out.append(self.finding(ctx, limit, len(m.alt_text), {**vals, "value": len(m.alt_text)},
                                        field=f"media[{k}].alt_text", field_text=m.alt_text))
        return out


def _cut_index(text: str, limit: int, weighted: bool) -> int:
    """The first index whose prefix runs past the limit."""
    if not weighted:
        return limit
    lo, hi = 0, len(text)
    while lo < hi:  # smallest i with weighted(text[:i]) > limit
        mid = (lo + hi) // 2
        if x_weighted_length(text[:mid]) > limit:
            hi = mid
        else:
            lo = mid + 1
    return max(0, lo - 1)


# Alt text that says nothing: a file name, or a word like "photo".
_PLACEHOLDER_ALT = re.compile(
    r"(?i)(?:[\w-]+\.(?:jpe?g|png|gif|heic|webp|bmp|tiff?|mp4|mov)|(?:img|dsc|pxl|screenshot)[\s_-]*[\d_-]*"
    r"|(?:a\s+|an\s+|the\s+)?(?:photo|image|picture|pic|graphic|untitled|alt|alt text|placeholder|screenshot)s?\.?)"
)


class MediaRule(Compiled):
    needs_post = ("media",)

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: MediaCheck = self.check  # type: ignore[assignment]
        out = []
        for k, m in enumerate(ctx.post.media):
            if chk.require == "alt_text" and m.kind in ("image", "gif"):
                if not m.alt_text or len(m.alt_text.strip()) < chk.min_chars or _PLACEHOLDER_ALT.fullmatch(m.alt_text.strip()):
                    out.append(self.finding(ctx, 0, 0, {"value": m.kind, "index": k + 1}, field=f"media[{k}]"))
            elif chk.require == "captions" and m.kind == "video" and not m.captions:
                out.append(self.finding(ctx, 0, 0, {"value": m.kind, "index": k + 1}, field=f"media[{k}]"))
        return out


class HashtagCaseRule(Compiled):
    def run(self, ctx: Ctx) -> list[Finding]:
        chk: HashtagCaseCheck = self.check  # type: ignore[assignment]
        out = []
        for t in ctx.a.hashtags:
            body = t.text[1:]
            if len(body) < chk.min_letters or not body.isalpha() or not (body.islower() or body.isupper()):
                continue
            from .words import segment

            parts = segment(body.lower())
            if parts and len(parts) >= 2:
                camel = "#" + "".join(p[:1].upper() + p[1:] for p in parts)
                out.append(self.finding(ctx, t.start, t.end, {"value": " ".join(parts)}, [camel]))
        return out


class AuthorizationRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        self.needs_post = {"training": ("author",), "official_account": ("account",)}.get(
            rule.check.require, ("author", "account"))

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: AuthorizationCheck = self.check  # type: ignore[assignment]
        post, author, account = ctx.post, ctx.post.author, ctx.post.account
        module = ctx.policy.policy.settings.required_training
        if chk.require == "training":
            if author is None or author.trained(module, post.day):
                return []
            had = [r for r in author.training if r.module == module]
            why = (f"their '{module}' training expired on {max(r.expires_on for r in had if r.expires_on)}"
                   if had and any(r.expires_on for r in had) else f"they have no '{module}' training on record")
            return [self.finding(ctx, 0, 0, {"value": why, "name": author.name, "module": module},
                                 field="author", field_text="")]
        if account is None:
            return []
        if chk.require == "official_account":
            if account.kind == "personal" and post.official:
                return [self.finding(ctx, 0, 0, {"value": account.handle}, field="account")]
            return []
        if author is None or account.kind == "personal":
            return []
        allowed = author.id in account.authorized or (
            account.kind != "official_individual" and account.unit is not None and author.unit == account.unit
        )
        if allowed:
            return []
        return [self.finding(ctx, 0, 0, {"value": account.handle, "name": author.name, "unit": account.unit or "?"},
                             field="account")]


class ContextRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: ContextCheck = rule.check  # type: ignore[assignment]
        self.matchers: dict[str, Matcher] = {"trigger": chk.trigger}
        for group in ("with_all", "with_any", "unless_any"):
            for k, m in enumerate(getattr(chk, group)):
                self.matchers[f"{group}.{k}"] = m
        for name, m in self.matchers.items():
            if m.terms:
                policy.table.add(f"{rule.id}#{name}", m.terms, None, case=m.case)
        self.required_terms = [f"{rule.id}#with_all.{k}" for k, m in enumerate(chk.with_all) if m.terms]
        if chk.trigger.terms:
            self.needs_term = f"{rule.id}#trigger"
        elif chk.trigger.entity in PRECHECKS:
            self.needs_detector = chk.trigger.entity

    def _spans(self, ctx: Ctx, name: str) -> list[tuple[int, int]] | None:
        """Spans for one matcher; None means 'present everywhere' (an image on the post)."""
        m = self.matchers[name]
        if m.entity in ("image", "video"):
            kinds = ("image", "gif") if m.entity == "image" else ("video",)
            return None if any(x.kind in kinds for x in ctx.post.media) else []
        if m.entity:
            return [(s, e) for s, e, _ in DETECTORS[m.entity](ctx.a)]
        words = ctx.a.words
        return [(words[i].start, words[j - 1].end) for i, j, _ in ctx.hits.get(f"{self.rule.id}#{name}", ())]

    def _present(self, ctx: Ctx, name: str, sentence: int | None, exclude: tuple[int, int],
                 trigger_sentence: int = 0) -> tuple[int, int] | bool:
        spans = self._spans(ctx, name)
        if spans is None:
            return True
        own = self.matchers[name].scope
        scope = sentence if own is None else (None if own == "post" else trigger_sentence)
        for s, e in spans:
            if s < exclude[1] and exclude[0] < e and not name.startswith("unless_any"):
                continue  # the trigger is not its own companion (but "15-year-old boy" may cancel "15-year-old")
            if not _not_quoted(ctx, s, e, self.check.skip_quoted):
                continue
            if scope is None or ctx.sentence_at(s) == scope:
                return (s, e)
        return False

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: ContextCheck = self.check  # type: ignore[assignment]
        if chk.unless_field and getattr(ctx.post, chk.unless_field) is True:
            return []
        if any(key not in ctx.hits for key in self.required_terms):
            return []  # a term the rule needs with its trigger is nowhere in the post
        out = []
        for s, e in self._spans(ctx, "trigger") or []:
            if not _not_quoted(ctx, s, e, chk.skip_quoted):
                continue
            here = ctx.sentence_at(s)
            sentence = here if chk.scope == "sentence" else None
            if any(self._present(ctx, f"unless_any.{k}", sentence, (s, e), here) for k in range(len(chk.unless_any))):
                continue
            if not all(self._present(ctx, f"with_all.{k}", sentence, (s, e), here) for k in range(len(chk.with_all))):
                continue
            companion: tuple[int, int] | bool = True
            if chk.with_any:
                companion = next(
                    (p for k in range(len(chk.with_any)) if (p := self._present(ctx, f"with_any.{k}", sentence, (s, e), here))),
                    False,
                )
                if not companion:
                    continue
            value = ""
            if isinstance(companion, tuple):
                value = ctx.post.text[slice(*ctx.orig(*companion))]
            out.append(self.finding(ctx, s, e, {"value": value or "a photo"}, chk.suggest))
        return out


class DescriptorsRule(Compiled):
    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        chk: DescriptorsCheck = rule.check  # type: ignore[assignment]
        where = f"rule '{rule.id}'"
        self.trigger = [policy.pattern(p, True, f"{where}: field 'check.trigger'", capture=True) for p in chk.trigger]
        self.trigger_index = {policy.patterns.add(p, True, f"{where}: field 'check.trigger'") for p in chk.trigger}
        self.needs_pattern = frozenset(self.trigger_index)
        self.groups = {g: [policy.pattern(p, True, f"{where}: field 'check.groups.{g}'") for p in ps]
                       for g, ps in chk.groups.items()}

    def run(self, ctx: Ctx) -> list[Finding]:
        chk: DescriptorsCheck = self.check  # type: ignore[assignment]
        if not self.trigger_index & ctx.pattern_hits:
            return []
        text = ctx.a.folded
        # a trigger pattern with a group highlights just the group ("wanted ... (a black man)")
        hits = [m.span(1) if rx.groups and m.start(1) >= 0 else m.span()
                for rx in self.trigger for m in rx.finditer(text)]
        if not hits:
            return []
        have = [g for g, rxs in self.groups.items() if any(rx.search(text) for rx in rxs)]
        if len(have) >= chk.min_groups:
            return []
        s, e = min(hits)
        return [self.finding(ctx, s, e, {"value": len(have), "limit": chk.min_groups,
                                         "have": ", ".join(have) or "none"})]


KINDS: dict[str, type[Compiled]] = {
    "terms": TermsRule, "pattern": PatternRule, "detector": DetectorRule, "readability": ReadabilityRule,
    "sentence_length": SentenceLengthRule, "shouting": ShoutingRule, "emoji": EmojiRule, "limit": LimitRule,
    "media": MediaRule, "hashtag_case": HashtagCaseRule, "authorization": AuthorizationRule,
    "context": ContextRule, "descriptors": DescriptorsRule,
}


class CompiledPolicy:
    """A policy turned into tables and compiled patterns, reused for every post."""

    def __init__(self, policy):
        self.policy = policy
        cached = policy._table_cache  # the shipped model policy: its term table is kept in the user cache
        self.shipped = cached is not None
        table = cache_read(cached, TermTable)
        self.table = table or TermTable()
        self.table.prebuilt = table is not None
        self.patterns = PatternSet()
        self.rules = [KINDS[r.check.kind](r, self) for r in policy.rules if r.enabled]
        self.prechecks = {name: self.patterns.add(rx, False, f"detector '{name}'") for name, rx in PRECHECKS.items()}
        self.patterns.compile()
        if table is None:
            self.table.freeze()
            if cached is not None:
                cache_write(cached, self.table)
        # which rules (by position) each shared finding can wake; the rest run on every post
        self.always: list[int] = []
        self.by_term: dict[str, list[int]] = defaultdict(list)
        self.by_detector: dict[str, list[int]] = defaultdict(list)
        self.by_pattern: dict[int, list[int]] = defaultdict(list)
        self.by_post: list[tuple[tuple[str, ...], int]] = []
        for k, rule in enumerate(self.rules):
            if rule.needs_term is not None:
                self.by_term[rule.needs_term].append(k)
            elif rule.needs_detector is not None:
                self.by_detector[rule.needs_detector].append(k)
            elif rule.needs_pattern is not None:
                for index in rule.needs_pattern:
                    self.by_pattern[index].append(k)
            elif rule.needs_post:
                self.by_post.append((rule.needs_post, k))
            else:
                self.always.append(k)
        self.pattern_rules = sorted({k for ks in self.by_pattern.values() for k in ks})

    def pattern(self, regex: str, ignore_case: bool, where: str, capture: bool = False):
        """A rule's RE2 pattern: compiled now, so a user's bad pattern is an error when the policy loads;
        the shipped policy's, on first use."""
        if self.shipped:
            return _OnFirstUse(regex, ignore_case, where, capture)
        return compile_pattern(regex, ignore_case, where, capture)

    def _rules_for(self, ctx: Ctx) -> list[int]:
        """The rules that can fire on this post, in policy order: a rule that needs a term, a detector or
        a pattern that the shared passes did not find is not run."""
        post = ctx.post
        todo = self.always.copy()
        for parts, k in self.by_post:
            if all(getattr(post, p) for p in parts):
                todo.append(k)
        by_term = self.by_term
        for key in ctx.hits:
            todo += by_term.get(key, ())
        ruled_out = ctx.a.cache["ruled_out"]
        for name, ks in self.by_detector.items():
            if name not in ruled_out:
                todo += ks
        if isinstance(ctx.pattern_hits, frozenset):
            if ctx.pattern_hits:
                by_pattern = self.by_pattern
                todo += {k for index in ctx.pattern_hits for k in by_pattern.get(index, ())}
        else:  # a text too long for the RE2 Set: every pattern rule runs
            todo += self.pattern_rules
        todo.sort()  # no rule comes twice: each is woken by one kind of finding, patterns deduplicated above
        return todo

    def review(self, post: Post, results: Results | None = None) -> Review:
        """Check one post. ``results`` makes the findings, metrics and review: pydantic models by
        default, plain objects on the quick CLI path."""
        results = results or model_results()
        a = Analysis.of(post.text)
        ctx = Ctx(post, a, self, results)
        rules = self.rules
        findings: list[Finding] = []
        for k in self._rules_for(ctx):
            findings.extend(rules[k].run(ctx))
        findings.sort(key=lambda f: (f.field != "text", f.start, -LEVEL_RANK[f.level], f.end))
        return results[2](verdict=verdict_of(findings), findings=findings, metrics=ctx.metrics, text=post.text)


# ----- the public entry point -------------------------------------------------------------------
def to_post(post: Post | str | dict, platform: str | None = None, **fields: Any) -> Post:
    """Make a Post from text, a dict or a Post; bad input is a one-line InputError."""
    from pydantic import ValidationError

    from .models import Post

    if isinstance(post, Post):
        if platform is not None or fields:
            data = post.model_dump()
            data.update(fields)
            if platform is not None:
                data["platform"] = platform
            post = data
        else:
            _require_text(post.text)
            return post
    if isinstance(post, str):
        if not fields:  # plain text: only the platform needs checking, so skip building a validator
            return Post.model_construct(text=post, platform=_checked_platform(post, platform))
        _require_text(post)
        post = {"text": post, **fields, **({"platform": platform} if platform is not None else {})}
    elif isinstance(post, dict):
        post = {**post, **fields, **({"platform": platform} if platform is not None else {})}
    else:
        raise InputError(f"cannot check a {type(post).__name__}: give text, a dict or a Post")
    if isinstance(post.get("text"), str):
        _require_text(post["text"])
    try:
        return Post.model_validate(post)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"]) or "post"
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        msg = msg.removeprefix("Value error, ")
        raise InputError(f"post field '{where}': {msg}") from None


def check_text(text: str, platform: str | None, post):
    """Fill a plain post (cache.Plain with the Post defaults) with checked text and platform: what
    ``to_post`` does for text, for the quick CLI path."""
    post.platform = _checked_platform(text, platform)
    post.text = text
    return post


def _checked_platform(text: str, platform: str | None) -> str:
    """Check a plain-text post (not empty, not too long) and its platform; return the platform's name."""
    _require_text(text)
    try:
        return _platform(platform or "x").name
    except ValueError as e:
        raise InputError(f"post field 'platform': {e}") from None


def _require_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise InputError(f"the post is {len(text):,} characters; the most that can be checked is {MAX_TEXT:,}")
    if not text.strip():
        raise InputError("the post is empty: write some text to check")


def check(post: Post | str | dict, *, platform: str | None = None, policy=None, **fields: Any) -> Review:
    """Check a post (text, dict or Post) against a policy (default: the model policy)."""
    from .policy import _default_policy

    p = to_post(post, platform, **fields)
    return (policy or _default_policy()).compiled().review(p)
