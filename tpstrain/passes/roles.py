"""The words the people pass (people.py) reads: what makes a capitalized run a name or not, and the cues that
give a person a role. Phrases are lower case and written as the tokenizer splits them ("16-year-old" is the
words 16 year old; "o'brien" is one word)."""

from __future__ import annotations

# ----- who is a person ---------------------------------------------------------------------------
# Ranks and titles: the name after them is staff or an official, whose naming is part of the job.
RANKS = frozenset(
    """pc cst const constable sgt sergeant det detective dc ds di dci dsi insp inspector supt superintendent
    chief deputy officer staff s/sgt d/sgt commander commissioner mayor councillor councilor premier minister mp
    mpp mla senator judge justice crown prosecutor coroner sheriff lieutenant lt captain capt corporal cpl
    trooper agent dr professor prof reverend rev father pastor rabbi imam sister brother spokesperson""".split()
)
HONORIFICS = frozenset("mr mrs ms miss mx".split())
# Words that start with a capital in police posts and are never part of a person's name.
NOT_NAMES = frozenset(
    """
    a an the this that these those there here he she they we you it his her their our my your its i
    police toronto tps service services division divisions unit units officer officers members member crime
    stoppers traffic missing wanted update updated urgent alert alerts arrest arrested charged charges charge
    accused suspect suspects victim victims witness witnesses complainant complainants survivor survivors offender
    offenders defendant defendants inmate inmates prisoner prisoners deceased person people man woman men women boy girl boys
    girls youth teen teens teenager male female driver drivers pedestrian cyclist family families community
    public safety emergency fire paramedics ems homicide sex crimes squad major marine mounted dog corporate
    communications media relations rcmp opp siu cbc ctv cp24 global news bbc itv school high secondary
    catholic collegiate and or but for with without from to at on in of by as is was are were be been being has
    have had do does did not no yes all any some every each more most many much new old first last next one two
    three four five six seven eight nine ten about after before during since until while also just only still
    even again very too so such than then now soon later stay keep avoid use take make get see look help report
    reporting join follow learn find watch read please call contact thank thanks happy merry congratulations
    welcome today tonight tomorrow yesterday morning afternoon evening night day week month year weekend
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    north south east west northbound southbound eastbound westbound street st avenue ave road rd drive dr
    boulevard blvd lane ln way crescent cres court ct crt highway hwy expressway parkway pkwy place pl square
    sq circle terrace gate trail park parks station subway line ttc go transit airport centre center hospital
    mall plaza market library arena stadium hall tower church mosque temple synagogue university college
    canada canadian ontario provincial federal national international city region regional county state
    court courthouse crown justice act code criminal charter section s
    via photo photos video videos image images pic map maps link bio dm website online instagram facebook
    twitter x youtube tiktok reddit live breaking info information investigators investigation investigating
    appeal appeals statement update updates notice notices reminder tips tip safety awareness week
    day of pink pride month black history heritage indigenous first nations inuit metis remembrance christmas
    halloween easter thanksgiving ramadan eid diwali hanukkah lunar new years labour civic victoria
    assault aggravated murder degree manslaughter robbery theft possession property obtained firearm firearms
    prohibited loaded restricted weapon weapons dangerous operation impaired break enter mischief harassment
    uttering threats threat conspiracy failure comply release order probation offence offences kidnapping
    forcible confinement luring extortion arson disguise intent commit possess careless driving stunt fraud
    sexual interference exploitation trafficking attempted causing bodily harm death
    """.split()
)
# The last word of a place, an organization or an event: the run before it is not a person.
PLACE_WORDS = frozenset(
    """street st avenue ave road rd drive dr boulevard blvd lane ln way crescent cres court ct crt highway hwy
    expressway parkway pkwy place pl square sq circle cir terrace terr gate trail trl grove gardens gdns heights
    hts path row walk close mews park parks station mall plaza centre center hospital school collegiate
    academy college university library arena stadium theatre theater market tower towers building pond river
    lake bay creek beach beaches valley ravine island islands pier harbour quay wharf bridge tunnel fort forest
    woods hill hills point landing commons crossing junction terminal estate estates village green common
    police service services unit division department ministry office council committee association society
    foundation church mosque temple synagogue club team group inc ltd corporation company bank hall court
    courts airport subway line road pub bar restaurant cafe hotel motel inn shop store stores garage cinema
    avenue's street's prison jail penitentiary institution institute authority commission board agency
    network alliance coalition partnership festival parade awards award week day month fund campaign
    cup league games marathon run walkathon""".split()
)
# Prepositions of place: "near Jane and Finch", "in Bartley Green" (a name right after them is a place).
PLACE_PREPOSITIONS = frozenset(
    "at near in on along onto into off outside inside around across toward towards past between behind "
    "opposite beside within through throughout from".split()
)
VEHICLE_MAKES = frozenset(
    """honda toyota ford chevrolet chevy nissan hyundai kia mazda bmw audi mercedes volkswagen vw jeep dodge
    ram gmc lexus acura infiniti subaru tesla volvo porsche cadillac buick chrysler lincoln mitsubishi land
    range jaguar mini fiat vauxhall peugeot renault citroen skoda seat suzuki yamaha kawasaki harley ducati""".split()
)
DOG_BREED_WORDS = frozenset(
    """shepherd retriever labrador lab poodle bulldog terrier spaniel husky rottweiler beagle chihuahua doberman
    collie pug boxer dachshund mastiff pitbull greyhound whippet malinois setter pointer hound corgi""".split()
)
NAME_PARTICLES = frozenset("de da del della di du la le van von der den ter bin ibn al el abu st".split())

