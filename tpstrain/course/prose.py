"""Is an answer a post a reader could publish? Sentences with their facts in them, not keywords or code.

:func:`read_prose` splits a text into sentences and tells, for each, whether it reads as a sentence (enough
words, a verb, the little words that hold words together) or as a fragment: a short label ("Case
2026-1234567", "Update:"), a phrase ("Gas leak on Bloor St W"), or a pile of keywords ("Jane Finch hospital
9-8-8"). :func:`form_problems` turns that into what to fix: not a post (code, notes about the post, a list of
words), and facts left outside sentences.

Forms: ``"post"`` (sentences with a verb: a post, a reply, an update), ``"appeal"`` (an urgent post: label
lines such as "Last seen: Tuesday, 7:30 p.m." and lists of descriptions count as told), ``"description"``
(alt text: a phrase that describes is enough, "Two officers with a small brown dog"), or ``None`` (no check).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from .facts import Facts, fact_pairs, fact_regex, find_fact, show_fact
from .lexicon import is_function_word, is_verb
from .results import Problem, short

__all__ = ["Prose", "Sentence", "form_problems", "read_prose"]

# tokens: links, tags and mentions, numbers (phone numbers, times, case numbers), words
_TOKEN = re.compile(
    r"(?P<link>(?:https?://|www\.)\S+|\b[\w-]+(?:\.[a-z]{2,})+(?:/\S*)?)"
    r"|(?P<tag>[#@]\w+)"
    r"|(?P<fact>[\x00\x01]+)"
    r"|(?P<num>\d(?:[\d'’\"”]|[-–:.,/](?=\d)|\s(?=\d{3}\b))*(?:\s?[ap]\.?m\b\.?)?)"
    r"|(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*|(?<=\s)&(?=\s))",  # "Dufferin St & Eglinton Ave W": "&" is "and"
    re.I,
)
# abbreviations whose period does not end a sentence (unless a sentence plainly starts after it)
_ABBREV = frozenset(
    "st ave av rd blvd cres dr ct pl sq hwy pkwy e w n s sgt cst const det insp supt staff mr "
    "mrs ms mx dr no approx vs jr sr ft lt gen col capt cpl prof rev jan feb mar apr jun jul aug sep sept "
    "oct nov dec mon tue tues wed thu thur thurs fri sat sun ref".split()
)
_STARTERS = frozenset(
    "please call police officers officer anyone if thank thanks update she he they we it the "
    "a an this there our your you i no one".split()
)
# the first words of a labelled line: "Missing: ...", "Case 2026-1234567", "Last seen ...", "Call 416-...", after
# any symbol or emoji ("🔎 MISSING: ...")
_LABELS = re.compile(
    r"^[^\w#@]*(?:missing|update|updated|correction|found|located|wanted|alert|road closed|closed|closure|reminder|"
    r"info|information|questions?|tips?|contact|call|text|phone|emergenc(?:y|ies)|report|online|case|"
    r"occurrence|file|reference|ref|last seen|seen|description|clothing|wearing|height|build|hair|age|"
    r"when|where|what|who|details|note|reopened|all clear|detour|why|how to|crisis line|support|help|"
    r"photo|image|video|event|date|time|place|location|cost|free|join us|hashtag|tag|follow|share|"
    r"breaking|news|attention|warning|safety tip|tip of the day|heads up|reminders?|notice|"
    # a note's label for the team: "Escalating: ...", "Holding: ...", "Log 3:20 p.m.: ...", "FYI: ..."
    r"escalat(?:ing|ed|ion)|holding|on hold|log|fyi|"
    r"(?:road|lane|street|ramp)s? (?:closed|closure|reopened))\b[^\w]*",
    re.I,
)
_CODE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import |return\b|print\s*\(|for \w+ in |while .*:$|if .*:$)"
    r"|\b[A-Za-z_]\w*\([\w\"'\[{)]|\b\w+\s*==|^\s*[\w.\[\]\"']+\s*=\s*\S|[{}]|</?[a-z][\w-]*(?:\s[^>]*)?>|;\s*$"
    r"|\"\"\"|'''|\\n",
    re.M,
)
# talk about the post instead of the post: "I would write ...", "My answer:", "The post should say ..."
_META = re.compile(
    r"\b(?:i (?:would|will|'d|'ll|should|could|am going to) (?:write|post|say|tell|use|include|rewrite|mention|"
    r"add|put|keep|leave|remove|change|start|reply|respond|answer|take out|delete|replace|swap|edit)|"
    r"i'd (?:write|post|say|reply)|"
    # the edit told after it is made: "I removed the personal cell", "I replaced 'utilize' with 'use'", "I used
    # the division's number instead" (not "I've hidden the comment", "I deleted my earlier post")
    r"i(?: have|'ve| just| also)? (?:replaced|swapped|edited|rewrote|reworded|rephrased|softened|toned down|"
    r"took out|taken out|left out|cut out|stripped out|(?:changed|switched)\b(?=[^.!?;\n]{1,60}\b(?:to|with|for|into)\b)|"
    r"(?:removed|deleted|dropped|cut) (?!(?:the |that |this |my |our |a |an )?(?:\w+ )?(?:comments?|replies|reply|"
    r"posts?|tweets?|messages?|it|them)\b))|"
    r"i(?: have|'ve| just| also)? (?:used|put|added|kept|wrote|gave|included|went with)\b[^.!?;\n]{1,80}\binstead\b|"
    # an instruction to the account's staff about the post, not the post: "Delete the first post and say nothing."
    r"(?:^|[.!?]\s+)(?:delete|take down|remove|edit) (?:the|our|this|that|my) (?:first |original |old |"
    r"earlier |previous |wrong |last )?(?:post|tweet|reply|update)\b|"
    r"(?:my|the|this|your) (?:answer|rewrite|rewritten post|draft|response to the (?:question|prompt))\s*(?:is|:|would)|"
    r"(?:the|this|my) (?:post|reply|update|alt text|tweet) (?:should|would|will|must|needs to) "
    r"(?:say|include|mention|tell|have|be|keep|leave|use|describe|give|contain)|"
    r"here(?: is|'s) (?:my|the|a) (?:post|rewrite|reply|answer|draft|update|alt text|version)|"
    r"^\s*(?:my |the |new )?(?:rewrite|rewritten post|answer|draft|post|reply|alt text|tweet)\s*:\s|"
    r"(?:the|this) (?:prompt|question|task|instructions?|assignment|exercise)\b|"
    r"(?:keep|leave out|remove|add|put|use|say) (?:the|all the) (?:key facts|facts|person first|crisis line|"
    r"diagnosis|health details|police words|jargon|name)\b|"
    r"\bkey facts?\b|\bkeywords?\b|\bplaceholder\b|\blorem ipsum\b)",
    re.I | re.M,
)


# a sentence that opens with who does it and its verb: "We're wearing pink ...", "Police need help finding ..."
_SUBJECT = re.compile(
    r"\W*(?:we|we're|we’re|we've|we’ve|we'll|we’ll|i|i'm|i’m|you|you're|you’re|they|they're|they’re|he|she|it|"
    r"police|officers|detectives|investigators|our officers|our team|"
    # an officer by rank and name: "Insp. Mendes says hold."
    r"(?:insp|sgt|cst|const|det|supt|pc|chief|inspector|sergeant|constable|detective)\.?\s+[^\W\d_][\w'’-]*)"
    r"\s+([a-z][\w'’]*)",
    re.I,
)


# a greeting or good wishes, a whole sentence without a verb of its own
_GREETING = re.compile(
    r"\W*(?:happy|merry|welcome|congratulations|congrats|good (?:morning|luck)|hello|hi)\b", re.I
)


@dataclass
class Sentence:
    """One sentence (or fragment) of an answer, with what makes it read as a sentence."""

    text: str
    start: int
    end: int
    words: int  # words and numbers (not links, tags, emoji)
    function_words: int
    verbs: int
    labelled: bool  # starts with a label: "Missing:", "Case 2026-...", "Last seen ..."
    imperative: bool  # starts with a verb: "Take College St instead."
    list_items: int  # comma-separated items of two words or more on average ("short grey hair, blue coat")
    fact_run: int = 0  # most key facts strung together: no little word, no punctuation between them
    word_list: bool = False  # four or more short items (", ", "and"), none of them a clause
    tail: Sentence | None = None  # after a heading and a colon ("Bike Safety Day, Saturday: Cst. Haddad ...")
    facts: int = 0  # key facts in it

    def reads_as_sentence(self, need_verb: bool = True) -> bool:
        # "Lead with the truth Union Station safe open 416-808-2222": a few little words do not hold a pile of
        # key facts together; "Union Station, the suitcase, the owner, safe and open": a list of words
        if self.fact_run >= _FACT_RUN or self.word_list:
            return False
        if self.tail is not None and self.tail.reads_as_sentence(need_verb):
            return True
        if self.imperative and 2 <= self.words <= 6:
            return True
        if _GREETING.match(self.text) and self.words <= 8:
            return True  # "Happy Day of Pink, Toronto!", "Welcome to the team, Cst. Diaz!"
        if (
            self.verbs
            and self.words >= 3
            and (self.function_words or self.verbs / self.words <= 0.5)
            and (m := _SUBJECT.match(self.text)) is not None
            and is_verb(m.group(1))
        ):
            return True  # a subject and its verb: "Police need help finding Lena Okafor, 78.", "We're wearing pink"
        if self.words < 3 or self.function_words == 0 or self.function_words / self.words < 0.1:
            return False
        if self.words >= 5 and self.verbs / self.words > 0.5:  # "Okafor found located thank share"
            return False
        return self.verbs > 0 or not need_verb

    def is_pile(self) -> bool:
        """Words piled up with nothing to hold them together: not a sentence, a label line, a list of
        descriptions or a phrase ("Gas leak on Bloor St W")."""
        return self.fact_run >= _FACT_RUN or (
            self.words >= 4
            and self.function_words == 0
            and not self.labelled
            and not self.list_items
            and not self.reads_as_sentence()
        )

    def is_phrase(self) -> bool:
        """A short phrase that holds no key fact: a caption's aside or a closing line ("Straps snug, helmet
        level.", "Kennedy Rd stays closed."). Beside sentences that tell the facts, it piles nothing up."""
        return self.words <= _PHRASE and not self.facts and not self.word_list


