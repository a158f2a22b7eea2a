"""When a capitalized run is a person's name, told by the words beside it, for the people pass (passes/people.py):
a description set off after it, an owner's possessive, a given name alone doing what only people do."""

from __future__ import annotations

from . import names as N
from .cast import Words, given_names

# what a person does, said right after a given name alone: "Roberto works every weekday", "Maya trains at the track"
_DOES = frozenset(
    """walks works lives trains attends volunteers banks jogs rides studies visits waves brings stops sleeps stays
    loves collects""".split()
)
# a state or an event of a person after "is", "was", "has" or "had": "Tanya is safe", "Lena had stopped taking"
_BE = frozenset("is was has had".split())
_STATE = frozenset(
    """safe back home recovering stopped been found located getting staying living doing resting alive released
    discharged admitted diagnosed last missing""".split()
)
# a person thanked, met or welcomed: "Big thanks to Roberto at the Tim Hortons", "Meet Doris"
_GREETED = frozenset("meet welcome congratulations congrats thank".split())
# one person spoken of again
_AGAIN = frozenset("he she him her his".split())


class NameCues(Words):
    """What the words beside a run say about it (the reader of passes/people.py inherits it)."""

    def _described_after(self, j: int, i: int = -1) -> bool:
        """A description of a person follows the run, set off by a comma: "Sarah, the 22-year-old lifeguard", or
        "who" after a full name from ``i`` ("on Grace Obi, whose home"; not "a girl from Weston, who")."""
        lw, words = self.lw, self.words
        if j >= len(lw) or self.a.gaps[j].strip() != "," or lw[j] not in ("the", "a", "an", "who", "whose"):
            return False
        if lw[j] in ("who", "whose"):
            return 0 <= i < j - 1
        end = min(len(lw), j + 6)
        return any(
            (lw[m] in N.PERSON_NOUNS or (lw[m] == "old" and lw[m - 1] in ("year", "yr")))
            and words[m].sentence == words[j].sentence
            for m in range(j + 1, end)
        )

    def _owner(self, i: int, j: int) -> bool:
        """ "Dylan Fraser's body", "Sarah Kim's neighbour": a full name in the possessive owns the noun after it."""
        return j - i >= 2 and self.lw[j - 1].endswith(("'s", "’s")) and self.lw[i] in given_names()

    def _acts(self, i: int) -> bool:
        """A given name alone (word ``i``) opens its sentence and does what a person does, and the post speaks of
        one person again: "Tanya is safe and back home on Bank St. She's getting support", "Lena had stopped taking
        her medication" (not "Victoria is hosting", which no person does); or is thanked, met or welcomed ("Big
        thanks to Roberto at the Tim Hortons ... he works")."""
        lw, words, n = self.lw, self.words, len(self.lw)
        j = i + 1
        if j < n and words[j].sentence == words[i].sentence and self.cap[j]:
            return False
        # a label before a colon opens the sentence too: "Good news: Marisol is safe"
        opens = not i or words[i - 1].sentence != words[i].sentence or self.a.gaps[i].strip().endswith(":")
        # (or after a thread's counter only: "2/3 Daniel was released")
        k = i
        while k and words[k - 1].sentence == words[i].sentence and lw[k - 1].isdigit():
            k -= 1
        opens = opens or (k < i and (not k or words[k - 1].sentence != words[i].sentence))
        prev = "" if opens else lw[i - 1]
        if prev in _GREETED or (prev == "to" and i > 1 and lw[i - 2] in ("thanks", "thank")):
            acts = True
        elif prev not in ("", "and", "but") or j >= n or words[j].sentence != words[i].sentence:
            return False
        else:
            acts = self.a.gaps[j] == " " and (
                lw[j] in _DOES or (lw[j] in _BE and j + 1 < n and lw[j + 1] in _STATE)
            )
        return acts and any(w in _AGAIN or w.startswith(("she'", "he'", "she’", "he’")) for w in lw)
