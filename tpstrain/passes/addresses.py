"""Addresses in a post: house-number streets, homes told without a number, postal codes, and one key per address.

Each reader takes an :class:`~tpstrain.passes.tokenize.Analysis` and returns spans ``(start, end, value)`` in the
folded text, memoized on the analysis."""

from __future__ import annotations

import re
from bisect import bisect_right

from .cast import given_names
from .tokenize import Analysis, Span, memo

STREET_TYPES = (
    r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Cres|Crescent|Crt|Court|Ct|Pl|Place|Way|Lane|Ln|"
    r"Trail|Trl|Tr|Terrace|Terr|Gate|Circle|Cir|Pkwy|Parkway|Sq|Square|Grove|Gdns|Gardens|Heights|Hts|Path|Row|Walk|"
    r"Close|Mews|Rise|Parade|Pde|Esplanade|Vale|Croft|Wynd|Tce|Cct|Circuit|Hwy|Highway|Track|View|Broadway"
)
# French street types as the folded text spells them, without accents ("montée" is "montee")
FRENCH_STREET_TYPES = r"rue|avenue|boulevard|boul\.|chemin|ch\.|montee|rang|cote"
_ADDRESS = re.compile(
    # (a range of numbers is one building's: "Frankston Arts Centre, 27-37 Davey St"; "Lot 55 Great Eastern Hwy")
    rf"\b(?:(?:unit|apt|suite)\s*\d+[a-z]?\s*[,-]\s*|Lot[ \t]+)?\d{{1,5}}(?:[-–]\d{{1,5}})?[A-Za-z]?[ \t]+(?!(?:Division|District|Precinct|Div|Dist)\b)"
    # (not "the 14 Division Holiday Food Drive"; "7 Glenview Park" is a street, as in the UK and Canada)
    rf"(?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES}|Park)\b\.?"
    rf"(?:[ \t]+(?:E|W|N|S|East|West|North|South)\b\.?)?"  # on one line: not "55 Division.\n\nQueen St"
    # a numbered street, as prairie cities and New York number them: "3804 66 Street", "10520 101 Ave NW",
    # "412 E 13th St", "1418 W 39th Pl", "1720 NE 65th St"
    rf"|\b\d{{1,5}}\s+(?:[EWNS]\.?\s+|[NS][EW]\s+|East\s+|West\s+)?\d{{1,3}}(?:st|nd|rd|th)?\s+(?:Street|St|Avenue|Ave|Place|Pl|Road|Rd|"
    rf"Drive|Dr|Boulevard|Blvd|Court|Ct|Lane|Ln|Terrace|Ter|Way)\b\.?"
    rf"(?:\s+(?:NW|NE|SW|SE)\b)?"
    # a French address, the number before the street's type: "4215 rue de Bordeaux", "1200, boul. Saint-Laurent"
    rf"|\b\d{{1,5}},?[ \t]+(?:{FRENCH_STREET_TYPES})[ \t]+"
    r"(?:(?:de la|de l'|du|des|de|d'|Saint|Sainte|St|Ste)[ \t-]*)?[A-Z][\w'’-]*"
    # a numbered rural road, and a street whose type comes first: "2389 Concession 4", "1140 State Highway 2",
    # "4417 Highway 7", "1203 Avenue H South"; a unit before a street of any name: "apartment 4C, 1550 Grand Concourse"
    # (an Alberta rural address has six digits: "252115 Range Road 254")
    r"|\b\d{1,6}[ \t]+(?:Concession|Sideroad|Side Road|Range Road|Township Road|County Road|Regional Road|State Highway|Highway|Hwy)"
    r"[ \t]+\d{1,3}\b"
    # (not Calgary's "17 Avenue S.W." or "42 Avenue S": a compass letter is Saskatoon's only before its direction)
    r"|\b\d{1,5}[ \t]+(?:Avenue|Ave|Street|St)[ \t]+(?:[A-DF-MO-RT-VX-Z]\b|[NSEW][ \t]+(?:North|South|East|West)\b)"
    r"(?:[ \t]+(?:North|South|East|West)\b)?"
    # (or "her apartment, 4F at 1560 Grand Concourse")
    r"|\b(?i:apartment|apt\.?|unit|suite|flat),?[ \t]*\d+[A-Z]?(?:,|[ \t]+at)[ \t]*(?P<after_unit>\d{1,5}[ \t]+(?:[A-Z][\w'-]*[ \t]+){0,2}"
    r"[A-Z][\w'-]*)"
    # a street of any name, with its unit after it: "1460 Grand Concourse, Apt 4F", "1520 Grand Concourse #4C"
    rf"|\b\d{{1,5}}[ \t]+(?:[A-Z][\w'-]*[ \t]+){{0,2}}[A-Z][\w'-]*,?[ \t]+"
    rf"(?:(?:Apt|Apartment|Unit|Suite)\.?[ \t]*\d+[A-Z]?\b|#(?:\d{{1,4}}[A-Z]|\d{{3,4}})\b)"
)
# someone said to live somewhere, and the place in it they live, told before its street ("lives alone in a basement
# apartment on", "lives with his elderly mother, who uses a walker, on"; not "lives in the area and was walking on")
_LIVES = (
    # (or is staying: "Jamie is staying with her aunt on Fifth Ave", dev batches 350 and 352)
    r"\b(?:lives|live|living|lived|resides|residing|resided|staying|stays)\s+(?:alone\s+|on\s+(?:his|her|their)\s+own\s+)?"
    r"(?:right\s+|just\s+|still\s+)?"  # "she lives right on Longfields Dr" (dev batch 356)
)
_PLACE_LIVED_IN = r"(?:in|with)\s+(?:a|an|the|his|her|their)\s+(?:(?!\b(?:and|but|was|were|is|when|while|area)\b)[^.!?\n;]){1,50}?\s+"
# where someone lives without a house number: the street they are said to live on ("his ex-partner, who lives on
# Birch Cres"), and a rural address ("RR 3, Lot 12, Concession 5", an Australian roadside mailbox "RMB 1420")
_HOME_NO_NUMBER = re.compile(
    # (or the block of it: "She lives alone in the 3300 block of West 14th Avenue"; or the place in it, "who lives on her
    # own on Glebeholme Blvd", "lives alone in a basement apartment on Russell Ave")
    rf"{_LIVES}(?:{_PLACE_LIVED_IN})?"
    rf"(?:on|along|in\s+the\s+\d{{1,5}}\s+block\s+of)\s+"
    rf"((?:[A-Z0-9][\w'-]*\.?[ \t]+){{1,3}}"
    rf"(?:{STREET_TYPES})\b\.?)"
    # a street with a unit after it, told without a house number: "in the 2400 block of N. Clark St, Unit 3B"
    rf"|\b((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?,?[ \t]+(?:Apt|Apartment|Unit|Suite)\.?[ \t]*\d+[A-Z]?)\b"
    r"|\b((?:RR|R\.R\.|Rural Route|Rural Delivery|RD|RMB)\s*#?\d+\b(?:,?\s+Lot\s+\d+,?\s+Con(?:cession|c\.?)?\s+\d+)?"
    r"|Lot\s+\d+,?\s+(?:Con(?:cession|c\.?)?|(?:Range|Township)\s+Road)\s+\d+"  # Alberta: "Lot 3, Range Road 45"
    r"|Con(?:cession|c\.)\s+\d+,?\s+Lot\s+\d+"  # "on Concession 7, Lot 22, Scugog Township"
    # a prairie quarter section, its legal land location: "the home of Clarence Bear, SE 12-34-5 W3"
    r"|(?:NE|NW|SE|SW)[ -]?\d{1,2}-\d{1,3}-\d{1,2}-?[ -]?W\d)\b"
    # a home by its street: "He picked up the complainant outside her home on Whitebirch Crt"
    # (or a named person's: "at volunteer coordinator Ruth Abara's home on Cherry Lane", dev batch 360)
    rf"|(?:\b(?:her|his|their)|(?-i:[A-Z])[\w'-]+(?:'s|’s))\s+(?:home|house|place|apartment|townhouse|flat|condo|bungalow)"
    rf"\s+(?:on|along)\s+((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)"
    # the street of a named person checked on at home (dev batch 272: "We've checked on Maureen Bligh on Victoria
    # Road, Ryde, who needs oxygen at home")
    rf"|\b(?:checked|checking|looked|looking)\s+(?:in\s+)?on\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,?"
    rf"(?:\s+\d{{1,3}},)?\s+(?:on|of|at)\s+((?:[A-Z0-9][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)"
    # back home on a street (dev batch 276: "has been found safe and is back home on Erb St W, where she lives alone")
    rf"|\b(?:is|is now|was|got|went|returned|safely)\s+(?:back\s+)?(?:at\s+)?home\s+on\s+((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}"
    rf"(?:{STREET_TYPES})\b\.?(?:[ \t]+[NSEW]\b)?)"
    # a suite someone lives in: "Ms. Roberts, lives in suite 1408 (buzzer 1408)"
    # (or "who lives on the same floor in unit 812", dev batch 320; "reach floor captain Bev at her unit, 1105", 322)
    r"|\b(?:lives|living|lived|resides|residing)\s+(?:[^.!?\n,;]{0,30}?\s)?in\s+((?i:suite|unit|apt\.?|apartment|flat|room)\s*#?\d+[A-Z]?)\b"
    r"|\b(?:his|her|their)\s+((?i:unit|apartment|suite|flat|apt\.?),?\s*(?:#|number\s+|no\.?\s*)?\d{2,5}[A-Z]?)\b"
    # a UK flat in a named block, told without a street: "who lives alone at Flat 3, Mill House, Stroud"
    r"|\b([Ff]lat\s+\d+[A-Z]?,?[ \t]+(?:[A-Z][\w'-]*[ \t]+){1,2}"
    r"(?:House|Court|Lodge|Mansions|Tower|Towers|Gardens|Heights|Point|Buildings))\b"
    # a room where someone lives: "who lives at the Halcyon Hotel, room 412"
    r"|\b(?:lives|living|lived|resides|residing|staying|stays)\s+(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w'-]*[ \t]+){1,3}"
    r"(?:Hotel|Motel|Inn|Lodge|Residence|Apartments|Tower|Towers|Manor|House|Place),?[ \t]+(?i:room|rm|unit|apt|suite)\.?[ \t]*\d+[A-Z]?)\b"
    # a person's own unit: "One resident, Ali Jafari in unit 807, has already spoken to us"
    r"|(?-i:[A-Z][a-z'-]+ [A-Z][\w'-]+),? ((?:in|of|from) (?i:unit|apt\.?|apartment|suite|flat) #?\d+[A-Z]?)\b"
    # ... or told by who lives there (dev batch 266: "spoke with the resident in unit 1204 about the noise")
    r"|\b(?:resident|tenant|occupant|neighbour|neighbor|owner)s?\s+((?:in|of|at)\s+(?i:unit|apt\.?|apartment|suite|flat)\s*#?\d+[A-Z]?)\b"
    # a room in a care home: "found safe and back at Oak Lodge care home, Room 12, Exeter"
    r"|\b((?:[A-Z][\w'-]*[ \t]+){1,3}(?i:care home|nursing home|retirement home|group home),?[ \t]+(?i:room|rm|flat|unit|apt)\.?[ \t]*\d+[A-Z]?)\b"
    # a home told by where it is from a place, or by its number alone (dev batches 194 and 198): "who lives just
    # around the corner on Jones Ave", "who lives right across from the park", "a retired teacher who lives at number 14"
    # (dev batches 310 and 314) "runs the fruit stand ... and lives above it", "He lives on the 9th floor", "lives alone
    # near the library", "living near the Legion in Stony Plain", "lives in the building by Kipling & Finch"
    r"|\b((?:lives|living)\s+(?:alone\s+)?(?:just\s+|right\s+|still\s+)?(?:a?round\s+the\s+corner|(?:up|down)\s+the\s+(?:street|road)|"
    r"across(?:\s+the\s+(?:street|road))?\s+from|opposite|above|behind|below|beneath|beside|next\s+(?:door\s+)?to|near|"
    r"(?:\w+\s+)?doors?\s+(?:down|up|away)\s+from|(?:just\s+)?down\s+the\s+block\s+from|"
    r"by\s+the|on\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|"
    r"ground)\s+floor|in\s+the\s+(?:building|house|apartment|flat|unit|tower|townhouse)\s+(?:by|beside|next\s+to|behind|"
    r"above|across\s+from|opposite|near))\b[^.!?\n,;\u2014]{0,60}?)(?=\s+(?:and|but|who|to|for|with|since)\b|\s*[^\w\s'&-]|\s+-\s|\s*$)"
    r"|\b(?:lives|living)\s+at\s+((?:number|no\.?|#)\s*\d{1,5}[a-z]?)\b"
    rf"|\b(?:lives|living)\s+(?:alone\s+)?at\s+the\s+(?:far\s+)?end\s+of\s+((?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)"
    # (dev batch 206) "who lives on the corner of 4th St and Elm Ave", "who has lived in the same house on Glebeholme
    # Blvd since 1961"
    r"|\b(?:lives|living|lived)\s+(?:alone\s+)?on\s+(the\s+corner\s+of\s+[^.!?\n,;]{3,40}?)(?=[,.;!?\n]|\s+(?:and|for|who|since)\b|$)"
    rf"|\b(?:lives|living|lived)\s+in\s+the\s+(?:same\s+)?(?:house|home|apartment|bungalow|townhouse)\s+on\s+("
    rf"(?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)"
    # a house told by its colour or by what is on it (dev batches 282 to 316): "the yellow house at Main St & E 19th
    # Ave", "the blue duplex", "the house with the basketball hoop", "the one with the red door across from the park"
    # (in lower case: "The White House" is no one's home)
    r"|\b((?i:the)\s+(?:red|blue|green|yellow|white|black|grey|gray|brown|pink|orange|purple|beige)"
    r"(?:-(?:brick|painted|roofed|sided))?\s+(?:brick\s+)?(?:house|home|bungalow|townhouse|cottage|farmhouse|duplex|door)"
    r"|(?i:the)\s+(?:house|home|one|place)\s+with\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:door|hoop|fence|porch|roof|"
    r"trampoline|garage|shed|boat|flag|gnomes?|mailbox|letterbox|hedge|awning|shutters|veranda|deck))\b"
    # a flat told by the shop it sits above (dev batches 320 to 352): "at her flat above the launderette on Brixton Hill",
    # "called to the flat above the chemist on Church St, Whitby"
    r"|\b((?i:flat|apartment|bedsit|rooms?)\s+(?:above|over)\s+(?:the|a|an)\s+(?:[\w'’&-]+\s+){1,3}?on\s+"
    r"(?:[A-Z][\w'-]*[ \t]+){0,2}[A-Z][\w'-]*\b)"
    # where someone found or helped is staying (dev batches 152 to 368): "is staying at the women's shelter on Barton St
    # E", "back at his group home on Jarvis St", "last seen near his group home on Kennedy Rd"
    rf"|\b(?:(?:staying|stays|living|lives|sleeping|sleeps|back)\s+(?:at|in)\s+(?:the|a|his|her|their)|(?:his|her|their))\s+"
    rf"((?:women's\s+|women’s\s+|youth\s+|homeless\s+)?(?:shelter|group\s+home|halfway\s+house|rooming\s+house)\s+on\s+"
    rf"(?:[A-Z0-9][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?)"
    # a home told by the doors between it and a place (dev batches 176 to 362): "lives two doors down", "Her parents
    # live two doors from the school", "still lives with his parents two doors from our new Northwest station"
    r"|\b((?:lives?|living)\s+(?:with\s+(?:his|her|their)\s+[\w-]+(?:\s+and\s+[\w-]+)?\s+)?(?:just\s+|right\s+)?"
    r"(?:[\w-]+\s+)?doors?\s+(?:(?:down|up|away)(?:\s+(?:from|on))?|from|on)\b(?:\s+[^.!?\n,;]{1,40}?)?)"
    r"(?=\s+(?:and|but|who|to|for|with|since)\b|\s*[^\w\s'&-]|\s*$)"
    # (dev batches 220, 230 and 372) "who lives alone at the corner of Coxwell & Gerrard", "lives alone at the south end of
    # Cherry St"
    rf"|\b(?:lives|living|lived)\s+(?:alone\s+)?at\s+(the\s+(?:corner\s+of\s+[^.!?\n,;]{{3,40}}?(?=[,.;!?\n]|\s+(?:and|for|who|since)\b|$)|"
    rf"(?:north|south|east|west|far|other)\s+end\s+of\s+(?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}(?:{STREET_TYPES})\b\.?))"
    # a house told by its number on a street: "who lives in the house at number 118 on Roxton Rd"
    rf"|\b(?:house|home|place|family)\s+at\s+(?:number\s+|no\.?\s+)?(\d{{1,5}}\s+on\s+(?:[A-Z][\w'-]*\.?[ \t]+){{1,3}}"
    rf"(?:{STREET_TYPES})\b\.?)"
)
_MANY_BEFORE = re.compile(  # "residents living on Birch Cres": a street's people, not one person's home
    r"\b(?:residents|people|anyone|everyone|those|families|neighbours|neighbors|households|tenants|homeowners|"
    r"drivers|you)\s+(?:who\s+)?$",
    re.I,
)
_PUBLIC_BUILDING = re.compile(
    r"\b(?:courts?|courthouse|court house|division|precinct|station|headquarters|hq|police|rcmp|grc|opp|detachment|hall|library|arena|"
    r"hospital|school|collegiate|college|institute|academy|university|church|cathedral|chapel|basilica|gurdwara|mosque|temple|synagogue|mall|centre|center|museum|"
    r"theatre|theater|stadium|office|offices|bureau|embassy|consulate|legislature|building|front desk|front counter|"
    r"service counter|lobby|branch|police service|police services|police department|"
    # a business or a public place, named by its kind: "a robbery at a bank at 2300 Yonge St", "the Ray Friel
    # Recreation Complex, 1585 Tenth Line Rd"
    r"bank|restaurant|store|shop|cafe|bar|pub|nightclub|club|pharmacy|hotel|motel|salon|dealership|warehouse|factory|"
    r"business|bodega|variety|depanneur|gas station|"  # (dev batches 354 and 356: "outside a business at 1560 Argyle St")
    r"supermarket|bakery|diner|gym|casino|cinema|recreation complex|sports complex|community hub|hub|rink|"
    r"construction site|work site|job site|clinic|campus|armory|armoury|pavilion|auditorium|fairgrounds|showgrounds?|cenotaph|"
    r"reporting centre|reporting center|(?-i:Unit|Squad|Services?)|"
    # (dev batches 326 to 330: "Mac's Convenience, 1012 Wellington St W", "Riverside Dental, 310 Main St", "Dartmouth
    # Sportsplex, 110 Wyse Rd", "the Community Services desk, 100 Main St", "Court of King's Bench, 2425 Victoria Ave")
    r"convenience|dental|dentistry|sportsplex|multiplex|desk|bench|market|grocery|plaza|"
    # a room of a public building (dev batch 358: "the Regina Police Service community room, 1717 Osler St")
    r"(?:community|meeting|training|multipurpose|multi-purpose|board) room)(?:\s+(?:robbery|robberies|break-in|holdup|hold-up|fire|"
    r"shooting|stabbing))?\s*[^\w\s.]{0,3}\s*(?:at\s+|like\s+|such\s+as\s+)?$"  # ("Bank robbery at 2300 Yonge St"; "the Property ... Unit, 5 Jardine Rd")
    # (dev batch 430: "Go to a Collision Reporting Centre, like 1800 Brimley Rd.")
    # (a mark or an emoji between: "the Vancouver Police Museum 🎉 240 E Cordova St")
    # (dev batch 420: a memorial, "the Old City Hall cenotaph, 60 Queen St W")
    # a business named after its kind: "Thank you to Bakery Nonna, 1234 St Clair Ave W"
    r"|\b(?:bakery|cafe|café|restaurant|pizzeria|pharmacy|clinic|salon|pub|bar|deli|market|grocery)\s+(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,2}\s*,\s*$"
    # the service's own place, named: "Our PCYC Bankstown, 1 Greenwood Ave"
    r"|\bour\s+(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,4}\s*,\s*$"
    # "The centre is at 16 Spadina Rd" (but "Police are at 2 Secord Ave" is where they went)
    # ("Our new Community Police Centre is open at 2430 Hwy 2")
    r"|\b(?:centre|center|library|arena|hall|school|church|mosque|temple|synagogue|museum|theatre|building|courthouse|"
    r"office|station|detachment)\s+(?:is|are)\s+(?:now\s+)?(?:located\s+|open\s+|based\s+)?at\s+$"
    # French: "au palais de justice de Gatineau, 17 rue Laurier", "le poste de quartier 21, au 1669 rue Saint-Denis"
    # ("La 55e Division, au 101, avenue Coxwell"; dev batch 434: "du poste 38, 1551, rue Amherst")
    r"|\b(?:palais de justice|poste(?: de (?:police|quartier))?|h[oô]tel de ville|quartier g[ée]n[ée]ral|\d+e division)(?:\s+(?:de la|de|du|d['’])\s*[\w-]+){0,3}(?:\s+\d+)?\s*[,:(-]?\s*(?:au\s+|à\s+)?$",
    re.I,
)
# "her building at 245 Sherbourne St", "her apartment above the bakery at 221 Main St": where someone lives, not a
# public building
_OWN_BUILDING = re.compile(
    r"\b(?:her|his|their|my|your)\s+(?:(?:apartment\s+|condo\s+)?building"
    r"|(?:apartment|home|flat|unit|condo|house|room)\s+(?:above|over|behind|below|beside|next\s+to)\s+(?:the|a)\s+\w+)"
    r"\s*[,:(-]?\s*(?:at\s+)?$",
    re.I,
)
# a person with a title, not a place: "groceries to Mrs. Eileen Park at 200 Wellesley St E", "Mrs. Joan Hall at"
TITLED_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*\s+at\s+$")
# a public place whose kind comes first in its name, just before its address
_KIND_FIRST = re.compile(
    r"\b(?:ecole|college|lycee|universite|university of|hopital|eglise|church of|bibliotheque|musee|museum of|service de police|"
    r"centre communautaire|centre de)\b(?:[^.,!?\n]|\b(?:st|ste|mt)\.){0,50},\s*$",  # ("Centre communautaire St. Lawrence,")
    re.I,
)
MONTH_WORD = r"(?:jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?"  # "Nov.", "April"
_MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD}\s+$", re.I)
_BLOCK_OF = re.compile(r"\bblock\s+of\s*$", re.I)
_STATION_AFTER = re.compile(r"\s+(?:subway |train |metro |skytrain |bus |go |lrt )?station\b", re.I)
# a count of places on the street, not a house number: "Break-ins at 3 Danforth Ave shops" (dev batch 416)
_PLACES_AFTER = re.compile(
    r"\s+(?:shops|stores|businesses|restaurants|bars|homes|houses|cars|vehicles)\b", re.I
)
_STATION_NAME = re.compile(r"\d+\s+(?:St|Av|Ave)-[A-Z]")  # New York's "14 St-Union Sq": a station
# a venue named just before its address in an invitation: "Join us ... at The 519, 519 Church St"
# ("at the Te Papa forecourt, 55 Cable St": a place in it, in lower case)
_VENUE_BEFORE = re.compile(
    r"\b(?:at|by|au|a la|a)\s+(?:[Tt]he\s+)?[A-Z0-9][\w'&.-]*(?:\s+[A-Z0-9][\w'&.-]*){0,4}"
    r"(?:\s+(?:forecourt|plaza|square|grounds|field|arena|gym|lobby|entrance|parking lot|car park|hall|rotunda|atrium|"
    r"foyer|courtyard|open day|open house|fair|barbecue|bbq|rodeo|festival|clinic))?\s*[,(]\s*$"
    # in French, a business named before its address: "au Tim Hortons du 350, boul. Maloney Ouest"
    r"|\b(?:au|a la|chez)\s+[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,4}\s+du\s*$"
)
_INVITATION = re.compile(
    r"\b(?:join|(?:kids|families|children|everyone|all) (?:are |is )?welcome|drop by|drop in|drop-in|come out|"
    r"come (?:and )?(?:meet|see|say|learn|chat|talk|visit)|open day|graduates|graduation|"  # "Come meet our team at", "our police station open day"
    r"open house|meeting|meetings|event|town hall|will host|celebration|ceremony|open to the public|giveaway|memorial|"
    r"funeral|vigil|visitation|service will be held|opens|grand opening|"
    # a drive, a fair, an information night (dev batches 113 and 114), in French too ("Portes ouvertes au PDQ 21")
    r"food drive|toy drive|donations|fundraiser|barbecue|bbq|disco|info night|"
    # (dev batches 232 to 300: "Free car seat clinic Saturday", "Coffee with a Cop")
    r"clinic|clinics|coffee with a cop|community day|family day|"
    r"information night|career fair|job fair|portes ouvertes|venez|vous invite|bienvenue|seance d'information|"
    # a meeting or a sign-up told another way (dev batches 242 and 244: "The Community Council meets Tues at 7 p.m. at",
    # "Free bike registration this Saturday", "New members welcome!")
    r"meets|registration|welcome!|members welcome|all welcome|is hosting|session|"
    r"soirees? d'information|visit us|find us|meet us|"  # ("Visit us at 2120 Cambie St")
    r"bring (?:[\w-]+ ){1,4}to|"  # "Bring non-perishable food to the Fortinos at 1579 Main St W"
    # a forum, a night out, a workshop (dev batch 266: "VPD Community Forum 📣 Tuesday 6:30–8 p.m. at 2120 Cambie St")
    r"meet (?:your|our) (?:local )?(?:cops|officers|police|team|neighbourhood officers|community officers)|"
    r"forum|forums|night out|workshop|workshops|seminar|info session|information session|recruiting|career)\b",
    re.I,
)
# an event's day or hours in the venue's own sentence (dev batches 198 to 348: "Shop with a Cop is Saturday at Target,
# 2100 Ridge Ave", "Bike rodeo at Science North, 100 Ramsey Lake Rd, on Saturday from 10 a.m. to 1 p.m.")
_HOUR, _AM_PM = r"\d{1,2}(?::\d\d)?\s*", r"a\.m\.|p\.m\.|am|pm"  # a clock time: "6 p.m.", "10:30am"
_WHEN = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    rf"|{_HOUR}(?:{_AM_PM}))\b",
    re.I,
)
# "at" (French "au") or "drop by" right before the address, or the event's time: "info night on Dec. 3 at 6 p.m., 474 Elgin St"
_AT = re.compile(rf"\b(?:at|au|(?:drop|stop|swing|pop|come) by)\s*$|\b{_HOUR}(?:{_AM_PM}|h)\s*,\s*$", re.I)
# an event's hours, then its place: "National Night Out ...! Tuesday 5–8 p.m. at 1000 Sutter Ave"
_TIME_AT = re.compile(rf"\b{_HOUR}(?:{_AM_PM})\s+at\s*$", re.I)
_HELD_AT = re.compile(
    r"\b(?:(?:will be|is being|is|are) held|takes place|will take place)\s+at\s*$"
    r"|\b(?:parking lot|parking garage|underground garage|lobby|plaza|food court)\s+(?:of|at)\s*$"
    # where a run or a parade starts (dev batch 202: "The Torch Run for Special Olympics Ontario starts at 200 Maple ...")
    r"|\b(?:run|walk|ride|parade|relay|race|march|procession|convoy|motorcade)\b[^.!?\n]{0,40}?"
    r"\b(?:starts|begins|kicks off|leaves|departs|sets off)\s+(?:at|from)\s*$"
    # an event that runs today ("Halton's first Youth Police Academy wraps up today at 2485 North Service Rd W")
    r"|\b(?:wraps up|kicks off|gets underway|runs)\s+(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week))\s+at\s*$",
    re.I,
)
_POSTAL = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b", re.I)
# a full UK postcode ("SE15 4QN"; a district alone, "SE15", is an area) after a home: venues give theirs too
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b")
_HOME_BEFORE_POSTCODE = re.compile(
    r"\b(?:home|house|flat|lives|living|lived|resides|address|property|bungalow|cottage)\b[^.!?\n]{0,30}$"
)  # (in lower case: "Council House - B1 1BB" is a venue)