_FACT_RUN = 3  # key facts side by side, with nothing between them, are a pile: "Union Station safe open"
_PHRASE = 5  # words at most in a phrase that stands beside the sentences (Sentence.is_phrase)


@dataclass
class Prose:
    text: str
    sentences: list[Sentence]

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    def sentence_at(self, pos: int) -> Sentence | None:
        return next((s for s in self.sentences if s.start <= pos < s.end), None)


def read_prose(text: str, keep: Facts = None) -> Prose:
    """Split ``text`` into sentences and measure each.

    The key facts (``keep``) are read as one word each, a noun or (when they hold one) a verb: their own
    little words ("no one was hurt") do not make a sentence of a list of facts; the writer's words must.
    """
    text = unicodedata.normalize("NFC", text)
    masked, owners = _mask_facts(text, keep)
    return Prose(text, [_measure(text, masked, a, b, owners) for a, b in _spans(text, masked)])


_MASKS = "\x00\x01"


def _mask_facts(text: str, keep: Facts) -> tuple[str, dict[int, int]]:
    """``text`` with each key fact replaced by one placeholder word of the same length (so positions hold):
    V... for a fact with a verb in it, F... for any other; and which key fact starts at each placeholder."""
    chars = list(text)
    owners: dict[int, int] = {}
    for n, (_, fact) in enumerate(fact_pairs(keep)):
        for m in fact_regex(fact).finditer(text):
            a, b = m.span()
            if b - a < 2 or any(c in "\x00\x01" for c in chars[a:b]):
                continue
            mark = "\x01" if any(is_verb(w) for w in re.findall(r"[^\W\d_]+", m.group())) else "\x00"
            chars[a:b] = [mark] * (b - a)
            owners[a] = n
    return "".join(chars), owners