# ----- descriptions of people -------------------------------------------------------------------
YOUTH_NOUNS = frozenset(
    "boy boys girl girls teen teens teenager teenagers youth youths juvenile juveniles minor minors child "
    "children kid kids schoolboy schoolgirl schoolboys schoolgirls toddler baby infant".split()
)
PERSON_NOUNS = YOUTH_NOUNS | frozenset(
    """man men woman women male males female females person people individual individuals adult adults driver
    drivers pedestrian pedestrians cyclist cyclists motorcyclist passenger passengers victim victims suspect
    suspects accused complainant complainants witness witnesses resident residents senior seniors student
    students resident tenant neighbour neighbor customer employee employees worker workers officer cashier
    server firefighter nurse teacher coach lifeguard player volunteer member body
    coworker co-worker colleague colleagues patient patients client clients tenant tenants player players
    parishioner parishioners""".split()
)
RELATIONS = frozenset(
    """father mother dad mom mum parent parents stepfather stepmother stepdad stepmom uncle aunt brother sister
    cousin grandfather grandmother grandparent grandson granddaughter grandchild grandchildren son sons daughter
    daughters stepson stepdaughter stepchild niece nephew wife husband partner spouse ex-wife ex-husband
    ex-partner girlfriend boyfriend child children coach teacher babysitter neighbour neighbor pastor priest
    tutor employer landlord student students patient patients player players client clients tenant employee
    congregant parishioner relative relatives friend""".split()
)
POSSESSIVES = frozenset("his her their its".split())
# Family: "a 12-year-old daughter", "a family friend" name a relation without a possessive.
KIN = frozenset(
    """daughter daughters son sons stepdaughter stepson niece nephew granddaughter grandson grandchild sister
    brother cousin stepsister stepbrother friend relative relatives member""".split()
)

# ----- role cues ----------------------------------------------------------------------------------
# A cue's words, and the role it gives. LEFT cues say something of the person before them ("Tyler Brooks,
# 16, was charged"); RIGHT cues of the person after them ("police arrested Tyler Brooks", "the murder of").
_BE = ("was", "were", "has been", "have been", "had been", "is", "are", "been", "got", "being", "will be")


