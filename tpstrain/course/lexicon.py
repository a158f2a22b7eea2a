"""Small word lists for reading trainees' answers: function words and verbs.

No tagger and no download: the course only needs to tell a sentence ("Officers helped a man near Jane St")
from a pile of keywords ("Jane Finch hospital 9-8-8"). A sentence has a verb and the little words that hold
words together (the, a, of, to, and, is ...); a pile of keywords has neither.
"""

from __future__ import annotations

import functools

FUNCTION_WORDS = frozenset(
    """
a an the this that these those my your his her its our their some any no every each all both another other
such what which who whom whose where when why how whoever whatever
of to in on at by for with from near into onto over under between after before during about around through
across along behind beside besides until till since against without within toward towards past up down off
out than via like per upon among amid inside outside beyond near nearby throughout
and or but so if because while as though although unless whether nor yet then also too not never just only
very still even than once
i you he she it we they me him us them myself yourself himself herself itself ourselves themselves
someone anyone everyone somebody anybody everybody nobody something anything everything nothing one ones
is are was were be been being am has have had do does did will would can could may might must shall should
there here please
i'm i've i'll i'd you're you've you'll you'd he's she's it's we're we've we'll we'd they're they've they'll
that's there's here's what's who's let's don't doesn't didn't can't cannot won't wouldn't shouldn't couldn't
isn't aren't wasn't weren't hasn't haven't hadn't
""".split()
)

# Auxiliaries and modals are verbs too: "is", "was", "will" make a sentence.
AUXILIARIES = frozenset(
    """
is are was were be been being am has have had do does did will would can could may might must shall should
i'm you're he's she's it's we're they're that's there's here's what's who's let's i've you've we've they've
i'll you'll he'll she'll we'll they'll i'd you'd we'd they'd don't doesn't didn't can't cannot won't
wouldn't shouldn't couldn't isn't aren't wasn't weren't hasn't haven't hadn't
""".split()
)

# Common verbs in police posts and replies, base form. Words that are nearly always nouns in a post (police,
# officer, dog, park, line, road) are left out on purpose, so a list of nouns never reads as a sentence.
_BASE_VERBS = """
accept act add admit advise affect agree aim allow answer apologize apologise appeal appear apply appreciate
approach arrest arrive ask assault assist attempt attend avoid bail be become begin believe belong block
board break bring build burn buy call care carry catch cause celebrate change charge chase check choose
clean clear climb close collect come comment communicate complete confirm connect consider contact continue
cook cost count cover crash create cross cry dance deal decide delay deliver describe detour die direct
discover discuss divert donate drink drive drop dye eat email encourage end enjoy enter escape expect
explain face fall feel fight file fill find finish fit flee fly follow forget free get give go greet grow
guide hand happen hate head hear help hide hit hold hope hurt identify include injure inform invite involve
join jump keep kill know land laugh launch lead learn leave let lie light like listen live load locate lock
look lose love make mark matter mean meet mention miss move need notice notify obey offer open organize
organise outrun owe paint pass pay phone pick plan play pledge plead point post prepare present prevent proceed
promise protect provide pull purchase push put quote race raise reach read receive recognize recognise recover
reduce refer refuse release remain remember remind remove reopen repair reply report request require rescue
resolve respect respond rest restore retire return reunite ride ring rob run rush save say search see seek
seem sell send serve set share shoot shout show shut sign sit sleep slow smile speak speed spend spot stab
stand start stay steal stop strike struggle suffer support surrender suspect take talk teach tell text thank
think throw tip touch travel treat try turn tweet understand unite update urge use visit wait wake walk
want warn wash watch wear welcome win wish wonder work worry write
""".split()

_IRREGULAR = """
was were been being am is are has had did does done went gone saw seen took taken found left made said told
got gotten gave given came ran held kept brought caught thought felt met sent stood heard known knew shown
showed lost wore worn spoke spoken broke broken stole stolen drove driven fled shot struck stricken led paid
put set cut hit let read sought bought fought sat lay lain woke woken wrote written rode ridden fell fallen
hid hidden began begun drew drawn grew grown flew flown threw thrown became forgot forgotten understood rang
rung dealt meant built spent lent bent slept swept wept crept won sold stuck swung hung dug fed bled bred
sped forgave forgiven withdrew withdrawn arose arisen overtook beat beaten bit bitten chose chosen froze
frozen rose risen shook shaken swore sworn tore torn
""".split()

# Words ending in -ing or -ed that are nouns or adjectives in a post, never the verb of a sentence.
_NOT_VERBS = frozenset(
    """
morning evening building parking ceiling thing something nothing anything everything king ring spring
string during wing sibling offspring pudding wedding shooting stabbing bleed red bed hundred shed speed need
seed feed breed deed weed steed sled naked wicked sacred kindred rugged ragged beloved aged wretched learned
""".split()
)


@functools.lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    """Every form of the verbs above: base, -s, -ed, -ing, and the irregular forms."""
    out = set(_IRREGULAR) | AUXILIARIES
    for v in _BASE_VERBS:
        out |= _forms(v)
    return frozenset(out)


def _forms(v: str) -> set[str]:
    forms = {v}
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(v + "es")
    elif v.endswith("y") and v[-2:-1] not in "aeiou":
        forms.add(v[:-1] + "ies")
    else:
        forms.add(v + "s")
    if v.endswith("e"):
        forms |= {v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and v[-2:-1] not in "aeiou":
        forms |= {v[:-1] + "ied", v + "ing"}
    else:
        forms |= {v + "ed", v + "ing"}
        if _doubles(v):
            forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return forms


def _doubles(v: str) -> bool:
    """stop -> stopped, rob -> robbed: one short vowel before a final consonant."""
    return (
        len(v) >= 3
        and v[-1] not in "aeiouwxy"
        and v[-2] in "aeiou"
        and v[-3] not in "aeiou"
        and (len(v) <= 4 or v.endswith(("mit", "fer", "gin", "pel", "bat", "trol")))
    )


def is_verb(word: str) -> bool:
    """A word that can be the verb of a sentence (lower case): known, or a regular -ed / -ing form."""
    w = word.lower().replace("\u2019", "'")
    if w in verbs():
        return True
    if w in _NOT_VERBS or not w.isalpha() or len(w) < 5:
        return False
    return w.endswith(("ed", "ing"))


def is_function_word(word: str) -> bool:
    return word.lower().replace("\u2019", "'") in FUNCTION_WORDS