@memo("street_address")
def street_addresses(a: Analysis) -> list[Span]:
    """House-number street addresses ("123 Example Ave"), and a home told without its street (a house number, a
    buzzer, how the house looks); "the 100 block of ..." is fine."""
    out = []
    public_end = -1  # where the last public place's address ended
    for m in _ADDRESS.finditer(a.folded):
        if public_end >= 0 and _JOINED.fullmatch(a.folded, public_end, m.start()):
            public_end = m.end()  # "a Collision Reporting Centre: 855 Oxford St or 1800 Sheppard Ave E": both
            continue
        if _not_a_home(a, m):
            public_end = m.end()
            continue
        num = m.group().split()[0]
        if (
            re.fullmatch(r"\d+", num)
            and len(num) == 4
            and num.startswith(("19", "20"))
            and not _OF_BEFORE.search(a.folded, max(0, m.start() - 4), m.start())
        ):
            continue  # a year: "2026 Queen's Plate" is not an address (but "Joanne Keller, 52, of 1908 Maple Ln" is)
        # the street after a unit told first ("apartment 4C, 1550 Grand Concourse"): the unit is read as its context
        start = m.start("after_unit") if m.group("after_unit") else m.start()
        out.append((start, m.end(), a.folded[start : m.end()].rstrip(".")))
    # a home told apart from its street, as a photo's alt text does: "the door number 112 visible", "with the number
    # 27 above the door", "buzzer 2211", "the yellow house with the red door"
    out += [(m.start(), m.end(), m.group()) for m in _HOME_TOLD.finditer(a.folded)]
    out += [(m.start(1), m.end(1), m.group(1)) for m in _HOME_AT.finditer(a.folded)]
    return sorted(out)