def _passive(*verbs: str) -> list[str]:
    return [f"{be} {v}" for be in _BE for v in verbs] + list(verbs)


LEFT_CUES: dict[str, str] = {}
for _v in _passive(
    "arrested",
    "charged",
    "detained",
    "apprehended",
    "remanded",
    "accused",
    "re-arrested",
    "rearrested",
    "identified as a suspect",
    "named as a suspect",
    "taken into custody",
    "wanted",
    "sought",
    "held in custody",
    "extradited",
    "summonsed",
    "bailed",
):
    LEFT_CUES[_v] = "accused"
for _v in (
    "faces",
    "faced",
    "is facing",
    "are facing",
    "was facing",
    "will appear in court",
    "appeared in court",
    "is due in court",
    "is due to appear",
    "was due to appear",
    "will appear",
    "appeared",
    "is in custody",
    "remains in custody",
    "remain in custody",
    "turned himself in",
    "turned herself in",
    "turned themselves in",
    "surrendered to police",
    "pleaded not guilty",
    "is to appear",
    "are to appear",
    "was held for a bail hearing",
    "were held for a bail hearing",
    "held for a bail hearing",
    "is being held",
    "allegedly",
    "is alleged",
    "was allegedly",
    "is alleged to have",
    "fled",
    "fled the scene",
    "made off",
):
    LEFT_CUES[_v] = "accused"
# What was done to the person before the verb ("Tyler Brooks, 16, was stabbed"); after "who" the same words say
# what that person did ("Carl Hodgson, who sexually exploited a girl"): see HARM_VERBS.
_HARMED = (
    "assaulted",
    "attacked",
    "stabbed",
    "shot",
    "robbed",
    "injured",
    "hurt",
    "hit",
    "struck",
    "threatened",
    "beaten",
    "kidnapped",
    "abducted",
    "sexually assaulted",
    "raped",
    "lured",
    "groomed",
    "exploited",
    "sexually exploited",
    "trafficked",
    "harassed",
    "bullied",
    "targeted",
    "punched",
    "kicked",
    "slashed",
    "mugged",
    "carjacked",
    "swarmed",
    "touched",
    "choked",
    "strangled",
    "seriously injured",
    "critically injured",
    "wounded",
    "run over",
    "knocked down",
    "taken to hospital",
    "rushed to hospital",
    "sexually abused",
    "abused",
    "molested",
    "indecently assaulted",
    "defrauded",
    "scammed",
)
for _v in _passive(*_HARMED):
    LEFT_CUES[_v] = "victim"
# the person who reported an offence or came forward about it: "Chantal Roy, who reported a sexual assault",
# "Thank you to Hannah for her courage in reporting", "Because she came forward"
for _v in (
    "who reported",
    "reported being",
    "in reporting",
    "for reporting",
    "came forward",
    "who came forward",
    "for coming forward",
    "in coming forward",
    "has come forward",
    "have come forward",
):
    LEFT_CUES[_v] = "victim"
for _v in (
    "suffered",
    "sustained",
    "is in hospital",
    "remains in hospital",
    "is recovering",
    "was treated",
    "is in critical condition",
    "is in serious condition",
    "in life-threatening condition",
):
    LEFT_CUES[_v] = "victim"
_KILLED = (
    "killed",
    "murdered",
    "pronounced dead",
    "found dead",
    "fatally stabbed",
    "fatally shot",
    "fatally injured",
    "found deceased",
    "found unresponsive",
    "declared dead",
    "laid to rest",
)
for _v in _passive(*_KILLED):
    LEFT_CUES[_v] = "deceased"