def _spans(text: str, masked: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: at . ! ? before a new sentence, at blank lines and at line breaks
    that start a new line of their own (a label, a list item, hashtags), not at a wrapped line, and never
    inside a key fact ("Queen St. W.")."""
    cuts = [0]
    for m in re.finditer(r"[.!?…]+[\"”')\]]*(?=\s)|\n", text):
        end = m.end()
        if masked[m.start()] in _MASKS:
            continue
        if m.group() == "\n":
            if _line_break_ends(text, m.start()):
                cuts.append(end)
            continue
        if _period_ends(text, m.start(), end):
            cuts.append(end)
    cuts.append(len(text))
    spans = []
    for a, b in itertools.pairwise(cuts):
        seg = text[a:b]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((a + lead, a + len(seg.rstrip())))
    return spans


def _line_break_ends(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    after = text[pos + 1 :]
    if not before or not after.strip() or before.endswith(("\n", ":", ".", "!", "?", "…")):
        return True
    nxt = after.lstrip(" \t")
    return bool(re.match(r"[-*•#@]|\d+[.)]\s|[^\W\d_][\w ]{0,24}:\s|\n", nxt)) or bool(_LABELS.match(nxt))


def _period_ends(text: str, start: int, end: int) -> bool:
    if text[start] != ".":
        return True
    prev = re.search(r"([^\W\d_]+)\.?$", text[:start])
    nxt = re.match(r"\s+[\"“'(]*([^\s\"”'),.;:!?]+)", text[end:])
    if nxt is None:
        return True
    word = prev.group(1).lower() if prev else ""
    following = nxt.group(1)
    if re.search(r"\b[ap]\.m$|\b[ap]m$", text[max(0, start - 4) : start], re.I):
        return following[:1].isupper()  # "11 p.m. Call us" ends; "11 p.m. on Sunday" does not
    if word in _ABBREV:
        return following.lower() in _STARTERS
    return following[:1].isupper() or following[:1].isdigit() or following[:1] in "#@"


def _measure(text: str, masked: str, start: int, end: int, owners: dict[int, int] | None = None) -> Sentence:
    seg = text[start:end]
    found = [m for m in _TOKEN.finditer(masked[start:end]) if m.lastgroup in ("num", "word", "fact")]
    tokens = [(m.lastgroup or "", m.group()) for m in found]
    roles = _roles(tokens)
    first = tokens[0][1] if tokens and tokens[0][0] == "word" else ""
    imperative = bool(first) and first.lower().replace("’", "'") in _IMPERATIVES
    return Sentence(
        seg,
        start,
        end,
        len(tokens),
        sum(r.startswith("function") for r in roles),
        sum(r.endswith("verb") for r in roles),
        bool(_LABELS.match(seg)),
        imperative,
        _list_items(seg),
        fact_run=_fact_run(
            masked[start:end], found, roles, {p - start: n for p, n in (owners or {}).items()}
        ),
        word_list=_word_list(masked[start:end]),
        tail=_tail(text, masked, start, end, found, roles, owners),
        facts=sum(kind == "fact" for kind, _ in tokens),
    )


_DETERMINERS = frozenset("a an the his her their our your its this that these those every each some".split())


def _roles(tokens: list[tuple[str, str]]) -> list[str]:
    """What each token is: "function" (a little word), "function verb" ("is", "will"), "verb", "fact" or "fact
    verb" (a key fact, with a verb in it), "number" or "word"."""
    roles = []
    for i, (kind, tok) in enumerate(tokens):
        if kind != "word":
            roles.append(("fact verb" if tok[0] == "\x01" else "fact") if kind == "fact" else "number")
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        before = tokens[i - 1][1].lower() if i else ""
        low = tok.lower()
        if (tok == "May" and after[0] == "num") or (before in ("thank", "thanks") and low == "you"):
            roles.append("word")  # the month, not the verb; "thank you" is one word of thanks
        elif is_function_word("and" if tok == "&" else tok):
            roles.append("function verb" if is_verb(tok) else "function")
        elif is_verb(tok) or (  # "Cst. Haddad adjusts a helmet": a verb the word list does not know
            i
            and tok.islower()
            and len(tok) >= 4
            and low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))
            and roles[-1] in ("word", "fact")
            and after[1].lower() in _DETERMINERS
        ):
            roles.append("verb")
        else:
            roles.append("word")
    return roles


