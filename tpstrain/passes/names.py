"""The words that make a capitalized run a person's name or not (ranks, honorifics, place words, vehicle makes
...), and the nouns that describe people (youth, relations, kin). Lower case, written as the tokenizer splits
them ("o'brien" is one word)."""

from __future__ import annotations

import re

# ----- who is a person ---------------------------------------------------------------------------
# Ranks and titles: the name after them is staff or an official, whose naming is part of the job.
RANKS = frozenset(
    """pc pcso cst const constable sgt sergeant det detective dc ds di dci dsi insp inspector supt superintendent
    chief deputy officer staff s/sgt d/sgt commander commissioner mayor councillor councilor coun cllr premier minister mp
    mpp mla senator judge justice crown prosecutor coroner sheriff lieutenant lt captain capt corporal cpl
    trooper agent dr professor prof reverend rev father pastor rabbi imam sister brother spokesperson""".split()
)
# ... of them, the titles that hold no office in a case: a doctor's or a cleric's ("Dr. Ines Carvalho", "Father Dominic")
CIVIL_TITLES = frozenset("dr professor prof reverend rev father pastor rabbi imam sister brother".split())
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
    communications media relations rcmp opp pd nypd lapd psni siu cbc ctv cp24 global news bbc itv school high secondary
    catholic collegiate and or but for with without from to at on in of by as is was are were be been being has
    have had do does did not no yes all any some every each more most many much new old first last next one two
    three four five six seven eight nine ten about after before during since until while also just only still
    when if because once although though where whenever unless
    even again very too so such than then now soon later stay keep avoid use take make get see look help report
    reporting join follow learn find watch read please call contact thank thanks happy merry congratulations meet
    congrats say
    welcome today tonight tomorrow yesterday morning afternoon evening night day week month year weekend
    monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays
    sundays january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    north south east west northbound southbound eastbound westbound street st avenue ave road rd drive dr
    boulevard blvd lane ln way crescent cres court ct crt highway hwy expressway parkway pkwy place pl square
    sq circle terrace gate trail park parks station subway line ttc go transit airport centre center hospital
    mall plaza market library arena stadium hall tower church mosque temple synagogue university college
    canada canadian ontario provincial federal national international city region regional county state
    german irish danish
    court courthouse crown justice act code criminal charter section s
    via photo photos video videos image images pic map maps link bio dm website online instagram facebook
    twitter x youtube tiktok reddit live breaking info information investigators investigation investigating
    appeal appeals statement update updates notice notices reminder tips tip safety awareness week
    day of pink pride month black history heritage indigenous first nations inuit metis remembrance christmas
    halloween easter thanksgiving ramadan eid diwali hanukkah lunar new years labour civic victoria london both
    assault aggravated murder degree manslaughter robbery theft possession property obtained firearm firearms
    prohibited loaded restricted weapon weapons dangerous operation impaired break enter mischief harassment
    uttering threats threat conspiracy failure comply release order probation offence offences kidnapping
    forcible confinement luring extortion arson disguise intent commit possess careless driving stunt fraud
    sexual interference exploitation trafficking attempted causing bodily harm death
    """.split()
)
COMPASS = frozenset("e w n s east west north south".split())  # after a street: "King St E"
# The last word of a place, an organization or an event: the run before it is not a person.
PLACE_WORDS = frozenset(
    """street st avenue ave road rd drive dr boulevard blvd lane ln way crescent cres court ct crt highway hwy
    expressway parkway pkwy place pl square sq circle cir terrace terr gate trail trl grove gardens gdns heights central
    hts path row walk close mews park parks station mall plaza centre center hospital school collegiate
    academy college university library arena stadium theatre theater market tower towers building pond river
    lake bay creek beach beaches valley ravine island islands pier harbour quay wharf bridge tunnel fort forest
    woods hill hills point landing commons crossing junction terminal estate estates village green common
    police service services unit division department ministry office council committee association society
    foundation church mosque temple synagogue club team group inc ltd corporation company bank hall court
    courts airport subway line road pub bar restaurant cafe hotel motel inn shop store stores garage cinema
    avenue's street's prison jail penitentiary institution institute authority commission board agency
    network alliance coalition partnership festival parade awards award week day month fund campaign
    cup league games marathon run walkathon township county municipality borough area neighbourhood neighborhood
    district corridor""".split()
)
# Prepositions of place: "near Jane and Finch", "in Bartley Green" (a name right after them is a place).
PLACE_PREPOSITIONS = frozenset(
    "at near in on along onto into off outside inside around across toward towards past between behind "
    "opposite beside within through throughout from".split()
)
# ... unless a verb makes them a person's: "checked on Jenna Whitford", "shouted at Ravi Singh", "spat on"
PERSON_AFTER_PREPOSITION = frozenset(
    """check checks checked checking call calls called preyed preying spat spit spitting cheated cheating picked
    turned fired firing shot shooting shouted shouting yelled yelling screamed screaming swore swearing lunged
    lunging swung swinging threw throwing pointed pointing stared staring waved waving smiled smiling looked
    looking glared""".split()
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
    parishioner parishioners hiker hikers boater boaters snowmobiler snowmobilers skier skiers snowboarder swimmer
    swimmers jogger joggers runner runners kayaker kayakers canoeist paddler paddlers climber climbers hunter hunters
    tramper trampers surfer surfers diver divers
    fisherman fishermen angler anglers motorist motorists rider riders skateboarder e-scooter owner operator
    manager homeowner occupant occupants sisters brothers siblings twins barista baristas bartender bartenders
    waitress waiter receptionist clerk""".split()
)
RELATIONS = frozenset(
    """father mother dad mom mum parent parents stepfather stepmother stepdad stepmom uncle aunt brother sister
    cousin grandfather grandmother grandparent grandson granddaughter grandchild grandchildren son sons daughter
    daughters stepson stepdaughter stepchild niece nephew wife husband partner spouse ex-wife ex-husband
    ex-partner girlfriend boyfriend child children coach teacher babysitter neighbour neighbor pastor priest
    tutor employer landlord student students patient patients player players client clients tenant employee
    apprentice apprentices trainee trainees intern interns
    congregant parishioner relative relatives friend roommate roommates housemate flatmate lodger lodgers boarder nieces nephews
    stepdaughters stepsons granddaughters grandsons brothers sisters caregiver caretaker carer nanny housekeeper
    fiancee fiancée fiance fiancé ex-girlfriend ex-boyfriend stepsister stepbrother goddaughter godson
    worker workers coworker coworkers colleague colleagues employees receptionist secretary""".split()
)
POSSESSIVES = frozenset("his her their its".split())
# Family: "a 12-year-old daughter", "a family friend" name a relation without a possessive.
KIN = frozenset(
    """daughter daughters son sons stepdaughter stepson niece nephew granddaughter grandson grandchild sister
    brother cousin stepsister stepbrother friend relative relatives member""".split()
)
# A school named after a person, read from the name's first word: "Dr. Norman Bethune C.I.", "Emily Carr Secondary"
SCHOOL_NAMED = re.compile(
    r"(?:[A-Z][\w'.-]*\s+){1,4}?(?:C\.I\.|CI\b|Collegiate|Secondary|S\.S\.|SS\b|P\.S\.|PS\b|Public School|"
    r"High School|Middle School|Elementary|Junior Public|Catholic (?:School|Secondary|Elementary)|"
    # ... or the school of an area, told in lower case: "a Don Mills high school"
    r"(?:high|middle|secondary|elementary|public|primary|junior high) school\b)"
)
