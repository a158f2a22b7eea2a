"""What a post says of the dead person's family, read by the people pass (people.py): the family told, not told
yet, or sought by an appeal to trace them. Phrases are lower case, written as the tokenizer splits them."""

from __future__ import annotations

import re

from .gate import gated

NOTIFIED = (
    # in French, as the folded text spells it: "Sa famille a été avisée"
    *(f"famille a ete {v}" for v in ("avisee", "informee", "prevenue", "jointe")),
    *(f"proches ont ete {v}" for v in ("avises", "informes", "prevenus", "joints")),
    "next of kin have been notified",
    "next of kin has been notified",
    "next of kin were notified",
    "next of kin notified",
    "next-of-kin notified",
    "next of kin have been informed",
    "next of kin has been informed",
    "next of kin were informed",
    "next of kin are aware",
    "family has been notified",
    "family has been informed",
    "family has been told",
    "family have been notified",
    "family have been informed",
    "family have been told",
    "family was notified",
    "family was informed",
    "family was told",
    "families have been notified",
    "families have been informed",
    "families have been told",
    "family members have been notified",
    "family is aware",
    "family are aware",
    "family has been made aware",
    "family have been made aware",
    "families are aware",
    "family is being supported",
    "family are being supported",
    "family is being kept updated",
    "family are being kept updated",
    "family is receiving support",
    "family are receiving support",
    "supported by specialist officers",
    "supported by specially trained officers",
    "with the family's permission",
    "with the family's consent",
    "with the permission of",
    "with the consent of",
    "at the family's request",
    "at the request of the family",
    "family has asked",
    "family have asked",
    "family has requested",
    "family have requested",
    "family wishes",
    # the family speaks for themselves: "His family asks that donations go to the Heart and Stroke Foundation"
    "family asks",
    "family ask",
    "family thanks",
    "family would like to thank",
    "in lieu of flowers",
    "family has released",
    "family have released",
    "family paid tribute",
    "family have paid tribute",
    "family has paid tribute",
    "paid tribute",
    "pay tribute",
    "pays tribute",
    "tribute from",
    "in a statement, the family",
    "the family said",
    "his family said",
    "her family said",
    "their family said",
    "family has shared",
    "family have shared",
    "in loving memory",
    "we remember",
    "remembering",
    "in memory of",
    "anniversary",
    "end of watch",
    "eow",
    "passed away peacefully",
    "obituary",
    "funeral",
    "memorial service",
    "vigil",
    "laid to rest",
    "tributes",
    "issued a tribute",
    "formally identified",
    # "has identified the victim as NAME, 24, after notifying his family" (dev batches 379 and 385)
    *(
        f"{when} {verb} {kin}"
        for when in ("after", "following")
        for verb in ("notifying", "notification of", "informing")
        for kin in (
            "his family",
            "her family",
            "their family",
            "the family",
            "next of kin",
            "the next of kin",
        )
    ),
)
NOT_NOTIFIED = (
    "not yet been notified",
    "not yet been informed",
    "not yet been told",
    "not been notified",
    "not been informed",
    "not been told",
    "not yet notified",
    "not yet informed",
    "not yet told",
    "yet to be notified",
    "yet to be informed",
    "yet to be told",
    # (dev batch 305: "Next of kin are yet to be advised")
    "yet to be advised",
    "not yet been advised",
    "not been advised",
    "process of notifying",
    "notifying next of kin",
    "notifying the family",
    "notifying his family",
    "notifying her family",
    "are notifying",
    "being withheld",
    "withheld until",
    "still being contacted",
    "are being contacted",
    "is being contacted",
    "being notified",
    "will be told once",
    "will be notified once",
    "once we reach them",
    "once we reach his",
    "once we reach her",
    "once they are reached",
    "not yet been reached",
    "not been reached",
    "have not yet reached",
    "has not yet reached",
    "yet to be reached",
    "working to reach",
    "still being notified",
    "still trying to reach",
    "once we have spoken with",  # "We'll share more once we have spoken with his family"
    # "Officers are on their way to speak with his wife now", "Our officers are on their way to his family now"
    "on their way to his family",
    "on their way to her family",
    "on their way to speak with his",
    "on their way to speak with her",
    "still reaching",
    "yet to take place",
    "until we can reach",
    "until we reach",
    "once his family has been notified",
    "once her family has been notified",
    "once their family has been notified",
    "once the family has been notified",
    "once his family is notified",
    "once her family is notified",
    "once the family is notified",
    "once next of kin",
    "still trying to trace",
    "still trying to locate",
    "still trying to find his family",
    "still trying to find her family",
    "still contacting",
    "still informing",
    "still notifying",
    "before the family is told",
    "before the family has been told",
    "before next of kin",
    "trying to reach the family",
    "trying to reach his family",
    "trying to reach her family",
    "trying to contact the family",
    "unable to reach the family",
    "unable to contact the family",
    "not been able to reach",
    "not been able to contact",
    "not yet been able to reach",
    "not yet been able to contact",
    "still working to notify",
    "working to notify",
    "still trying to contact",
    "trying to contact his",
    "trying to contact her",
    "trying to contact their",
    "still trying to locate his family",
    "still trying to locate her family",
    "still trying to notify",
    "family does not know",
    "family doesn't know",
    "family is not yet aware",
    "family are not yet aware",
    "family has not been",
    "family have not been",
    "families have not been",
    "next of kin have not",
    "next of kin has not",
    "next-of-kin have not",
    "next-of-kin has not",
    # "Family notification is still under way", "Officers will be speaking with his wife later today"
    *(
        f"{who} {state}"
        for who in (
            "notification",
            "notifications",
            "next of kin notification",
            "next-of-kin notification",
            "family notification",
            "notification of next of kin",
            "notification of the next of kin",
            "notification of the family",
            "notification of family",
            "notification of her family",
            "notification of his family",
        )
        for state in (
            "is still under way",
            "is under way",
            "is still underway",
            "is underway",
            "is ongoing",
            "is still ongoing",
            "is in progress",
            "are ongoing",
            "are under way",
            "are still under way",
            "has not been completed",
            "is not complete",
            "is not yet complete",
        )
    ),
    *(
        f"will be {verb} {whose} {kin}"
        for verb in (
            "speaking with",
            "speaking to",
            "meeting with",
            "meeting",
            "contacting",
            "notifying",
            "informing",
            "visiting",
        )
        for whose in ("his", "her", "their", "the")
        for kin in (
            "wife",
            "husband",
            "partner",
            "family",
            "parents",
            "mother",
            "father",
            "children",
            "son",
            "daughter",
            "next of kin",
            "relatives",
        )
    ),
)
TRACE_APPEAL = (
    "trace the family",
    "trace his family",
    "trace her family",
    "trace their family",
    "trace relatives",
    "trace next of kin",
    "trace the next of kin",
    "locate the family",
    "locate his family",
    "locate her family",
    "locate next of kin",
    "locate the next of kin",
    "find the next of kin",  # "Nanaimo RCMP is trying to find the next of kin of ..."
    "finding the family",  # "We're asking for help finding the family of Harold Beaulieu"
    "finding his family",
    "finding her family",
    "find next of kin",
    "locate relatives",
    "find the family",
    "find his family",
    "find her family",
    "find relatives",
    "find family",  # "Help us find family: ..."
    "identify next of kin",
    "help us identify",
    "help identify",
    "trying to identify",
    "tracing the family",
    "tracing relatives",
    "any relatives",
    "relatives of",
    "a relative of",
    "trace family",
    "to trace family",
    "unable to find any",
    "unable to locate any",
    "how to reach his family",
    "how to reach her family",
    "anyone who knew",
    # "Help us find Walter Ingram's family ... If you knew Walter or his family, please call"
    "if you knew",
    "any of his relatives",
    "any of her relatives",
    "any of their relatives",
)
# The family not told yet, in the many ways a post says it: "His family has not yet been informed", "Police are yet
# to speak with his family", "until the family is notified", "Efforts to reach his family are ongoing", "Officers
# are heading to her parents' home now" (read on the folded text, once per post that names or describes the dead).
_KIN = (
    r"(?:family|families|relatives|next of kin|next-of-kin|parents|wife|husband|partner|children|whanau|whānau|"
    r"loved ones|mother|father|son|daughter|brother|sister)"
)
NOT_TOLD = gated(
    re.compile(
        rf"\b{_KIN}\b[^.!?\n]{{0,40}}?\b(?:(?:has|have|had) not (?:yet )?been (?:formally |officially )?(?:notified|informed|told|reached|contacted)"
        r"|(?:is|are) (?:yet|still) to be (?:formally |officially )?(?:notified|informed|told|reached|contacted)|(?:is|are) (?:still )?being "
        r"(?:notified|informed|told|contacted|reached)|not yet (?:notified|informed|told|reached|contacted)"
        r"|(?:has|have) not (?:yet )?taken place|(?:is|are) ongoing|(?:is|are) under ?way|(?:is|are) pending|will be (?:notified|informed|told|contacted|spoken to|visited) (?:by officers )?(?:later|soon|this morning|this afternoon|this evening|"
        r"today|tonight|tomorrow|shortly))\b"
        # "Family notification under way", "Notification of his family is pending"
        rf"|\b{_KIN} notification (?:is |are )?(?:still )?(?:under ?way|pending|ongoing|in progress)"
        rf"|\bnotification (?:of|to) (?:his|her|their|the) {_KIN} (?:is|are) (?:pending|ongoing|under ?way|still)"
        rf"|\b(?:until|before|once|after) (?:we (?:can )?(?:speak|talk|have spoken) (?:with|to) (?:his|her|their|the) {_KIN}"
        rf"|(?:his|her|their|the) {_KIN}(?: [^.!?\n,]{{1,30}}?)? (?:has|have|is|are) (?:been )?(?:notified|informed|told|reached|contacted|located|traced))"
        rf"|\b(?:yet to|not yet) (?:been able to )?(?:speak|spoken|talk|talked|reach|reached) (?:with |to )?(?:his|her|their|the) {_KIN}"
        rf"|\b(?:efforts|trying|working|attempts|attempting) to (?:(?:locate|find|reach|contact|trace) and )?"
        rf"(?:reach|contact|notify|locate|find|inform|trace) (?:his|her|their|the) {_KIN}"
        # "we haven't been able to reach her family yet" (dev batch 355)
        rf"|\b(?:have|has|had|could|were|was)(?: not|n't)(?: yet)? been able to (?:reach|contact|notify|inform|tell|"
        rf"speak (?:with|to)) (?:his|her|their|the) {_KIN}"
        # (or with no word before the kin: "Efforts to notify next of kin are continuing", "attempting to contact family
        # members", dev batch 333; not "trying to find relatives of", an appeal to trace a family)
        rf"|\b(?:efforts|trying|working|attempts|attempting) to (?:reach|contact|notify|inform) {_KIN}"
        rf"|\b(?:still )?reaching out to (?:his|her|their|the) {_KIN}"
        # through an embassy: "We are working with the embassy to contact his family" (dev batches 126 and 134)
        rf"|\b(?:working|liaising) with (?:the |his |her |their )?(?:[\w-]+ ){{0,2}}?(?:embassy|consulate|high commission|"
        rf"authorities) to (?:contact|notify|inform|reach|locate|find|trace) (?:his|her|their|the) {_KIN}"
        # "Police are still contacting relatives", "Officers are notifying his family"
        rf"|\b(?:are|is|still|currently) (?:now |still )?(?:contacting|notifying|informing) (?:(?:his|her|their|the) )?{_KIN}"
        rf"|\bnot (?:yet )?been confirmed with (?:his|her|their|the) {_KIN}"
        r"|\bheading to (?:his|her|their) (?:parents'|family's|family) home"
        # "Officers are on their way to inform his parents" (dev batch 313)
        rf"|\bon (?:their|our|the) way to (?:inform|notify|tell|speak (?:with|to)|see|visit) (?:his|her|their|the) {_KIN}"
        # "pending family notification", "Contact with his family will follow", "Officers will speak with his family"
        r"|\bpending (?:family |next[- ]of[- ]kin )?notification"
        rf"|\b(?:contact with|notification of|informing) (?:his|her|their|the) {_KIN} will follow"
        rf"|\b(?:will|are going to) (?:speak|talk) (?:with|to) (?:his|her|their|the) {_KIN}"
        # "Please let us reach his mother before you share this"
        rf"|\blet us (?:reach|tell|notify|contact|inform|speak (?:with|to)) (?:his|her|their|the) {_KIN}"
        # in French, as the folded text spells it: "La famille n'a pas encore été avisée", "ses proches n'ont pas été
        # informés"
        r"|\b(?:la|sa|leur|leurs|les|ses) (?:famille|proches|parents)\b[^.!?\n]{0,30}?\bn['’]?(?:a|ont) pas (?:encore )?"
        r"ete (?:avisee?s?|informee?s?|prevenue?s?|jointe?s?|contactee?s?)\b"
        # "Les policiers tentent toujours de joindre sa famille"
        r"|\b(?:tentent|tente|essaient|essaie|cherchent|cherche) (?:toujours |encore )?(?:de|a) (?:joindre|rejoindre|contacter|"
        r"aviser|informer) (?:sa|la|leur|ses|les) (?:famille|proches)\b",
        re.I,
    )
)
# "have not been able to trace his family": no appeal, unless readers are asked who knows him
NEGATIONS = frozenset("not unable cannot can't couldn't haven't hasn't".split())
ASKED_TO_KNOW = frozenset("know knows knew recognise recognize relatives".split())


def not_told(folded: str) -> bool:
    return NOT_TOLD.search(folded) is not None


def effort_only(flat: list[str], i: int) -> bool:
    """ "have not yet been able to trace his family" (a search for the family at word ``i``), and no one asked to
    help: an effort told, no appeal."""
    return not NEGATIONS.isdisjoint(flat[max(0, i - 5) : i]) and ASKED_TO_KNOW.isdisjoint(flat)


def told_later(flat: list[str], i: int) -> bool:
    """The family told "after" (word ``i``) in a future or a condition: "We will release his name after notifying
    his family", "Her name will be shared following notification of next of kin"."""
    return any(w in ("will", "until", "once") or w.endswith(("'ll", "’ll")) for w in flat[max(0, i - 8) : i])
