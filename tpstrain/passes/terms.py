"""The term table: every term of every rule, keyed by token n-grams, so a post's words are walked once
for all term rules together (also through hidden words: "jun.kie", "a j u n k i e")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter, not_
from typing import TYPE_CHECKING

from ..plain import Plain, to_plain
from .fold import fold
from .tokenize import TOKEN_RE, Analysis

if TYPE_CHECKING:
    from ..rules import Term


# rules whose words are a problem wherever they appear, even inside a longer tag
IN_TAG_RULES = ("sensitivity.", "tone.")
NOT_IN_TAGS = ("sensitivity.crisis-line",)  # a topic, not a word to avoid: "#WorldSuicidePreventionDay"
CONTEXT_TOPIC = "#with_"  # a context rule's with_all / with_any matchers (what the post is about)


@dataclass(slots=True)
class Entry:
    owner: str  # rule id, or "<rule id>#<matcher>" for context matchers
    tokens: tuple[str, ...]
    exact: tuple[str, ...] | None  # for case-sensitive terms
    term: Plain | None  # the term as plain data (the table is cached); None for words several rules wake on
    before: tuple[tuple[str, ...], ...]  # unless_before, tokenized
    after: tuple[tuple[str, ...], ...]  # unless_after, tokenized


def words_of(phrase: str) -> list[str]:
    """The words of a term or a guard, folded as a post's text is (accents dropped, look-alikes read as
    Latin), so that a term written with accents ("appréhendé") finds them in the folded post."""
    return [m.group() for m in TOKEN_RE.finditer(fold(phrase)[0]) if m.lastgroup == "word"]


def _inflections(word: str) -> list[str]:
    if len(word) < 3 or not word.isalpha():
        return [word]
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "'s"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return sorted(forms)


_LOWER = itemgetter(4)  # Token.lower
_LEET = str.maketrans("013457$@", "oieastsa")
_TRAILING_LEET = frozenset("01345")


def _unleet(word: str) -> str:
    """A digit standing for a letter inside a word ("k1ller", "junk1e", "cr4ckhead"): read as the letter.
    Words of mostly digits (plates, times, "4x4", "1st") stay as they are."""
    letters = sum(c.isalpha() for c in word)
    inside = any(c.isdigit() for c in word[1:-1])
    trailing = letters >= 4 and word[-1] in _TRAILING_LEET and word[:-1].isalpha()  # "psych0"
    if letters < 3 or letters < len(word) / 2 or not (inside or trailing):
        return word
    return word.translate(_LEET)


Hit = tuple[int, int, Entry]  # first word, last word + 1, the entry matched
Loose = tuple[
    Entry, tuple[str, ...], tuple[str, ...] | None
]  # a phrase with apostrophes dropped: entry, words, exact

MAX_HIDDEN_LETTERS = 64  # a longer glued or spaced run spells no term's words (and splitting it is quadratic)
MAX_HIDDEN_RUNS = 200  # a post hiding more words than this is noise: the first 200 are read


class TermTable:
    def __init__(self) -> None:
        self.first: dict[str, list[Entry]] = defaultdict(list)
        self.single: dict[str, list[Entry]] = defaultdict(list)  # one-word terms by the word
        self.pairs: dict[tuple[str, ...], list[Entry]] = defaultdict(
            list
        )  # longer terms by their first two words
        self.joined: dict[str, list[Entry]] = defaultdict(list)
        self._loose: dict[str, list[Loose]] | None = None
        self._loose_pairs: dict[tuple[str, ...], list[Loose]] = {}
        self._longest = 1
        self.prebuilt = False
        self._guards: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}  # one copy of each guard list

    def _guard_list(self, guards: Sequence[str]) -> tuple[tuple[str, ...], ...]:
        """A guard list tokenized once, and shared by every term that gives the same list (a YAML anchor's)."""
        key = tuple(guards)
        if key not in self._guards:
            self._guards[key] = tuple(tuple(w.lower() for w in words_of(g)) for g in guards)
        return self._guards[key]

    def add(
        self,
        owner: str,
        phrases: list[str],
        term: Term | None,
        *,
        case: str = "insensitive",
        inflect: bool = True,
        before: Sequence[str] = (),
        after: Sequence[str] = (),
    ) -> None:
        if self.prebuilt:  # loaded whole from the cache
            return
        plain: Plain | None = to_plain(
            term
        )  # plain data in the table: it is cached, and read back without pydantic
        guards_b, guards_a = self._guard_list(before), self._guard_list(after)
        for phrase in phrases:
            words = words_of(phrase)
            if not words:
                continue
            lasts = _inflections(words[-1]) if inflect else [words[-1]]
            if words[-1].isalpha() and not words[-1].endswith("s"):
                lasts = sorted(
                    {*lasts, words[-1] + "'s"}
                )  # a possessive is the word itself: "junkie's stash"
            for last in lasts:
                toks = [*words[:-1], last]
                lower = tuple(t.lower() for t in toks)
                e = Entry(
                    owner, lower, tuple(toks) if case == "sensitive" else None, plain, guards_b, guards_a
                )
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
        self.longer: dict[tuple[str, ...], list[tuple[int, dict[tuple[str, ...], list[Entry]]]]] = {}
        for pair, bucket in self.pairs.items():
            by_size: dict[int, dict[tuple[str, ...], list[Entry]]] = {}
            for e in bucket:
                by_size.setdefault(len(e.tokens), {}).setdefault(e.tokens, []).append(e)
            self.longer[pair] = sorted(by_size.items(), reverse=True)
        self.pair_starts = frozenset(first for first, _ in self.pairs)
        self._guards = {}  # the entries hold the lists; the look-up served only while terms were added
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

    def match(self, a: Analysis) -> dict[str, list[Hit]]:
        """Every rule's terms in the post, by owner: (first word, last word + 1, entry), the longest and
        leftmost where matches overlap. Words as written, through hidden words, and written as hashtags."""
        lw = list(map(_LOWER, a.words))
        # "k1ller" reads "killer" (a number, "416", has no letter to read); only the few words that are not all
        # letters are looked at, found without a Python loop
        for i in compress(count(), map(not_, map(str.isalpha, lw))):
            if not lw[i].isdigit():
                lw[i] = _unleet(lw[i])
        hits: dict[str, list[Hit]] = defaultdict(list)
        self._match_words(a, lw, hits)
        if self.joined and "hidden_runs" not in a.cache.get("ruled_out", ()):
            self._match_hidden(a, lw, hits)
        if a.hashtags:
            self._match_hashtags(a, hits)
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

    def _match_words(self, a: Analysis, lw: list[str], hits: dict[str, list[Hit]]) -> None:
        """Terms as written: one look-up per word that starts a term, then per length of phrase."""
        words, single, longer, pair_starts = a.words, self.single, self.longer, self.pair_starts
        n = len(lw)
        starts = self.starts
        for i in list(compress(count(), map(starts.__contains__, lw))):  # most words start no term
            w = lw[i]
            if (
                w in pair_starts
                and i + 1 < n
                and (sizes := longer.get((w, lw[i + 1])))
                and a.tight_gap(i + 1)
            ):
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

    def _match_hidden(self, a: Analysis, lw: list[str], hits: dict[str, list[Hit]]) -> None:
        """Terms spelled by a hidden run of letters ("jun.kie", "a j u n k i e"), whole or inside a phrase."""
        words = a.words
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

    def _match_hashtags(self, a: Analysis, hits: dict[str, list[Hit]]) -> None:
        """Terms written as hashtags ("#junkie", "#EDP", "#GangViolence"): the whole tag, read as words, is a
        term. Recorded as hits on the tag's characters (``tag_hits``), beside the word hits."""
        from ..words import hashtag_words  # its word list loads only for a post with hashtags

        single, longer = self.single, self.longer
        for tag in a.hashtags:
            parts = hashtag_words(tag.text[1:])
            if not parts:
                continue
            found: list[Entry] = []
            if len(parts) == 1:
                found = [e for e in single.get(parts[0], ()) if not e.exact]
            else:
                for size, by_words in longer.get((parts[0], parts[1]), ()):
                    if size == len(parts):
                        found = [e for e in by_words.get(tuple(parts), ()) if not e.exact]
            if len(parts) > 1:  # a label inside a longer tag: "#AddictsCanRecover", "#DontBeADummy"
                found += self._inside_tag(parts)
            for e in found:
                a.tag_hits.setdefault(e.owner, []).append((tag.start, tag.end, e))
                hits.setdefault(e.owner, [])

    def _inside_tag(self, parts: list[str]) -> list[Entry]:
        """Terms of the language and tone rules spelled by some of a tag's words, not all of them."""
        single, longer, out = self.single, self.longer, []
        for i in range(len(parts)):
            out += [e for e in single.get(parts[i], ()) if _in_tags(e)]
            for size, by_words in longer.get(tuple(parts[i : i + 2]), ()):
                if 1 < size < len(parts) - i + 1 and (i or size < len(parts)):
                    out += [e for e in by_words.get(tuple(parts[i : i + size]), ()) if _in_tags(e)]
        return out

    def _match_hidden_words(
        self,
        a: Analysis,
        runs: list[tuple[int, int, str]],
        lw: list[str],
        hits: dict[str, list[Hit]],
    ) -> None:
        """Phrases with one word hidden ("cl.ick here", "attended the s c e n e"): match the phrase again
        reading each hidden run as the single word it spells."""
        if self._loose is None:  # first words without apostrophes: "sho.uld've" reads "shouldve"
            self._loose = defaultdict(list)
            for key, bucket in self.first.items():  # phrases only: a one-word term has no other word to hide
                self._loose[key.replace("'", "")].extend(
                    (
                        e,
                        tuple(t.replace("'", "") for t in e.tokens),
                        tuple(t.replace("'", "") for t in e.exact) if e.exact else None,
                    )
                    for e in bucket
                    if len(e.tokens) > 1
                )
            self._longest = max((len(e.tokens) for b in self.first.values() for e in b), default=1)
            # the same phrases by their first two words, in the same order
            self._loose_pairs = {}
            for phrases in self._loose.values():
                for cand in phrases:
                    self._loose_pairs.setdefault(cand[1][:2], []).append(cand)
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
            if (
                spans[v][1] - spans[v][0] > 1
            ):  # a hidden word may spell the first tokens: "sex-change oper.ation"
                cands = [e for p in range(1, len(w)) for e in loose.get(w[:p], ())] + loose.get(w, [])
            elif spans[v + 1][1] - spans[v + 1][0] == 1:
                # this word and the next are plain (a hidden one comes later): _spell_out takes only the phrases
                # whose second word is the next word, so look those up by both words
                cands = self._loose_pairs.get((w, vlw[v + 1].replace("'", "")), [])
            else:
                cands = loose.get(w, [])
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
    def _spell_out(
        toks: tuple[str, ...],
        exact: tuple[str, ...] | None,
        v: int,
        vlw: list[str],
        vtext: list[str],
        spans: list[tuple[int, int]],
        a: Analysis,
    ) -> int | None:
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
            if tuple(lw[j : j + len(g)]) == g and (
                j >= len(lw) or a.tight_gap(j) or a.gaps[j].strip() in ("", "'s", "'", "’", "’s")
            ):
                return True
        return any(i - len(g) >= 0 and tuple(lw[i - len(g) : i]) == g for g in e.after)


def _in_tags(e: Entry) -> bool:
    """A word to avoid inside a longer tag ("#AddictsCanRecover"), or the topic a context rule reads around its
    trigger ("#BailHearing": a post about a bail hearing)."""
    return not e.exact and (
        (e.owner.startswith(IN_TAG_RULES) and not e.owner.startswith(NOT_IN_TAGS)) or CONTEXT_TOPIC in e.owner
    )
