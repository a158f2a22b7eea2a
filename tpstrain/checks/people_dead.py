"""The dead pointed at without a name, for the people check's next-of-kin reading (checks/people.py): a job at a
named place, a place on a team, a nickname, a named relative, a home address; before the family is told, the vehicle
or the neighbourhood."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..passes.addresses import street_addresses
from ..passes.entities import licence_plates, may_show_people
from ..passes.gate import gated
from ..passes.kin_cues import not_told
from ..passes.names import CIVIL_TITLES
from ..words import hashtag_words
from .base import Ctx
from .described_as import dead_said
from .people_alone import NamesAlone
from .people_details import KIN_OF_NAMED, KNOWN_ROLE, NARROWS, ONE_OF_A_KIND, SINGLES_OUT, WORK_OF
from .people_sure import said_to_be
from .people_words import DIED, may_name_someone

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..passes.cast import Cast, Person
    from ..passes.gate import Gated
    from ..passes.tokenize import Analysis
    from ..shapes import FindingShape

# a job at a named business, told by its possessive: "The diner's longtime owner", "the bakery's head baker"
OWNER_OF = gated(
    re.compile(
        r"\b(?:the|a) [\w-]+(?:'s|’s) (?:longtime |long-time |former |new |head )?(?:owner|owners|manager|chef|baker|"
        r"founder|president|principal|pastor|caretaker|superintendent|janitor|coach|captain|skipper)\b",
        re.I,
    )
)
# a business the dead ran: "ran the flower stall outside Pape station for 30 years"
RAN = re.compile(
    r"\b(?:ran|owned|managed|operated) (?:(?:the|a|an|his|her|one of the|(?-i:[A-Z])[\w'’]*(?:'s|’s)) [^.!?\n]{3,40}"
    r"|(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)+)",  # "who ran West Coast Fly Co."
    re.I,
)  # (or by the business's name: "He owned Sal's Barbershop just up the street")
# a role at a named place, on a named team or route, a show hosted, a relative of a public figure, a nickname:
# "He was a longtime Canada Post letter carrier on the Beaches route", "the starting centre for the Hamilton
# Hurricanes", "the watch manager of Red Watch", "hosted the Friday night show on Brixton Bass FM", "the youngest son
# of a Brampton city councillor", "'Big Mike,' the crossing guard at Dufferin St"
_JOBS = (
    r"(?:centre|center|goalie|captain|coach|manager|owner|guard|host|teacher|principal|director|chef|carrier|pastor|"
    r"priest|president|chair|founder|star|player|keeper|conductor|drummer|singer|janitor|caretaker|librarian|"
    r"nurse|doctor|dentist|pharmacist|vet|barber|baker|butcher|mechanic|lifeguard|referee|umpire|organizer|organiser|"
    r"volunteer|operator|firefighter|paramedic|cashier|barista|bartender|cook|cleaner|electrician|plumber|carpenter|"
    r"farmer|fisherman|postie|professor|lecturer|instructor|tutor|lollipop lady|lollipop man)"
)
ROLE_AT = gated(
    re.compile(
        r"\b(?:(?i:he|she|they) (?:was|were) (?:a|an|the) [^.!?\n]{0,50}?\b(?:on|at|for|of|with) (?:the )?[A-Z][\w'-]+"
        rf"|(?i:the) (?:\d+-year-old )?(?:[\w-]+ ){{0,3}}?(?:{_JOBS}|driver) (?:for|of|at|outside) (?:the )?"
        # (a vehicle is no employer: "the driver of the SUV")
        rf"(?!(?:SUV|RV|ATV|UTV|BMW|VW|GMC)s?\b)[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
        rf"|(?i:a|an) (?:[\w-]+ ){{0,6}}?{_JOBS} (?:for|of|at|with) (?:the |a |an )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
        # the place's name before the job: "a TTC operator", "a Ballarat firefighter" (a driver is anyone's job)
        rf"|\b(?i:the|a|an) (?:[a-z-]+ )?(?:[A-Z][\w'-]+ ){{1,2}}{_JOBS}\b"
        # ... or its initials, for a job anyone may have: "a retired TTC driver", "a UPS driver" (not a vehicle's: "a HGV driver")
        r"|\b(?i:the|a|an) (?:[a-z-]+ )?(?!(?:HGV|LGV|PSV|SUV|ATV|UTV|RV|EV)\b)[A-Z]{2,5} (?:driver|worker|employee)\b"
        r"|(?i:hosted|coached|played for|worked (?:[\w-]+ ){0,4}?(?:at|for)|walked|delivered on|drove for|managed|"
        r"taught (?:[\w-]+ ){0,3}?(?:at|for)) [^.!?\n]{0,40}?[A-Z][\w'-]+"
        # a route of one's own: "He had driven the 36 Finch West route for 20 years"
        r"|(?i:drove|driven|drives|walked|delivered) (?:the |a |his |her )?[^.!?\n]{0,40}?\b(?i:route)\b"
        r"|(?:son|daughter|wife|husband|father|mother|brother|sister|grandson|granddaughter|nephew|niece) of (?:a|an|the) "
        r"[\w ]{0,30}?(?:councillor|mayor|officer|judge|mp|mpp|priest|pastor|rabbi|imam|chief|coach|owner|principal|"
        r"teacher|doctor|minister|senator|player|star|celebrity)\b"
        r"|['‘\"“][A-Z][\w .'-]{1,20}?,?['’\"”],? the \w+"
        # one role in a named group: "the Longhorn Band's tuba section leader", "the Rotary Club's president"
        r"|(?i:the) (?:[A-Z][\w'-]+ ){1,3}?[A-Z][\w-]*(?:'s|’s) (?:[a-z-]+ ){0,3}?(?:leader|captain|president|chair|director|"
        r"conductor|coach|manager|principal|founder|mascot)\b"
        # the one person of an occasion: "He was the groom at the wedding being held inside"
        r"|(?i:he|she) was the (?:groom|bride|best man|maid of honou?r|birthday (?:boy|girl)|guest of honou?r)\b)"
    )
)
# a life told of the one who died, which narrows them down without naming them: "She was a 40-year-old mother of two
# from Kitsilano", "He lived alone in a third-floor unit", "She had moved to Calgary from Lethbridge last month"
LIFE_OF = gated(
    re.compile(
        r"\b(?i:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa) of (?i:one|two|three|four|five|six|"
        r"seven|eight|\d{1,2})\b|\b(?i:lived|living) (?:there |here |on (?:his|her|their) own )?alone\b"
        # a scene, a club, a marriage or a course the dead are known by (dev batch 179): "well known in local netball
        # circles", "He skied with the Calgary Alpine Club masters team", "is married to an off-duty member of our
        # service", "was a U of T grad student in his 20s"
        r"|\b(?i:well[- ]known in (?:the )?(?:local )?[\w-]+(?: [\w-]+)? (?:circles|community|scene))\b"
        r"|\b(?i:he|she) (?i:skied|raced|rowed|swam|skated|sang|rode|cycled|ran) (?i:with|for) (?i:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
        r"|\b(?i:is|was) (?i:married to|engaged to) (?i:a|an|the|one of) [^.!?\n]{1,40}"
        r"|\b(?i:an?) [A-Z][\w'-]*(?: of [A-Z][\w'-]*)? (?i:grad|graduate|undergrad|undergraduate|phd|doctoral|nursing|law|"
        r"medical|engineering|exchange|international) (?i:student)\b"
        # a shift at the place: "He worked the night shift there" (dev batch 173)
        r"|\b(?i:he|she|they) (?:had )?worked (?:the |a )?(?:[\w-]+ ){0,2}?shifts? (?:there|at)\b"
        r"|\b(?i:had |has )?(?i:just |recently |only )?(?i:moved|arrived) (?i:to|in) [A-Z][\w'-]+ (?i:from) [A-Z][\w'-]+"
        # a job or a club told in a clause: "a 19-year-old man from Hinton who worked at the mill", "who raced with the
        # Darling Downs Motocross Club", "who worked as a courier for a downtown bike delivery company", "who worked out of
        # the Malvern garage"
        r"|\b(?i:who (?:worked|raced|played|volunteered|coached|taught|rode|sang|skated|swam|ran) (?:as|at|for|with|in|on|out of))"
        r" (?:(?i:the|a|an|his|her) )?[\w'’ -]{2,40}"
        # ... or what they drove for work: "who drove a tow truck for a local company"
        r"|\b(?i:who (?:drove|drives|had driven) (?:a|an|the) [\w -]{2,30}?(?= for\b))"
        # the street lived on, told of the person: "A woman in her 80s from Cobourg Street died"
        r"|\b(?i:man|woman|boy|girl|person|resident|senior)(?: in (?i:his|her|their) \d0s)?,? (?:\d{1,3},? )?(?i:from|of) "
        r"(?:[A-Z][\w'-]+ ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Dr|Crescent|Cres|Close|Court|Way)\b"
        # a course at a named school: "A 22-year-old Dalhousie engineering student has died"
        r"|\b(?i:an?|the) (?:\d{1,2}-year-old )?(?:[A-Z][\w'-]+ ){1,3}(?:[a-z]+ )?(?i:student|pupil)\b"
        # a job people know them by, a nickname, a route (dev batches 381 to 387): "a University of Toronto music professor",
        # "was the long-time organist at Sacred Heart Cathedral", "was known to regulars as 'Big Tam'", "Many of you will
        # know him from the route 8 service"
        r"|\b(?i:was|is|,) (?i:the|a|an|our) (?:[\w'-]+ ){0,4}?(?i:professor|lecturer|instructor|organist|choir director|"
        r"choirmaster|footballer|cricketer|jockey|auctioneer|barber|hairdresser|pharmacist|dentist|veterinarian|postman|"
        r"postie|mail carrier|letter carrier|butcher|baker|publican|grocer|storekeeper|photographer|broadcaster|"
        r"goalkeeper|goalie)\b[^.!?\n]{0,50}"
        r"|\b(?i:known to (?:[\w ]{1,30}? )as) ['\"‘“][A-Z][^'\"’”\n]{0,30}"
        r"|\b(?i:many of you (?:will |may |would |might )?(?:know|knew|recogni[sz]e) (?:him|her|them))\b[^.!?\n]{0,40}"
    )
)
# a named person's relative, the one who died: "Our hearts go out to Councillor Dan Keller and his family after his
# son was killed", "Dan Keller's son died"
_KIN = (
    r"(?:son|daughter|wife|husband|father|mother|brother|sister|grandson|granddaughter|nephew|niece|partner)"
)
KIN_OF_NAMED_DEAD = gated(
    re.compile(
        rf"\b[A-Z][\w'-]+ [A-Z][\w'-]+(?:'s|’s) (?:[\w-]+ )?{_KIN}\b"
        rf"|\b[A-Z][\w'-]+ [A-Z][\w'-]+\b[^.!?\n]{{0,40}}? (?:after|as|whose) (?:his|her|their) (?:[a-z-]+ )?{_KIN}\b"
        # the relative of the one person a place has: "was the homeowner's 24-year-old daughter"
        rf"|\b(?i:the) (?:homeowner|owner|tenant|landlord|landlady|pastor|mayor|principal|councillor)(?:'s|’s) (?:[\w-]+ )?{_KIN}\b"
        # one of a family told by its surname: "the youngest of the four Nakamura children"
        r"|\b(?i:of the) (?:(?i:two|three|four|five|six|seven) )?[A-Z][\w'-]+ (?:children|kids|siblings|brothers|sisters|twins)\b"
        # the one who died by a social-media account: "a well-known local rider, @Throttle_Tom on Instagram"
        r"|@\w+ (?i:on (?:Instagram|TikTok|Snapchat|YouTube|Facebook|Twitch|X)\b)"
        # a parent's known role: "The boy, a 9-year-old whose father coaches the Bondi under-10s"
        r"|\b(?i:whose (?:father|mother|dad|mum|mom|parents|family) (?:coaches|runs|owns|manages|teaches|is the))\b[^.!?\n]{0,40}"
    )
)
DEAD_DETAILS = (
    KIN_OF_NAMED_DEAD,
    WORK_OF,
    NARROWS,
    ONE_OF_A_KIND,
    SINGLES_OUT,
    KIN_OF_NAMED,
    KNOWN_ROLE,
    OWNER_OF,
    RAN,
    ROLE_AT,
)
OUR_OWN = re.compile(r"(?i)\b(?:our|service|police)\b")
# an age and a home town, which a service gives before the family is told: "A 45-year-old driver from Barrie died"
_TOWN_ONLY = re.compile(
    r"an? (?:\d+-year-old )?(?:driver|resident|motorist|rider|cyclist|pedestrian|passenger)s? (?:from|of|in) "
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?: (?:died|was|has|had|is)\b|[,.]|$)",
    re.I,
)
# before the family is told, what they would know the person by: the vehicle ("She was driving a red Mini Cooper", "a
# 34-year-old man from Markham riding a red Ducati"), the neighbourhood ("A woman in her 50s from the Cathedral
# neighbourhood has died") or the job ("a TTC bus operator"); not a town alone (``_TOWN_ONLY``)
_COLOURS = (
    r"(?:red|white|black|blue|grey|gray|silver|green|yellow|orange|purple|brown|gold|maroon|beige|tan|pink|dark|light|"
    r"bright|distinctive|custom|vintage|classic)"
)
KNOWN_BY = gated(
    re.compile(
        r"\b(?:(?:he|she|they) (?:was|were) |(?:\d{1,3}|\d0s|man|woman|person) (?:from (?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)? )?)"
        rf"(?:driving|riding) (?:a|an|his|her|their) (?:[\w-]+ ){{0,3}}?{_COLOURS}\b[^.!?\n,;]{{0,60}}"
        r"|\bfrom the (?:(?-i:[A-Z])[\w'-]+ ){1,3}(?:area|neighbourhood|neighborhood|estate|district)\b(?: of (?-i:[A-Z])[\w'-]+)?"
        # a small place by its kind ("A man in his 60s from the village of Ilkley"), a home on its street ("found dead
        # near his home on the 4500 block of N Clark St", "a fire in her suite at the Lions Manor"), a name the town
        # knows ("a well-known volunteer firefighter from Petitcodiac"); not a house fire's street alone, which posts
        # give while they hold the name ("A woman died in a house fire on Coxwell Ave. Her name is not being released")
        r"|\bfrom the (?:village|hamlet|township|community|town|settlement) of (?-i:[A-Z])[\w'-]+"
        r"|\b(?:fire|blaze) in (?:his|her|their) (?:home|house|suite|apartment|unit|condo|flat|bungalow)\b"
        r"|\b(?:near|outside|at|in) (?:his|her|their) (?:home|house|apartment|flat|building) (?:on|at|in) (?:the \d+ block of )?"
        r"(?:(?-i:[A-Z])[\w'.-]* ){0,2}(?-i:[A-Z])[\w'-]+"
        r"|\b(?:an?|the) (?:well[- ]known|much[- ]loved|beloved|popular|respected) (?:local )?[\w-]+(?: [\w-]+)?\b"
        # a neighbourhood by its name alone ("A 40-year-old woman from the West End"), or a job with its employer ("a TTC
        # bus operator in his 50s", "a Canada Post worker")
        r"|\b(?:man|woman|person|resident|senior|driver|\d0s),? from the (?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?\b"
        # (a driver only with what they drive for work: "an SUV driver", "a Honda driver" are told by the car)
        r"|\ban? (?:off-duty |retired |former )?(?:(?-i:[A-Z])[\w'&-]+ ){1,2}(?:(?:bus|streetcar|subway|truck|delivery|school) (?:operator|driver)|operator|"
        r"worker|employee|nurse|teacher|paramedic|firefighter|clerk|cashier|guard|technician|mechanic)\b"
        # (dev batches 341 to 347) what marks a car or clothes as theirs ("a white ute with Smith Plumbing signage", "the
        # red Nissan Micra with the Spurs flag on its bonnet", "a varsity jacket with her name stitched on it"), a lot in
        # a park of homes, a place they were a regular at, a station they served from, the person an appeal was for
        r"|\bwith (?:the |a |an |his |her |their )?(?:[\w'’&-]+ ){0,4}?(?:signage|decals?|logos?|lettering|stickers?|flag|"
        r"wrap|name stitched|name printed|name on)\b"
        # (dev batches 423 to 435) what else marks a vehicle as theirs ("a red Jeep with a Maple Leafs plate frame and a
        # kayak on the roof", "a yellow Ducati with a sidecar", "its personalized licence plate reads MOMSRIDE") or the
        # club kit they rode in ("in Brighton Cycling Club kit")
        r"|\bwith (?:a |an |the |his |her |their )?(?:[\w'’&-]+ ){0,4}?(?:plate frame|kayak|canoe|roof rack|ladder rack|"
        r"roof box|sidecar|child seats?|car seats?|bumper stickers?)\b|\bpersonali[sz]ed (?:licen[cs]e |number )?plates?\b"
        r"|\bvanity plates?\b|\bin (?:(?-i:[A-Z])[\w'’&-]* ){1,4}(?:kit|uniform|jersey|colours|colors)\b"
        # the uniform, kit or club of a named school, team or employer ("He was wearing a Swindon Academy uniform", "his
        # Toronto bike courier jacket", "He rode with a local club in the Beaches")
        r"|\bwearing (?:a|an|the|his|her|their) (?:[\w'’&-]+ )?(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,3}? (?:uniform|jersey|"
        r"jacket|kit|shirt|hoodie|colours|colors)\b"
        r"|\b(?:rode|ran|rowed|swam|skated|played|sang|trained|competed) (?:with|for) (?:a|an|the) (?:local )?(?:[\w-]+ ){0,2}?"
        r"(?:club|team|squad|crew|choir|band|league)\b"
        r"|\blot \d{1,4}\b|\b(?:a|the) (?:[\w-]+ )?regular at (?:the )?(?-i:[A-Z])[\w'’-]*"
        r"|\bfrom (?:fire )?(?:station|hall|firehall|company|platoon) \d{1,3}\b"
        r"|\b(?:believe|think) (?:it is|it's|it’s|this is) the (?:[\w-]+ ){0,2}?(?:we(?:'ve|’ve| have) been (?:appealing|looking|searching)"
        r"|(?:who|that) (?:was|went) (?:reported )?missing)\b"
        # (dev batches 353 and 355) a bib or a seat, a nickname, a family business, a flat in a named building, a unit
        # at a street number ("the runner wearing bib 4471", "a fan seated in Section 112, Row 4", "the man everyone
        # knew as 'Sax Man'", "The family runs the fruit stall", "his 12th-floor apartment at the Elm Avenue co-op")
        r"|\bbib (?:number |no\.? |#)?\d{1,5}\b|\b(?:seated|sitting) in (?:section|sec\.?) \d{1,4}\b|\bsection \d{1,4},? row \w+"
        r"|\b(?:knew|know|known) (?:him |her |them )?as ['\"‘“](?-i:[A-Z])[^'\"’”\n]{0,30}['\"’”]"
        r"|\b(?:family|he|she|they) (?:runs?|ran|owns?|owned|operates?|operated|manages?|managed) (?:the|a|an) "
        r"(?:[\w'’-]+ ){0,3}?(?:stall|shop|store|cafe|café|restaurant|bakery|dairy|diner|bar|pub|salon|garage|farm|"
        r"business|market|stand|kiosk|deli|takeaway)\b"
        r"|\b(?:his|her|their) (?:\d{1,2}(?:st|nd|rd|th)[- ]floor )?(?:apartment|unit|suite|flat|room) (?:at|in) (?:the )?"
        r"(?-i:[A-Z])[\w'’-]+"
        r"|\b(?:unit|apt\.?|apartment|suite|room) #?\d{1,4}[a-z]? (?:at|of|in) \d{1,5} (?-i:[A-Z])"
        # (dev batches 357 and 363) a link back to the appeal that named them: "believed to be the 27-year-old Markham
        # man from our missing person appeal on Monday", "the lifesaver missing since Friday", "the missing 71-year-old
        # Scarborough man we posted about on Saturday"
        r"|\b(?:from|in) our (?:[\w-]+ ){0,3}?(?:appeal|post|tweet|alert)\b|\bwe (?:posted|tweeted|shared|appealed) about\b"
        r"|\bmissing since (?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
        re.I,
    )
)
# the name in a tribute: "Rest easy, Big Mike", "RIP Jordan", "Fly high, Auntie Rose"
TRIBUTE = gated(
    re.compile(
        r"\b(?i:rest easy|rest in peace|rip|fly high|sleep well|gone too soon|forever in our hearts),?\s+(?i:to )?"
        # a rank before the name: "Rest easy, Sgt. Mark Ellery"
        r"(?:(?:Sgt|Cst|Const|PC|Det|Insp|Supt|Constable|Sergeant|Detective|Officer|Chief|Capt|Captain|Lt|Cpl|Dr)\.?\s+)?"
        r"((?:Auntie |Uncle |Big |Little |Lil )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}|@\w+)"
        # spoken to: "Captain Ryan Ostrowski, you will be missed"
        r"|\b((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+),? (?i:you will be (?:missed|remembered)|we will miss you|you will never be forgotten)"
    )
)

# a picture of the one who died, told in its alt text: "Portrait of the man who died in the Vanier stabbing",
# "A photo of the victim, smiling"
DEAD_PICTURED = re.compile(
    r"\b(?:portrait|photo|photograph|picture|image|headshot|selfie|snapshot)s? of (?:the |a |an )?"
    r"(?:[\w'’-]+ ){0,3}?(?:victim|deceased|(?:man|woman|boy|girl|person|teen|teenager|youth|driver|rider|cyclist|"
    r"pedestrian|motorcyclist|resident|worker|senior)(?:,? \d+,?)? (?:who|that) (?:died|was killed|was fatally))\b",
    re.I,
)


def _in_alt_texts(post: object, rx: re.Pattern[str] | Gated, people_only: bool) -> list[tuple[int, int, int]]:
    """``rx``'s matches in the alt texts of the post's media (their index, start, end); ``people_only``: only in
    images and GIFs that may show people."""
    return [
        (k, m.start(), m.end())
        for k, x in enumerate(getattr(post, "media", None) or [])
        if x.alt_text and (not people_only or (x.kind in ("image", "gif") and may_show_people(x.alt_text)))
        for m in rx.finditer(x.alt_text)
    ]


def dead_pictured(post: object) -> list[tuple[int, int, int]]:
    """Images (their index) whose alt text pictures the one who died, with the words that say so."""
    return _in_alt_texts(post, DEAD_PICTURED, people_only=True)


def _known_by_pictured(post: object) -> list[tuple[int, int, int]]:
    """Images and videos (their index) whose alt text shows what the one who died would be known by (``KNOWN_BY``)."""
    return _in_alt_texts(post, KNOWN_BY, people_only=False)


class DeadDescribed(NamesAlone):
    """The next-of-kin reading: the dead named or described, which ``PeopleRule`` inherits (and whose readers of
    names it uses)."""

    _declared: Callable[[Ctx, Person], str | None]
    _name_finding: Callable[..., FindingShape]

    # ----- naming the dead (next of kin) -----------------------------------------------------------
    def _deceased_named(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        told = getattr(ctx.post, "next_of_kin_notified", None)
        if (
            told is True
            or cast.trace_appeal  # "help us trace his family": the name is how the family is found
            or (  # the post's own "not yet told" outweighs what its words suggest ("In Memory of"), a charge
                # over the death included ("... identified as NAME. We are working to notify her family. A man has
                # been charged with murder")
                told is None
                and not cast.not_notified
                and (cast.notified or cast.old_case or cast.death_charged or cast.convicted)
            )
        ):
            return []
        out = []
        # "the man who died ... was local headteacher Carl Jones. His family are yet to be informed."
        dead_sentences = {q.sentence for q in cast.people if "deceased" in q.roles}
        # where the dead are spoken of without a name: "the driver killed in this morning's crash was ..."
        dead_subjects = {q.first for q in cast.people if "deceased" in q.roles and q.name is None}
        # an officer who died is named by the service once the family knows; before, as anyone else
        said_not_told = told is False or cast.not_notified
        # no name the cheap look sees (the rule woke on a description alone): only the description is read
        names = may_name_someone(ctx.a)
        named = [
            p
            for p in cast.people
            if names and p.name is not None and (not p.official or said_not_told or _civil_title_dead(ctx, p))
        ]
        for p in named:
            if self._declared(ctx, p) == "official":
                continue
            # the family not yet told: whoever the post names, other than someone accused or a witness, may be
            # the person who died ("identified as Cheyenne Morningstar, 26. Family notification is under way")
            if (
                "deceased" in p.roles
                or _identified_dead(ctx, p, dead_subjects)
                or (
                    (
                        told is False
                        or (
                            cast.not_notified
                            and (p.strong or p.sentence in dead_sentences or said_to_be(ctx, p))
                        )
                    )
                    and (not p.official or "deceased" in p.roles or _civil_title(ctx, p))
                    and not p.roles & {"accused", "convicted", "witness"}
                )
            ):
                out.append(self._name_finding(ctx, p, told is False or cast.not_notified))
        if not out and said_not_told and names:  # a first name alone: "Rest easy, Jordan." (asked)
            out = self._first_names(ctx, cast.name_words())
        rip_tag = any(hashtag_words(t.text[1:])[:1] == ["rip"] for t in ctx.a.hashtags)  # "#RIPTyson", "#RIP"
        if not out and (
            rip_tag
            or _tells_a_death(ctx.a)
            # a tribute is itself a death: "Rest easy, Sgt. Mark Ellery", when the family has not been told
            or (said_not_told and TRIBUTE.search(ctx.a.folded))
        ):
            out = self._tribute_names(ctx, said_not_told)
        if not out:
            out = self._dead_described(ctx, cast)
        if _tells_a_death(ctx.a):
            out += self._names_in_hashtags(ctx, certain=told is False or cast.not_notified)
        elif rip_tag:
            out += self._names_in_hashtags(ctx, certain=told is False or cast.not_notified, tribute=True)
        return out

    @staticmethod
    def _describes_someone(ctx: Ctx) -> bool:
        """A cheap look before the dead are looked for: any detail ``_dead_described`` reads."""
        text = ctx.a.folded
        return (
            any(rx.search(text) for rx in (*DEAD_DETAILS, TRIBUTE, LIFE_OF))
            or bool(dead_said(text, not_told=True))
            or bool(street_addresses(ctx.a))
            or bool(dead_pictured(ctx.post))
            # the car's plate, told before the family knows: "registration WU19 KPT ... working to trace his next of kin"
            or (not_told(text) and bool(licence_plates(ctx.a)))
            or (
                (not_told(text) or getattr(ctx.post, "next_of_kin_notified", None) is False)
                and (bool(KNOWN_BY.search(text)) or bool(_known_by_pictured(ctx.post)))
            )
        )

    def _tribute_names(self, ctx: Ctx, certain: bool) -> list[FindingShape]:
        """The name a tribute gives the dead ("Rest easy, Big Mike"): has the family been told?"""
        return [
            self.finding(
                ctx, m.start(g), m.end(g), {"value": m.group(g), "name": m.group(g)}, certain=certain
            )
            for m in TRIBUTE.finditer(ctx.a.folded)
            for g in (1 if m.group(1) else 2,)
        ]

    def _dead_described(self, ctx: Ctx, cast: Cast) -> list[FindingShape]:
        """The dead person not named but pointed at: by a job at a named place ("the owner of the hardware store
        on Main St"), a place on a team, a nickname, or a named relative ("the father of councillor Jim Baird").
        Whether the family knows is asked; when the post says they have not been told, a detail in the sentence
        that tells of the death (not an address or a plate, which may be only where it happened) is an error."""
        sentences = {p.sentence for p in cast.people if "deceased" in p.roles and p.name is None}
        # and the sentence after, told of the same person: "A woman has died in a house fire. She taught music at ..."
        sentences |= {k + 1 for k in sentences if _opens_with_pronoun(ctx.a, k + 1)}
        # the post says the family has not been told: a detail anywhere in it may point to the person
        not_told = cast.not_notified or getattr(ctx.post, "next_of_kin_notified", None) is False
        if not sentences and not not_told:
            return []
        a = ctx.a
        # (the job they had, "who worked as a courier for a downtown delivery company", narrows; it is asked)
        spans = [
            (m.start(), m.end(), not a.folded.startswith("worked ", m.start()))
            for rx in DEAD_DETAILS
            for m in rx.finditer(a.folded)
        ]
        spans += [(m.start(), m.end(), False) for m in LIFE_OF.finditer(a.folded)]  # narrows, never proves
        # what the post says the person was: "He was a 27-year-old apprentice electrician"
        spans += [(s, e, False) for s, e in dead_said(a.folded, not_told)]
        official = ctx.policy.official_address
        # "lived at 88 Glenlake Ave"
        spans += [(s, e, False) for s, e, v in street_addresses(a) if not official(v)]
        if not_told:  # the car's plate, told before the family knows: "a silver Honda, plate CKLM 482"
            spans += [(s, e, False) for s, e, _ in licence_plates(a)]
            spans += [(m.start(), m.end(), False) for m in KNOWN_BY.finditer(a.folded)]
        # before the family knows, their picture ("Portrait of the man who died in the Vanier stabbing"; an error) and
        # what the pictures show of theirs ("A silver minivan with a Maple Leafs licence plate frame", dev batch 435;
        # asked)
        pictured = (
            [(hit, True) for hit in dead_pictured(ctx.post)]
            + [(hit, False) for hit in _known_by_pictured(ctx.post)]
            if not_told
            else []
        )
        out = [
            self.finding(
                ctx, s, e, {"value": alt[s:e]}, field=f"media[{k}].alt_text", field_text=alt, certain=certain
            )
            for (k, s, e), certain in pictured
            for alt in (ctx.post.media[k].alt_text or "",)
        ]
        for s, e, detail in spans:
            k = bisect_right(ctx.word_starts, s) - 1
            if OUR_OWN.search(a.folded, s, e) or _TOWN_ONLY.match(a.folded, s):
                continue  # "a member of our Service": one of thousands; "a driver from Barrie": a town of thousands
            if k >= 0 and (a.words[k].sentence in sentences or not_told):
                sure = not_told and detail and a.words[k].sentence in sentences
                out.append(self.finding(ctx, s, e, {"value": a.folded[s:e]}, certain=sure))
        return out


def _civil_title_dead(ctx: Ctx, p: Person) -> bool:
    """A person who died, named after a doctor's or a cleric's title (not an officer's or an official's)."""
    return "deceased" in p.roles and _civil_title(ctx, p)


def _civil_title(ctx: Ctx, p: Person) -> bool:
    """Named after a doctor's or a cleric's title ("the cyclist killed ... was Dr. Ines Carvalho", "Father
    Dominic"): no office in the case."""
    return p.first > 0 and ctx.a.words[p.first - 1].lower.rstrip(".") in CIVIL_TITLES


# who tells it, before the pronoun: "Locals say she", "Friends said he", "We understand she"
_SAY = frozenset("say says said understand understood believe".split())


def _opens_with_pronoun(a: Analysis, k: int) -> bool:
    """Sentence ``k`` opens with "He" or "She", or with who says it ("Locals say she was ..."), so tells more of the
    person just spoken of."""
    words = [w.lower for w in a.sentences_by_index(k)[:4]]
    # (or "One of the deceased was the principal of ...", dev batch 405)
    if words and (
        words[0] in ("he", "she")
        or words[:4] in (["one", "of", "the", "deceased"], ["one", "of", "the", "dead"])
    ):
        return True
    said = next((i for i, w in enumerate(words[:3]) if w in _SAY), None)
    return said is not None and said + 1 < len(words) and words[said + 1] in ("he", "she")


# who the name after "identified as" may be, other than the one who died: "The suspect has been identified as"
_NOT_THE_DEAD = frozenset(
    """suspect suspects accused shooter gunman attacker offender wanted charged arrested witness witnesses driver's
    arrest warrant""".split()
)
_BODY = frozenset(("body", "remains"))
_NAMED_BY = frozenset(("as", "be", "was"))
_FOUND = frozenset(("found", "recovered", "pulled"))
_WATER = frozenset(
    "river lake creek harbour harbor canal bay sea ocean pond reservoir quarry water waters".split()
)
# a body found in water, which wakes the next-of-kin reading without a word of death
FOUND_IN_WATER = (
    rf"\b(?:{'|'.join(sorted(_FOUND))}) (?:from|in|out of) (?:the )?(?:[\w'-]+ ){{0,3}}?"
    rf"(?:{'|'.join(sorted(_WATER, key=len, reverse=True))})\b"
)
# a death told in French, as the folded text spells it: "le conducteur, Luc Tremblay, 57 ans, est décédé sur place"
DIED_FR = r"\b(?:decedee?s?|a perdu la vie|ont perdu la vie|a succombe|(?:a|ont) ete tuee?s?|(?:est|sont) morte?s?|retrouvee?s? sans vie)\b"
_DEAD_WORDS = (DIED | _BODY | {"killed", "found"}) - {"rip"}


def _identified_dead(ctx: Ctx, p: Person, dead_subjects: set[int]) -> bool:
    """A name given as who the dead is: "A man, 34, has died ... He has been identified as Omar Haddad", "Police
    identify the victim of Saturday's homicide as Lucie Paquette", "A body recovered ... is believed to be missing
    kayaker Tom Rennick", "The woman found in the Cataraqui River this morning was Paula Vachon" (not "The suspect
    has been identified as")."""
    if p.name is None or p.roles & {"accused", "convicted", "witness", "suspect"}:
        return False
    words, first = ctx.a.words, p.name[0]
    # "as", "to be" or "was" just before the name, or a few words before it ("identified as Kitchener man Joel Baines",
    # "as missing German tourist Lena Krause")
    k = first - 1
    while k >= 0 and first - k <= 4 and words[k].lower not in _NAMED_BY and words[k].sentence == p.sentence:
        k -= 1
    if k < 2 or words[k].lower not in _NAMED_BY or words[k].sentence != p.sentence:
        return False
    if first - k > 3 and words[k].lower != "as":
        return False
    start = k  # the sentence's start, or 40 words back (a run-on post stays linear)
    while start > max(0, k - 40) and words[start - 1].sentence == p.sentence:
        start -= 1
    around = {w.lower for w in words[start:k]}
    in_water = bool(around & _FOUND and around & _WATER)  # "the man pulled from Lake Scugog"
    # "was": the sentence's subject is the dead ("the driver killed in the crash was", "the man pulled from Lake
    # Scugog was"; not "The driver who hit her was")
    if words[k].lower == "was":
        return not around & _NOT_THE_DEAD and (in_water or any(start <= i < k for i in dead_subjects))
    if words[k].lower == "be":  # "is believed to be", said of a body
        return (
            words[k - 1].lower == "to"
            and words[k - 2].lower in ("believed", "thought")
            and bool(around & _BODY)
        )
    ident = next(
        (i for i in range(k - 1, max(start - 1, k - 18), -1) if words[i].lower.startswith("identif")), None
    )
    if ident is None or around & _NOT_THE_DEAD:
        return False
    if {w.lower for w in words[ident:k]} & _DEAD_WORDS or around & DIED or in_water:
        return True  # the dead told in the same words: "the victim of Saturday's homicide", "the man killed"
    # "He has been identified as", "The victim has been identified as", after the death is told
    return ident - start <= 4 and _first_death_word(ctx.a) < start


def _tells_a_death(a: Analysis) -> bool:
    """Some word of the post tells of a death ("died", "killed", "homicide")."""
    return _first_death_word(a) < len(a.words)


def _first_death_word(a: Analysis) -> int:
    """The index of the post's first word that tells of a death (past the last word with none), read once a post."""
    if "first_died" not in a.cache:
        a.cache["first_died"] = next((i for i, w in enumerate(a.words) if w.lower in DIED), len(a.words))
    return int(a.cache["first_died"])
