"""Details that point to one person (read by the people checks): what narrows a person down, what singles out the
one it is said of, a workplace or a home, a detail only one person fits, a role people know, a relative named."""

from __future__ import annotations

import re

from ..passes.gate import gated

# the jobs that place a person at one workplace
_JOBS = (
    r"(?:cashier|clerk|server|employee|worker|lifeguard|barista|dishwasher|busser|stocker|crew member|bagger|cook|"
    r"line cook|host|hostess|usher|valet|caddie|attendant|cleaner)"
)
# a job at a place on a street: "the night-shift cashier at the grocery store on Quinpool Rd" (it narrows; asked)
_JOB_AT_PLACE = r"\b" + _JOBS + r" (?:at|of) (?:the|a) [\w' -]{0,30}?\b(?:on|at) (?:(?-i:[A-Z])|\d)\w*"
NARROWS = gated(
    re.compile(
        _JOB_AT_PLACE
        # a group the accused leads or shares (dev batches 381 and 387: "The complainants are two girls from his youth group
        # at Westview Community Church")
        + r"|\bfrom (?:his|her|their) (?:[\w-]+ ){0,2}?(?:youth group|class|classes|team|choir|congregation|church|troop|"
        r"club|program|programme|studio|parish|camp|cabin|squad|dojo|gym)\b[^.!?\n]{0,40}"
        # initials (dev batches 331 to 335: "A 16-year-old (R.D.) from the Bay Mills area", "16-y-o youth (initials R.J.)",
        # "We can confirm those initials, R.K., are correct"; not a place's: "(U.S.)")
        + r"|\(\s*(?:initials:?\s+)?(?!(?-i:U\.S|U\.K|N\.B|N\.S|B\.C|P\.E|N\.Z|D\.C|L\.A)\.)(?-i:[A-Z])\.\s?(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.)?\s*\)"
        + r"|\binitials,?\s+(?:(?:are|were|of|being)\s+)?['\"“‘]?(?-i:[A-Z])\.\s?(?-i:[A-Z])\."
        # a neighbourhood, an estate or a block lived in, a side played in (dev batches 203 to 213: "a 15-year-old
        # from the Malvern neighbourhood", "from the Moss Side estate", "from the 2800-block of East 22nd Avenue", "who plays
        # in a Cairns junior rugby league side")
        # ("from the Kelso Street housing block": a named block of homes)
        + r"|\bfrom the (?:(?-i:[A-Z])[\w'-]+ ){1,3}(?:neighbourhood|neighborhood|estate|(?:housing )?(?:block|complex|co-op|"
        r"projects?)|towers)\b|\bfrom the \d{2,5}[- ]block of\b"
        + r"|\b(?:plays?|played) in (?:a|an|the) [\w' -]{0,40}?\b(?:side|team|league|club|squad)\b"
        + r"|\b(?:(?:plays?|played) (?:\w+ )?(?:for|on|with)|(?:rows|swims|skates|dances|sings|trains|competes|rides) "
        r"(?:with|for|on) (?:a|an|the) (?:local )?(?:[\w-]+ ){0,2}?(?:club|team|squad|crew|choir|band)\b|"
        # a school, a home or a practice that points to him (dev batch 181: "Both go to the high school near Midland Ave",
        # "A 17-year-old from a Stoney Creek group home", "walking home from basketball practice at the Regent Park
        # community centre")
        r"(?:goes|go|went) to (?:the|a) (?:[\w-]+ ){0,2}?(?:high school|school|middle school|elementary school|academy) "
        r"(?:near|on|at|off) (?-i:[A-Z])\w*|from (?:a|the) (?:(?-i:[A-Z])[\w-]+ ){1,2}group home|"
        r"practice at (?:the )?(?-i:[A-Z])[\w'-]+|(?:plays?|played|sings?|sang) in the (?:[\w-]+ ){0,2}?(?:band|orchestra|choir|ensemble)\b|"
        r"(?:plays?|played) (?:minor |junior |senior |rep |club |high school |local |AAA |AA |travel |house league )?"
        r"(?:hockey|soccer|football|basketball|baseball|lacrosse|rugby|netball|volleyball|cricket) (?:in|for|with|at)|"
        r"(?:works?|worked) (?:(?:weekends?|nights?|evenings?|mornings?|days?|late|early|part-time|"
        r"full-time|weekend|night|evening|morning) )?(?:shifts? )?(?:as|at|for)|"
        # the workplace told by "where": "the only gas station in Sioux Narrows, where the youth works weekend shifts"
        r"where the (?:youth|teen|teenager|boy|girl|\d{1,2}-year-old) (?:works?|worked|volunteers?|volunteered)\b|"
        # a job at a named place: "a 17-year-old cashier at Marigold Grocery"
        + _JOBS
        + r" (?:at|for|of) (?:the )?[A-Z]\w*|volunteer(?:s|ed)? (?:[\w-]+ ){0,2}?(?:at|with|for)|attends?|studies at|a (?:(?:year|grade) \d{1,2} )?(?:student|pupil) at|(?:his|her) (?:[\w-]+ )?shift at|"
        r"(?:who )?live[sd]? (?:at|in|on|above|below|next to|near|beside|across from)(?! the (?:home|house|address|residence|scene)\b)|"
        # where a visitor stays: "a German backpacker staying at a hostel on Brunswick Street" (dev batch 401)
        r"staying at (?:a|the) (?:[\w'’-]+ ){0,2}?(?:hostel|backpackers|motel|hotel|inn|lodge|campground) (?:on|in|at|near|off) "
        r"(?-i:[A-Z])\w*|(?:resident|tenant|occupant)s? of the|(?:apartment|flat|unit|room) (?:above|over|behind) the|belongs? to|a member of|is on the [A-Z]\w+|"
        # (dev batches 341 to 347) a family home on its street, a lot in a park of homes, a parent's public role, a
        # school's student or a team's player taken ("the fire that destroyed his family's home on Birch Cove Lane",
        # "from the Cedar Glen trailer park, lot 14", "The 14-year-old son of a Hamilton city councillor", "the St.
        # Brigid's student charged", "the Eagles player arrested")
        r"(?i:his|her|their) family(?:'s|’s)? (?:home|house|farm) (?:on|at) (?:the )?[A-Z]\w*|"
        r"(?:trailer|mobile home|caravan|RV) park,? lot \d{1,4}\b|"
        r"(?:step-?son|step-?daughter|son|daughter|grandson|granddaughter|nephew|niece) of (?:a|an|the|our) "
        r"(?:[\w-]+ ){0,3}?(?:councillor|councilor|mayor|MP|MPP|MLA|senator|coach|principal|pastor|priest|judge|"
        r"police chief|officer)\b|"
        r"the (?:[A-Z][\w'’.-]* ){1,3}?(?:student|pupil|player|goalie|goaltender|captain)s? (?:charged|arrested|accused)\b|"
        # a place in a group the accused leads (dev batch 151: "is a cadet in the air cadet squadron Kostiuk led")
        r"(?:is|was) an? (?:[\w-]+ )?(?:cadet|camper|scout|altar server|parishioner|pupil|swimmer|skater|gymnast|"
        r"chorister) (?:in|on|with|at|of) (?:the|a|an|his|her) |"
        # a place on a team: "the starting goalie for a Hamilton U18 AAA team", "captain of the senior squad"
        r"(?:starting |star |backup |team )?(?:goalie|goaltender|quarterback|captain|pitcher|striker|point guard|"
        r"shortstop|defenceman|defenseman|winger|catcher|midfielder|halfback|fullback|goalkeeper|linebacker) (?:for|of|on|with)|"
        r"(?:U\d{2}|under-?\d{2}|AAA|AA|varsity|junior varsity|rep|travel|senior|junior|club) (?:[a-z]+ )?(?:team|squad|side|club)|"
        # members of a named school's team: "Three members of a Nepean High School basketball team, all 16,"
        r"(?:members?|players?) of (?:a|an|the) (?:[\w'-]+ ){0,4}?(?:team|squad|side)\b|"
        # a nickname he is known by: "known around the east end as 'Little Tano'"
        r"known (?:[\w ]{0,25} )?as ['‘\"“][A-Z][\w'-]*|"
        # a family business: "whose family runs the dairy on Grey Street"
        r"whose (?:family|parents|mother|father|mum|mom|dad) (?:runs?|owns?|manages?) (?:the|a|an|[A-Z]\w*(?:'s|’s)) |"
        # a relative by name: "the stepson of Panthers front-rower Cody Larkin", "his older brother, local rapper Kidd Marlo"
        r"(?:step-?son|step-?daughter|son|daughter|grandson|granddaughter|nephew|niece) of (?:[\w-]+ ){0,3}?[A-Z][\w'-]+ "
        r"[A-Z][\w'-]+|(?:older |younger |big |little )?(?:brother|sister),? (?:[\w-]+ ){1,2}?[A-Z][\w'-]+ [A-Z][\w'-]+|"
        # "the youngest son of the family that runs Lee's Bakery"
        r"(?:family|parents) (?:that|who) (?:runs?|owns?|manages?) (?:the|a|an|[A-Z]\w*(?:'s|’s)) |"
        # a parent's business or job: "the restaurant her parents own and run", "His father, who hosts the morning show
        # on", "where his dad is the caretaker"
        r"(?i:her|his|their) (?:parents|mother|father|mom|mum|dad|grandparents|family),? (?:who )?(?:own|owns|run|runs|"
        r"manage|manages|hosts|(?:the )?owners? of|(?:is|are) the (?:[\w-]+ ){0,2}?(?:caretaker|owner|owners|manager|principal|pastor|imam|priest|"
        r"rabbi|coach|chef|host))\b|(?i:victim|man|woman|boy|girl|teen|person|youth|child)(?:'s|’s) (?:family|parents|father|mother|mum|mom|dad) (?:runs?|owns?|"
        r"manages?)\b|captain(?:s|ed)? (?:the|a|an|his|her|their) (?:school(?:'s|’s) |club(?:'s|’s) )?(?:[\w-]+ ){0,4}?"
        r"(?:team|squad|side|eight|crew|four)\b|"
        # a job or a school year (dev batch 151: "arrested at his part-time job at a Corydon Ave pizza place", "a Year 11
        # student from a Wagga Wagga high school", "Her father, owner of Brandt Roofing & Siding")
        r"(?i:his|her|their) (?:part-time |weekend |after-school |summer |new |first )?job (?:at|in|with)|"
        r"(?:Year|Grade|Form|Yr) ?\d{1,2} (?:student|pupil)s? (?:at|from|of|in|there)|\bin (?:Year|Grade|Form) ?\d{1,2} at (?:a|an|the)\b|"
        # a school year by its US name, or the way home: "a 15-year-old Lincoln High sophomore", "walks home along
        # Herring Cove Rd each day"
        r"[A-Z][\w'-]+ (?:High|Secondary|Middle|Collegiate|Academy)(?: School)? (?:freshman|sophomore|junior|senior)|"
        r"walks? (?:home|to school) (?:along|on|down|up|via) [A-Z][\w'-]*|rides? the \w+ (?:bus|streetcar|tram|train) (?:home|to school)|"
        # a neighbour's door, a parent's stall (dev batch 161: "lives just a few doors down from the victim", "who helps out at
        # his dad's food truck")
        r"lives? (?:just )?(?:a few|two|three|some) doors (?:down|up|away)|lives? next door to|helps? out at|"
        r"(?:U\d{2}|AAA|varsity) (?:captain|goalie|goaltender|quarterback|striker|star|MVP)|"  # "Eagles U16 captain, 15,"
        # a team by its name and age group: "the Nepean Eagles U18 coaching staff"; a personal account by its handle
        # (a dot is no service's): "who shared her story on @lilah.m_skates"
        r"(?-i:[A-Z])[\w'’-]+ (?-i:[A-Z])[\w'’-]+ U ?1\d\b|(?:\bon|\bat|\bvia|\bfollow|\bas|:) @\w*\.[\w.]*\w|"
        r"lives with (?:his|her|their) \w+ (?:on|at|in|above)|"
        # a job at a place: "The youth, who works the snack bar at the arena on weekends"
        r"works (?:the|a) [\w -]{1,25}? (?:at|in|for|outside|near|by) (?:the|a|his|her|their) |"
        # a family's business, a family told by its surname, a street lived on: "at his parents' restaurant", "the
        # Haddad boy from Elmcrest Rd"
        r"(?:his|her|their) (?:parents'|parents’|family's|family’s|father's|mother's|dad's|mum's|mom's) (?:[\w-]+ )?(?:restaurant|shop|store|"
        r"business|bakery|cafe|café|farm|garage|takeaway|pizzeria|salon|company|diner|bar|pub|dairy)|"
        r"\b(?i:the) (?-i:[A-Z][a-z]+) (?:boy|girl|kid|lad|twins)\b|\b(?i:the) (?-i:[A-Z][a-z]+) family(?:'s|’s) (?:son|daughter|boy|girl|kid|eldest|youngest)\b|"
        r"(?:boy|girl|teen|youth|kid|lad) from (?-i:[A-Z])\w+ (?:St|Rd|Ave|Dr|Cres|Crt|Blvd|Street|Road|Avenue|Drive|Crescent|Court|Way|Lane)\b|"
        # the building he lives in, on a named street (dev batch 169: "a 13-year-old boy from a townhouse complex on Davis Drive")
        r"from (?:a|the) (?:[\w-]+ ){0,2}?(?:complex|building|tower|towers|block|co-op|townhouses?) (?:on|at|off) (?-i:[A-Z])\w*|"
        # a tag, a car, a program or a tiny place that points to him (dev batch 173: "The youth's tag, ZEKE416", "driving a
        # lime-green Honda Civic with a white racing stripe", "in the French immersion program at a local high school",
        # "from the same hamlet, which has about 200 residents")
        r"(?:his|her|their|youth's|teen's|boy's|girl's) (?:graffiti )?tag,? ['\"“]?(?-i:[A-Z0-9]{3,})|"
        r"(?:was driving|drives|drove) an? (?:[\w-]+ ){1,4}?with (?:a|an) (?:[\w-]+ ){0,2}?(?:stripe|stripes|decal|decals|spoiler|wrap|rims|stickers?)\b|"
        r"(?:is|was) in the (?:[\w-]+ ){1,3}?program at (?:a|an|the)\b|"
        r"(?:hamlet|village|settlement|community|town|reserve),? (?:of|with|which has|that has) (?:about |only |just |fewer than |under )?\d{2,3} (?:residents|people)\b|"
        # an earlier post about the person: "the same youth featured in our September 'Cadet of the Month' post"
        r"featured in (?:our|a|an|the|last) [^.!?\n]{1,40}|"
        # a relative people know: "his grandmother, whom many of you know from the Friday food table"
        r"(?:whom|who) (?:many|most|all|some|a lot) of you (?:will )?(?:know|knew|have met|recogni[sz]e)|"
        # "is the son of 31 Division's unit commander", "the daughter of a city councillor"
        r"(?:son|daughter|step-?son|step-?daughter|grandson|granddaughter|nephew|niece) of (?:a|an|the|[\w ]{1,20}?(?:'s|’s)) "
        r"[\w' -]{0,25}?(?:commander|superintendent|chief|councillor|mayor|principal|coach|officer|judge|pastor|priest|owner|"
        r"teacher|doctor|minister|mp|mpp|senator|operator|manager)s?|"
        # the same, possessive: "the 16-year-old driver of the Evans Towing truck, the owner's son"
        r"the (?:owner|manager|principal|coach|mayor|councillor|pastor|priest|chief|superintendent|commander|teacher|"
        r"doctor|minister|judge)'s (?:son|daughter|step-?son|step-?daughter|grandson|granddaughter|nephew|niece)|"
        # a post at a named place, a title beside the age, a win or a shift: "is the Year 11 captain at Bayside Grammar",
        # "Harbourside High hockey captain, 17, charged", "who won the London Youth Games 100m final", "works the
        # closing shift at the Shoppers", "who worked the front counter at a coffee shop" (dev batch 403)
        r"(?:is|was|[Hh]e's|[Ss]he's|[Hh]e’s|[Ss]he’s) the (?:same )?(?!(?:[\w'’-]+ ){0,3}?(?:subject|driver|owner|passenger|focus|victim|suspect|"
        r"person|man|woman|father|mother|lead|officer|investigator|detective|constable|sergeant|chief|spokesperson)\b)"
        r"(?:[\w'’-]+ ){0,3}?[\w-]+ "
        r"(?:at|of|for|on|with) (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
        r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z]\w*|"
        r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3} (?:captain|goalie|goaltender|quarterback|star|MVP|valedictorian|striker), 1[2-7]\b|"
        r"who (?:won|was crowned|was named|took gold in|took first in) (?:the |a |an )?(?:[\w-]+ )?[A-Z]\w*|"
        r"(?:works?|worked) the (?:[\w-]+ ){0,2}?(?:shift|counter|desk|till|tills|register|grill|fryer|drive-thru|door) "
        r"(?:at|in|for)|"
        # the named school she walks home from (dev batch 401: "followed home from St Peter's Primary on Ashton Old Road")
        r"(?:walking|walked|followed|on (?:her|his|their) way|walks|cycling|biking) home from (?:the )?[A-Z][\w'’-]+"
        r"(?: [\w'’-]+){0,3} (?:Primary|School|Academy|College|Collegiate|Elementary|Middle School|High School|Secondary|"
        r"PS|SS|CI)\b|"
        # a clip or a title he is known by: "the boy who livestreamed last weekend's joyride", "He's the boy filmed kicking
        # a bus driver in the clip shared widely", "who won the junior bull-riding title at the Western Fair"
        r"live-?streamed|livestreams|filmed (?:himself|herself)|in the (?:clip|video) (?:shared|posted|circulating|going around)|"
        r"(?:is|was|[Hh]e's|[Ss]he's) the (?:[\w-]+ ){0,2}?(?:youth|pupil|student|boy|girl|teen|teenager|one|kid) (?:seen |shown )?"
        r"(?:filmed|recorded|pictured)|who (?:won|took|claimed) the (?:[\w-]+ ){0,3}?(?:title|trophy|championship|medal|award|"
        r"crown|final|prize))\b[^.!?\n]{0,40}"
        # (dev batches 219 to 389) the young person's own job, told with the age: "A 16-year-old employee of a Port
        # Perry coffee shop", "a 17-year-old apprentice at a local panel beater's"
        + r"|(?<=\b1[2-7]-year-old )(?:[\w-]+ ){0,2}?(?:employee|worker|cashier|clerk|apprentice|server|barista|lifeguard|"
        r"dishwasher|cook|staffer|staff member|bagger) (?:at|of|for|with|in) (?:a|an|the|his|her) [^.!?\n]{1,40}"
    )
)
# Details that single out one person, read only where they are said of the protected person (people.py drops one said
# of the accused, an official or, for a young person, an adult: "Kyle Smith, 34, the son of a local pastor, is charged")
SINGLES_OUT = gated(
    re.compile(
        # the business she runs: "The first complainant, a regular client who runs the sari-sari store next door"
        r"\b(?:complainant|victim|survivor),? (?:a|an|the) (?:[\w-]+ ){0,3}?who (?:runs|owns|manages|operates) (?:the|a|an|his|her) [^.!?\n,]{0,39}\w"
        # a team she captains or the residence she lives in: "the woman, who captains the Illawarra Flames netball side",
        # "a University of Toronto student living in New College residence"
        r"|\bwho (?:captains|coaches) the\b[^.!?\n,]{0,39}\w|\b(?:living|lives) in [\w ]{1,30}? residence\b"
        # a parent, a sibling or a relative one can name: "The boy, whose mother is the college's head of science", "the
        # grandson of the man who runs the fish shop", "the twin sister of a student expelled last week"
        r"|\bwhose (?:mother|father|mom|mum|dad|parents?|sister|brother|grandmother|grandfather|aunt|uncle|stepfather|"
        r"stepmother) (?:is|was|runs|owns)\b[^.!?\n,]{0,39}\w"
        r"|\b(?:twin |older |younger |little |big )?(?:sister|brother|son|daughter|grandson|granddaughter|nephew|niece|"
        r"cousin) of (?:a|an|the) [^.!?\n,]{0,39}\w"
        # a post or a place on a team: "The woman, manager of the Shelburne Tim Hortons", "The 13-year-old, bass drummer
        # for the Guelph youth pipe band", "who plays goalkeeper for the varsity women's soccer team", "swims the 200 IM for
        # his St. Vital club", "won provincial gold", "drives the town's only taxi", "a nurse on the same night shift as"
        r"|(?:complainant|victim|woman|girl|boy|youth|teen|\d{1,2}-year-old),\s+(?:the )?(?:[\w-]+ ){0,2}?(?:manager|owner|"
        r"president|captain|drummer|goalkeeper|goalie|server|receptionist|lifeguard|bartender|cashier|organist|quarterback|"
        r"pitcher|striker) (?:of|for|at|on) (?:the|her|his|a) [^.!?\n,]{0,39}\w"
        # a team she plays for: "The woman, who plays for Caversham Ladies FC", "plays on the college camogie team"
        r"|\bwho plays (?:for|with) (?:the )?(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)*"
        r"|\bplays (?:for|on) (?:the|her|his) [\w' -]{0,30}?team\b"
        r"|\bwho plays (?:goalkeeper|goalie|goal|quarterback|pitcher|point guard|centre|center|striker|keeper|first base|"
        r"shortstop) (?:for|on) (?:the|her|his|a) [^.!?\n,]{0,39}\w"
        r"|\b(?:swims|runs|skates|plays|dances|sings|competes|fights|rides) (?:the |in the )?[\w ]{1,20}? for (?:his|her|"
        r"their) [A-Z][^.!?\n,]{0,39}\w"
        r"|\bwon (?:provincial|national|state|regional|county|the town'?s|the city'?s|the school'?s) (?:gold|silver|bronze|"
        r"title|championship|crown|spelling bee|[\w ]{1,20}? award)"
        r"|\bdrives the (?:town'?s|village'?s|city'?s) only [\w-]+|\bon the same (?:night |day |morning |evening )?shift as"
        # the one who did one thing: "He's the boy who won the town's junior spelling bee", "the one performing on the main
        # stage at 3 p.m.", "the girl crowned Fall Fair Princess"
        r"|\b(?:the one|the boy|the girl|the teen|the youth|the student|the woman|the man) who (?:won|organi[sz]ed|"
        r"was performing|performed|scored|was crowned|founded|started|hosted|sang)\b[^.!?\n,]{0,39}\w"
        r"|\b(?:was|is) the (?:one|boy|girl|teen|youth|student) (?:performing|singing|playing|crowned)\b[^.!?\n,]{0,39}\w"
        # a home described: "lived next door to him in St Mawgan", "lives alone in the yellow house with green shutters",
        # "the unit above Golden Star Variety", "known to regulars at the Ogden Legion as 'Red'"
        r"|\b(?:lived|living|lives) (?:alone )?(?:next door to (?:him|her|them)|above|beside|in the \w+ house|"
        r"in the [\w-]+ [\w-]+ house)\b[^.!?\n,]{0,39}\w"
        r"|\b(?:the|her|his|their) (?:unit|suite|apartment|flat|room) above\b[^.!?\n,]{0,39}\w|\bknown to (?!have |be |had )[\w ]{1,30}? as"
        # a title, a shift, a group, a goal or a fame one person has: "president of her grade 9 class", "a server who has
        # worked the diner's breakfast shift", "the Roblox group she runs", "scored the winning goal", "the town's only
        # indoor pool", "a familiar face as a CP24 weather presenter", "the Civic ... that everyone in Blyth knows"
        r"|\b(?:class|student council|team) president\b|\bpresident of (?:her|his|the) (?:grade|class|student|school)\b"
        r"|\b(?:who (?:has worked|works|worked)|working) the (?:[\w']+ )?(?:breakfast|night|morning|closing|opening|evening|overnight|"
        r"weekend) shift\b|\b(?:group|server|channel|account|page|club) (?:she|he|they) runs\b"
        r"|\bscored the (?:winning|only|tying|game-winning) goal\b|\b(?:town|village|city|school|team)'?s only [\w-]+"
        r"|\ba familiar face as\b|\beveryone in [\w ]{1,20}? knows\b"
        # a stage or ring name: "a DJ who performs as 'DJ Roxy'"
        # ... "He performed locally as the rapper 'Lil Kasper'"
        r"|\b(?:performs|performed|streams|streamed|raps|rapped|fights|fought|competes|competed|dances|danced|sings|sang)"
        r"(?: [a-z]+)? (?:as|under the name) (?:the [a-z]+ )?['\"‘“][^'\"’”\n]{0,29}\w"
        # a post in a small place, a home by its owner or its neighbour, a trade run under a name: "the town's longtime
        # pharmacist", "The home belonged to", "She lived alone in the end terrace next to the Larkspur Arms", "a fishing
        # guide who ran charters from the marina as Trout Whisperer Tours", "She had worked that corner for 22 years"
        r"|\b(?:the )?(?:town|village|hamlet|community|island)(?:'s|’s) (?:longtime |long-time |beloved |only |well-known |"
        r"much-loved |popular )?(?:pharmacist|doctor|vet|veterinarian|dentist|mayor|priest|pastor|minister|teacher|principal|"
        r"postmaster|postmistress|mechanic|baker|butcher|barber|grocer|librarian|coach|nurse|midwife|undertaker)\b"
        r"|\b(?:the )?(?:home|house|property|farm|cottage) (?:belonged|belongs) to\b"
        r"|\b(?:ran|runs|operated|operates|owned|owns) [^.!?\n]{0,40}? as (?-i:[A-Z][\w'’]+(?: [A-Z][\w'’]+){1,3})"
        r"|\blived (?:alone )?(?:in|at) the [^.!?\n]{0,30}? (?:next to|beside|opposite|above|behind) the (?-i:[A-Z])[\w'’]*"
        r"|\b(?:had )?worked (?:that|this|the) (?:corner|crossing|intersection|route|beat|counter|door) for (?:\d+|many|over \d+) years\b"
        # a role at an event, an account, a home shared: "was the DJ on the main stage", "shares her running routes
        # online as @...", "shares the unit with the accused"
        r"|\b(?:was|is) the (?:dj|host|emcee|mc|headliner|performer|singer|bartender|photographer) (?:on|at|for) the\b[^.!?\n,]{0,30}"
        r"|\b(?:shares|shared|blogs|vlogs|runs|posts)\b[^.!?\n@]{0,40}? (?:online |on [A-Za-z]+ )?as @[\w.]*\w"
        r"|\bshares (?:the|a|an|his|her|their) [\w' -]{0,30}?(?:unit|apartment|flat|house|room|condo|suite) with\b",
        re.I,
    )
)
WORK_OF = gated(
    re.compile(
        # (not the one who did it: "struck by a driver at Dufferin St", "has charged a teacher with")
        r"(?<!\bby )(?<!\bcharged )(?<!\barrested )\b(?:an?|one of (?:his|her|their|the)) (?:\d+-year-old )?(?:(?:year|grade) \d{1,2} )?(?:(?:off-duty|fellow|former|retired|part-time|"
        r"full-time|longtime|long-time|well-known|local|volunteer|night-shift|day-shift|overnight|weekend) )?(?:[a-z]+ (?=instructor|teacher|coach|tutor|trainer|therapist))?(?:employee|employees|staff member|worker|tenant|"
        r"resident|student|patient|client|customer|server|cashier|player|member|parishioner|congregant|volunteer|intern|"
        r"nanny|babysitter|co-?worker|colleague|nurse|teacher|caregiver|carer|receptionist|cleaner|waitress|waiter|"
        r"bartender|barista|clerk|bus driver|driver|manager|supervisor|trainee|apprentice|athlete|swimmer|gymnast|dancer|coach|tutor|"
        r"lifeguard|camper|counsellor|counselor|paramedic|doctor|pharmacist|firefighter|crossing guard|midwife|dentist|"
        r"hairdresser|stylist|therapist|physiotherapist|instructor|trainer|pupil|security officer|security guard|"
        r"janitor|custodian|chef|pastor|priest|imam|rabbi)s? (?:of|at|in|on|for|with|from)\b(?:[^.!?\n]{0,40}?(?P<home>\bunit \d+|\bapt\.? \d+|"
        r"\bapartment \d+))?[^.!?\n]{0,30}|\b(?:belongs to|lives (?:alone )?(?:at|in|on)|(?<!anyone )(?<!everyone )(?<!people )(?<!those )who lives)\b[^.!?\n]{0,40}"
        # her street: "The woman, 32, from Heaton Grange Road, is being supported"
        r"|\b(?:woman|girl|complainant|victim|survivor), \d{1,2}, (?:from|of) (?:[A-Z][\w'-]+ ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|"
        r"Lane|Drive|Dr|Close|Crescent|Cres|Way|Court|Place|Terrace|Grove)\b"
        # where she works, by name: "a 29-year-old woman who works night shifts in the ICU at Sunnybrook"
        r"|\b(?:woman|girl|complainant|victim|survivor|paramedic|nurse|officer|teacher|worker),? who (?:works|worked)\b[^.!?\n]{0,40}?\b(?:at|for|out of|on) "
        r"(?:the )?[A-Z][^.!?\n,]{0,40}"
        # the one job at a named place, said of the one harmed: "after the landlady of the Crown Inn in Ballater was
        # sexually assaulted"
        r"|\bthe (?:landlady|landlord|publican|owner|manager|receptionist|bartender|barmaid|caretaker|housekeeper|"
        r"principal|headteacher|head teacher) (?:of|at) (?:the )?[A-Z][^.!?\n,]{0,40}?(?= (?:was|had been|reported))"
        # a post one person holds, set off after the person: "The woman, deputy head of St Anne's Primary School,"
        r"|\b(?:woman|man|girl|boy|complainant|victim|teen|teenager|student|survivor), (?:the )?(?:deputy head|deputy headteacher|head teacher|headteacher|headmistress|headmaster|principal|"
        r"head of (?:[a-z]+ ){0,2}?[a-z]+|department head|head nurse|charge nurse|head chef|head librarian|office manager|"
        r"practice manager|"
        r"vice-principal|deputy principal|head coach|owner|manager|captain|executive assistant|assistant|secretary|aide|nanny|"
        r"housekeeper) (?:of|at|to) (?:the |a |an )?[A-Z][^.!?\n,]{0,40}"
        # "Little Acorns Daycare on Yonge St, where the complainant works"
        # "a 19-year-old woman, a U of T student who works at the Robarts Library cafe"
        r"|\b(?:student|employee|worker|nurse|teacher|server|cashier|volunteer|member) who (?:works|worked|studies|volunteers)(?: [a-z]+){0,2}? (?:at|for|in) [^.!?\n]{1,40}"
        # "The woman, who works behind the bar at the Byres Road pub", "The woman, 22, works at the same Camden Market
        # food stall as him"
        r"|\b(?:woman|girl|complainant|victim|survivor|teen|she|\d{1,2}-year-old)(?: in her (?:\d0s|teens|twenties|thirties|forties|fifties))?,? "
        r"(?:who|\d{1,2},) (?:works|worked) (?:[a-z]+ ){0,3}?(?:at|in) (?:the |a )?[\w' ]{0,25}?(?:pub|bar|restaurant|cafe|café|store|shop|"
        r"library|hospital|clinic|church|gym|office|hotel|salon|bakery|daycare|pharmacy|school|stall|market)\b"
        # "the woman assaulted on the streetcar is the TTC operator who was driving it"
        r"|(?:\b(?:is|was) the|, an?) (?:[\w-]+ ){0,2}?(?:operator|driver|conductor|cashier|clerk|attendant|guard|server|nurse) "
        r"who was (?:driving|working|on duty|operating|serving)\b[^.!?\n]{0,20}"
        # "a 22-year-old woman who works behind the bar at the Red Lion"
        r"|\bwho (?:works|worked) (?:behind the bar|the (?:front desk|counter|till|door|register)) (?:at|of|in) (?:the |a )?"
        r"(?-i:[A-Z])[^.!?\n]{0,30}"
        # "sexual assault of Grade 11 student at Northern Secondary School", "a hygienist who works there"
        r"|\bof (?:a )?(?:grade|year) \d{1,2} (?:student|pupil) at [^.!?\n]{1,40}|\bwho (?:works|worked|volunteers|teaches) there\b"
        # where she lives at school: "a nursing student he picked up outside her sorority house"
        r"|\bher (?:sorority|fraternity) house\b|\bher (?:dorm|dorm room|residence hall)\b"
        # "indecently assaulted at her workplace, the Four Square on Grey St"
        r"|\bher (?:workplace|place of work|work|job|employer),? (?:the |a )?(?-i:[A-Z])\w*"
        # "She came straight to 53 Division after her shift at the Loblaws at Yonge and Eglinton"
        r"|\bher (?:[\w-]+ )?shift at (?:the |a )?(?-i:[A-Z])[^.!?\n,]{0,40}"
        # "She had just locked up the café she manages at that corner"; "The complainant rents the basement unit"
        r"|\b(?:the complainant|the victim|she) (?:rents|rented) (?:the|a|his) (?:basement|upstairs|unit|apartment|room|suite|flat)\b"
        r"|\bthe [\w ]{0,20}?(?:café|cafe|store|shop|restaurant|bar|pub|salon|clinic|business|bakery|gym|office|daycare|"
        r"pharmacy|diner|studio) (?:she|he) (?:manages|runs|owns|co-owns|works at|works in)\b"
        # "The complainant works as the salon's receptionist"
        r"|\b(?:the complainant|the victim|she|he)(?:, [^,.!?\n]{1,40},)? (?:works|worked) as (?:the|a|an|his|her) [^.!?\n]{1,40}"
        # her shift or her home at a named place (dev batches 253 and 255: "She works the night shift at the Tim Hortons on
        # 8th Street East", "The woman was working a night shift at a Pembina Hwy gas station", "attacked inside her
        # building on Coxwell Ave")
        r"|\b(?:the complainant|the victim|the woman|she) (?:works|worked|was working) (?:the |a |an )?(?:[\w-]+ ){0,3}?"
        r"(?:at|in) (?:the |a |an )?(?-i:[A-Z])[^.!?\n,]{0,40}"
        r"|\bher (?:apartment |condo )?(?:building|apartment|home|house|condo|residence) (?:on|at) (?-i:[A-Z])[^.!?\n,]{0,30}"
        # in French: "La plaignante habite dans le même immeuble de la rue Champlain"
        r"|\b(?:la plaignante|la victime|elle) (?:habite|demeure|travaille)\b[^.!?\n]{0,40}"
        r"|\bwhere (?:the |a |our )?(?:complainant|victim|survivor|(?:woman|girl|boy|man|person)(?: who [^.!?\n]{1,30}?)?|she|he) "
        r"(?:works|worked|lives|lived|"
        r"studies|goes to school|attends|volunteers|trains|teaches|taught|coaches)\b"
        # a post only one person holds at a named place: "the night manager of the Brock Street gas station"
        r"|\bthe (?:night |day |overnight |head |assistant |store |general |longtime |long-time |former )?(?:manager|owner|supervisor|clerk|"
        r"cashier|attendant|receptionist|coach|principal|caretaker|superintendent) (?:of|at) (?:the |a )?[A-Z][^.!?\n]{0,40}|"
        + _JOB_AT_PLACE
        # a place on a team (it narrows; asked): "the 12-year-old goalkeeper on his U13 girls' team"
        + r"|\bthe (?:\d{1,2}-year-old )?(?:captain|goalkeeper|goalie|quarterback|pitcher|striker|keeper|setter|point guard) "
        r"(?:of|on|for) (?:the|her|his|their|a) [^.!?\n,]{0,39}\w",
        re.I,
    )
)
ONE_OF_A_KIND = gated(
    re.compile(
        # a tagger's own tag: "His tag, ZEKE416, appears on 40+ walls"
        r"\b(?:his|her|their) (?:graffiti )?tag,? ['\"‘“]?[A-Z][A-Z0-9]{2,}\b|"
        # ("known to many on the Commercial Drive busking scene as 'Fiddle Jess'")
        r"\b(?:known (?:to (?:many|most|everyone|all|regulars) )?(?:on the street |online |locally |(?:on|around|in|at) [\w ]{1,40}? )?as|goes by|nicknamed|"
        r"(?:posts|raps|performs|streams|games) (?:online )?(?:as|under)\b(?: @[\w.]*\w)?|"
        r"(?:skates|rides|dances|sings|plays) (?:online )?(?:as|under) @[\w.]*\w|"
        # "Many in the cycling community knew him online as @DonValleyDan" (dev batch 175)
        r"(?:knew (?:him|her|them)|known) (?:online |on [a-z]+ )?as @[\w.]*\w|"
        r"street name|(?:instagram|snapchat|tiktok|"
        r"twitter|facebook|x) (?:account|handle|username|name)|username|user name|"
        # a personal account given by its handle: "The account he used, @kxng_dre07, has been taken down"
        r"(?:account|handle|profile)\b[^.!?\n@]{0,20}@(?=[\w.]*[\d_.])[\w.]*\w|(?<!not )(?:the|his|her|their|[a-z]+'s|[a-z]+’s|[a-z]+s'|[a-z]+s’) only (?:[\w-]+ ){0,2}?(?:female|male|woman|man|girl|boy|teenager|teen|youth|child|kid|student|player|employee|staff member|"
        r"worker|firefighter|officer|nurse|teacher|person|junior|athlete|swimmer|skater|member|pharmacist|doctor|dentist|"
        r"vet|coach|instructor|owner|manager|cashier|receptionist|lifeguard|goalie|employee)s?\b(?: [a-z ]{0,30}?(?:at|on|in|who|there)\b)?"
        r"|the (?:teen|boy|girl|youth|kid|one) who lives (?:above|next to|beside|behind|across from)"
        # a relative by a business or a post one person holds: "His mother, who runs the Golden Lotus restaurant"
        r"|\b(?:his|her|their|the (?:girl|boy|youth|teen|child|accused)(?:'s|’s)) (?:mother|father|mom|mum|dad|parents|family|brother|sister|uncle|aunt|grandmother|grandfather),? "
        r"(?:who )?(?:runs|owns|manages|operates|co-owns|coaches|is the (?:owner|manager|principal|pastor|coach|mayor|chief))\b"
        r"[^.!?\n,]{0,40}"
        # a place on a team or a win one person holds: "the starting goalkeeper for the Regent Park Lions", "wore number 44",
        # "He is the pupil who won The Courier's young writer award"
        r"|\bthe (?:starting )?(?:goalkeeper|goalie|quarterback|pitcher|keeper|point guard) (?:for|of|on|at) the\b[^.!?\n,]{0,40}"
        r"|\b(?:wore|wears|wearing) (?:his |her |their )?(?:number|no\.|#) ?\d{1,2}\b|\b(?:jersey|shirt|uniform),? (?:number|no\.|#) ?\d{1,2}\b"
        # a business a parent runs: "Hollander Marine in Port Carling, the business run by his father"
        r"|\b(?:business|store|shop|garage|restaurant|company|farm|marina|salon|bakery|cafe|café) (?:run|owned|operated|managed)"
        r" by (?:his|her|their) (?:father|mother|dad|mom|mum|parents|family|uncle|aunt|grandfather|grandmother)\b"
        r"|\bunder the (?:name|handle|username|account|alias) ['‘\"“@]?[\w.]+"  # "on TikTok under the name tvl_bandit"
        # a reply that says who is in a picture or a post (dev batch 155): "Yes, the boy in the video you shared is the
        # 14-year-old we charged", "the woman who posted about it on her Instagram last week is the complainant"
        r"|\bthe (?:boy|girl|teen|youth|woman|man|person|kid|young woman|young man) (?:in|from) (?:the|that|your|this) "
        r"(?:[\w-]+ ){0,3}?(?:video|photo|picture|clip|post|story|reel)\b[^.!?\n]{0,30}?\b(?:is|was) (?:the|our)\b"
        # "the complainant is the girl from the Ajax gymnastics club who went to nationals" (dev batch 163)
        r"|\b(?:is|was) the (?:boy|girl|teen|woman|man|young woman|young man) from the (?:[\w'’-]+ ){0,3}?(?:club|team|squad|school|gym|church|studio|band|choir)\b[^.!?\n]{0,30}"
        r"|\bthe (?:boy|girl|teen|woman|man|person|young woman|young man) who posted (?:about )?(?:it|this|the [\w-]+) (?:on|to) "
        r"(?:her|his|their) (?:instagram|tiktok|facebook|snapchat|x|story)\b[^.!?\n]{0,30}?\b(?:is|was) the\b"
        r"|\b(?:is|was) the (?:[\w-]+ ){0,2}?(?:youth|pupil|student|boy|girl|teen|teenager|one|kid) who (?:won|was crowned|was named|"
        r"went viral|starred)\b[^.!?\n,]{0,40}"
        # a title or a clip one person is known by: "was crowned Miss Nanaimo Harbour", "is the teen seen in the 'Bowmanville
        # brawl' clip going around TikTok"
        r"|\b(?:was|is|been|were) crowned\b[^.!?\n,]{0,40}"
        r"|\b(?:everyone|everybody|people|locals|friends) calls? (?:him|her|them )?['‘’\"][^'‘’\"\n]{0,29}\w"
        r"|\b(?:is|was) the (?:teen|teenager|boy|girl|youth|man|woman|one|person) (?:seen|shown|filmed|caught on camera) in "
        r"(?:the|that|a|this) [^.!?\n]{0,40}?\b(?:video|clip)\b"
        # the home described: "at his family's home, the green two-storey house beside St. Mary's church"
        r"|\b(?:his|her|their|family's|family’s) (?:home|house),? the [^.!?\n,]{0,40}?\b(?:house|home|bungalow|duplex|"
        r"cottage|townhouse|farmhouse)\b[^.!?\n,]{0,40}"
        # a superlative one person fits: "the surf club's youngest patrol captain"
        r"|\b(?:the|his|her|their|[a-z]+'s|[a-z]+’s|[a-z]+s'|[a-z]+s’) (?:youngest|oldest|longest-serving) (?:[a-z-]+ ){0,2}?(?:captain|member|officer|"
        r"player|coach|teacher|employee|staff member|volunteer|lifeguard|firefighter|nurse|driver|student)\b"
        # a title one student holds: "who was valedictorian at Cedarbrae Collegiate last June"
        r"|\b(?:was|is|the|as|grade \d{1,2}|year \d{1,2}|school's|college's) (?:the )?(?:current |former |new )?(?:valedictorian|head girl|head boy|class president|student council president|school captain|head prefect|house captain)\b"
        r"|\b(?:is|was|she's|he's|she’s|he’s) (?:the )?(?:team )?captain of [^.!?\n,]{1,40}"
        # a post one person held: "who worked as the farrier for most of the stables in the area"
        r"|\b(?:worked|works|working|served|serves) as the (?:[\w-]+ ){0,2}?[\w-]+ (?:for|at|of|in)\b[^.!?\n,]{0,40}"
        # "some of you have already worked out who he is", "Many of you will know his whānau"
        r"|\bworked out who (?:he|she|they) (?:is|are)\b|\b(?:many|some|most) of you (?:will )?know (?:his|her|their) (?:whānau|whanau|family|parents|dad|mum|mom)\b"
        # an award or a title one person holds: "who was named its player of the year last month"
        r"|\b(?:named|was|is|as) (?:its |the |their |our )?(?:player|athlete|student|rookie|volunteer|employee) of the (?:year|month|season)\b"
        # known to many: "you may know him as @kits_eli_sk8", "the lifeguard many of you know from the AC Baths"
        r"|(?:know|knows|knew) (?:him|her|them) as\b|many of you (?:will |would |may )?know\b"
        # an account that is hers: "a woman who streams as @RoseyGlowLive", "our young witness @sk8r_nina"
        r"|(?:streams|streamed|posts|posted|games|performs|goes|known)\b[^.!?\n@]{0,40}? as @[\w.]*\w"
        # or without the at sign, after the platform: "who streams on Twitch as lunaxplays"
        r"|(?:streams|streamed|posts|posted|games|performs|goes|known)\b[^.!?\n@]{0,20}?\b(?:on|via) (?:tiktok|instagram|"
        r"snapchat|twitter|x|youtube|twitch|kick|facebook) as [\w.]*\w"
        r"|(?:witness|victim|survivor|complainant)s?\s*[,:(]?\s*@[\w.]*\w"
        # the one described, then her account: "The woman who reported the sexual assault is @jess_runs_416"
        r"|\bwho\b[^.!?\n@]{1,60}? (?:is|was) @[\w.]*\w"
        # an account in brackets beside a description: "The 16-yr-old (TikTok: @maxxed.out905)"
        r"|(?<=\()(?:tiktok|instagram|ig|snapchat|twitter|x|youtube|twitch)\s*:\s*@[\w.]*\w"
        # her own account: "She livestreamed it on TikTok @ jaydaa.xo" (not "follow us on Instagram @TorontoPolice")
        r"|\b(?:she|he|they|her|his|their)\b[^.!?\n]{0,40}?(?:tiktok|instagram|snapchat|twitter|youtube|twitch)\s*[,:(]?\s*@ ?[\w.]*\w"
        # a person people know by sight: "many of you know her from the bakery", "you may have watched him play"
        r"|many of you (?:will )?know (?:her|him|them)|you (?:may|might) (?:have )?(?:watched|seen|met|known) (?:her|him)"
        r"|whose (?:photo|picture|video|image) (?:was|has been) (?:widely )?(?:shared|posted|circulated)"
        r"|lives? (?:next door|(?:two|three|a few|\d+) doors? (?:down|away|up)|across the (?:street|hall)|down the hall)"
        # "under the account @ghostkid_905", "in a TikTok video (@her_truth_yqr)"
        r"|(?:account|handle|username|profile|video|post|live|story|stream|page|channel)\s*[,:(]?\s*@[\w.]*\w"
        r"|\b(?:person|man|woman|boy|girl|teen|one|youth) behind (?:the )?@[\w.]*\w"
        # "the same teen who runs the @jayden.k.films account"
        r"|\b(?:runs|owns|operates|manages|posts as|posts on) (?:the )?@[\w.]*\w"
        # what was posted there: "after videos were posted to the @tdot_drillz_ace account"
        r"|\b(?:posted|uploaded|shared|streamed) (?:to|on|from|via) the @[\w.]*\w"
        # one of a few: "one of two women on the overnight cleaning crew", "in her first week on the job", "a well-known
        # Papatoetoe netball coach", "the boy in the Leaside arena video that went around"
        r"|\bone of (?:only )?(?:two|three|four|a few|a handful of) (?:women|men|girls|boys|people|students|employees|staff|"
        r"players|workers|nurses|teachers|officers)\b[^.!?\n]{0,40}"
        r"|\bin (?:her|his|their) first (?:week|day|month|shift|season|year) (?:on the job|at|with|on)\b[^.!?\n]{0,30}"
        r"|\bwell[- ]known (?:local )?(?:[A-Z][\w-]+ )?(?:[a-z]+ )?(?:coach|teacher|chef|owner|artist|singer|musician|player|"
        r"host|figure|personality|businesswoman|businessman|doctor|nurse|pastor|instructor|anchor|broadcaster|journalist|"
        r"athlete|actor|actress|influencer|author|politician|celebrity|restaurateur|entrepreneur|developer|lawyer|surgeon|"
        r"philanthropist|landlord|realtor|(?:real estate |estate )?agent|(?:[\w-]+ )?news anchor)\b"
        r"|\b(?:the|a) (?:boy|girl|teen|youth|man|woman|kid) (?:seen )?in the [\w' -]{0,30}?video\b|\bvideo that went (?:around|viral)"
        # one of a few, by a group's name: "The complainant is one of the team's two goalies"
        r"|\bone of (?:the |his |her |their )?[a-z]+'s (?:two|three|four|only|few) [a-z]+"
        # her picture: "Wedding photo of Aaron Blake with the complainant", "a still showing the woman who was assaulted"
        r"|(?:photo|picture|image|video|footage|still|selfie|snapshot)s? (?:[\w-]+ ){0,3}?(?:of|showing|shows|with)\b"
        r"(?:,? (?!(?:suspect|accused|offender|man|male|who|that)\b)[\w'-]+){0,4}?,? (?:the|a|our) (?:[\w-]+ )?"
        r"(?:complainant|survivor|victim|(?:woman|girl|man|boy|teen|child|person) who was (?:sexually )?"
        r"(?:assaulted|attacked|abused|touched|targeted))\b|\b(?:complainant|survivor)(?:'s|s')? faces?"
        # an award, a medal or a show one person is known by: "was named TTC Operator of the Year in 2025", "the
        # swimmer who won gold for his club", "a contestant on this year's Great British Bake Off"
        r"|\b(?:was|is|been) named (?:[\w'-]+ ){1,4}?of the (?:year|month|season)"
        r"|\bwho won (?:gold|silver|bronze)\b[^.!?\n,]{0,40}"
        r"|\b(?:contestant|finalist|competitor|cast member|featured) (?:on|in) (?:this (?:year|season)'s |this season of |"
        r"last (?:year|season)'s |the )?(?-i:[A-Z])[^.!?\n,]{0,40}"
        # a parent's business: "The youth's family owns Hartwell Farms", "his father's company pickup, marked ..."
        r"|\bthe (?:youth|boy|girl|teen|child|accused)'s (?:family|parents|father|mother|dad|mom|mum) (?:owns|runs|"
        r"operates|manages)\b[^.!?\n,]{0,40}"
        r"|\b(?:his|her|their) (?:father|mother|dad|mom|mum|parents|family)(?:'s|s') (?:company|business|firm|shop|store|"
        r"restaurant|farm)\b[^.!?\n]{0,40})\b",
        re.I,
    )
)
# Who the dead person was, by a job or a part people know: "She was the crossing guard at this intersection", "The man,
# a well-known local fisherman who skippered the Mary Ellen II", "the 90-year-old veteran who lived alone on the
# second floor"
KNOWN_ROLE = gated(
    re.compile(
        # (or a place's own: "The driver who died was Huntsville's deputy mayor")
        r"\b(?:was|is|be|,) (?:the|a|an|our|[A-Z][\w-]+(?:'s|’s)) (?:[\w'-]+ ){0,4}?(?:crossing guard|teacher|headteacher|principal|coach|"
        r"fisherman|skipper|captain|owner|manager|pastor|priest|imam|rabbi|doctor|nurse|bus driver|veteran|janitor|"
        r"custodian|caretaker|mayor|councillor|shopkeeper|bartender|chef|lifeguard|referee|librarian|president|officer|"
        r"player|musician|busker|gp|physician|ranger|coordinator|paramedic|firefighter|farmer|superintendent|concierge|landlord|doorman|"
        r"foreman|forewoman|site supervisor|supervisor|chief|fire chief|crane operator|operator|deckhand|crew member|"
        r"crewman|first mate|bosun|reeve|deputy reeve|minister|vicar|rector|deacon|alderman|warden)\b[^.!?\n]{0,50}"
        # the dead known by an account: "The pedestrian killed ... was local music producer @beatsbyjuno"
        r"|\b(?:was|is|identified as) (?:[\w'-]+ ){0,4}?@[\w.]*\w(?!\w|\s+[a-z])"  # (not "This was a @metpoliceuk investigation")
        r"|\b(?:who|she|he) (?:had |has )?(?:ran|run|runs|owned|owns|managed|manages|coached|coaches|founded|started)\b(?: and \w+)? (?:the|a|an) [^.!?\n]{1,40}"
        # known to many: "was well known to riders", "Riders knew him as 'Captain Queen'"
        r"|\bwell known to (?:riders|customers|regulars|residents|neighbou?rs|the community|everyone|many|locals|students|fans)\b"
        r"|\b(?:riders|customers|regulars|residents|neighbou?rs|locals|students|fans|everyone) knew (?:him|her|them)\b[^.!?\n]{0,30}"
        r"|\bknown (?:to [\w ]{1,30}? )?as the [^.!?\n]{1,40}"
        # a family named: "Our thoughts are with the Delgado family"
        r"|\bthe (?-i:[A-Z][a-z'-]+) family\b",
        re.I,
    )
)
# A relative named: "the father of local councillor Jim Baird", "the daughter of Raj Malhotra"
KIN_OF_NAMED = re.compile(
    r"\bthe (?:\d+-year-old )?(?:(?:younger|older|elder|twin|little|big|baby|half-) ?)?(?:father|mother|son|daughter|brother|sister|wife|husband|partner|grandfather|grandmother|uncle|aunt|"
    r"nephew|niece|cousin|widow|widower|sons|daughters|brothers|sisters|children|nephews|nieces|grandsons|granddaughters) "
    # ("of Ward 4 councillor Dana Whitcombe", or an account: "of local YouTuber @Ry")
    # ("of the victim, Leila Haddad": the relative's role, then the name)
    r"of (?:(?:[\w-]+,? ){0,4}?[A-Z][\w'-]+\.?(?: [A-Z][\w'-]+)+|(?:[\w-]+ ){0,3}?@\w+)"
    r"|\bwhose (?:[a-z-]+ )?(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin),? [A-Z][\w'-]+ [A-Z][\w'-]+"
    # "The 15-year-old is Fraser's cousin", "is Mr. Lapointe's former girlfriend"
    r"|\b(?:is|was) (?:(?:Mr|Mrs|Ms)\.? )?[A-Z][\w'-]+(?:'s|’s) (?:[\w-]+ )?(?:cousin|brother|sister|son|daughter|nephew|niece|"
    r"step-?son|step-?daughter|grandson|granddaughter|girlfriend|boyfriend|wife|husband|partner)\b"
    # "Pratt's younger brother, the 16-year-old, was released": a named person's relative, and his age
    r"|\b[A-Z][\w'-]+(?:'s|’s) (?:[\w-]+ )?(?:cousin|brother|sister|son|daughter|nephew|niece|step-?son|step-?daughter|"
    r"grandson|granddaughter),? (?:the |a )?\d{1,2}-year-old\b"
)
