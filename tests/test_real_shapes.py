"""Invented posts in the shapes of real police posts that the checker once judged wrongly (benchmarks/real_posts.py
finds them; the real text is never committed). Each pair: what the text proves, and the level it earns."""

import pytest

from tpstrain import check


def _levels(post: str | dict, rule: str) -> list[str]:
    return [f.level for f in check(post).findings if f.rule == rule]


# (text, rule, levels expected for that rule)
CASES = [
    # a helpline: "call ... for help and advice" after a number, or a UK 03/08 number, is a service's line
    (
        "If you or someone you know feels unsafe in their home, call 0161 555 0192 for help and advice.",
        "privacy.phone",
        [],
    ),
    ("@SafeHarbourCharity can help. You can contact them on 0300 555 0143 any day.", "privacy.phone", []),
    ("Do you recognise this man? Pls call 020 5550 1234 with any info.", "privacy.phone", []),
    ("Ticket office enquiries Tel: 0161 555 0147 or 0161 555 0148 (9am-1pm).", "privacy.phone", []),
    ("Call the incident room on 07700 900123 or Crime Stoppers.", "privacy.phone", []),
    ("Amir Khan, 22, (13.02.1998), of Hillingdon, was charged with theft.", "privacy.phone", []),
    # ... but a person's own number stays private
    ("Found a lost dog? Call her home number 416-555-0142.", "privacy.phone", ["error"]),
    ("Please text the owner at 416-555-0187 if you find the bike.", "privacy.phone", ["error"]),
    # an officer's mailbox at a service's own domain is asked about, not blocked; a resident's named one is blocked
    (
        "Meet Cst. Aisha Example, your new community officer downtown. Reach her at aisha.example@halifax.ca.",
        "privacy.email",
        ["warning"],
    ),
    ("Found a lost dog? Contact Aisha Example at aisha.example@halifax.ca.", "privacy.email", ["error"]),
    # a young victim who died, named: asked (parents may agree to it), not blocked
    (
        "A 16-year-old boy was convicted of murder today over the fatal stabbing of 17-year-old Darnell Okafor in "
        "Rexdale. He will be sentenced in March.",
        "legal.youth-named",
        ["warning"],
    ),
    (
        "Scarborough teen Jalen Morrow' killers have been jailed for life. Both men will serve at least 20 years.",
        "legal.youth-named",
        ["warning"],
    ),
    # "are looking for" a named teen: a missing-person appeal, or a wanted youth when the post names an offence
    (
        "Police are looking for Isaac Marlow, 16, last seen Sunday near Scarborough Town Centre. Call 416-808-4100.",
        "legal.youth-named",
        [],
    ),
    (
        "Police are looking for Jordan Pike, 17, after a robbery on Main St. He was last seen running north.",
        "legal.youth-named",
        ["error"],
    ),
    # a year of birth makes a young person; a named brother identifies the young person charged
    ("Tariq Mallory (born 2010) of Milton has been charged with robbery.", "legal.youth-named", ["error"]),
    (
        "A 15-year-old is charged in the mall phone thefts. His older brother, Marcus Hill, was charged last spring.",
        "legal.youth-identity",
        ["error"],
    ),
    # a young person named in a "#Free..." tag, or after "the 17-year-old charged,"
    (
        "Seeing #FreeJalenR in your feed? The 17-year-old charged in Saturday's stabbing will have his day in court.",
        "legal.youth-named",
        ["error"],
    ),
    (
        "UPDATE: The 17-year-old charged, Devon, was released on conditions today. He returns to court in January.",
        "legal.youth-named",
        ["error"],
    ),
    # the complainant's mother named, or her account given
    (
        "Const. Ana Ruiz of our Sex Crimes Unit thanks Dana Price, mother of the 9-year-old complainant, for "
        "reporting it. A 50-year-old man is charged.",
        "legal.complainant-named",
        ["error"],
    ),
    (
        "To survivor @mara.b.art: thank you for trusting us. Charges of sexual assault were laid today.",
        "legal.complainant-identity",
        ["error"],
    ),
    # a young person charged and named is still blocked
    ("Keenan Brooks, 16, has been charged with Robbery.", "legal.youth-named", ["error"]),
    # the offender named, not the person harmed: "X, who sexually exploited a girl, has been jailed"
    (
        "Darren Holloway - who sexually exploited a 12-year-old girl - has been jailed for two years.",
        "legal.complainant-named",
        [],
    ),
    # the person harmed, an adult now, waived anonymity, and the post says so: taken at its word, as a post that
    # says the family was told is (neither his name nor who abused him is flagged)
    (
        "Owen Pryce, now 40, was abused by his hockey coach in the 1990s. He has waived his right to anonymity "
        "to encourage other survivors of sexual abuse to come forward.",
        "legal.complainant-named",
        [],
    ),
    # a date of birth beside an offender's name: some services publish it; asked
    (
        "Delivery driver Marcus Bell (14/02/1990) of Leeds was handed four years today for sexual assault.",
        "privacy.date-of-birth",
        ["warning"],
    ),
    (
        "Can you help us find Shannon Reid (13.02.1998)? She was last seen on Park Street.",
        "privacy.date-of-birth",
        ["error"],
    ),
    # relatives: co-accused and general words are not the person harmed; the victim's relative is asked about;
    # the relative harmed, or the relative who did it, identifies
    (
        "A woman who ran an escort agency has been jailed alongside her brother for exploiting vulnerable women.",
        "legal.complainant-identity",
        [],
    ),
    (
        "Grooming happens online too. Parents can protect their children by talking about sexual exploitation.",
        "legal.complainant-identity",
        [],
    ),
    (
        "Detectives are appealing after a rape in Etobicoke, as the 15-year-old victim's mother asks the public "
        "for help.",
        "legal.complainant-identity",
        ["warning"],
    ),
    (
        "Sentencing closes a case where a young girl suffered sexual abuse at the hands of her stepfather.",
        "legal.complainant-identity",
        ["error"],
    ),
    (
        "A man has been charged with sexually assaulting his stepdaughter.",
        "legal.complainant-identity",
        ["error"],
    ),
    # naming the dead: asked, unless the text shows the family knows or the death is before a court
    ("Leon Marsh, 34, died after a crash on Kingston Rd on Sunday.", "legal.next-of-kin", ["warning"]),
    (
        'The family of Leon Marsh, 34, who died after a crash on Kingston Rd, said: "He was a devoted dad."',
        "legal.next-of-kin",
        [],
    ),
    (
        "Detectives investigating the fatal stabbing of Leon Marsh have charged three men with his murder.",
        "legal.next-of-kin",
        [],
    ),
    ("Two years on from the murder of Leon Marsh, we renew our appeal.", "legal.next-of-kin", []),
    # the dead named while the post's field says the family has not been told: a hiker, a body identified
    (
        {
            "text": "The snowmobiler who died on Lake Nipissing on Sunday was Carl Osten, 39, of North Bay.",
            "next_of_kin_notified": False,
        },
        "legal.next-of-kin",
        ["error"],
    ),
    (
        {
            "text": "The body found near the Humber River has been identified as missing man Theo Lind, 58.",
            "next_of_kin_notified": False,
        },
        "legal.next-of-kin",
        ["error"],
    ),
    # where the complainant lives or a post only she holds
    (
        "A woman was sexually assaulted in her apartment above the bakery at 555 Main St on Friday. A man is charged.",
        "legal.complainant-identity",
        ["error"],
    ),
    (
        "A man is charged with sexual assault on the night manager of the Brock Street gas station in Whitby.",
        "legal.complainant-identity",
        ["warning"],
    ),
    # batch 7 shapes: sisters with ages and their named mother; a guilt label with "booked"/"faces"; a handle
    (
        "Two sisters, aged 13 and 16, are charged with assault. Their mother, Karen Dace, 44, was also charged.",
        "legal.youth-identity",
        ["error"],
    ),
    (
        "The burglar who hit Maple Ave homes was booked into the county jail. Trevor Amos, 29, faces five counts.",
        "legal.presumption-of-innocence",
        ["warning"],
    ),
    (
        "Shoutout to our young witness @sk8r_nia for helping us identify the 15-year-old charged in the assault.",
        "legal.youth-identity",
        ["error"],
    ),
    (
        "A 14-year-old boy (born 03.03.2012) is charged with theft under $5,000.",
        "legal.youth-identity",
        ["error"],
    ),
    (
        "Amir Hussein (05/12/1982) has been charged with sexual activity with a teenage girl.",
        "legal.youth-identity",
        [],
    ),
    # acts told as fact about the person charged: certain after a name, asked after a description
    (
        "Dylan Moro, 28, broke into six homes in Elmwood. He has been charged with six counts of break and enter.",
        "legal.presumption-of-innocence",
        ["error"],
    ),
    (
        "A 37-year-old man stole a delivery van on Yonge St and rammed two cars. He faces six charges.",
        "legal.presumption-of-innocence",
        ["warning"],
    ),
    (
        "The man wanted for the Bloor St West hit-and-run turned himself in. Leo Bianco, 42, is charged.",
        "legal.presumption-of-innocence",
        [],
    ),
    # a Title Case headline is not a list of names
    (
        "Latest News : Man Arrested Over Geese Shot Dead In Leeds",
        "legal.presumption-of-innocence",
        [],
    ),
]


@pytest.mark.parametrize(("text", "rule", "levels"), CASES, ids=[f"{c[1]}-{k}" for k, c in enumerate(CASES)])
def test_real_shape(text, rule, levels):
    assert _levels(text, rule) == levels, check(text)