def _fact_run(masked: str, found: list[re.Match[str]], roles: list[str], owners: dict[int, int]) -> int:
    """The most key facts (different ones: "3 p.m. live interview" is one) in one run of words with no little
    word and no punctuation between them."""
    best = 0
    run: set[int] = set()
    prev_end = None
    for m, role in zip(found, roles, strict=True):
        if role.startswith("function") or (prev_end is not None and masked[prev_end : m.start()].strip()):
            run = set()
        if role in ("fact", "fact verb"):
            run.add(owners.get(m.start(), -1 - m.start()))
            best = max(best, len(run))
        prev_end = m.end()
    return best


def _word_list(masked: str) -> bool:
    """Four or more short items joined by commas or "and" with no clause among them (no item of three words or
    more with a verb): "Union Station, the suitcase, the owner, safe and open, 416-808-2222"."""
    items = [i for i in re.split(r"[,;]|\b(?:and|or)\b|(?<=\s)&(?=\s)", masked) if i.strip()]
    if len(items) < 4:
        return False
    for item in items:
        toks = [
            (m.lastgroup or "", m.group())
            for m in _TOKEN.finditer(item)
            if m.lastgroup in ("num", "word", "fact")
        ]
        roles = _roles(toks)
        if (len(toks) >= 3 and any(r.endswith("verb") for r in roles)) or (
            len(toks) >= 2 and toks[0][1].lower() in _IMPERATIVES
        ):
            return False
    return True