# the bare verbs, as cues: "who stabbed", "that killed" make the person before the one who did it
HARM_VERBS = frozenset(tuple(v.split()) for v in (*_HARMED, *_KILLED))
for _v in (
    "died",
    "dies",
    "has died",
    "have died",
    "had died",
    "passed away",
    "has passed away",
    "lost his life",
    "lost her life",
    "lost their life",
    "lost their lives",
    "succumbed",
    "did not survive",
    "sadly died",
    "tragically died",
    "died at the scene",
    "later died",
):
    LEFT_CUES[_v] = "deceased"
for _v in (
    "is missing",
    "are missing",
    "was reported missing",
    "were reported missing",
    "has gone missing",
    "went missing",
    "has been reported missing",
    "was last seen",
    "were last seen",
    "is last seen",
    "last seen",
    "has been located",
    "was located",
    "has been found safe",
    "was found safe",
    "found safe",
    "has returned home",
    "has been found",
    "was found",
    "is believed to be",
    "may be in",
    "is described as",
    "is described",
    "was wearing",
    "is known to frequent",
    "may be driving",
):
    LEFT_CUES[_v] = "missing"
for _v in _passive(
    "found guilty",
    "convicted",
    "jailed",
    "sentenced",
    "imprisoned",
    "acquitted",
    "given a conditional sentence",
    "ordered to pay",
    "handed",
    "locked up",
    "put behind bars",
    "banned from driving",
):
    LEFT_CUES[_v] = "convicted"
for _v in (
    "pleaded guilty",
    "pled guilty",
    "has pleaded guilty",
    "will serve",
    "must serve",
    "was given",
    "received a",
    "will be sentenced",
    "is to be sentenced",
):
    LEFT_CUES[_v] = "convicted"
for _v in (
    "witnessed",
    "saw the",
    "saw what",
    "saw a",
    "saw an",
    "saw someone",
    "saw him",
    "saw her",
    "saw it",
    "saw it all",
    "saw everything",
    "saw them",
    "spotted",
    "flagged down",
    "called 9-1-1",
    "called 911",
    "called police",
):
    LEFT_CUES[_v] = "witness"

RIGHT_CUES: dict[str, str] = {}
for _v in (
    "arrested",
    "charged",
    "have arrested",
    "have charged",
    "has arrested",
    "has charged",
    "arrest",
    "arrests",
    "detained",
    "accused",
    "the accused",
    "suspect",
    "the suspect",
    "suspected",
    "wanted",
    "identified the suspect as",
    "identified the accused as",
    "are looking for",
    "are searching for",
    "are seeking",
    "seeking",
    "trying to find",
    "trying to locate",
    "charges against",
    "charged against",
    "warrant for",
    "a warrant for",
):
    RIGHT_CUES[_v] = "accused"
# the one who did it: "abused by former coach Stephen Turton", "stabbed by a man he knew"
for _v in (*_HARMED, *_KILLED):
    RIGHT_CUES[f"{_v} by"] = "accused"
RIGHT_CUES["at the hands of"] = "accused"
for _v in (
    "stabbing of",
    "shooting of",
    "assault on",
    "assault of",
    "attack on",
    "attack against",
    "robbery of",
    "assaulting",
    "stabbed",
    "shot",
    "attacked",
    "robbed",
    "sexually assaulting",
    "sexual assault of",
    "sexually assaulted",
    "abducted",
    "kidnapped",
    "luring",
    "lured",
    "threatening",
    "assaulted",
    "raped",
    "raping",
    "groped",
    "groping",
    "molested",
    "molesting",
    "abused",
    "harassed",
    "threatened",
    "choking",
    "strangling",
    "confining",
    "victim",
    "the victim",
    "victims",
    "the victims",
    "complainant",
    "the complainant",
    "complainants",
    "the complainants",
    "injured",
    "hit",
    "struck",
    "targeted",
    "abusing",
    "sexually abusing",
    "harassing",
    "defrauding",
    "defrauded",
    "exploiting",
    "trafficking",
):
    RIGHT_CUES[_v] = "victim"
