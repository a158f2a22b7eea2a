"""Whose phone number it is, as the words just before or after it say: the private people a post names by role, and the
phrases that make a number a person's own line ("call the owner at", "her mom, Dana, is also taking calls at", "she'll
talk to anyone who saw it:"). Read by ``contacts.phone_status`` on the folded text."""

from __future__ import annotations

import re

# Whose number it is: a private person ("call the owner at", "text me at", "her cell", "his number is").
PRIVATE_WORDS = frozenset(
    """owner owners driver homeowner me mom mum dad mother father wife husband friend neighbour neighbor personal
    grandma grandpa boyfriend girlfriend finder daughter son sister brother niece nephew cousin aunt uncle grandson
    granddaughter mr mrs ms miss mx mme mlle roommate flatmate housemate landlord landlady""".split()
)
# the private people a post describes before their name: "The neighbour who picked it up, Ewa Kowalczyk, can be ..."
PRIVATE_PEOPLE = PRIVATE_WORDS | frozenset(
    "witness resident victim caller bystander passerby driver cyclist pedestrian family woman man girl boy partner".split()
)
PRIVATE_ALT = "|".join(sorted(PRIVATE_PEOPLE))  # the same, as a pattern's alternation

# a line labelled as someone's home (dev batch 318: "Emergency contacts - Cst. Bree Hollis, home 416-555-0171"; a
# "personal" line is already a private word)
HOME_LINE = re.compile(r"[,;(]\s*home(?: phone| number)?\s*[:#]?\s*$", re.I)
# "call her at", "reach him directly on", "text me at": the number is that person's
CALL_THEM = re.compile(
    # ("Call me any time, day or night, 437-555-0118", dev batch 380)
    # ("people can still call the family directly at four one six, ...", dev batch 426)
    r"\b(?:call|text|reach|contact|phone|ring|message|tried)\s+(?:her|him|them|me|you|(?:the|his|her|their)\s+family)\s+"
    r"(?:directly\s*|back\s+)?"
    r"(?:any\s*time(?:,?\s+day\s+or\s+night)?\s*,?\s*)?"
    # ("An officer will call you back tonight at 416-...", dev batch 356)
    r"(?:(?:today|tonight|tomorrow|shortly|soon|later|this\s+(?:morning|afternoon|evening|week))\s+)?"
    # "will call you at your office, 416-...", "will contact you on WhatsApp at +1 416 ...": the number is yours;
    # "so others can reach him: 647-..."
    # ("call him 905-555-0129 if you were there too", dev batch 318)
    r"(?:on\s+(?:whatsapp|signal|telegram)\s+)?(?:(?:at|on)\s*:?|:)?\s*"
    r"(?:(?:your|his|her|their)\s+\w+(?:\s+(?:number|line))?\s*[,:]?\s*|work\s*[,:]?\s*)?$"
    # "call the family at home at (647) 555-0192": a home's phone; "a witness left a WhatsApp number, +1 416 ..."
    # "send them to her at 416-555-0148": the number is hers
    r"|\bto\s+(?:her|him)\s+(?:directly\s+)?(?:at|on)\s*:?\s*$"
    # "He may be trying to reach his ex-partner at 905-555-0183": a relative's line
    r"|\b(?:call|text|reach|contact|phone|ring)\s+(?:his|her|their)\s+(?:ex-?partner|ex-?wife|ex-?husband|ex|partner|wife|"
    r"husband|mother|father|mom|mum|dad|sister|brother|daughter|son|girlfriend|boyfriend|friend|family|parents|"
    # ("call her partner Sami at 416-...", "Call her flatmate on 021 ...")
    r"aunt|aunty|auntie|uncle|cousin|grandmother|grandfather|nan|nana|neighbour|neighbor|roommate|flatmate|housemate|mate)"
    r"(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:at|on)\s*:?\s*$"
    # the number a person rang in from: "Ron Makepeace, who called from 204-555-0173 to report the truck"
    r"|\bwho\s+(?:called|phoned|rang|texted)\s+(?:us\s+|in\s+|police\s+)?from\s*:?\s*$"
    # a private person's own line: "call your mate's number +61 412 555 019", "the owner's cell, 416-..."
    rf"|\b(?:{PRIVATE_ALT}|mate|pal)(?:'s|’s)\s+(?:own\s+|personal\s+|home\s+)?(?:number|cell|cellphone|mobile|phone)\s*[,:]?\s*$"
    # "we'll try you again at 416-555-0143", "so we'll try 416.555.0187 again" (dev batch 210)
    r"|\btry\s+(?:you|her|him|them)\s+(?:again\s+)?(?:at|on)\s*:?\s*$|\b(?:we'll|we will|we'd)\s+try\s*$"
    r"|\bat\s+home\s+(?:at|on)\s*:?\s*$|\bleft\s+(?:a|her|his|their|my)\s+(?:[a-z]+\s+)?(?:number|cell|mobile)\s*[,:(]?\s*$",
    re.I,
)
# someone who offers their own line (dev batch 388: "A witness, Mr. Daniels, has said he is happy to take calls at")
TAKES_CALLS = re.compile(
    r"\b(?:he|she|they)(?:'s|’s| is| are| was| were| would be| will be)? (?:happy|willing|glad|pleased) to (?:take|answer|get) "
    r"(?:calls|texts|messages)(?: from [^.!?\n]{1,30}?)? (?:at|on)\s*:?\s*$",
    re.I,
)
# whose line it is, said before it in the sentence: "asked us to share his number with anyone who saw the crash:"
THEIRS_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:own\s+|personal\s+|home\s+)?(?:number|cell|cellphone|mobile|phone\s+number)\b"
    r"[^.!?\n]{0,80}$"
    # "His family is at 403-555-0142", "and cell 416-555-0155"
    # (or doing something there: "Her sister Hana is coordinating searchers on +64 21 555 0196")
    # ("The cyclist's partner, Reza Kahnamoui, is collecting dashcam video at 416 555 0193", dev batch 416)
    r"|\b(?:his|her|their|[a-z]+(?:'s|’s))\s+(?:family|mother|father|mom|mum|dad|parents|wife|husband|partner|sister|"
    r"brother|daughter|son|aunt|uncle|cousin|grandmother|grandfather|friend|neighbour|neighbor|roommate)"
    r"(?:,?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,?)?\s+"
    # ("Her mom, Dana, is also taking calls at (416) 555-0173", dev batch 418; not "is asking you to call police at")
    r"(?:(?:is|are)\s+(?:(?!police\b|call\b|calls\b(?!\s+(?:at|on)\b)|contact\b)[a-z-]+\s+){0,5}|can be reached\s+|"
    r"can be contacted\s+)"
    r"(?:at|on)\s*:?\s*$|\band\s+(?:cell|cellphone|mobile)\s*:?\s*$"
    # a relative, then a line of theirs: "or his mom, Carla, at her work line (647) 555-0187 ext. 23"
    r"|\b(?:his|her|their)\s+(?:mother|father|mom|mum|dad|parents|wife|husband|partner|sister|brother|daughter|son|"
    r"aunt|uncle|grandmother|grandfather)(?:,?\s+[A-Z][a-z'’-]+,?)?\s+at\s+(?:his|her|their)\s+(?:work|home|cell|office|"
    r"mobile)(?:\s+(?:line|number|phone))?\s*[,:]?\s*$"
    # or straight after whose it is: "call Police on 131 444, or his partner on 0491 570 156" (dev batch 408)
    rf"|\b(?:his|her|their)\s+(?:{PRIVATE_ALT})\s+(?:on|at)\s*$"
    # a witness or the person harmed "can be reached at": "The other witness you mentioned can be reached at 416-555-0121"
    # ("The victim's daughter is collecting dashcam video and can be reached at")
    # ... or named after Mr or Ms: "If you found his wallet, Mr. Ortiz can be reached at (212) 555-0147"
    r"|\b(?:mr|mrs|ms|miss|mx)\.?\s+[A-Z][\w'’-]+\s+can\s+be\s+(?:reached|contacted)\s+(?:at|on)\s*:?\s*$"
    # (or a relative: "The accused's mother, who can be reached at 416-555-0161, has asked for privacy", dev batch 304)
    # ("The building manager, Luis Ortega, can be reached at", dev batch 416)
    r"|\b(?:the\s+)?(?:other\s+)?(?:witness|victim|owner|complainant|finder|neighbou?r|resident|family|mother|father|"
    r"building\s+manager|superintendent|landlord|landlady|tenant|driver|cyclist|bystander|caller|passenger|pedestrian|"
    r"mom|mum|dad|wife|husband|sister|brother|daughter|son|aunt|uncle|cousin|grandmother|grandfather|girlfriend|"
    r"boyfriend)\b[^.!?\n]{0,60}?"
    r"\bcan\s+be\s+(?:reached|contacted)\s+(?:directly\s+)?(?:at|on)\s*:?\s*$"  # ("... directly on", dev batch 420)
    # the person harmed asks the public to call: "the victim has returned to Ireland but asks you to call +353 ...",
    # "The owner, Ayla Brooks, is asking anyone who sees it to text"
    # ("Victim Lauren Diaz asks anyone who found her laptop bag to call")
    # ... or a relative of someone in the post (dev batches 394 and 396: "Her mom asks anyone who sees her to call", "The
    # injured cyclist's partner is asking anyone with footage to text")
    # ("The homeowner whose camera caught him, Pat Riordan, has asked anyone who recognizes him to call", dev batch 416)
    r"|\b(?:(?:the\s+)?(?:victim|owner|homeowner|witness|complainant|family)|(?:his|her|their|[a-z]+(?:'s|’s))\s+(?:mom|mum|mother|"
    r"father|dad|parents|wife|husband|partner|sister|brother|daughter|son|aunt|uncle|grandmother|grandfather|girlfriend|"
    r"boyfriend|fiancee|fiance|friend|neighbour|neighbor|roommate))\b[^.!?\n]{0,50}?\b(?:asks|asked|is\s+asking|are\s+asking|"
    r"wants|would\s+like|invites|has\s+asked|have\s+asked)\s+(?:you|people|anyone|everyone|readers|finders|whoever\s+[^.!?\n]{1,30}?)"
    r"(?:\s+(?:who|with|that)\s+[^.!?\n]{1,30}?)?\s+to\s+"
    r"(?:call|text|contact|phone|ring|reach)\s+(?:(?:her|him|them)\s+)?(?:(?:at|on)\s*:?\s*)?$"
    # the line someone left a message from (dev batch 390: "To the witness who left us a voicemail about the assault
    # from 604.555.0171")
    r"|\bleft\s+(?:us\s+)?(?:a\s+)?(?:voicemail|voice\s+mail|voice\s+message|message|text)\b[^.!?\n]{0,60}?\bfrom\s*:?\s*$"
    # a private person named as the one to call: "The woman looking after him is Jess: call (647) 555-0198" (dev batch 204)
    r"|\b(?:woman|man|person|owner|finder|neighbou?r|resident|family|lady|gentleman)\b[^.!?\n]{0,40}?\bis\s+"
    r"(?-i:[A-Z])[a-z'’-]+\s*[:,]\s*(?:call|text|phone|ring|reach)(?:\s+(?:her|him|them))?(?:\s+(?:at|on))?\s*:?\s*$"
    # "compare notes with the first complainant at 780-555-0149"
    # ("call the victim directly at (212) 555-0148"; dev batch 170)
    r"|\b(?:with|to|call|text|contact|reach|phone|ring)\s+the\s+(?:first\s+|other\s+)?(?:complainant|victim|witness|owner|homeowner|finder)"
    r"\s+(?:directly\s+)?(?:at|on)\s*:?\s*$"
    # the person harmed, then a colon: "The victim is collecting info too: (204) 555-0163 x2" (not "Victim Services:")
    r"|\bthe\s+(?:victim|owner|witness|complainant|finder|homeowner)(?!\s+(?:services|support|liaison|line|unit))\b[^.!?\n:(]{0,50}:\s*$"
    # ... or a visitor told by a first name: "A visiting tourist, Gemma, saw it and would like to talk to anyone else
    # who did: +1 (416) 555-0133" (not a call to the public: "If you saw the man, call:")
    r"|\b(?:tourist|visitor|resident|neighbou?r|bystander|passer-?by|passerby)\s*,\s*(?-i:[A-Z][a-z'’-]+)\s*,"
    r"(?:(?!\b(?:call|contact|phone|ring|report|tips?|text)\b)[^.!?\n:(]){0,70}:\s*$"
    # who wants to reach the person is told to call: "Media wanting to speak with her can call (289) 555-0119"; the person
    # harmed named after their role: "speak to the lead complainant, office manager Rita Example, at" (dev batch 436)
    r"|\b(?:speak|talk|chat)\s+(?:with|to)\s+(?:her|him|them)\s+(?:can|may|should|could)\s+(?:call|text|reach|contact|phone)"
    r"(?:\s+(?:her|him|them))?(?:\s+(?:at|on))?\s*:?\s*$"
    r"|\b(?:with|to|call|contact|reach)\s+the\s+(?:lead\s+|first\s+|other\s+)?(?:complainant|victim|witness|owner|homeowner|finder),"
    r"[^.!?\n,]{1,40},\s*(?:directly\s+)?(?:at|on)\s*:?\s*$"
    # "told officers he's at 773-555-0166": where the person can be reached
    r"|\b(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+are)\s+(?:at|on)\s*:?\s*$",
    re.I,
)
# whose line it is, said after it: "at 306-555-0140 ext. 22 (his home office)", "(her own cell)"
# ("Call (213) 555-0148 ext. 12, that's his daughter Ms. Ruiz's cell", dev batch 414)
THEIRS_AFTER = re.compile(
    r"\s*(?:(?:ext|x)\.?\s*\d+\s*)?(?:\(|,\s*(?:that's|that’s|that is|which is))\s*(?:his|her|their|my)\s+"
    r"(?:own\s+|home\s+|personal\s+|(?:mother|father|mom|mum|dad|wife|husband|partner|sister|brother|daughter|son)"
    r"(?:\s+(?:mr|mrs|ms|miss)\.?)?(?:\s+[A-Z][a-z'’-]+)?(?:'s|’s)\s+)?"
    r"(?:home|cell|mobile|number|phone|office|line)\b",
    re.I,
)
# a named person "can be reached at", in French: "le témoin principal, M. Luc Tremblay, peut être joint au 514-..."
REACHED_FR = re.compile(
    r"\b(?:M\.|Mme|Mlle|Monsieur|Madame)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+peut\s+etre\s+(?:re)?jointe?\s+"
    r"(?:au|à|par)\s*:?\s*$"
)