def _tail(
    text: str,
    masked: str,
    start: int,
    end: int,
    found: list[re.Match[str]],
    roles: list[str],
    owners: dict[int, int] | None,
) -> Sentence | None:
    """The sentence after a heading and a colon, when the heading is a label or a short phrase with no verb:
    "Bike Safety Day, Dufferin Grove Park, Saturday: Cst. Haddad checks a young rider's helmet."."""
    colon = re.search(r":\s", masked[start:end])
    if colon is None:
        return None
    head = [r for m, r in zip(found, roles, strict=True) if m.start() < colon.start()]
    text_head = masked[start : start + colon.start()]
    if not head or any(r.endswith("verb") for r in head):
        return None
    if len(head) > 4 and "," not in text_head and not _LABELS.match(text[start:end]):
        return None
    return _measure(text, masked, start + colon.end(), end, owners)


_IMPERATIVES = frozenset(
    "avoid call text use take stay keep follow share join wear watch check report expect "
    "please plan slow drive help visit contact tell send come bring look drop leave let "
    "read learn find get give go remember thank thanks phone quote dial stop wait stand "
    "be don't do mention include ask note see try turn walk cross move park lock let's".split()
)


# the last word of an item of a person's description: what they wear, carry or look like
_WORN = re.compile(
    r"\b(?:coat|raincoat|overcoat|jacket|windbreaker|vest|parka|hoodie|sweater|sweatshirt|shirt|t-shirt|blouse|dress|skirt|pants|trousers|jeans|shorts|"
    r"shoes|running shoes|sneakers|boots|sandals|hat|cap|toque|scarf|gloves|glasses|backpack|bag|purse|"
    r"hair|beard|moustache|mustache|build|complexion|eyes)s?\W*$",
    re.I,
)


# an item of a person's description that is not worn: a height, a build, an age ("5'4\"", "slim", "in her 70s")
_LOOKS = re.compile(
    r"^\W*(?:\d['’]\s?\d{1,2}(?:[\"”]|'')?|\d{3}\s?cm|\d\s?m\s?\d{2}|\d{2,3}\s?(?:lbs?|pounds|kg)|"
    r"(?:very\s+|quite\s+)?(?:slim|thin|slender|skinny|small|heavy|heavy-set|heavyset|stocky|large|tall|short|petite|"
    r"muscular|medium|average|medium height|average height|medium build|average build|bald|balding|clean-shaven|"
    r"fair|pale|light-skinned|dark-skinned|brown-skinned|white|black|brown|south asian|east asian|indigenous|"
    r"in (?:her|his|their) (?:early |mid-?|late )?\d0s|\d{1,3}(?:-year-old| years old)|walks with a cane|"
    r"uses a (?:cane|walker|wheelchair)))\W*$",
    re.I,
)


def _list_items(seg: str) -> int:
    """How many comma-separated descriptions ``seg`` lists, when its items are phrases (two words or more on
    average), not single keywords; else 0."""
    items = [i for i in re.split(r"[,;]|\band\b", seg) if i.strip()]
    if (
        len(items) >= 2
        and all(_WORN.search(i) or _LOOKS.search(i) for i in items)
        and any(_WORN.search(i) for i in items)
    ):
        # what a person wears or looks like: "Long blue coat, white running shoes.", "Grey hair, 5'4\", slim"
        return len(items)
    if len(items) < 3:
        return 0
    sizes = [len(_TOKEN.findall(i)) for i in items]
    return len(items) if sum(sizes) / len(items) >= 1.8 else 0