# a home by its number on a street named without its type (dev batches 306 and 308): "from Tara Fehr's home at 112
# Kingsway", "lives upstairs at 1170 Dufferin" (one with its type is read above: "her home at 17 Mornelle Crt")
_HOME_AT = re.compile(
    r"(?:(?:'s|’s|\b(?:his|her|their)) (?i:home|house|residence)|\blives(?: alone| upstairs| downstairs)?) at "
    rf"(\d{{1,5}}[a-z]? [A-Z][\w'-]+)(?![\w'-]|[ \t]+(?:[A-Z]|(?i:{STREET_TYPES})\b))"
)


_OF_BEFORE = re.compile(r"\bof\s+$")
_HOME_TOLD = re.compile(
    r"\b(?:house|door|civic),? number,? \d{1,5}[a-z]?\b|\bnumber \d{1,5}[a-z]? (?:above|on|beside|over|next to) the (?:front )?door\b"
    # a buzzer, and a home told by how it looks: "in unit 2211 (buzzer 2211)", "lives in the blue bungalow with the
    # white fence", "the yellow house with the red door on the corner of Hallam St"
    r"|\bbuzzer (?:code |number |no\.? |#)?(?:is )?\d{2,6}\b|\bbuzz code,? (?:is )?#?\d{2,6}\b|\bbuzz (?:with|at|on) #?\d{2,6}\b|\bbuzz #?\d{2,6} (?:for|to reach)\b"
    # a gate's or a door's code (dev batch 200: "inside her gate, code #4471, unit 12B")
    r"|\b(?:gate|door|entry|lockbox|lock box|key safe|keysafe|key[- ]?box|keypad|alarm|garage|building|enter)(?: door)?,? (?:access )?code,? (?:is )?#?\d{3,8}\b|\b(?:resident|tenant|occupant|neighbou?r),? buzz (?:code )?#?\d{2,6}\b"
    r"|\b\d{1,5} (?:[A-Z][\w'-]* ){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Place|Terrace|Way),? buzz #?\d{1,4}[A-Z]?\b"
    # a house told by its number, or where someone lives by a landmark (dev batch 158): "blocking the driveway at
    # number 63", "house #17 on Boon Ave", "lives just up the street in the green townhouse", "who lives above the bakery
    # on Main St"
    r"|\b(?:driveway|house|home|door) (?:at )?(?:number |no\.? |#)\d{1,5}[a-z]?\b"
    # (dev batch 166) "Front of a brick semi-detached house, number 47,", "A mailbox reading 118 beside a gravel driveway"
    r"|\b(?:house|home|bungalow|townhouse|duplex|cottage|farmhouse),? number \d{1,5}[a-z]?\b"
    r"|\b(?:mailbox|letterbox|mail box)(?:es)? (?:reading|reads|showing|shows|marked|with the number|numbered) \d{1,5}[a-z]?\b"
    r"|\blives (?:just )?(?:up|down|across) the (?:street|road) in the (?:[\w-]+ ){0,2}?(?:house|home|bungalow|townhouse|semi|duplex|cottage|apartment)\b"
    r"|\blives (?:above|below|behind|next to|beside) the [\w ]{1,20}? (?:on|at) [A-Z][\w'-]*"
    # (dev batch 180) "of the 4100 block of N. 37th Ave, apt 12": a block is public, its apartment is a home
    r"|\bblock of [^!?\n,]{1,40}, (?:apt|apartment|unit|suite|#)\.? ?\d{1,5}[a-z]?\b"
    # (dev batches 176 and 178) "She lives in the apartment above the pharmacy at the corner of Barton and Sherman",
    # "She lives on the third floor of the low-rise just east of the station"
    r"|\blives in the (?:apartment|flat|unit|room|suite) (?:above|over|behind|below|next to) the [\w ]{1,30}? (?:on|at|near) (?:the corner|[A-Z])"
    r"|\blives (?:alone )?on the (?:first|second|third|fourth|fifth|sixth|top|ground|\d{1,2}(?:st|nd|rd|th)) floor of (?:the|a) [^.!?\n,]{1,40}"
    r"|\b(?:lives|living)(?: alone)? in the (?:[\w-]+ ){1,4}?(?:house|home|bungalow|townhouse|semi|duplex|cottage|trailer)\b"
    # (dev batch 170: "the two-flat with the green awning at Damen and Cortland")
    r"|\bthe (?:[\w-]+ ){0,3}?(?:house|home|bungalow|townhouse|two-storey|semi|duplex|triplex|two-flat|three-flat|cottage) with "
    r"(?:the |a |an )?(?:[\w-]+ ){0,2}?"
    r"(?:door|fence|awning|ramp|roof|porch|shutters|garage|gate|mailbox)\b"
    # (dev batch 160) "the third house north of Harbord, the one with the blue porch", "The resident at #117", "in the
    # unit above the bakery", "She lives in the apartment tower beside the Glebe Community Centre"
    r"|\b(?:house|home)\b[^.!?\n]{0,40}?, the one with (?:the |a |an )?(?:[\w-]+ ){0,2}?"
    r"(?:door|fence|awning|ramp|roof|porch|shutters|garage|gate|mailbox)\b"
    r"|\b(?:resident|residents|family|tenant|tenants|owner|owners) at (?:number |no\.? |#)\d{1,5}[a-z]?\b"
    # (dev batches 358 and 362: "including Mark Dyson's at no. 57", "The lady at no. 12 on your road lives alone")
    r"|(?:(?<='s )|(?<=’s )|\b(?:lady|man|woman|gentleman|couple|senior|widow|widower|pensioner) )at (?:number |no\.? ?|#)\d{1,5}[a-z]?\b"
    r"|\b(?:in|from) the (?:unit|apartment|flat|suite|room) (?:above|over|behind|below) the [\w' -]{1,25}?\b(?=[,.;]|$| on\b)"
    r"|\b(?:lives|living) in the (?:[\w-]+ ){0,3}?(?:tower|building|high-rise|complex|apartments) (?:beside|next to|behind|"
    r"across from|opposite|above) the (?:[\w' -]{1,25}?)\b(?=[,.;]|$)",
    re.I,
)
_COURT_AT = re.compile(  # (or its name first: "returns to court on Dec 12 at the Ontario Court of Justice, 7755 ...")
    r"\b(?:sentencing|sentence hearing|bail hearing|trial|appear|appears|appearance|court)\b[^.!?\n]{0,40}\bat\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[^.!?\n,]{0,40},\s*)?$",
    re.I,
)
HOME_BEFORE = re.compile(  # (or "who lives just behind the school at 14 Penwick Gate")
    # (not an open house: "VPD open house at 2120 Cambie St")
    r"\b(?<!open )(?-i:house|home|apartment|condo|townhouse|residence) (?:at|on)\s*$|\blives?\b[^.!?\n]{0,40}\bat\s*$"
    # a resident's own yard, even for an event: "hosted by resident Gloria Feng in her backyard at 61 Marchmount Rd"
    r"|\b(?:her|his|their) (?:backyard|back yard|front yard|yard|garden|driveway|porch|garage|basement) (?:at|on)\s*$"
    # a named person's own place: "at coach Kai Mensah's place, 61 Sorauren Ave", "tools from Samuel Ortiz's garage at"
    r"|(?-i:[A-Z])[\w'’-]+(?:'s|’s) (?:place|house|home|garage|backyard|yard|driveway|cottage|apartment|condo|flat|basement)"
    r"(?: at|,)\s*$",
    re.I,
)
# a thread's count, all of its line before the address ("1/2 The Don Valley Pkwy"; not a unit: "Unit 4/18 Church St")
_THREAD_MARK = re.compile(r"[ \t]*\d{1,2}/")
# (an area in brackets between: "855 Oxford St (Etobicoke) or 1300 Ellesmere Rd (Scarborough)")
_JOINED = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,|;|/|&|or|and)\s*(?:or\s+|and\s+)?", re.I)