# a private person offering their own line: "The homeowner, Carla Benedetti, says she'll talk to anyone who saw
# something: 416-...", "she has footage: 416-..."
OFFER = re.compile(
    r"\b(?:she|he)(?:'ll|’ll|\s+will|\s+has|\s+had|\s+would)\s+[^.!?\n:]{0,50}:\s*$"
    # "The worker, Nico, would like to hear from anyone who filmed it: 416 555 0129"
    r"|\b(?:she|he|[a-z]+,\s+[a-z]+,)\s+would\s+like\s+to\s+hear\s+from\s+[^.!?\n:]{0,50}:\s*$"
    # a helper told by a first name, then the wish: "A driver who stopped to help, Jess, wants to hear from other
    # witnesses on +61 412 555 019" (dev batch 178)
    r"|,\s+(?-i:[A-Z][a-z'’-]+),\s+(?:wants|would\s+like|would\s+love|hopes|is\s+keen|is\s+happy)\s+to\s+(?:hear|talk|speak|chat)\s+"
    r"(?:from|with|to)\b[^.!?\n:(]{0,50}?(?:\s(?:on|at)|:)\s*$"
    # ... or a relative by role and first name: "Mom Chidinma would be happy to hear from you at 905-..." (dev batch 430)
    rf"|\b(?:{PRIVATE_ALT})\s+(?-i:[A-Z][a-z'’-]+)\s+(?:would\s+(?:be\s+happy|love|like)|is\s+happy|wants)\s+to\s+"
    r"(?:hear|talk|speak|chat)\s+(?:from|with|to)\b[^.!?\n:(]{0,40}?(?:\s(?:on|at)|:)\s*$"
    # a person's own wish for calls: "Grace says anyone who wants to thank her can text 416 555 0119" (dev batch 180)
    # (or her own word for it: "Lydia says call (403) 555-0114", "The owner, Jasmine, says if you see her bike, call")
    r"|\b(?-i:[A-Z][a-z'’-]+),?\s+(?:says|asks)\s+(?:(?:anyone|people|you|folks)\b[^.!?\n:]{0,50}?\b|(?:if\s+[^.!?\n:]{1,50}?,\s*)?)"
    r"(?:call|text|ring|phone|reach)"
    r"(?:\s+(?:her|him|them))?(?:\s+(?:at|on))?\s*:?\s*$"
    # a resident thanked for what she offers, then her line: "Thanks to Joanne, who is offering her heated garage in
    # Bowness: text 403-555-0152" (dev batch 304)
    r"|\b(?-i:[A-Z][a-z'’-]+),\s+who\s+(?:is|has\s+been|was)\s+(?:offering|opening|lending|sharing|hosting|organi[sz]ing|"
    r"collecting|running)\b[^.!?\n:]{0,60}:\s*(?:(?:call|text|ring|phone)(?:\s+(?:her|him))?(?:\s+(?:at|on))?\s*:?\s*)?$"
    # a relative of the one sought, then what they may know: "His girlfriend, Keisha Moss, may know where he is:
    # 773-555-0128" (dev batch 334)
    rf"|\b(?:his|her|their)\s+(?:{PRIVATE_ALT})(?:,\s+[^,.!?\n]{{1,40}},)?\s+(?:may|might|could|can|will|would)\s+"
    r"[^.!?\n:]{0,50}:\s*$"
    # "She is happy to talk with anyone else who saw them: +1.902.555.0171" (dev batch 176)
    r"|\b(?:she|he)(?:'s|’s|\s+is)\s+(?:happy|keen|glad|willing|eager)\s+to\s+(?:talk|speak|chat|hear)\b[^.!?\n:]{0,50}:\s*$"
    # "It belongs to the woman robbed there Tuesday. She asks that you call 905 555 0178"
    r"|\b(?:she|he)\s+(?:asks|asked|is\s+asking)\s+(?:that\s+)?(?:you|anyone|people|finders|whoever)\b[^.!?\n:]{0,40}?"
    r"\b(?:call|text|phone|ring)\s+(?:(?:her|him)\s+)?(?:(?:at|on)\s*)?:?\s*$",
    re.I,
)