# ----- what to fix ----------------------------------------------------------------------------------------------
def form_problems(
    text: str, keep: Facts = None, form: str | None = "post", what: str = "post"
) -> list[Problem]:
    """Why ``text`` is not yet a ``form`` a reader could use: code, notes about the post, too few words, a pile
    of keywords, or key facts (``keep``) left outside its sentences. Empty when it reads well."""
    if form is None:
        return []
    prose = read_prose(text, keep)
    code = _CODE.search(text)
    if code:
        return [
            Problem(
                f'This looks like code, not {_a(what)}: "{short(code.group().strip(), 30)}".',
                fix=f"Write the {what} itself, in words, as readers would see it.",
            )
        ]
    meta = _META.search(text)
    if meta:
        return [
            Problem(
                f'Write the {what} itself, not notes about it: "{short(meta.group().strip(), 40)}".',
                quote=meta.group(),
                fix="Write exactly what readers would see, as if you posted it now.",
            )
        ]
    need_verb = form in ("post", "appeal")
    # five words at least; an order of three is a whole reply ("Call 9-1-1 now.", lesson 12)
    floor = 3 if len(prose.sentences) == 1 and prose.sentences[0].imperative else 5
    if prose.words < floor:
        return [
            Problem(
                f"This is too short to be {_a(what)}: {prose.words} word{'s' if prose.words != 1 else ''}.",
                fix=f"Write the {what} out in full sentences.",
            )
        ]
    good = [s for s in prose.sentences if s.reads_as_sentence(need_verb)]
    if not good:
        return [
            Problem(
                f"This is a list of words, not {_a(what)}: a reader needs sentences.",
                fix="Write sentences, with the little words that join them (the, a, of, to, is, and) "
                + ("and a verb (is, was, call, avoid)." if need_verb else "that describe the scene."),
            )
        ]
    problems = []
    # a short phrase with no key fact, beside sentences (there is one: see above), is an aside, not a pile
    piles = [s for s in prose.sentences if s.is_pile() and not s.is_phrase()]
    for s in piles[:2]:
        problems.append(
            Problem(
                "These words are not a sentence.", quote=s.text, fix="Say it in a sentence, or leave it out."
            )
        )
    told = sum(
        s.words
        for s in prose.sentences
        if s.reads_as_sentence(need_verb) or s.function_words or s.labelled or s.list_items
    )
    if not piles and told < prose.words / 2:
        loose = next((s.text for s in prose.sentences if not s.reads_as_sentence(need_verb)), "")
        problems.append(
            Problem(
                f"Most of this {what} is not in sentences.",
                quote=loose,
                fix="Write what readers need in full sentences.",
            )
        )
    return problems + facts_outside_sentences(prose, keep, need_verb, piles)


def facts_outside_sentences(
    prose: Prose, keep: Facts, need_verb: bool, piles: list[Sentence]
) -> list[Problem]:
    """Key facts stuffed where no sentence tells them: two or more in a fragment that is not a sentence, a
    label line, a list of descriptions or a phrase. (A pile of four words or more is a problem already.)"""
    stuffed: dict[int, list[str]] = {}
    for _, fact in fact_pairs(keep):
        m = find_fact(prose.text, fact)
        s = prose.sentence_at(m.start()) if m is not None else None
        if s is None or s in piles or s.reads_as_sentence(need_verb) or s.labelled or s.list_items:
            continue
        if s.function_words == 0:
            stuffed.setdefault(s.start, []).append(m.group())
    out = []
    for start, found in stuffed.items():
        s = prose.sentence_at(start)
        # "No shots, no injuries.": denials side by side say what did not happen, as a sentence would
        if all(_DENIED_FACT.match(f) for f in found):
            continue
        if s is not None and len(found) >= 2:
            out.append(
                Problem(
                    f"The facts {', '.join(show_fact(f) for f in found[:4])} are listed, not told.",
                    quote=s.text,
                    fix="Put them in sentences a reader can follow.",
                )
            )
    return out


_DENIED_FACT = re.compile(r"\W*(?:no|not|nobody|nothing|none|never)\b", re.I)


def _a(what: str) -> str:
    return ("an " if what[:1].lower() in "aeiou" else "a ") + what