def _not_a_home(a: Analysis, m: re.Match[str]) -> bool:
    """The 100 block, a date, a public building, an event's venue or a station: an address that is no one's home."""
    if HOME_BEFORE.search(a.folded, max(0, m.start() - 60), m.start()):
        return False  # "take donations at the house at 19 Marchington Circle": a home, even for an event
    if _COURT_AT.search(a.folded, max(0, m.start() - 60), m.start()):
        return True  # "Sentencing is set for February at 45 Main St E.": a courthouse
    if _BLOCK_OF.search(a.folded[max(0, m.start() - 16) : m.start()]) or _THREAD_MARK.fullmatch(
        a.folded, a.folded.rfind("\n", 0, m.start()) + 1, m.start()
    ):
        return True  # (or a thread's count: "1/2 The Don Valley Pkwy will be closed")
    if _MONTH_BEFORE.search(a.folded[max(0, m.start() - 12) : m.start()]):
        return True  # "the Nov. 9 Queen St W shooting": a date, not a house number
    before = a.folded[max(0, m.start() - 40) : m.start()]
    if (
        _PUBLIC_BUILDING.search(before)
        and not _OWN_BUILDING.search(before)
        and not TITLED_BEFORE.search(before)
    ):
        return True  # "the Law Courts, 408 York Ave", "52 Division, 255 Dundas St W": a public building
    near = a.folded[max(0, m.start() - 60) : m.start()]
    venue = _VENUE_BEFORE.search(near)
    if venue and (_invites(a) or _dated_venue(a, m, venue.group())):
        return True  # an event's venue, named just before its address (or in a sentence that gives its day or hours)
    if _AT.search(near) and (
        _INVITATION.search(_sentence_so_far(a, m.start()))
        or (_TIME_AT.search(near) is not None and _invites(a))
    ):
        return True  # "All are welcome at 2158 Gottingen St": the invitation in the address's own sentence
    if _KIND_FIRST.search(near):
        return True  # "the students at École secondaire publique De La Salle, 501 Old St. Patrick St"
    if _HELD_AT.search(near):
        return True  # "a celebration of life will be held at ...", "in the parking lot of 2 Secord Ave"
    # "the 14 St-Union Square subway station", "at 14 St-Union Sq": a station's name
    return bool(
        _STATION_AFTER.match(a.folded, m.end())
        or _STATION_NAME.match(m.group())
        or _PLACES_AFTER.match(a.folded, m.end())
    )


