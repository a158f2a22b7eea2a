"""People named in a post, by role (passes/people.py): a young person, a sexual-offence complainant, a dead
person whose family may not know, a guilt label on someone only charged.

Each finding is certain (the rule's level) when the text shows the problem, and a warning that asks the
rule's ``question`` when it cannot tell ("Who is Jordan Lee in this post?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..passes import roles as R
from ..passes.entities import schools, street_addresses
from ..passes.people import Cast, Person, cast_of, given_names
from ..passes.roles import NOT_NAMES
from ..passes.terms import hashtag_words
from .base import Compiled, Ctx

if TYPE_CHECKING:
    from ..engine import CompiledPolicy
    from ..review import Finding
    from ..rules import PeopleCheck, Rule

# Words that wake these rules (each a shared owner in the term table): no word, no people pass.
SEXUAL = "#sexual-offence"
DEATH = "#death"
_DEATH_WORDS = [
    "died",
    "dies",
    "dead",
    "death",
    "deaths",
    "deceased",
    "killed",
    "killing",
    "fatal",
    "fatally",
    "fatality",
    "passed away",
    "murder",
    "murdered",
    "homicide",
    "body",
    "remains",
    "succumbed",
    "rip",
    "r.i.p",
    "funeral",
    "lost his life",
    "lost her life",
    "lost their life",
    "did not survive",
    "memory of",
    "tribute",
    "tributes",
    "notified",
    "informed",
    "next of kin",
    "next-of-kin",
    "reach",
    "reached",
    "withheld",
    "notifying",
    "notification",
    "cut short",
    "been told",
    "be told",
    "is told",
    "are told",
]
# A young age ("16-year-old", "Jayden Smith (16)", "Name, 15,", "16yo", "aged 14") or a word for a young person.
_YOUNG = (
    r"\b(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?:\s*-?\s*(?:years?|yrs?)\b|\s?(?:yo|y/o)\b|\s*[),])"
    r"|\bturned\s+(?:1[2-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"|\b(?:aged?|age)\s+1[2-7]\b|\b(?:teen\w*|youths?|juveniles?|minors?|boys?|girls?|child(?:ren)?|kids?|"
    r"schoolboys?|schoolgirls?|pupils?|students?|sons?|daughters?|stepdaughters?|stepsons?|nieces?|nephews?|"
    r"grandsons?|granddaughters?|toddlers?|bab(?:y|ies)|infants?)\b"
)
_UNKNOWN_OFFENDER = (
    "hunt for",
    "search for",
    "searching for",
    "looking for",
    "find",
    "catch",
    "identify",
    "track down",
    "trace",
    "seeking",
    "locate",
    "who is the",
    "help us find",
    "help us catch",
)
_QUALIFIERS = frozenset(
    "suspected alleged accused possible potential would-be unknown unidentified "
    "prolific convicted jailed sentenced".split()
)
_DECISIVE = frozenset(
    """is guilty|are guilty|was guilty|were guilty|clearly guilty|obviously guilty|guilty as sin|confessed|confess|
    confession|confessing|admitted guilt|admitted responsibility|admitted his guilt|admitted her guilt|
    caught red-handed|red-handed|caught in the act|he did it|she did it|they did it|justice served|justice is served|
    got our man|got our guy|no doubt|exactly what he did|exactly what she did|confesses|admitted to stealing|admitted to killing|admitted to the|admitted to officers|
    admitted to police|admitted that he|admitted that she|told officers he|told officers she|told police he|
    told police she|guilty""".replace("\n", "").split("|")
)
_ACTS = frozenset(
    """stabbed shot killed murdered robbed stole assaulted attacked raped strangled punched beat
    kidnapped abducted defrauded scammed burgled torched swindled cheated""".split()
)
_SAFETY_REASONS = (
    "may not answer",
    "may not respond",
    "may not understand",
    "may be confused",
    "may appear",
    "may become",
    "non-verbal",
    "nonverbal",
    "do not approach",
    "approach slowly",
    "speak slowly",
    "speak calmly",
    "may be frightened",
    "may be scared",
    "may run",
    "may hide",
)
_NARROWS = re.compile(
    r"\b(?:plays? (?:\w+ )?(?:for|on|with)|works? (?:as|at|for)|volunteers? at|attends?|studies at|a student at|"
    r"lives (?:at|in|on|above|next to)|belongs? to|a member of|is on the [A-Z]\w+|"
    # a place on a team: "the starting goalie for a Hamilton U18 AAA team", "captain of the senior squad"
    r"(?:starting |star |backup |team )?(?:goalie|goaltender|quarterback|captain|pitcher|striker|point guard|"
    r"shortstop|defenceman|defenseman|winger|catcher|midfielder) (?:for|of|on|with)|"
    r"(?:U\d{2}|AAA|AA|varsity|junior varsity|rep|travel|senior|junior|club) (?:team|squad|side)|"
    # a relative people know: "his grandmother, whom many of you know from the Friday food table"
    r"(?:whom|who) (?:many|most|all|some|a lot) of you (?:will )?(?:know|knew|have met|recogni[sz]e))\b[^.!?\n]{0,40}"
)
_WORK_OF = re.compile(
    r"\b(?:an?|one of (?:his|her|their|the)) (?:\d+-year-old )?(?:employee|employees|staff member|worker|tenant|"
    r"resident|student|patient|client|customer|server|cashier|player|member|parishioner|congregant|volunteer|intern|"
    r"nanny|babysitter|co-?worker|colleague|nurse|teacher|caregiver|carer|receptionist|cleaner|waitress|waiter|"
    r"bartender|barista|clerk|manager|supervisor|trainee|apprentice|athlete|swimmer|gymnast|dancer|coach|tutor|"
    r"lifeguard|camper|counsellor|counselor|paramedic|doctor|pharmacist)s? (?:of|at|in|on|for|with)\b(?:[^.!?\n]{0,40}?(?P<home>\bunit \d+|\bapt\.? \d+|"
    r"\bapartment \d+))?[^.!?\n]{0,30}|\b(?:belongs to|lives at|lives in|who lives)\b[^.!?\n]{0,40}",
    re.I,
)
_ONE_OF_A_KIND = re.compile(
    r"\b(?:known (?:on the street |online |locally )?as|goes by|nicknamed|street name|(?:instagram|snapchat|tiktok|"
    r"twitter|facebook|x) (?:account|handle|username|name)|username|user name|the only (?:female|male|woman|man|girl|boy|"
    r"[a-z]+ (?:woman|man|girl|boy|student|player|employee|firefighter|officer|nurse|teacher)) [a-z ]{0,30}?(?:at|on|in)"
    r"|the (?:teen|boy|girl|youth|kid|one) who lives (?:above|next to|beside|behind|across from))\b",
    re.I,
)
# How the complainant and the accused know each other, or a detail only people near her know: "a 16-year-old he
# coached", "a woman who worked as his live-in carer", "He and the woman were roommates", "the same woman who spoke
# to CP24", "the student in this class whose report ...". Group "rel" says a relationship: an error.
_KNOWN_TO_ACCUSED = re.compile(
    r"\b(?:he|she) (?:had )?(?:coached|taught|trained|tutored|babysat|employed|supervised|mentored|cared for|"
    r"looked after|counsell?ed|treated|hired|housed|fostered|instructed)\b[^.!?\n]{0,40}"
    r"|\b(?:who|that) (?:had )?(?:worked|works|was working|lived|lives|was living|stayed|volunteered|volunteers|"
    r"cleaned|babysat) (?:as|with|for) (?:his|her|their|him|them)\b[^.!?\n]{0,30}"
    r"|\b(?:he|she|they) and (?:the|his|her) (?:woman|man|girl|boy|complainant|victim|teen|child|person) "
    r"(?:were|are|had been|have been) (?:\w+ )?(?P<rel>roommates|housemates|flatmates|neighbou?rs|co-?workers|"
    r"colleagues|classmates|partners|married|dating|friends|cousins|related|in a relationship|engaged|teammates)\b"
    r"|\b(?:complainant|victim|woman|girl|she) (?:is|was) the (?:same )?(?:woman|man|girl|boy|person|one|lady|teen) "
    r"(?:who|whose|that)\b[^.!?\n]{0,40}"
    r"|\b(?:student|pupil|girl|boy|child|kid|player|member|one|camper|athlete|patient|client|swimmer|skater|gymnast) "
    r"(?:in|from|on|at|of) (?:his|her|their|this|that|your|our) (?:class|classroom|team|group|grade|club|school|cabin|"
    r"troop|squad|practice|clinic|care|program|programme|studio|gym|church)\b[^.!?\n]{0,30}"
    r"|\byou know who you are\b",
    re.I,
)
_PERSONAL = frozenset("he she his her him hers they their them".split())
_DETERMINERS = frozenset("the this that these those our your".split())
_WORKPLACE = (
    "works at",
    "worked at",
    "works for",
    "worked for",
    "working at",
    "employee of",
    "employees of",
    "employee at",
    "employees at",
    "employed at",
    "employed by",
    "student at",
    "students at",
    "attends",
    "attended",
    "patient at",
    "patients at",
    "patient of",
    "resident of",
    "member of",
    "members of",
    "tenant at",
    "tenants of",
    "volunteer at",
    "player on",
    "players on",
    "player with",
    "works in",
    "worked in",
    "staff at",
    "staff member at",
    "client of",
    "clients of",
    "customer of",
    "cashier at",
)
_WORKPLACE_FIRST = frozenset(c.split()[0] for c in _WORKPLACE)


class PeopleRule(Compiled):
    check: PeopleCheck

    def __init__(self, rule: Rule, policy: CompiledPolicy):
        super().__init__(rule, policy)
        find = self.check.find
        st = policy.policy.settings
        if find in ("complainant-named", "complainant-identified"):
            self.needs_term = policy.shared_terms(SEXUAL, list(st.sexual_offences))
        elif find == "deceased-named":
            self.needs_term = policy.shared_terms(DEATH, _DEATH_WORDS)
        elif find == "health-details":
            policy.table.add(rule.id, list(self.check.terms), None)
            self.needs_term = rule.id
        elif find == "guilt-label":  # the labels, and the acts that wake the "told as fact" reading
            self.labels = frozenset(t.lower() for t in self.check.terms)
            policy.table.add(rule.id, [*self.check.terms, *_ACTS], None, inflect=False)
            # run on every post, and woken by a term (a word, a disguised word, a whole tag) or by one RE2 pattern
            # of the shared Set pass, which reads hashtags as words: a label inside a tag ("#ScammerCaught")
            words = sorted({t for t in self.labels if " " not in t} | set(_ACTS), key=len, reverse=True)
            phrases = sorted((t for t in self.labels if " " in t), key=len, reverse=True)
            rx = (
                r"(?i)\b(?:"
                + "|".join(
                    [*(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), *(re.escape(w) for w in words)]
                )
                + r")\b"
            )
            self.label_pattern = policy.patterns.add(rx, False, f"rule '{rule.id}': guilt labels")
        else:  # a young age or a word for a young person, found by one RE2 pattern in the shared Set pass
            self.young = policy.patterns.add(_YOUNG, True, f"rule '{rule.id}': young-person words")
            self.needs_pattern = frozenset({self.young})

    def run(self, ctx: Ctx) -> list[Finding]:
        if self.needs_term is not None and self.needs_term not in ctx.hits:
            return []  # the words this rule is about (a sexual offence, a death) are not here
        if self.needs_pattern is not None and not self.needs_pattern & ctx.pattern_hits:
            return []  # no young age and no word for a young person
        find = self.check.find
        if find == "guilt-label" and (
            not (self.rule.id in ctx.hits or self.label_pattern in ctx.pattern_hits)
            or not _custody_words(ctx.a)
        ):
            return []  # no label, or nobody is arrested, charged or caught: no one to presume guilty
        if find in ("deceased-named", "complainant-named") and not _may_name_someone(ctx.a):
            return []  # no name in the post
        cast = cast_of(ctx.a)
        return getattr(self, "_" + self.check.find.replace("-", "_"))(ctx, cast)

    # ----- helpers ----------------------------------------------------------------------------------
    def _name_finding(self, ctx: Ctx, p: Person, certain: bool, **values: str) -> Finding:
        words = ctx.a.words
        i, j = p.name if p.name is not None else (p.first, p.last)
        start, end = words[i].start, words[j - 1].end
        name = ctx.post.text[slice(*ctx.orig(start, end))]
        return self.finding(
            ctx, start, end, {"value": name, "name": name, **values}, self.check.suggest, certain=certain
        )

    def _declared(self, ctx: Ctx, p: Person) -> str | None:
        """The role the post's author gave this person (Post.people), if any; an age given there is used too."""
        people = getattr(ctx.post, "people", None) or []
        if not people or p.name is None:
            return None
        words = ctx.a.words
        name = " ".join(w.lower for w in words[p.name[0] : p.name[1]])
        for d in people:
            given = " ".join(d.name.lower().split())
            if given == name or name in given.split() or given in name:
                if d.age is not None:
                    p.age = d.age
                return d.role
        return None

    # ----- young people (YCJA s.110, s.111) --------------------------------------------------------
    def _young_person_named(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        if cast.publication_authorized:
            return []
        out = []
        # counted once, not for each name (a post may name thousands): the young accused not named, and the
        # other people accused
        unnamed_young = sum(q.name is None and q.young and "accused" in q.roles for q in cast.people)
        accused = sum("accused" in q.roles and not (q.name is None and q.young) for q in cast.people)
        young_accused = cast.young_accused  # read again only when an age the author gave changes it
        for p in cast.named():
            age = p.age
            declared = self._declared(ctx, p)
            if p.age != age:
                young_accused = cast.young_accused
            if declared == "official":
                continue
            roles = p.roles | ({declared} if declared else set())
            if "missing" in roles and not roles & {"accused", "convicted"}:
                continue
            if p.young:
                if roles & {"accused", "convicted"}:
                    out.append(self._name_finding(ctx, p, True))
                elif roles & {"victim", "witness"}:
                    # a young victim who died may be named with the parents' leave (YCJA s.111(2)(b)): asked
                    out.append(self._name_finding(ctx, p, young_accused and "deceased" not in roles))
                elif "deceased" in roles:
                    if young_accused:
                        out.append(self._name_finding(ctx, p, False))
                elif cast.offence and not roles:
                    out.append(self._name_finding(ctx, p, False))
            elif p.child and roles & {"victim", "witness"}:
                out.append(self._name_finding(ctx, p, young_accused))
            elif p.age is None and unnamed_young and "accused" in roles and declared != "accused":
                # is this the young person of the post? Sure when the post has no one else accused
                others = accused - ("accused" in p.roles)
                out.append(
                    self._name_finding(
                        ctx, p, not others and not p.young_word and p.age is None and unnamed_young == 1
                    )
                )
        if young_accused or any(p.child and p.roles & {"victim", "witness"} for p in cast.people):
            # "#JusticeForNoor" under a post about a 13-year-old stabbed and two boys charged
            out += self._names_in_hashtags(ctx, certain=young_accused, tribute=True)
        if any(
            q.name is None and q.age is not None and 12 <= q.age <= 17 and "accused" in q.roles
            for q in cast.people
        ):
            # a first name alone ("We want Tyrese to know ...") where a young person of a given age is accused but
            # not named
            taken = {k for p in cast.people if p.name is not None for k in range(*p.name)}
            out += self._first_names(ctx, taken)
        return out

    def _young_person_identified(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        if cast.publication_authorized:
            return []
        # a young person accused or sentenced (a youth sentence is under the Act too), or a child harmed or a witness
        protected = [
            p
            for p in cast.people
            if (p.roles & {"accused", "convicted"} and p.young and "missing" not in p.roles)
            or (p.child and p.roles & {"victim", "witness"})
        ]
        if not protected:
            return []
        protected_ids = {id(p) for p in protected}
        certain = any(p.roles & {"accused", "convicted"} for p in protected) or cast.young_accused
        a = ctx.a
        # a school has hundreds of students: it may identify, so it is asked about; a home address, a named
        # residence or a named relative identifies for sure
        out = [self.finding(ctx, s, e, {"value": v}, certain=False) for s, e, v in schools(a)]
        official = ctx.policy.official_address
        out += [
            self.finding(ctx, s, e, {"value": v}, certain=certain)
            for s, e, v in street_addresses(a)
            if not official(v)
        ]
        words, lw = a.words, [w.lower for w in a.words]
        # a relative named ("his mother, Linda Kerr"; "the son of ... Raj Malhotra"; "brother of Andre Blake")
        for p in cast.named():
            if id(p) in protected_ids:
                continue
            i = p.name[0]
            lead = lw[max(0, i - 6) : i]
            if p.relation is not None or (any(w in R.RELATIONS for w in lead) and "of" in lead):
                out.append(self._name_finding(ctx, p, certain))
        # a nickname, an account or a detail that fits one person ("known on the street as 'Lil Smoke'")
        out += self._one_of_a_kind(ctx, certain)
        # a team, a job, a place: it narrows the young person down (a question)
        out += [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=False)
            for m in _NARROWS.finditer(a.folded)
        ]
        # where the young person lives or studies, by name ("living at the Harmony House youth residence")
        for k, w in enumerate(lw):
            if w in ("living", "lives", "resides", "residing", "attends", "attending") and k + 1 < len(lw):
                j = k + 1 + (lw[k + 1] in ("at", "in", "on"))
                j += j < len(lw) and lw[j] == "the"
                end = j
                while end < len(lw) and end - j < 6 and words[end].text[:1].isupper():
                    end += 1
                if end > j:
                    out.append(
                        self.finding(
                            ctx,
                            words[k].start,
                            words[end - 1].end,
                            {"value": " ".join(x.text for x in words[k:end])},
                            certain=certain,
                        )
                    )
        return out

    # ----- sexual-offence complainants (Criminal Code s.486.4) ---------------------------------------
    def _complainant_named(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        out = []
        found = None  # the post says someone was found (read once, for the first missing person named)
        for p in cast.named():
            declared = self._declared(ctx, p)
            roles = p.roles | ({declared} if declared else set())
            if (
                "missing" in roles
                and cast.charged
                and not roles & {"accused", "convicted"}
                and declared not in ("official", "accused")
                and (found if found is not None else (found := bool(_FOUND.search(ctx.a.folded))))
            ):
                # the appeal is over and someone is charged with a sexual offence: the person found is the
                # complainant ("we can confirm she has been found safe. A man has been charged with ...")
                out.append(self._name_finding(ctx, p, True))
                continue
            if declared in ("official", "accused") or roles & {"accused", "convicted", "missing", "deceased"}:
                continue
            if roles & {"victim", "complainant"} or (p.child and "witness" in roles):
                # "has waived her right to anonymity": then the question is only whether the waiver is on file
                out.append(self._name_finding(ctx, p, not cast.waived))
            elif "witness" not in roles:
                out.append(self._name_finding(ctx, p, False))
        taken = {k for p in cast.people if p.name is not None for k in range(*p.name)}
        out += self._first_names(ctx, taken)
        out += self._names_in_hashtags(ctx, certain=True)
        return out

    def _first_names(self, ctx: Ctx, taken: set[int]) -> list[Finding]:
        """A first name alone ("thank you to Hannah for her courage"): who is it? (a question)."""
        words, names, out = ctx.a.words, given_names(), []
        for k, w in enumerate(words):
            low = w.lower[:-2] if w.lower.endswith("'s") else w.lower  # "Lachlan's school principal"
            if (
                k in taken
                or low not in names
                or not w.text[:1].isupper()
                or w.text.isupper()
                or low in NOT_NAMES
            ):
                continue
            if k == 0 or words[k - 1].sentence != w.sentence or words[k - 1].lower in _RANKS_BEFORE:
                continue  # a sentence's first word, or a staff member ("Det. Hannah ...")
            if k + 1 < len(words) and words[k + 1].text[:1].isupper() and words[k + 1].sentence == w.sentence:
                continue  # part of a longer capitalized name: the people pass read it
            if (
                words[k - 1].text[:1].isupper()
                and words[k - 1].lower not in NOT_NAMES
                and words[k - 1].text[:1].isalpha()
            ):
                continue  # the end of a longer name ("Amjid Hussain (05/12/1982)")
            if words[k - 1].lower in _PLACE_BEFORE or words[k - 1].lower in R.PLACE_PREPOSITIONS:
                continue  # a place: "in St Paul's", "near Victoria"
            out.append(self.finding(ctx, w.start, w.end, {"value": w.text, "name": w.text}, certain=False))
        return out

    def _names_in_hashtags(self, ctx: Ctx, certain: bool, tribute: bool = False) -> list[Finding]:
        """ "#StandWithJessica", "#JusticeForAmara": a person named in a hashtag. ``tribute``: only the shapes of
        a tag for a person ("#JusticeForNoor", "#RIPTyson", "#PrayForMaya"), not a place ("#CityofLondon")."""
        names, out = given_names(), []
        for t in ctx.a.hashtags:
            parts = hashtag_words(t.text[1:])
            if tribute:
                hit = any(p in names and parts[k - 1] in _TRIBUTE_LEADS for k, p in enumerate(parts) if k)
            else:
                hit = any(p in names for p in parts[1:])
            if hit:
                out.append(
                    self.finding(ctx, t.start, t.end, {"value": t.text, "name": t.text}, certain=certain)
                )
        return out

    def _complainant_identified(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        a, out = ctx.a, []
        words, lw = a.words, [w.lower for w in a.words]
        anyone_harmed = any("victim" in p.roles for p in cast.people)
        for x, p in enumerate(cast.people):
            if p.relation is None:
                continue
            # "his niece", "the girl's teacher", "Kayla's stepfather": each points at her
            certain = self._relation_identifies(cast, x, lw, anyone_harmed)
            if certain is None:
                continue
            i, j = (p.first, p.name[0]) if p.name is not None and p.name[0] > p.first else (p.first, p.last)
            out.append(
                self.finding(
                    ctx,
                    words[i].start,
                    words[j - 1].end,
                    {"value": " ".join(w.text for w in words[i:j])},
                    certain=certain,
                )
            )
        victims = [p for p in cast.people if "victim" in p.roles and "accused" not in p.roles]
        sentences = {p.sentence for p in victims}
        for k, w in enumerate(lw):
            if words[k].sentence not in sentences or w not in _WORKPLACE_FIRST:
                continue
            for cue in _WORKPLACE:
                cw = cue.split()
                if lw[k : k + len(cw)] == cw:
                    end = min(len(lw), k + len(cw) + 4)
                    while end > k + len(cw) and words[end - 1].sentence != words[k].sentence:
                        end -= 1
                    out.append(
                        self.finding(
                            ctx,
                            words[k].start,
                            words[end - 1].end,
                            {"value": " ".join(x.text for x in words[k:end])},
                            certain=False,
                        )
                    )
                    break
        out += self._one_of_a_kind(ctx, True)
        out += [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=bool(m.group("rel")))
            for m in _KNOWN_TO_ACCUSED.finditer(a.folded)
        ]
        for m in _WORK_OF.finditer(
            a.folded
        ):  # "an employee of his clinic", "a tenant in unit 1204", "a server at"
            out.append(
                self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=bool(m.group("home")))
            )
        # the person harmed described by work or place ("a cashier", "one of his employees"): it may point to her
        for p in victims:
            if p.name is None and lw[p.last - 1] in R.WORK_RELATIONS and not out:
                out.append(
                    self.finding(
                        ctx,
                        words[p.first].start,
                        words[p.last - 1].end,
                        {"value": " ".join(x.text for x in words[p.first : p.last])},
                        certain=False,
                    )
                )
        return out

    @staticmethod
    def _relation_identifies(cast: Cast, x: int, lw: list[str], anyone_harmed: bool) -> bool | None:
        """Does a relative point at the person harmed? Sure when the relative is the one harmed ("charged with
        assaulting his stepdaughter", "the victim is his niece") or the one who did it ("at the hands of her
        mother"); asked when the post has someone harmed or names the relative of one ("the victim's mother");
        not at all for a co-accused ("jailed alongside her brother") or a general word ("protect their
        children")."""
        p = cast.people[x]
        owner = next(
            (q for q in reversed(cast.people[:x]) if q.last <= p.first and q.sentence == p.sentence), None
        )
        is_a = lw[p.first - 2] if p.first >= 2 and lw[p.first - 1] in ("is", "was") else ""  # "the victim is"
        if "victim" in p.roles or is_a in ("victim", "complainant"):
            return True
        of_victim = not _VICTIMS_OWN.isdisjoint(
            lw[max(0, p.first - 1) : p.first + 1]
        )  # "the victim's mother"
        owner_did = (
            owner is not None and bool(owner.roles & {"accused", "convicted"}) and "victim" not in owner.roles
        )
        if p.roles & {"accused", "convicted"} or is_a in ("accused", "suspect", "offender"):
            if owner_did and not of_victim:
                return None  # a co-accused: "she and her brother were jailed"
            return True  # "at the hands of her mother", "the accused is the girl's teacher"
        if owner_did and p.first and lw[p.first - 1] in ("alongside", "with", "and", "plus"):
            return None  # "jailed alongside her brother"
        if lw[p.first] == "their" and p.relation in _PLURAL_KIN:
            return False if anyone_harmed else None  # "parents can protect their children"
        # "the victim's mother appeals for help": it may point at her, so it is asked
        return not (of_victim and p.name is None)

    # ----- naming the dead (next of kin) -----------------------------------------------------------
    def _deceased_named(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        told = getattr(ctx.post, "next_of_kin_notified", None)
        if (
            told is True
            or cast.notified
            or cast.trace_appeal
            or cast.old_case
            or cast.death_charged
            or cast.convicted
        ):
            return []
        out = []
        for p in cast.named():
            if self._declared(ctx, p) == "official":
                continue
            # the family not yet told: whoever the post names, other than someone accused or a witness, may be
            # the person who died ("identified as Cheyenne Morningstar, 26. Family notification is under way")
            if "deceased" in p.roles or (
                cast.not_notified and p.strong and not p.roles & {"accused", "convicted", "witness"}
            ):
                out.append(self._name_finding(ctx, p, told is False or cast.not_notified))
        if any(w.lower in _DIED for w in ctx.a.words):
            out += self._names_in_hashtags(ctx, certain=told is False or cast.not_notified)
        elif any(hashtag_words(t.text[1:])[:1] == ["rip"] for t in ctx.a.hashtags):  # "#RIPTyson"
            out += self._names_in_hashtags(ctx, certain=told is False or cast.not_notified, tribute=True)
        return out

    # ----- presumption of innocence (Charter s.11(d)) ----------------------------------------------
    def _guilt_label(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        if cast.convicted or not cast.charged:
            return []
        a, out = ctx.a, []
        words, lw = a.words, [w.lower for w in a.words]
        accused_sentences = {p.sentence for p in cast.people if "accused" in p.roles}
        accused_sentences |= {
            w.sentence for w in words if w.lower in ("arrested", "charged", "custody", "accused")
        }
        for i, j, _ in ctx.hits.get(self.rule.id, ()):
            if j - i == 1 and lw[i] in _ACTS and lw[i] not in self.labels:
                continue  # an act, read below
            before = lw[max(0, i - 4) : i]
            if any(
                w in _QUALIFIERS and not (w == "accused" and m and before[m - 1] in ("the", "an"))
                for m, w in enumerate(before)
                if m >= len(before) - 3
            ):
                continue  # "a suspected thief", "the alleged attacker" (but "the accused admitted" is no qualifier)
            lead = " ".join(before)
            if any(lead.endswith(u) or f"{u} " in lead + " " for u in _UNKNOWN_OFFENDER):
                continue
            if before and before[-1] in ("not", "no"):
                continue  # "pleaded not guilty"
            if (
                len(before) >= 2
                and before[-1] in ("proven", "proved", "found")
                and before[-2] in ("until", "unless")
            ):
                continue  # "presumed innocent until proven guilty"
            phrase = " ".join(lw[i:j])
            decisive = phrase in _DECISIVE
            definite = bool(before) and before[-1] in _DETERMINERS
            same = words[i].sentence in accused_sentences
            certain = decisive or (definite and same)
            out.append(
                self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest, certain=certain)
            )
        whole = set()
        for s, e, _ in ctx.a.tag_hits.get(
            self.rule.id, ()
        ):  # "#Predator" under an arrest: said of the accused
            out.append(self.finding(ctx, s, e, {}, self.check.suggest, certain=True))
            whole.add(s)
        # a label inside a longer tag ("#ScammerCaught"): a question
        out += [
            self.finding(ctx, t.start, t.end, {}, self.check.suggest, certain=False)
            for t in self._labels_in_tags(ctx)
            if t.start not in whole
        ]
        out += self._acts_as_fact(ctx, cast, lw)
        return out

    def _labels_in_tags(self, ctx: Ctx) -> list:
        """Hashtags with a guilt label among their words ("#ScammerCaught", "#ThiefArrested")."""
        return [t for t in ctx.a.hashtags if not self.labels.isdisjoint(hashtag_words(t.text[1:]))]

    def _acts_as_fact(self, ctx: Ctx, cast: Cast, lw: list[str]) -> list[Finding]:
        """ "Adu stabbed a man": the act an accused is charged with, told as fact. Certain after the accused's
        name; a question after "he" or "she"."""
        if any(w in ("allegedly", "alleged", "allege", "alleges") for w in lw):
            return []
        words = ctx.a.words
        names = {lw[k] for p in cast.named() if "accused" in p.roles for k in range(*p.name)}
        # "Marco Bellini, 45, stole": the act after the name's age
        after_age = {
            p.name[1] - 1: p.name[1] + 1
            for p in cast.named()
            if "accused" in p.roles and p.name[1] < len(lw) and lw[p.name[1]].isdigit()
        }
        out = []
        for k in range(len(lw) - 1):
            act = after_age.get(k, k + 1)
            if act < len(lw) and lw[act] in _ACTS and act != k + 1 and lw[k] in names:
                out.append(self.finding(ctx, words[k].start, words[act].end, {}, certain=True))
                continue
            if lw[k + 1] not in _ACTS or (k and lw[k - 1] in ("who", "that")):
                continue
            if lw[k] in names and words[k].text[:1].isupper():
                out.append(self.finding(ctx, words[k].start, words[k + 1].end, {}, certain=True))
            elif lw[k] in ("he", "she") and names:
                out.append(self.finding(ctx, words[k].start, words[k + 1].end, {}, certain=False))
        return out

    def _one_of_a_kind(self, ctx: Ctx, certain: bool) -> list[Finding]:
        """A detail that points to one person: a nickname, a social-media account, "the only ... at"."""
        return [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=certain)
            for m in _ONE_OF_A_KIND.finditer(ctx.a.folded)
        ]

    # ----- a named person's health (MFIPPA: medical history is personal information) ----------------
    def _health_details(self, ctx: Ctx, cast: Cast) -> list[Finding]:
        """A health detail in a sentence that names a person, or that speaks of one ("he", "her") in a post
        that names someone."""
        named = [p for p in cast.people if p.name is not None]
        if not named:
            return []
        words = ctx.a.words
        sentences = {p.sentence for p in named}
        out = []
        read: dict[int, tuple[bool, bool]] = {}  # sentence -> (a safety reason, a pronoun): each read once
        for i, j, _ in ctx.hits.get(self.rule.id, ()):
            s = words[i].sentence
            if s not in read:
                sentence = ctx.a.sentences_by_index(s)
                said = " ".join(w.lower for w in sentence)
                read[s] = (
                    any(r in said for r in _SAFETY_REASONS),
                    any(w.lower in _PERSONAL for w in sentence),
                )
            safety, pronoun = read[s]
            if safety:
                continue  # "He is autistic and may not answer to his name": what the public needs to know
            if s in sentences or pronoun:
                out.append(self.finding(ctx, words[i].start, words[j - 1].end, {}, self.check.suggest))
        return out


# the word before a name in a tag for a person: "#JusticeForNoor", "#RIPTyson", "#StandWithMaya"
_TRIBUTE_LEADS = frozenset("for rip with remember remembering forever love pray praying miss missing".split())
_FOUND = re.compile(r"\b(?:found|located|returned home|is safe|are safe)\b", re.I)
_DIED = frozenset("died dead death killed homicide murder murdered fatal fatally deceased rip".split())
_CUSTODY = frozenset(
    """arrested arrest arrests charged charges charge accused custody caught nabbed busted jailed
    detained rearrested bars streets remanded trial jury jury's courthouse admitting""".split()
)


_PLURAL_KIN = frozenset("children kids parents families sons daughters relatives friends students".split())
_VICTIMS_OWN = frozenset(
    f"{w}{s}" for w in ("victim", "complainant", "girl", "boy", "child", "survivor") for s in ("'s", "’s")
)


def _custody_words(a) -> bool:
    return any(w.lower in _CUSTODY for w in a.words)


def _may_name_someone(a) -> bool:
    """A cheap look before the people pass: a capitalized word that is a given name, or one followed by an age."""
    from ..passes.people import given_names

    names = given_names()
    words = a.words
    return (
        any((w.lower in names or w.lower in _HONORIFICS) and w.text[:1].isupper() for w in words)
        or (
            ", " in a.folded
            and any(words[k].text.isdigit() and words[k - 1].text[:1].isupper() for k in range(1, len(words)))
        )
        or any(any(p in names for p in hashtag_words(t.text[1:])) for t in a.hashtags)
    )


_HONORIFICS = frozenset("mr mrs ms miss mx".split())
# "St Paul's", "Port Hope", "in south London", "across north Victoria"
_PLACE_BEFORE = frozenset(
    "st saint ste mount mt fort ft port lake cape north south east west central downtown greater".split()
)
_RANKS_BEFORE = frozenset(
    "pc cst const constable sgt sergeant det detective dc ds insp inspector supt chief officer "
    "dr mr mrs ms".split()
)
