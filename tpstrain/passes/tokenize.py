"""Tokenize a folded post once: URLs, e-mails, hashtags and mentions first, then words and sentence ends.

Every rule reads the same :class:`Analysis`: the folded text, its tokens and words (offsets in the folded
text), the gaps between words, the sentences, and a per-post cache for entities and metrics.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, compress, count, islice, repeat
from operator import itemgetter, not_
from typing import Any, Generic, NamedTuple, TypeVar, overload

from .fold import fold

Span = tuple[int, int, str]  # start, end (in the folded text), value
MAX_TEXT = 100_000  # characters in one post; a longer one is refused with a clear message

# One pass: URLs (not an e-mail's start), e-mails, hashtags and mentions first, then words, then punctuation.
_TLDS = r"(?:ca|com|org|net|gov|info|io|ly|co|me|news|edu|us|uk|to)"
_URL_SCHEME = r"""(?:https?://|www\.)[^\s<>"]+[^\s<>".,;:!?)\]']"""
_URL_BARE = rf"""(?<![\w@.-])(?![\w.+-]*@)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TLDS}\b(?:/[^\s<>"]*[^\s<>".,;:!?)\]'])?"""
_EMAIL = r"(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)"
_HASHTAG = r"(?P<hashtag>(?<![\w#&])[#＃]\w*[^\W\d_]\w*)"
_MENTION = r"(?P<mention>(?<![\w@])@\w{1,30}\b)"  # X allows 15; Instagram and TikTok more
_WORD = r"(?P<word>[^\W_]+(?:['&][^\W_]+)*)"
# the start of an item: after a blank line, or a new line opening with a bullet or a number ("- ", "3. ")
# or with a label and a colon ("Charged: ", "Sentenced: ")
_BULLET = r"(?:[-*\u2022\u25aa\u25b8\u25ba\u2023\u25e6]|\d{1,2}[.)]|[A-Z][a-z]+:)[ \t]"
ITEM_BREAK = re.compile(rf"\n[ \t]*\n\s*|\n[ \t]*(?={_BULLET})")
LIST_LINE = re.compile(rf"(?:^|\n)[ \t]*{_BULLET}")
TOKEN_RE = re.compile(
    rf"(?P<url>{_URL_SCHEME}|{_URL_BARE})|{_EMAIL}|{_HASHTAG}|{_MENTION}|{_WORD}|(?P<punct>[^\w\s])",
    re.I | re.S,
)


def _tokenizer(scheme: bool, bare: bool, at: bool, hashtag: bool) -> re.Pattern[str]:
    """TOKEN_RE without the alternatives that cannot match a text (each needs a character the text
    lacks), and with only the punctuation that ends sentences (other punctuation makes no token): the
    same tokens, fewer tries per word. ``_TOKENIZERS`` holds the 16 of them, compiled on first use."""
    url = "|".join(p for p, on in ((_URL_SCHEME, scheme), (_URL_BARE, bare)) if on)
    parts = [
        f"(?P<url>{url})" if url else "",
        _EMAIL if at else "",
        _HASHTAG if hashtag else "",
        _MENTION if at else "",
        _WORD,
        "(?P<punct>[.!?])",
    ]
    return re.compile("|".join(p for p in parts if p), re.I | re.S)


_PLAIN = (False, False, False, False)  # most posts: no URL, email, mention or hashtag
_TOKENIZERS: dict[tuple[bool, bool, bool, bool], re.Pattern[str]] = {_PLAIN: _tokenizer(*_PLAIN)}
_DOT_TLD = re.compile(rf"\.{_TLDS}\b", re.I)  # starts with a literal: a fast scan
_BARE_END = re.compile(rf"[a-z0-9-]\.{_TLDS}\b", re.I)


def tokenizer_for(folded: str) -> re.Pattern[str]:
    """The tokenizer for this text: TOKEN_RE's tokens, with only the alternatives it can use."""
    key = (
        "://" in folded or "www." in folded.lower(),
        any(m.start() and _BARE_END.match(folded, m.start() - 1) for m in _DOT_TLD.finditer(folded)),
        "@" in folded,
        "#" in folded or "＃" in folded,
    )
    rx = _TOKENIZERS.get(key)
    if rx is None:
        rx = _TOKENIZERS[key] = _tokenizer(*key)
    return rx


WORD, URL, EMAIL, HASHTAG, MENTION, PUNCT = "word", "url", "email", "hashtag", "mention", "punct"
# Characters that may join the words of one term: "wheelchair-bound", "P/C", "Dufferin / Eglinton".
_TIGHT_JOINERS = frozenset("-/&'\"")  # quotes too: "a 'crazy' man" is still "a crazy man"
# Characters a writer may slip into a word to hide it: "jun.kie", "r*e*t*a*r*d".
_HIDING_CHARS = ".-*_'/|+~@$!"
_LETTER_SIGNS = {"@": "a", "$": "s", "!": "i", "*": "aeiou", "#": "aeiou"}
_NOT_LETTER = re.compile(r"[\W_]+")
# words a headline in Title Case leaves in lower case ("Appeal for Witnesses after Crash on the A64")
_TITLE_SMALL = frozenset(
    """with from into onto upon over under after before near following during than that this
    their your about between against within without year years""".split()  # "A 14-year-old Bailed in ..."
)
# short words a Title Case headline capitalizes ("Man Was Found") and a sentence does not
_SENTENCE_SHORT = frozenset("was is has had are were did".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_ABBREVIATIONS = (
    frozenset(
        "st ave rd dr blvd cres crt pl ln pkwy hwy e w n s mr mrs ms sgt cst const det insp supt pc dc prof "
        "no vs etc approx jr sr a.m p.m am pm m dept div ft lb lbs mt coun cllr hon rev lt capt cpl sen rep gov".split()
    )
    | _MONTHS
)
_DIGIT_NEXT = re.compile(r"\s+\d")


_STREET_ABBREVIATIONS = frozenset("st ave rd dr blvd cres crt pl ln pkwy hwy".split())
_DIRECTIONS = frozenset("e w n s east west north south".split())
_TIME_MARKS = frozenset("am pm a.m p.m".split())
_NEXT_WORD = re.compile(r"\s+[\"'(]?([^\W\d_]+)")


def _street_end(folded: str, end: int, words: list[Token]) -> bool:
    """After "Queen St." a capitalized word that is not a direction starts a new sentence;
    after "near St." (Saint: "St. Clair") or "Sgt." it does not. A street's direction ends one too:
    "... at Lawrence Ave E. No one was hurt." (but "John E. Smith" goes on). So does a time before a capital:
    "It opens at 10 am. Please come in ..."."""
    if words and words[-1].lower == "m" and (len(words) < 2 or words[-2].lower not in ("a", "p")):
        return True  # "m" alone (metres) is no abbreviation
    if words and words[-1].lower in _MONTHS:
        return _DIGIT_NEXT.match(folded, end) is None  # "on Nov. 8" goes on; "... in Dec. The next" ends
    if len(words) >= 2 and (
        (words[-1].lower in _TIME_MARKS and words[-2].text[:1].isdigit())
        or (words[-1].lower == "m" and words[-2].lower in ("a", "p"))  # "a.m.", read as "a" and "m"
    ):
        m = _NEXT_WORD.match(folded, end)
        return m is None or m.group(1)[:1].isupper()
    if len(words) >= 3 and words[-1].lower in _DIRECTIONS and words[-2].lower in _STREET_ABBREVIATIONS:
        words = words[:-1]  # "Lawrence Ave E." ends where "Lawrence Ave." would
    if len(words) < 2 or words[-1].lower not in _STREET_ABBREVIATIONS or not words[-2].text[:1].isupper():
        return False
    m = _NEXT_WORD.match(folded, end)
    return m is None or (m.group(1)[:1].isupper() and m.group(1).lower() not in _DIRECTIONS)


_WORD_SPLIT = re.compile(_WORD, re.I | re.S)
_BREAK_MARKS = re.compile(r"[.!?\n]")


def _plain_words(folded: str) -> tuple[list[Token], list[str]]:
    """The words and gaps of a text the plain tokenizer reads (words, and . ! ? between them), as the loop of
    ``Analysis.of`` makes them: the words from one split, and the sentence breaks read only in the gaps that
    hold a . ! ? or line break."""
    parts = _WORD_SPLIT.split(folded)  # gap, word, gap, word, ..., gap
    texts = parts[1::2]
    n = len(texts)
    if not n:
        return [], []
    offsets = list(accumulate(map(len, parts)))
    starts, ends = offsets[0 : 2 * n : 2], offsets[1::2]
    lowers = list(map(str.lower, texts))
    gaps = parts[0 : 2 * n : 2]
    gaps[0] = ""
    sentences: list[int] = []
    count = 0
    for i in sorted({bisect.bisect_right(starts, m.start()) for m in _BREAK_MARKS.finditer(folded)}):
        if 0 < i < n and _ends_sentence(folded, ends[i - 1], gaps[i], texts, lowers, i):
            sentences += repeat(count, i - len(sentences))
            count += 1
    sentences += repeat(count, n - len(sentences))
    return list(map(_make_token, zip(repeat(WORD), starts, ends, texts, lowers, sentences))), gaps


def _ends_sentence(folded: str, at: int, gap: str, texts: list[str], lowers: list[str], i: int) -> bool:
    """The gap (from ``at``) between words i-1 and i ends a sentence: a . ! or ? that ends one, as the loop of
    ``Analysis.of`` reads it, or a line break."""
    prev = lowers[i - 1]
    for j, c in enumerate(gap):
        if c not in ".!?":
            continue
        end = at + j + 1
        if prev in _ABBREVIATIONS:
            tail = [_new_token(Token, (WORD, 0, 0, texts[k], lowers[k], 0)) for k in range(max(0, i - 3), i)]
            if not _street_end(folded, end, tail):
                continue
        nxt = folded[end : end + 1]
        if not nxt or nxt.isspace() or nxt in "\"')":
            return True
    return "\n" in gap


class Token(NamedTuple):
    kind: str
    start: int  # offsets in the folded text
    end: int
    text: str  # folded text, original case
    lower: str
    sentence: int = 0

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


_new_token = tuple.__new__
_make_token = partial(tuple.__new__, Token)


T = TypeVar("T")


class _computed_once(Generic[T]):
    """functools.cached_property without its lock. Python 3.11 takes a lock on every first read, which costs more
    than most of these views; an Analysis belongs to one check of one post, in one thread."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _computed_once[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | _computed_once[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # read from the instance from now on
        return value


@dataclass
class Analysis:
    """One post's text, folded and tokenized once, shared by every rule."""

    original: str
    folded: str
    where: list[int] | None
    tokens: list[Token]
    words: list[Token]  # word tokens only
    gaps: list[str]  # gaps[i]: the folded text between words[i-1] and words[i]
    cache: dict[str, Any] = field(default_factory=dict)  # per-post memo for entities and metrics
    tag_hits: dict[str, Any] = field(
        default_factory=dict
    )  # term hits on whole hashtags: owner -> [(start, end, entry)]

    @classmethod
    def of(cls, text: str) -> Analysis:
        folded, where = fold(text)
        rx = tokenizer_for(folded)
        if rx is _TOKENIZERS[_PLAIN]:  # then every token is a word: one list serves as both
            plain, plain_gaps = _plain_words(folded)
            return cls(text, folded, where, plain, plain, plain_gaps)
        has_newline = "\n" in folded
        words: list[Token] = []
        tokens: list[Token] = []
        gaps: list[str] = []  # gaps[i]: the folded text between words[i-1] and words[i]
        sentence = 0
        last_end = 0  # end of the previous token
        last_word_end = 0
        bumped = True  # a sentence break was already counted since the last token
        prev_word_lower = ""
        new, token = _new_token, Token
        for m in rx.finditer(folded):
            kind = m.lastgroup
            s, e = m.span()
            if kind == PUNCT:  # . ! or ?
                # a sentence ends: followed by space, a closing quote or the end (not after "St.")
                if prev_word_lower not in _ABBREVIATIONS or _street_end(folded, e, words):
                    nxt = folded[e : e + 1]
                    if not nxt or nxt.isspace() or nxt in "\"')":
                        if not bumped:
                            sentence += 1
                        bumped = True
                        prev_word_lower = "."
                continue
            if has_newline and not bumped and "\n" in folded[last_end:s]:
                sentence += 1
            t = m.group()
            if kind == WORD:
                prev_word_lower = t.lower()
                tok = new(token, (kind, s, e, t, prev_word_lower, sentence))
                gaps.append(folded[last_word_end:s] if words else "")
                words.append(tok)
                last_word_end = e
                tokens.append(tok)
            else:
                tokens.append(new(token, (kind, s, e, t, t.lower(), sentence)))
            last_end = e
            bumped = False
        return cls(text, folded, where, tokens, words, gaps)

    # ----- offsets ---------------------------------------------------------------------------
    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded-text span to the original text (covering every original character in it)."""
        if self.where is None:
            return start, end
        if not self.where:
            return 0, 0
        if start >= len(self.where):
            n = len(self.original)
            return n, n
        if end <= start:
            o = self.where[start]
            return o, o
        return self.where[start], self.where[end - 1] + 1

    # ----- derived views ---------------------------------------------------------------------
    @_computed_once
    def word_starts(self) -> list[int]:
        """Where each word starts in the folded text (for bisect)."""
        return [w.start for w in self.words]

    @_computed_once
    def item_starts(self) -> list[int]:
        """Where each item of the post starts in the folded text: a paragraph after a blank line, or a line that
        opens with a bullet, a number or a label ("- ", "2) ", "Charged: "), as in a roundup of several cases. [0]
        for one item."""
        return [0] + [m.end() for m in ITEM_BREAK.finditer(self.folded)]

    @_computed_once
    def listed(self) -> bool:
        """The post is a list: some line opens with a bullet, a number or a label (a roundup, not one story told in
        paragraphs)."""
        return len(self.item_starts) > 1 and LIST_LINE.search(self.folded) is not None

    def item_at(self, pos: int) -> int:
        """The item (0, 1, ...) that holds the offset ``pos`` of the folded text."""
        starts = self.item_starts
        return bisect.bisect_right(starts, pos) - 1 if len(starts) > 1 else 0

    @_computed_once
    def capitalized(self) -> list[int]:
        """The words (indexes) that are not all in lower case: the only ones that can be a name, an acronym or
        shouting. One look at each word, shared by the rules that read capitals."""
        return list(compress(count(), map(not_, map(str.islower, map(_TEXT, self.words)))))

    @_computed_once
    def charges(self) -> list[tuple[int, int]]:
        """Charges as laid, in lower case too: the words (first, end) after "charged with", "charges of" or
        "counts of" that name an offence ("charged with possession of child pornography and accessing child
        pornography after ..."). Like a name in Title Case, a reader need not work them out, and a charge's
        words are the Criminal Code's, not the writer's."""
        words, out = self.words, []
        n = len(words)
        lowers = list(map(_LOWER, words))
        # only a word before "with" or "of" can lead a charge: those are found without a Python loop
        for k in compress(range(n - 1), map(_CHARGE_NEXT.__contains__, islice(lowers, 1, None))):
            w, nxt = lowers[k], lowers[k + 1]
            if not ((w == "charged" and nxt == "with") or (nxt == "of" and w in _CHARGE_LEADS)):
                continue
            j = k + 2
            while (
                j < n
                and j - k < 16
                and words[j].sentence == words[k].sentence
                and (words[j].lower in _CHARGE_WORDS or words[j].text.isdigit() or words[j].text[:1] == "$")
            ):
                j += 1
            while j > k + 2 and words[j - 1].lower in _CHARGE_JOINERS:
                j -= 1  # "theft and" ends before "and"
            if j > k + 2:
                out.append((k + 2, j))
        return out

    @_computed_once
    def title_case(self) -> frozenset[int]:
        """Sentences written in Title Case, as headlines and video titles are ("Appeal Following Canal Death,
        Knottingley"): four or more words of four letters or more, three in four of them capitalized, and none in
        lower case but a title's small words ("with", "after"; "knew" or "was" makes it a sentence). Their capitals are
        the title's, not a sign of names."""
        counts: dict[int, list[int]] = {}
        for w in self.words:
            if len(w.text) > 3 and w.text.isalpha():
                c = counts.setdefault(w.sentence, [0, 0, 0])
                c[0] += 1
                c[1] += w.text[0].isupper()
                c[2] += w.text[0].islower() and w.lower not in _TITLE_SMALL
            elif w.text in _SENTENCE_SHORT:  # "She was Grace Oduya of North York": a sentence's verb
                counts.setdefault(w.sentence, [0, 0, 0])[2] += 1
        return frozenset(
            s
            for s, (total, caps, plain) in counts.items()
            if total >= 4 and caps >= 0.75 * total and not plain
        )

    @_computed_once
    def sentences(self) -> list[list[Token]]:
        out: dict[int, list[Token]] = {}
        for w in self.words:
            out.setdefault(w.sentence, []).append(w)
        return list(out.values())

    def sentences_by_index(self, k: int) -> list[Token]:
        """The words of sentence ``k``."""
        if "by_sentence" not in self.cache:
            self.cache["by_sentence"] = {s[0].sentence: s for s in self.sentences}
        by_index: dict[int, list[Token]] = self.cache["by_sentence"]
        return by_index.get(k, [])

    def _of_kind(self, kind: str) -> list[Token]:
        if self.tokens is self.words:  # tokenized as words only: there is none
            return []
        return [t for t in self.tokens if t.kind == kind]

    @_computed_once
    def hashtags(self) -> list[Token]:
        return self._of_kind(HASHTAG)

    @_computed_once
    def hashtag_phrases(self) -> list[tuple[Token, str]]:
        """Each hashtag with its words as a phrase: ("#GangViolence", "gang violence")."""
        from ..words import hashtag_words

        return [(t, " ".join(w)) for t in self.hashtags if (w := hashtag_words(t.text[1:]))]

    @_computed_once
    def mentions(self) -> list[Token]:
        return self._of_kind(MENTION)

    @_computed_once
    def urls(self) -> list[Token]:
        return self._of_kind(URL)

    @_computed_once
    def quoted(self) -> list[tuple[int, int]]:
        """Folded-text spans inside double quotation marks (quoted speech, charges quoted as laid)."""
        spans = []
        find, pos = self.folded.find, 0
        while (start := find('"', pos)) >= 0 and (end := find('"', start + 1)) >= 0:
            spans.append((start, end + 1))
            pos = end + 1
        return spans

    def in_quotes(self, start: int, end: int, min_words: int = 0) -> bool:
        """The span is inside double quotation marks that hold at least ``min_words`` words."""
        return self.quote_at(start, end, min_words) is not None

    def quote_at(self, start: int, end: int, min_words: int = 0) -> tuple[int, int] | None:
        """The quotation (its span, marks included) that holds the span and at least ``min_words`` words, or
        None. Quotations never overlap: the one that may hold it is found by bisection (a post may hold
        thousands)."""
        spans = self.quoted
        if not spans:
            return None
        if "quote_starts" not in self.cache:
            self.cache["quote_starts"] = [s for s, _ in spans]
        k = bisect.bisect_right(self.cache["quote_starts"], start) - 1
        if k < 0:
            return None
        s, e = spans[k]
        if end > e or (min_words and len(self.folded[s:e].split(None, min_words - 1)) < min_words):
            return None
        return s, e

    def tight_gap(self, i: int) -> bool:
        """True when words[i-1] and words[i] may belong to one term (space, hyphen or slash between)."""
        g = self.gaps[i]
        if not g:
            return False
        stripped = g.strip()
        return stripped == "" or (len(stripped) == 1 and stripped in _TIGHT_JOINERS)

    def hidden_runs(self, limit: int = 2000) -> list[tuple[int, int, str]]:
        """Runs of words glued by hiding characters ("jun.kie", "r-e-t-a-r-d") or spelled out
        letter by letter ("j u n k i e"), as (first word, last word + 1, letters joined); at most
        ``limit`` of each kind (a post with thousands is noise, and reading them all would be slow).
        Read off the words and the gaps between them: no second pass over the text."""
        words, gaps = self.words, self.gaps
        runs: list[tuple[int, int, str]] = []
        # glued: gap k (between words k-1 and k) is hiding characters only; neighbouring gaps make one run
        # letters either side ("jun.kie", not "416-808"): digits glued to digits hide no word
        glued = [
            k
            for k, g in enumerate(gaps)
            if g
            and g != " "
            and words[k - 1].text[-1:].isalpha()
            and words[k].text[:1].isalpha()
            and (
                not g.strip(_HIDING_CHARS)
                or (
                    _glue(g)
                    and (g != "\n" or (words[k - 1].text[-1:].islower() and words[k].text[:1].islower()))
                )
            )
        ]
        for first, last in islice(_groups(glued, _always), limit):
            i, j = first - 1, last + 1
            runs.append((i, j, _NOT_LETTER.sub("", "".join(w.lower for w in words[i:j]))))
            # a sign standing for a letter: "sp@stic", "r*tarded", "sh!t" (one such sign in the run)
            signs = [k for k in range(first, last + 1) if gaps[k] in _LETTER_SIGNS]
            if len(signs) == 1:
                k = signs[0]
                head = _NOT_LETTER.sub("", "".join(w.lower for w in words[i:k]))
                tail = _NOT_LETTER.sub("", "".join(w.lower for w in words[k:j]))
                runs += [(i, j, head + letter + tail) for letter in _LETTER_SIGNS[gaps[k]]]
        # spelled out: three or more single letters, one space apart
        singles = [k for k, w in enumerate(words) if len(w.text) == 1 and w.text.isalpha()]
        spelled = ((f, t) for f, t in _groups(singles, lambda k: gaps[k] == " ") if t - f >= 2)
        for first, last in islice(spelled, limit):
            runs.append((first, last + 1, "".join(w.lower for w in words[first : last + 1])))
        return runs


def _glue(gap: str) -> bool:
    """A line break or emoji inside a word ("jun\nkie", "jun🙂kie") hides it as well as a dot does."""
    if gap == "\n":
        return True
    return all(unicodedata.category(c) in ("So", "Sk", "Cn", "Co") for c in gap)


def _always(k: int) -> bool:
    return True


def _groups(ks: list[int], joined: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
    """Split sorted indices into maximal groups of neighbours (k right after k-1, and ``joined(k)``);
    yield each group's (first, last)."""
    first = prev = -2
    for k in ks:
        if k == prev + 1 and joined(k):
            prev = k
            continue
        if first >= 0:
            yield first, prev
        first = prev = k
    if first >= 0:
        yield first, prev


# The words a charge as laid is made of (Criminal Code titles, in any case), and the words that join them.
_CHARGE_JOINERS = frozenset("of a an the with to for and or over under".split())
_CHARGE_LEADS = frozenset("charges charge counts count".split())
_CHARGE_NEXT = frozenset(("with", "of"))
_CHARGE_WORDS = _CHARGE_JOINERS | frozenset(
    """
    assault assaulting aggravated sexual sexually interference exploitation invitation touching luring child children
    pornography accessing making distributing distribution possession possessing obtaining services consideration
    communicating purpose robbery robberies theft thefts fraud frauds mischief murder murders manslaughter first-degree
    second-degree degree attempted attempt commit conspiracy extortion kidnapping forcible confinement criminal
    harassment uttering threats threat death bodily harm causing weapon weapons firearm firearms loaded restricted
    prohibited dangerous operation operating conveyance motor vehicle vehicles impaired careless driving stunt break
    enter breaking entering stolen property proceeds crime laundering trafficking traffic persons substance
    controlled schedule cocaine fentanyl heroin methamphetamine cannabis arson disregard human life disguise intent
    failure fail comply compliance release order orders probation undertaking recognizance obstruct obstructing
    resisting peace officer police unauthorized use credit card data identity forgery personation indecent act
    exposure voyeurism incest bestiality stalking intimidation abduction hostage taking participation organization
    counterfeit money knife imitation ammunition device devices explosive ammunition evading flight""".split()
)


def plain_words(analysis: Analysis) -> list[Token]:
    """Words for readability: no URLs, hashtags, mentions or emails (they are separate tokens), no numbers, no
    names in Title Case ("Lucas Brenner", "Mischief to Religious Property", "Centre for Addiction and Mental
    Health") and no charges as laid in lower case ("charged with possession of child pornography"): a reader does
    not have to work out a name or a charge as laid."""
    words = analysis.words
    skip = {m for first, end in analysis.charges for m in range(first, end)}
    # in Title Case or capitalized, not in capitals: only a word with a capital letter can be
    titled = {k for k in analysis.capitalized if _titled(words[k].text)}
    named: list[tuple[int, int]] = []  # runs of two or more titled words: (first, last + 1)
    if len(titled) >= 2:
        n = len(words)
        run_end = 0  # the word after the last run: the next run starts after it
        for k in sorted(titled):
            if k < run_end:
                continue
            j, last = k + 1, k
            while (
                j < n
                and words[j].sentence == words[k].sentence
                and (j in titled or (words[j].lower in _NAME_JOINERS and j + 1 < n and j + 1 in titled))
            ):
                if j in titled:
                    last = j
                j += 1
            if last > k:
                named.append((k, last + 1))
            run_end = last + 1
    for first, end in named:
        skip.update(range(first, end))
    if not skip:
        return list(compress(words, map(not_, map(str.isdigit, map(_TEXT, words)))))
    return [w for k, w in enumerate(words) if k not in skip and not w.text.isdigit()]


def _titled(t: str) -> bool:
    """In Title Case ("Lucas", "O'Brien", "A") or capitalized ("McDonald"); not in capitals ("POLICE")."""
    return t.istitle() or (t[:1].isupper() and not t.isupper())


_NAME_JOINERS = frozenset("of for and the to in on de la".split())
_TEXT, _LOWER = itemgetter(3), itemgetter(4)  # Token.text, Token.lower


def memo(name: str) -> Callable[[Callable[[Analysis], list[Span]]], Callable[[Analysis], list[Span]]]:
    def wrap(fn: Callable[[Analysis], list[Span]]) -> Callable[[Analysis], list[Span]]:
        def run(a: Analysis) -> list[Span]:
            hit = a.cache.get(name)
            if hit is None:
                ruled_out = a.cache.get("ruled_out", ())  # set by the engine from PRECHECKS in one RE2 pass
                hit = a.cache[name] = [] if name in ruled_out else fn(a)
            return hit

        run.__name__ = fn.__name__
        run.__doc__ = fn.__doc__
        return run

    return wrap