# where someone died, told before a home: "passed away at his home on Reagan Avenue" (an appeal to trace family)
_DIED_AT = re.compile(r"\b(?:died|passed away|found dead|death)\b[^.!?\n]{0,30}?\b(?:at|in)\s+$", re.I)


@memo("home_no_number")
def homes_without_number(a: Analysis) -> list[Span]:
    """Where someone lives, told without a house number: "who lives on Birch Cres", "RR 3, Lot 12, Concession 5"."""
    return [
        (m.start(g), m.end(g), m[g])
        for m in _HOME_NO_NUMBER.finditer(a.folded)
        for g in range(1, _HOME_NO_NUMBER.groups + 1)
        if m[g]
        and not (g == 1 and _MANY_BEFORE.search(a.folded, max(0, m.start() - 30), m.start()))
        and not _DIED_AT.search(a.folded, max(0, m.start() - 60), m.start())
    ]


# a home told by what it is near or how it looks ("lives above the bakery on Main St", "the yellow house", "the corner of
# Hallam St"), not by its street: a street's name is capitalised ("lives on The Queensway")
_DESCRIBED = re.compile(r"(?:lives|living)\b|[Tt]he\s+[a-z0-9]")


def described_home(value: str) -> bool:
    """Whether a home of `street_addresses` or `homes_without_number` is told only by what it is near or how it looks:
    it narrows where someone lives, it does not prove it."""
    return _DESCRIBED.match(value) is not None