for _v in (
    "murder of",
    "death of",
    "deaths of",
    "killing of",
    "killed",
    "murdered",
    "murdering",
    "killing",
    "body of",
    "remains of",
    "funeral of",
    "funeral for",
    "tribute to",
    "tributes to",
    "in memory of",
    "memory of",
    "the late",
    "rip",
    "r.i.p",
    "fatal stabbing of",
    "fatal shooting of",
    "homicide of",
    "manslaughter of",
    "vigil for",
    "mourning",
    "mourn",
    "the deceased",
    "deceased",
):
    RIGHT_CUES[_v] = "deceased"
for _v in (
    "missing",
    "have you seen",
    "help us find",
    "help find",
    "help locate",
    "help us locate",
    "locate",
    "find",
    "search for",
    "searching for",
    "looking for missing",
    "disappearance of",
    "missing person",
    "missing man",
    "missing woman",
    "missing teen",
    "missing boy",
    "missing girl",
    "missing child",
    "located",
    "found",
    "finding",
    "help finding",
    "help in finding",
    "search for missing",
):
    RIGHT_CUES[_v] = "missing"
for _v in (
    "jailed",
    "convicted",
    "sentenced",
    "guilty",
    "sentencing of",
    "conviction of",
    "sentencing for",
    "sentencing today for",
    "sentencing hearing for",
    "sentence for",
    "sentenced today",
):
    RIGHT_CUES[_v] = "convicted"
for _v in ("witness", "the witness", "witnesses"):
    RIGHT_CUES[_v] = "witness"
# "has been named as X", "the victim is X": X is the person the sentence's subject describes.
IDENTITY_CUES = frozenset(
    """named as|has been named as|have been named as|was named as|identified as|has been identified as|
    have been identified as|was identified as|been identified as|is identified as|we can now name|can now name|
    can be named as|formally identified as|the victim is|the victim was|the deceased is|the man is|the woman is|
    the boy is|the girl is|his name is|her name is|their name is|name is|named|identified""".replace(
        "\n", ""
    ).split("|")
)

