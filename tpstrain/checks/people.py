"""People named in a post, by role (passes/people.py): a young person, a sexual-offence complainant, a dead
person whose family may not know, a guilt label on someone only charged.

Each finding is certain (the rule's level) when the text shows the problem, and a warning that asks the
rule's ``question`` when it cannot tell ("Who is Jordan Lee in this post?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..passes import names as N
from ..passes import post_cues as P
from ..passes.addresses import described_home, homes_without_number, street_addresses, told_by_its_building
from ..passes.cast import Cast, Person, possessive
from ..passes.entities import dates_of_birth, licence_plates, school_tags, schools
from ..passes.people import cast_of
from .base import Ctx
from .described_as import complainant_said, french_ties, young_said
from .people_ban import BAN, BanBreached
from .people_dead import DIED_FR, FOUND_IN_WATER, DeadDescribed
from .people_details import KIN_OF_NAMED, NARROWS, ONE_OF_A_KIND, SINGLES_OUT, WORK_OF
from .people_guilt import THINGS_DONE, GuiltLabels, cheers, doer_charged, may_own
from .people_health import HealthDetails
from .people_sure import (
    accused_apposition,
    official_harmed,
    relation_identifies,
    said_of_harmed,
    said_of_protected,
    shared_already,
    teen_only,
    withheld_spans,
    young_certain,
)
from .people_ties import DEALT_WITH, DETAIL, KNOWN_TO_ACCUSED, SURE_TIES
from .people_words import (
    ALL_ACTS,
    DEATH,
    DEATH_WORDS,
    DETERMINERS,
    DONE_BY,
    FOUND,
    HARM_DONE,
    HOME_WORDS,
    ONE_OF_MANY,
    SEXUAL,
    WORKPLACE,
    WORKPLACE_FIRST,
    YOUNG,
    a_person,
    appeal_for,
    custody_words,
    introduced_as_kin,
    may_name_someone,
    only_a_unit,
    sought,
    young_birth,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..rules import PeopleCheck, Rule
    from ..shapes import FindingShape
    from .base import Tables

# the titles of public figures who are not staff: their relatives are as identifiable as anyone's
_PUBLIC_TITLES = frozenset("councillor councilor mayor mp mpp mla premier minister senator trustee".split())


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# ("sexual offences against players he coached": many, not one)
_AMONG = re.compile(r"\b(?:among|any of the|others among|against)\s+(?:the\s+)?[a-z-]+s\s+$")


class PeopleRule(GuiltLabels, DeadDescribed, BanBreached, HealthDetails):
    check: PeopleCheck

    def __init__(self, rule: Rule, policy: Tables):
        super().__init__(rule, policy)
        find = self.check.find
        st = policy.policy.settings
        if find in ("complainant-named", "complainant-identified"):
            self.needs_term = policy.shared_terms(SEXUAL, list(st.sexual_offences))
            if find == "complainant-identified":  # a complainant told of, in a post that names no offence
                self.also_patterns = (
                    policy.patterns.add(
                        r"\bcomplainants?\b|\b(?:woman|girl|person) who (?:came forward|reported)\b",
                        True,
                        f"rule '{rule.id}': complainant",
                    ),
                )
        elif find == "deceased-named":
            self.needs_term = policy.shared_terms(DEATH, DEATH_WORDS)
            self.also_field = "next_of_kin_notified"
            # a body told without a word of death: "The man found in the Cataraqui River this morning was ..."
            self.also_patterns = (
                policy.patterns.add(FOUND_IN_WATER, True, f"rule '{rule.id}': found in water"),
                policy.patterns.add(DIED_FR, True, f"rule '{rule.id}': a death in French"),
            )
        elif find == "health-details":
            policy.table.add(rule.id, list(self.check.terms), None)
            self.needs_term = rule.id
        elif find == "guilt-label":  # the labels, and the acts that wake the "told as fact" reading
            labels = [*self.check.terms, *self.check.phrases]
            self.labels = frozenset(t.lower() for t in labels)
            policy.table.add(
                rule.id,
                [*labels, *ALL_ACTS, *DONE_BY, *THINGS_DONE, "tried to", "attempted to"],
                None,
                inflect=False,
            )
            # run on every post, and woken by a term (a word, a disguised word, a whole tag) or by one RE2 pattern
            # of the shared Set pass, which reads hashtags as words: a label inside a tag ("#ScammerCaught")
            words = sorted({t for t in self.labels if " " not in t} | ALL_ACTS, key=len, reverse=True)
            phrases = sorted((t for t in self.labels if " " in t), key=len, reverse=True)
            rx = (
                r"(?i)\b(?:"
                + "|".join(
                    [*(re.escape(p).replace(r"\ ", r"\s+") for p in phrases), *(re.escape(w) for w in words)]
                )
                + r")\b"
            )
            self.label_pattern = policy.patterns.add(rx, False, f"rule '{rule.id}': guilt labels")
        elif find == "protected-identified":  # the order, found by one RE2 pattern in the shared Set pass
            self.needs_pattern = frozenset(
                {policy.patterns.add(BAN, True, f"rule '{rule.id}': court orders")}
            )
        else:  # a young age or a word for a young person, found by one RE2 pattern in the shared Set pass
            self.young = policy.patterns.add(YOUNG, True, f"rule '{rule.id}': young-person words")
            self.needs_pattern = frozenset({self.young})

    def run(self, ctx: Ctx) -> list[FindingShape]:
        if (
            self.needs_term is not None
            and self.needs_term not in ctx.hits
            and (self.also_field is None or getattr(ctx.post, self.also_field, None) is None)
        ):
            if not any(i in ctx.pattern_hits for i in self.also_patterns):
                return []  # the words this rule is about (a sexual offence, a death) are not here
            if self.check.find != "deceased-named":
                return self._complainant_said(ctx, sexual=False)  # "the complainant isn't his wife" (asked)
        if self.needs_term == SEXUAL and only_a_unit(ctx.a, ctx.hits[SEXUAL]):
            return []  # "she served in the Sex Crimes Unit": a unit's name, and no offence
        if self.needs_pattern is not None and not self.needs_pattern & ctx.pattern_hits:
            return []  # no young age and no word for a young person
        find = self.check.find
        if find == "guilt-label":
            labelled = self.rule.id in ctx.hits
            # nobody arrested, charged or caught: a person named as guilty is asked about
            if not custody_words(ctx.a):
                return self._named_guilty(ctx, cast_of(ctx.a)) if labelled else []
            if not (
                labelled
                or self.label_pattern in ctx.pattern_hits
                or doer_charged(ctx.a)
                or may_own(ctx.a.folded)
                or cheers(ctx.a)
            ):
                return []  # no label: no one to presume guilty
        if (
            find in ("deceased-named", "complainant-named")
            and not may_name_someone(ctx.a)
            and not (find == "deceased-named" and self._describes_someone(ctx))
        ):
            return []  # no name in the post, and no one described by a job, a team or a nickname
        cast = cast_of(ctx.a)
        finder: Callable[[Ctx, Cast], list[FindingShape]] = getattr(self, "_" + find.replace("-", "_"))
        return finder(ctx, cast)

    # ----- helpers ----------------------------------------------------------------------------------
    def _name_finding(self, ctx: Ctx, p: Person, certain: bool, **values: str) -> FindingShape:
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
                role: str = d.role
                return role
        return None

    # ----- young people (YCJA s.110, s.111) --------------------------------------------------------
    def _young_person_named(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        if cast.publication_authorized:
            return []
        out = []
        # counted once, not per name (a post may name thousands): the young accused not named, the others accused
        # a young person found guilty is protected as much as one charged; "The 16-year-old was found guilty"
        # (a definite description: someone already spoken of), not "who exploited a pre-teen girl - has been jailed"
        words = ctx.a.words
        unnamed_young = sum(
            q.name is None
            and q.young
            and (
                "accused" in q.roles
                or (
                    "convicted" in q.roles
                    and any(words[k].lower in DETERMINERS for k in (q.first - 1, q.first) if k >= 0)
                )
            )
            for q in cast.people
        )
        accused = sum("accused" in q.roles and not (q.name is None and q.young) for q in cast.people)
        young_accused = cast.young_accused  # read again only when an age the author gave changes it
        # the young accused not named is only "a teenager": 18 and 19 are teens too, so a name beside it is asked
        teen = any(teen_only(ctx, q) for q in cast.people if q.name is None and "accused" in q.roles)
        seeking, appeal = sought(ctx.a), appeal_for(ctx.a)  # read once: a post may name thousands
        for p in cast.named():
            age = p.age
            declared = self._declared(ctx, p)
            if p.age != age:
                young_accused = cast.young_accused
            if declared == "official":
                continue
            roles = p.roles | ({declared} if declared else set())
            if "missing" in roles and not roles & {"accused", "convicted"}:
                if p.child and cast.charged and self._harm_done(ctx):
                    # "Located: Hailey Prosper, 13 ... A 17-year-old has been charged with abduction": she is
                    # the one harmed now, not only the one sought (asked)
                    out.append(self._name_finding(ctx, p, False))
                continue
            if p.young and not (not roles and seeking):  # "Aaliyah Dorsainvil is 14. If you see her"
                certain = young_certain(roles, young_accused, cast.offence)
                if certain is not None:
                    out.append(self._name_finding(ctx, p, certain and not teen_only(ctx, p)))
            elif p.child and ("victim" in roles or ("witness" in roles and cast.offence)):
                # (a child who called 9-1-1 when her grandfather collapsed saw no offence)
                out.append(self._name_finding(ctx, p, young_accused))
            elif p.child and not roles and p.age is not None and cast.offence and not appeal:
                # "trying to pull 9-year-old Seo-yeon Kim into a car": a child in a post about an offence, in no
                # other role and not sought, is likely the one harmed or a witness (asked)
                out.append(self._name_finding(ctx, p, False))
            elif (
                p.age is None
                and unnamed_young
                and "accused" in roles
                and declared != "accused"
                and not introduced_as_kin(ctx.a, p)  # "His older brother, Marcus Hill": someone else
            ):
                # is this the young person of the post? Sure when the post has no one else accused
                others = accused - ("accused" in p.roles)
                out.append(
                    self._name_finding(
                        ctx,
                        p,
                        not others and not p.young_word and p.age is None and unnamed_young == 1 and not teen,
                    )
                )
            elif p.age is None and unnamed_young and not roles and a_person(ctx.a, p):
                # "Ethan Morrow has been through a lot": is he the young person charged? (asked)
                out.append(self._name_finding(ctx, p, False))
        if young_accused or any(p.child and p.roles & {"victim", "witness"} for p in cast.people):
            # "#JusticeForNoor" under a post about a 13-year-old stabbed and two boys charged
            out += self._names_in_hashtags(ctx, certain=young_accused, tribute=True)
        if any(  # a young accused, or a child witness or victim, not named: "Amara, you did the right thing" (asked)
            q.name is None
            and (("accused" in q.roles and q.young) or (q.child and bool(q.roles & {"victim", "witness"})))
            for q in cast.people
        ):
            # a first name alone ("We want Tyrese to know ...") where a young person is accused but not named
            out += self._first_names(ctx, cast.name_words())
            # a tag with a name in it: "#OwenCarterArrest" (unless read above as a tribute's)
            seen = {f.start for f in out}
            out += [f for f in self._names_in_hashtags(ctx, certain=False) if f.start not in seen]
        return out

    @staticmethod
    def _harm_done(ctx: Ctx) -> bool:
        """The post tells of someone taken, lured or hurt: "charged with abduction in connection with her disappearance"."""
        return any(w.lower in HARM_DONE for w in ctx.a.words)

    def _young_person_identified(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        if cast.publication_authorized:
            return []
        # a young person accused or sentenced (a youth sentence is under the Act too), or a child harmed or a witness
        young_accused = cast.young_accused
        # (not a relative the young person is told by: "A 17-year-old, whose father is Mike Ferreira, is charged")
        anyone_accused = any(
            p.roles & {"accused", "convicted"} and not introduced_as_kin(ctx.a, p) for p in cast.people
        )
        protected = [
            p
            for p in cast.people
            if (p.roles & {"accused", "convicted"} and p.young and "missing" not in p.roles)
            or (p.child and p.roles & {"victim", "witness"})
            # a young person of no role the words give, where young people are accused ("The youngest, a 13-year-old")
            or (p.young and not p.roles and (young_accused or (cast.charged and not anyone_accused)))
        ]
        if not protected:
            return []
        protected_ids = {id(p) for p in protected}
        certain = any(p.roles & {"accused", "convicted"} for p in protected) or young_accused
        a = ctx.a
        # a school has hundreds of students: it may identify (asked); a home, residence or named relative does
        out = [
            self.finding(ctx, s, e, {"value": v}, certain=False) for s, e, v in (*schools(a), *school_tags(a))
        ]
        out += [
            self.finding(ctx, s, e, {"value": a.folded[s:e]}, certain=False) for s, e in young_said(a.folded)
        ]
        # a date of birth: "A 14-year-old boy (born 03.03.2012)"
        out += [
            self.finding(ctx, s, e, {"value": v}, certain=certain)
            for s, e, v in dates_of_birth(a)
            if young_birth(v)  # not the adult accused's ("Amjid Hussain (05/12/1982)")
        ]
        official = ctx.policy.official_address
        out += [
            self.finding(ctx, s, e, {"value": v}, certain=certain)
            for s, e, v in street_addresses(a)
            if not official(v)
        ]
        # the family car's plate: "driving his father's white Tesla, plate CKLP 442"
        out += [self.finding(ctx, s, e, {"value": v}, certain=certain) for s, e, v in licence_plates(a)]
        words, lw = a.words, [w.lower for w in a.words]
        # a relative named ("his mother, Linda Kerr"; "the son of ... Raj Malhotra"; "brother of Andre Blake")
        for p in (
            q for q in cast.people if q.name is not None
        ):  # officials too: "the youth's father, Councillor ..."
            if id(p) in protected_ids:
                continue
            i = p.words[0]
            lead = lw[max(0, i - 6) : i]
            # ... or "His older brother, Marcus Hill,": a possessive and a relation just before the name
            kin = introduced_as_kin(ctx.a, p)
            # a relation before "of" ("the son of ... Raj Malhotra", not "assault of a child under 16. Graham Tully")
            of = len(lead) - lead[::-1].index("of") - 1 if "of" in lead else 0
            # ... or "We thank Noah Bertrand's parents": a relation owned by the name
            owns = possessive(lw[p.words[1] - 1]) and p.words[1] < len(lw) and lw[p.words[1]] in N.RELATIONS
            if p.relation is not None or any(w in N.RELATIONS for w in lead[:of]) or kin or owns:
                out.append(self._name_finding(ctx, p, certain))
        # "He is the son of local councillor Dave Prentice"; "Marcus Hale, 19, ... their 15-year-old brother"
        out += [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=certain)
            for m in KIN_OF_NAMED.finditer(a.folded)
        ]
        # (a public figure named by title counts: "Councillor Dana Whitfield ... after her 16-year-old son was
        # charged", dev batch 327; an officer does not, who may be speaking of someone else's son)
        if cast.named() or any(
            q.name is not None and q.official and q.words[0] and lw[q.words[0] - 1] in _PUBLIC_TITLES
            for q in cast.people
        ):
            for p in protected:
                if (
                    p.relation is not None
                    and p.name is None
                    and (
                        lw[p.first] in ("his", "her", "their")
                        or any(possessive(lw[m]) for m in range(max(0, p.first - 1), p.last))
                    )
                ):  # "his 15-year-old son", "The accused's stepson, who is 15,", "A 16-year-old, Clarke's brother,"
                    value = ctx.said(words[p.first : p.last])
                    out.append(
                        self.finding(ctx, words[p.first].start, words[p.last - 1].end, {"value": value})
                    )
        # a nickname, an account or a detail that fits one person ("known on the street as 'Lil Smoke'")
        out += self._one_of_a_kind(ctx, certain, young=True)
        # a team, a job, a place: it narrows the young person down (a question)
        out += [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=False)
            for m in NARROWS.finditer(a.folded)
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
                    v = {"value": ctx.said(words[k:end])}
                    out.append(self.finding(ctx, words[k].start, words[end - 1].end, v, certain=certain))
        return out

    # ----- sexual-offence complainants (Criminal Code s.486.4) ---------------------------------------
    def _complainant_named(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        out = []
        found = None  # the post says someone was found (read once, for the first missing person named)
        for p in [
            q for q in cast.people if q.name is not None and (not q.official or official_harmed(ctx.a, q))
        ]:
            declared = self._declared(ctx, p)
            roles = p.roles | ({declared} if declared else set())
            if (
                "missing" in roles
                and cast.charged
                and not roles & {"accused", "convicted"}
                and declared not in ("official", "accused")
                and (found if found is not None else (found := bool(FOUND.search(ctx.a.folded))))
            ):
                # the appeal is over and someone is charged with a sexual offence: the person found is the
                # complainant ("we can confirm she has been found safe. A man has been charged with ...")
                out.append(self._name_finding(ctx, p, True))
                continue
            if declared in ("official", "accused") or roles & {"accused", "convicted", "missing", "deceased"}:
                continue
            if roles & {"victim", "complainant"} or (p.child and "witness" in roles):
                # "has waived her right to anonymity": the post says so, as it says a family was told (an adult's
                # waiver; a child's name is still asked about)
                if not (cast.waived and not p.child):
                    out.append(self._name_finding(ctx, p, not cast.waived))
            elif "witness" not in roles and not (cast.waived and not p.child):
                # who is this? the waiver answers it for an adult: the person harmed, or one who identifies them
                out.append(self._name_finding(ctx, p, False))
        out += self._first_names(ctx, cast.name_words())
        out += self._names_in_hashtags(ctx, certain=True)
        return out

    def _complainant_said(self, ctx: Ctx, sexual: bool) -> list[FindingShape]:
        """What the post says she is, past her age, sex and home town: a question; in French, who she is to the
        accused ("La plaignante est sa belle-fille": a family tie is an error)."""
        folded, text = ctx.a.folded, ctx.post.text
        said = [(s, e, False) for s, e in complainant_said(folded, sexual)] + (
            french_ties(folded) if sexual else []
        )
        return [
            self.finding(ctx, s, e, {"value": text[slice(*ctx.orig(s, e))]}, certain=c) for s, e, c in said
        ]

    def _complainant_identified(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        if cast.waived and not any(p.child for p in cast.people if p.roles & {"victim", "complainant"}):
            return []  # an adult who waived anonymity may be identified, by name or otherwise
        a, out = ctx.a, []
        words, lw = a.words, [w.lower for w in a.words]
        anyone_harmed = any("victim" in p.roles for p in cast.people)
        for x, p in enumerate(cast.people):
            if p.relation is None:
                continue
            # "his niece", "the girl's teacher", "Kayla's stepfather": each points at her
            certain = relation_identifies(cast, x, lw, anyone_harmed)
            if certain is None:
                continue
            i, j = (p.first, p.name[0]) if p.name is not None and p.name[0] > p.first else (p.first, p.last)
            out.append(
                self.finding(
                    ctx,
                    words[i].start,
                    words[j - 1].end,
                    {"value": ctx.said(words[i:j])},
                    certain=certain,
                )
            )
        victims = [p for p in cast.people if "victim" in p.roles and "accused" not in p.roles]
        sentences = {p.sentence for p in victims}
        # and one that opens on her: "The 22-year-old woman works at the laundromat."
        sentences |= {s[0].sentence for s in a.sentences if _opens_on_her([w.lower for w in s[:6]])}
        for k, w in enumerate(lw):
            if words[k].sentence not in sentences or w not in WORKPLACE_FIRST:
                continue
            for cue in WORKPLACE:
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
                            {"value": ctx.said(words[k:end])},
                            certain=False,
                        )
                    )
                    break
        out += self._one_of_a_kind(ctx, True)
        # where she lives: "in her apartment above the bakery at 221 Main St" (a public building is no home)
        official = ctx.policy.official_address
        numbered = street_addresses(ctx.a)
        for s, e, v in [*numbered, *homes_without_number(ctx.a)]:
            # (to the end of the address's sentence: "an apartment at 88 Larchmount Cres, Unit 4, where a woman ...
            # was assaulted by a man doing repairs in her unit")
            cut = _SENTENCE_END.search(ctx.a.folded, e, e + 160)
            end = max(cut.start() if cut else 0, e + 40)
            if not official(v) and HOME_WORDS.search(ctx.a.folded[max(0, s - 80) : end]):
                # (a home told by how it looks or what it is near, "lives on the top floor", "the blue house":
                # it narrows, it does not prove where she lives)
                sure = ((s, e, v) in numbered or not told_by_its_building(ctx.a, s)) and not described_home(v)
                out.append(self.finding(ctx, s, e, {"value": v}, certain=sure))
        out += [
            self.finding(
                ctx,
                start := next((m.start(g) for g in DETAIL if m[g]), m.start()),
                m.end(),
                {"value": a.folded[start : m.end()]},
                certain=any(m[g] for g in SURE_TIES),
            )
            for m in KNOWN_TO_ACCUSED.finditer(a.folded)
            # "A woman who ran a sexual services business has been jailed": the one dealt with, not the one harmed
            if not (m["job"] and DEALT_WITH.match(a.folded, m.start()))
            # "Brian Lee, 45, ... The 45-year-old is a teacher at ...": the accused's work, which may be said
            and not (m["aged"] and any(p.age == int(m["aged"]) for p in cast.people if "accused" in p.roles))
            # "other complainants among athletes he coached": an appeal to many, no pointer to one
            and not _AMONG.search(a.folded, max(0, m.start() - 30), m.start())
        ]
        out += self._work_of(ctx, cast, sentences) + self._complainant_said(ctx, sexual=True)
        # the person harmed described by work or place ("a cashier", "one of his employees"): it may point to her
        for p in victims:  # (not "four clients": one of several is no pointer to her)
            counted = p.first < p.last - 1 and (lw[p.first].isdigit() or lw[p.first] in P.NUMBER_WORDS)
            counted = counted or (lw[p.first] in ("a", "an") and lw[p.last - 1] in ONE_OF_MANY)  # "a client"
            counted = counted or (p.last - p.first == 1 and lw[p.first].endswith("s"))  # "patients had been"
            if p.name is None and lw[p.last - 1] in P.WORK_RELATIONS and not out and not counted:
                out.append(
                    self.finding(
                        ctx,
                        words[p.first].start,
                        words[p.last - 1].end,
                        {"value": ctx.said(words[p.first : p.last])},
                        certain=False,
                    )
                )
        # "We can't share anything that could identify the complainant, including where she lives": withheld
        # ... and "Victor Lam, 46, a massage therapist at a clinic near Yonge St, is charged": his job, not hers
        withheld = withheld_spans(a) + accused_apposition(a, cast)
        return [f for f in out if not any(s <= f.start < e for s, e in withheld)] if withheld else out

    def _work_of(self, ctx: Ctx, cast: Cast, sentences: set[int]) -> list[FindingShape]:
        """ "an employee of his clinic", "a tenant in unit 1204", "a server at": where she works or lives; and a
        detail said of her that narrows her down ("a teenage girl from the same hamlet, which has about 200")."""
        folded, nearby = ctx.a.folded, NARROWS.finditer(ctx.a.folded) if sentences else ()
        return [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=bool(m.group("home")))
            for m in WORK_OF.finditer(folded)
        ] + [
            self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=False)
            for m in nearby
            if said_of_harmed(ctx, cast, m.start())
        ]

    def _one_of_a_kind(self, ctx: Ctx, certain: bool, young: bool = False) -> list[FindingShape]:
        """A detail that points to one person: a nickname, a social-media account, "the only ... at"; and one
        that singles out the person it is said of, unless that is the accused, an official or (for a young person)
        someone else ("Kyle Smith, 34, the son of a local pastor, is charged")."""
        folded = ctx.a.folded
        found = [m for m in ONE_OF_A_KIND.finditer(folded) if not shared_already(folded, m)]
        found += [
            m
            for m in SINGLES_OUT.finditer(folded)
            if said_of_protected(ctx, cast_of(ctx.a), m.start(), young)
        ]
        return [self.finding(ctx, m.start(), m.end(), {"value": m.group()}, certain=certain) for m in found]


_HER_LEADS = frozenset("woman girl complainant victim survivor".split())


def _opens_on_her(first: list[str]) -> bool:
    """A sentence's first words open on the person harmed: "She ...", "The woman ...", "The 22-year-old woman ..."."""
    return first[:1] == ["she"] or (first[:1] == ["the"] and not _HER_LEADS.isdisjoint(first[1:]))