# a home told by a building or a household it is in, just before the street ("lives in the same condo tower on"), not by
# the house itself ("lives in the house on Cline Ave")
_BY_ITS_BUILDING = re.compile(
    _LIVES
    + r"(?!(?:in|with)\s+(?:a|an|the|his|her|their)\s+(?:same\s+)?(?:house|home|apartment|bungalow|townhouse)\s+on\s*$)"
    + _PLACE_LIVED_IN
    + r"(?:on|along)\s*$",
    re.I,
)


def told_by_its_building(a: Analysis, start: int) -> bool:
    """The home whose street starts at ``start`` is told by a building or household it is in: it narrows, it does not
    prove where someone lives."""
    return _BY_ITS_BUILDING.search(a.folded, max(0, start - 60), start) is not None


_HOMELY = re.compile(
    r"\b(?:farms?|ranch|homestead|residence|home|house|cottage|cabin|townhouses?|apartments?|flats?)\b", re.I
)


# the last word of a venue's name that says it is a place ("Tim Hortons Field", "Alderney Landing")
_VENUE_WORDS = frozenset(
    "field park centre center arena hall landing square mall plaza gardens library stadium rink pavilion".split()
)


def _dated_venue(a: Analysis, m: re.Match[str], venue: str) -> bool:
    """The venue's sentence gives a day or hours, and the venue is not a person ("at Mary Smith, 12 Elm St")."""
    words = re.findall(r"[A-Za-z][\w'&.-]*", venue)  # "at", then the venue's words ("The" skipped)
    first = words[2:3] if words[1:2] and words[1].lower() == "the" else words[1:2]
    # (a given name that opens a place's name, "at Tim Hortons Field,", is no person)
    place = bool(words) and words[-1].lower() in _VENUE_WORDS
    if (
        not first
        or not first[0].isalpha()
        or first[0].isupper()
        or (first[0].lower() in given_names() and not place)
    ):
        return False  # (nor a rural route, "at RR 3, 2871 Concession 6": a word with small letters names a venue)
    if _HOMELY.search(venue):
        return False  # "at Van Loon Farm, 1457 Concession Rd": a farm, a cottage or a residence is someone's home
    return _WHEN.search(_sentence_of(a, m.start(), m.end())) is not None