# ----- what the post as a whole says ---------------------------------------------------------------
NOTIFIED = (
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
    "not yet been reached",
    "not been reached",
    "have not yet reached",
    "has not yet reached",
    "yet to be reached",
    "working to reach",
    "still being notified",
    "still trying to reach",
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
    "find the family",
    "find his family",
    "find her family",
    "find relatives",
    "identify next of kin",
    "help us identify",
    "help identify",
    "trying to identify",
    "tracing the family",
    "tracing relatives",
    "any relatives",
    "relatives of",
    "anyone who knew",
)
CONVICTED = (
    "found guilty",
    "was convicted",
    "were convicted",
    "has been convicted",
    "have been convicted",
    "pleaded guilty",
    "pled guilty",
    "plead guilty",
    "was sentenced",
    "were sentenced",
    "has been sentenced",
    "have been sentenced",
    "was jailed",
    "were jailed",
    "has been jailed",
    "have been jailed",
    "jailed for",
    "jailed after",
    "#jailed",
    "#sentenced",
    "#convicted",
    "sentenced to",
    "years in prison",
    "life sentence",
    "life in prison",
    "behind bars for",
    "a conviction",
    "his conviction",
    "her conviction",
    "their conviction",
    "was given a",
    "conditional sentence",
    "after a trial",
    "after trial",
    "the jury",
    "a jury",
    "verdict",
    "was ordered to serve",
    "is serving",
    "prison sentence",
    "custodial sentence",
    "court imposed",
    "were ordered",
    "was ordered",
    "was fined",
    "were fined",
    "has been fined",
    "have been fined",
    "fined for",
    "fined after",
    "jury found",
    "judge found",
    "court found",
    "youth sentence",
    "sentencing for",
    "sentencing today",
    "will be sentenced",
    "to be sentenced",
    "awaiting sentencing",
    "sentencing will",
    "sentencing hearing",
    "these sentences",
    "the sentences",
    "sentences handed",
    "sentences today",
    "banned from driving",
    "admitted causing",
    "admitted charges",
    "admitted offences",
    "admitted an offence",
    "been convicted",
    "today convicted",
)
OLD_CASE = (
    "years ago",
    "cold case",
    "unsolved",
    "anniversary",
    "remembering",
    "we remember",
    "in memory of",
    "decades ago",
    "a year ago",
    "last year",
    "since his death",
    "since her death",
    "since the death",
    "renewing appeals",
    "renewed appeal",
    "renew our appeal",
    "reward of",
    "reward for information",
    "$50,000 reward",
    "cold-case",
    "years since",
    "year since",
    "years on from",
    "year on from",
    "one year on",
    "two years on",
    "would have been",
)
DEATH_CHARGED = (
    "charged in connection with",
    "charged with murder",
    "charged with manslaughter",
    "charged with first-degree",
    "charged with second-degree",
    "charged with criminal negligence",
    "charged over the death",
    "charged over his death",
    "charged over her death",
    "charged following the death",
    "charged in the death",
    "charged with dangerous driving causing death",
    "charged with impaired driving causing death",
    "causing death",
    "arrested in connection with",
    "arrested on suspicion of murder",
    "charged with the murder",
    "charged with his murder",
    "charged with her murder",
    "charged with their murder",
    "charged with killing",
    "convicted of the murder",
    "convicted of murder",
    "convicted of killing",
    "convicted of manslaughter",
)
CANNOT_NAME = (
    "cannot be identified",
    "can't be identified",
    "cannot be named",
    "can't be named",
    "not be identified",
    "not be named",
    "youth criminal justice act",
    "ycja",
    "identity is protected",
    "identity cannot",
    "name cannot be released",
    "names cannot be released",
    "cannot be released",
    "cannot release",
)
PUBLICATION_AUTHORIZED = (
    "judge has authorized",
    "judge authorized",
    "judge's order",
    "court has authorized",
    "court authorized",
    "court order allows",
    "order allowing",
    "authorized the release",
    "authorized the publication",
    "s. 110(4)",
    "s.110(4)",
    "section 110(4)",
    "sentenced as an adult",
    "adult sentence",
)
# The person harmed chose to be named: the post says so ("has waived her right to anonymity").
WAIVED = (
    "waived his right to anonymity",
    "waived her right to anonymity",
    "waived their right to anonymity",
    "waived the right to anonymity",
    "waived his anonymity",
    "waived her anonymity",
    "waived their anonymity",
    "waived anonymity",
    "waive his right to anonymity",
    "waive her right to anonymity",
    "waive their right to anonymity",
    "chose to waive",
    "publication ban was lifted",
    "publication ban has been lifted",
    "ban on publication was lifted",
    "asked that the publication ban be lifted",
)
# Someone is in custody: "has been caught" (not "caught on camera").
CAUGHT = (
    "has been caught",
    "have been caught",
    "was caught",
    "were caught",
    "we caught",
    "caught the",
    "is behind bars",
    "are behind bars",
    "off our streets",
    "off the streets",
    "nabbed",
    "busted",
)
# People described by their work or place beside the person harmed (a sexual-offence complainant).
WORK_RELATIONS = frozenset(
    """employee employees coworker co-worker coworkers co-workers colleague colleagues cashier
    staff student students patient patients client clients customer customers tenant tenants player players
    parishioner parishioners congregant congregants pupil pupils trainee trainees intern interns""".split()
)
# Ages in words: "Thirteen-year-old Noah", "a fifteen year old".
NUMBER_WORDS = {
    w: k
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
OFFENCE_WORDS = frozenset(
    """arrested arrest charged charges charge accused suspect suspects custody crime crimes offence offences
    assault assaulted robbery robbed stabbing stabbed shooting shot theft stolen murder homicide investigation
    investigating investigators victim victims witness witnesses wanted warrant court bail""".split()
)
