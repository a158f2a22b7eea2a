"""The people pass's references: the roles a later word gives a person already met ("One of them, Tane Walker,",
"She was Rosa Quispe", "His death is not considered suspicious", "She has been charged"), and a name in the
possessive ("Jaydon James' killers")."""

from __future__ import annotations

from bisect import bisect_left

from .cast import (
    ATTACKERS,
    CHARGED_ROLES,
    KILLERS,
    PLURALS,
    PRONOUNS,
    REMAINS_VERB,
    Person,
    Words,
    possessive,
)

# what "his"/"her" before it makes the person named before dead: "her death", "his funeral"
_DEATH_NOUNS = frozenset("death murder killing passing funeral body remains".split())
_BELIEVE = frozenset("believe think understand".split())
# what joins "he" or "she" to a name: "She was Rosa Quispe", "He is believed to be Rob Hancock"
_HE_WAS = [("was",), ("is",), *((v, w, "to", "be") for v in ("is", "was") for w in ("believed", "thought"))]


class ReferenceReader(Words):
    """Reads what points back to a person met before (people are sorted by position)."""

    _sentences: list[int]  # each person's sentence
    _last_named: list[int]  # before each person, the last one named (not an official); -1: none
    _firsts: list[int]  # where each person starts

    def _harmer_at(self, p: Person) -> int:
        """Where the one who harmed a person named in the possessive is told, right after the name ("Jaydon James'
        killers", "Samira Qureshi's alleged attacker"), or -1."""
        k, lw = p.last, self.lw
        if p.name is None or not self._possessive(p):
            return -1
        if k < len(lw) and lw[k] == "alleged":
            k += 1
        return k if k < len(lw) and lw[k] in ATTACKERS else -1

    def _possessive(self, p: Person) -> bool:
        """ "Jaydon James' killers", "Amira Shah's family": the words after the name are about someone else."""
        last, gaps = self.lw[p.last - 1], self.a.gaps
        if possessive(last):
            return True
        quoted = p.name is not None and gaps[p.name[0]][-1:] in ("'", "’", "‘")  # "known as 'Lil Dre' faces"
        return not quoted and gaps[p.last : p.last + 1] in (["' "], ["’ "])

    def _references(self, people: list[Person]) -> None:
        """Roles a later sentence gives by reference: "One of them, Tane Walker," (one of the people just
        described); "She was Rosa Quispe" (the person the last sentence described); "His death is not
        considered suspicious" (the person last named)."""
        lw, words, n = self.lw, self.words, len(self.lw)
        firsts = self._firsts
        for p in people:
            if p.name is None or p.official:
                continue
            i = p.name[0]
            s = p.sentence
            if i >= 3 and lw[i - 3 : i] == ["one", "of", "them"]:
                lead = self._described_before(people, bisect_left(firsts, i - 3), s, plural=True)
                if lead is not None:
                    p.roles |= lead.roles
                    p.young_word = p.young_word or lead.young_word
            elif (v := next((len(t) for t in _HE_WAS if tuple(lw[max(0, i - len(t)) : i]) == t), 0)) and (
                i > v
                and lw[i - v - 1] in ("he", "she")
                # at the start of a sentence, or after "We believe": "We believe she is Marie Chen"
                and (i == v + 1 or words[i - v - 2].sentence != s or lw[i - v - 2] in _BELIEVE)
            ):
                lead = self._described_before(people, bisect_left(firsts, i - v - 1), s, plural=False)
                if lead is not None:
                    p.roles |= lead.roles
                    p.age = p.age if p.age is not None else lead.age
                    p.young_word = p.young_word or lead.young_word
        for p in people:  # "Jaydon James' killers were jailed": he is the one killed
            if self._harmer_at(p) == p.last and lw[p.last] in KILLERS:
                p.roles |= {"victim", "deceased"}
            elif p.name and not p.roles and lw[p.last : p.last + 1] == ["trial"] and self._possessive(p):
                p.roles.add("accused")  # "Jacob Strand's trial on fraud charges begins Monday"
        for k in [k for k, w in enumerate(lw) if w in ("his", "her")]:
            if (
                k + 1 < n
                and lw[k + 1] in _DEATH_NOUNS
                and not (lw[k + 1] == "remains" and k + 2 < n and lw[k + 2] in REMAINS_VERB)
            ):
                x = self._last_named[bisect_left(firsts, k)]  # the last person named before the word
                if x >= 0 and people[x].last <= k and not people[x].roles & {"accused", "convicted"}:
                    people[x].roles.add("deceased")

    def _described_before(self, people: list[Person], x: int, s: int, plural: bool) -> Person | None:
        """The last person described (not named) with a role among ``people[:x]``, in sentence ``s`` or the one
        before it (a plural description when ``plural``). The walk back stops at the sentence before: it reads a
        few people, however long the post."""
        lw = self.lw
        for q in reversed(people[max(0, x - 64) : x]):
            if q.sentence < s - 1:
                return None
            if q.name is None and q.roles and not q.official and (not plural or lw[q.last - 1] in PLURALS):
                return q
        return None

    def _pronoun_subject(self, k: int, people: list[Person], role: str) -> Person | None:
        """ "She has been charged": a pronoun just before a cue, in a sentence that names nobody, is the person
        last named before it (or last described, when the post names nobody). "He will be sentenced" after "A
        boy was convicted of the murder of Jamal ...": the person already accused or convicted, when the sentence
        before has one."""
        words, lw = self.words, self.lw
        s = words[k].sentence
        lead = [lw[m] for m in range(max(0, k - 3), k) if words[m].sentence == s]
        if not any(w in PRONOUNS for w in lead):
            return None
        x = bisect_left(self._sentences, s)  # people[:x] are in earlier sentences
        if role in CHARGED_ROLES:
            for q in reversed(people[max(0, x - 16) : x]):
                if q.sentence < s - 1:
                    break
                if q.roles & CHARGED_ROLES and not q.official:
                    return q
        named = self._last_named[x]
        last = people[named] if named >= 0 else people[x - 1] if x else None
        if last is not None and role in CHARGED_ROLES and "victim" in last.roles:
            # "the complainant, Priya Nair, met Sethi ... and he later assaulted her": not the one harmed
            return next((r for r in reversed(people[:x]) if r.roles & CHARGED_ROLES and not r.official), None)
        return last