# characters read on each side of an address for its sentence: a run-on post stays linear
_SENTENCE_MOST = 400


def _sentence_of(a: Analysis, start: int, end: int) -> str:
    """The folded text of the sentence around ``start:end`` (to the next sentence end)."""
    text = a.folded
    most = min(len(text), end + _SENTENCE_MOST)
    stop = min(
        (
            i
            for i in (text.find(". ", end, most), text.find("! ", end, most), text.find("\n", end, most))
            if i >= 0
        ),
        default=most,
    )
    return _sentence_so_far(a, start) + text[start:stop]


def _invites(a: Analysis) -> bool:
    """The post invites the public somewhere (read once a post, however many addresses it gives)."""
    if "invitation" not in a.cache:
        a.cache["invitation"] = _INVITATION.search(a.folded) is not None
    return bool(a.cache["invitation"])


def _sentence_so_far(a: Analysis, pos: int) -> str:
    """The text of the sentence that ``pos`` is in, up to ``pos`` (its last 400 characters at most)."""
    i = bisect_right(a.word_starts, pos) - 1
    start = a.sentences_by_index(a.words[i].sentence)[0].start if i >= 0 else 0
    return a.folded[max(start, pos - _SENTENCE_MOST) : pos]


@memo("postal_code")
def postal_codes(a: Analysis) -> list[Span]:
    """Canadian postal codes (not a public building's: "Toronto Police Headquarters, 40 College Street, Toronto, ON
    M5G 2J3"), and a UK postcode told as someone's home ("near his home in SE15 4QN")."""
    out = [
        (m.start(), m.end(), m.group())
        for m in _POSTAL.finditer(a.folded)
        if not _public_postal(a, m.start())
    ]
    out += [
        (m.start(), m.end(), m.group())
        for m in _UK_POSTCODE.finditer(a.folded)
        if _HOME_BEFORE_POSTCODE.search(a.folded, max(0, m.start() - 50), m.start())
    ]
    return sorted(out)


def _public_postal(a: Analysis, start: int) -> bool:
    """A postal code at the end of a public building's address line: the street address just before it, in the
    same sentence, is no one's home."""
    lo = max(0, start - 80)
    last = None
    for m in _ADDRESS.finditer(a.folded, lo, start):
        last = m
    if last is None or re.search(r"[!?\n]|\.\s", a.folded[last.end() : start]):
        return False
    return _not_a_home(a, last)


# long street words and their short forms: "255 Dundas Street West" is "255 dundas st w"
_ADDRESS_WORDS = dict(
    pair.split(":")
    for pair in "street:st avenue:ave road:rd boulevard:blvd drive:dr crescent:cres court:crt ct:crt place:pl "
    "lane:ln parkway:pkwy terrace:terr east:e west:w north:n south:s".split()
)


def address_key(address: str) -> str:
    """'255 Dundas Street West' and '255 Dundas St W' are one address."""
    return " ".join(_ADDRESS_WORDS.get(w, w) for w in re.sub(r"\W+", " ", address.lower()).split())
