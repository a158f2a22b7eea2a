"""The small graders of issue 17: a false claim said only to deny it (tpstrain.course.claims), and the families
of guesses, blame and computer-security jargon (tpstrain.course.families)."""

from __future__ import annotations

import pytest

from tpstrain.course import AnswerError
from tpstrain.course.claims import claim_problems, correction_feedback, grade_correction, link_problems
from tpstrain.course.families import family_matches

CLAIMS = {
    "a bomb": "bomb|bombs|explosive|explosives|explosion",
    "an evacuation": "evacuated|evacuate|evacuation",
    "a cover-up": "hiding|hide|hidden|cover-up|cover up",
}


@pytest.mark.parametrize(
    "text",
    [
        "There was no bomb at Union Station.",
        "Officers did not find a bomb.",
        "It wasn't a bomb: it was a suitcase.",
        "A bomb was not found, and the station is open.",
        "Union Station was never evacuated, and we are not hiding anything.",
        "We are hiding nothing. No one was evacuated.",
        "Posts saying a bomb was found at Union Station are false.",
        "There is no truth to claims of a bomb at Union Station.",
        "A bomb scare at Union Station turned out to be a forgotten suitcase.",
        "The bomb rumour is false.",
        "Union Station is open and trains are running.",  # no claim at all: fine
    ],
)
def test_a_claim_said_only_to_deny_it_passes(text):
    assert claim_problems(text, CLAIMS) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("A bomb was found at Union Station. The station is open.", "as if it were true"),
        (
            "No one was hurt when a bomb exploded at Union Station.",
            "as if it were true",
        ),  # a denial, not of it
        ("The evacuation at Union Station is over and trains are running.", "as if it were true"),
        ("Union Station is open. There was a bomb but it was removed.", "as if it were true"),
        ("Posts say a bomb was found at Union Station. That is false.", "without saying"),  # passed on
        ("People are saying everyone was evacuated.", "without saying"),
    ],
)
def test_a_claim_told_or_passed_on_fails_with_its_sentence(text, said):
    problems = claim_problems(text, CLAIMS)
    assert len(problems) == 1 and said in problems[0].message
    assert problems[0].quote and problems[0].quote in text and problems[0].fix


def test_a_claim_repeated_spreads_it():
    text = "There was no bomb. No bomb was found. Officers found no explosives."
    problems = claim_problems(text, CLAIMS)
    assert [p.message for p in problems] == [
        "The false claim (a bomb) comes up in 3 sentences: every mention spreads it."
    ]
    assert claim_problems(text, CLAIMS, mentions=3) == []
    # each part of the claim counts on its own: one denial each is fine
    assert claim_problems("There was no bomb. No one was evacuated.", CLAIMS) == []


def test_fine_phrases_are_not_the_claim():
    text = "The bomb squad checked the suitcase. It was harmless."
    assert claim_problems(text, CLAIMS)
    assert claim_problems(text, CLAIMS, fine=["bomb squad"]) == []
    assert claim_problems(text, None) == []


KEEP = {"place": "Union Station", "open": "open|running", "number": "416-808-2222"}


def test_grade_correction_judges_the_post_and_the_claim():
    good = "Union Station is open, and there was no bomb. Questions? Call 416-808-2222."
    assert grade_correction(good, KEEP, claims=CLAIMS, leave_out=["speculation", "blame"]) is None
    assert correction_feedback(good, KEEP, claims=CLAIMS, leave_out=["speculation", "blame"]).passed
    for bad, why in [
        ("A bomb was found at Union Station. It is open now. Call 416-808-2222.", "as if it were true"),
        (
            "There was no bomb at Union Station. It was probably a prank. It is open. Call 416-808-2222.",
            "guesses",
        ),
        (
            "Stop spreading fake news. There was no bomb at Union Station. It is open. Call 416-808-2222.",
            "blame",
        ),
        ("There was no bomb at Union Station.", "Missing key fact"),
        ("Union Station open 416-808-2222", "too short"),
    ]:
        with pytest.raises(AnswerError) as e:
            grade_correction(bad, KEEP, claims=CLAIMS, leave_out=["speculation", "blame"])
        assert why in str(e.value), (bad, str(e.value))
        shown = correction_feedback(bad, KEEP, claims=CLAIMS, leave_out=["speculation", "blame"])
        assert not shown.passed and why in shown.text()


def test_grade_correction_refuses_the_placeholder_and_the_original():
    original = "BOMB at Union Station!! Everyone is being evacuated."
    with pytest.raises(AnswerError, match="have not written"):
        grade_correction("\nWrite your answer here.\n", KEEP, claims=CLAIMS)
    with pytest.raises(AnswerError, match="original"):
        grade_correction(original, KEEP, claims=CLAIMS, original=original)
    assert "have not written" in correction_feedback("Write your answer here.", KEEP).text()


# ----- the families ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("speculation", "It was probably a prank.", ["probably"]),
        ("speculation", "We believe the bag was left by mistake.", ["We believe"]),
        ("speculation", "It may have been dropped by a tourist.", ["may have"]),
        ("speculation", "Officers checked the bag. It was harmless.", []),
        ("speculation", "It is unlikely that anyone saw it.", []),
        ("blame", "Stop spreading fake news.", ["Stop spreading", "fake news"]),
        ("blame", "Anyone who fell for it should have known better.", ["fell for", "should have known"]),
        ("blame", "The account was taken over through human error.", ["human error"]),
        ("blame", "No one who shared the post is to blame.", []),
        ("blame", "Thank you to everyone who checked with us first.", []),
        (
            "security jargon",
            "A phishing attack compromised our credentials.",
            ["phishing", "compromised", "credentials"],
        ),
        ("security jargon", "We have turned on 2FA.", ["2FA"]),
        ("security jargon", "Someone else took over our account. Do not click its links.", []),
    ],
)
def test_new_families(name, text, found):
    assert family_matches(text, name) == found


# ----- what the facts deny, links, and denials further off -----------------------------------------------------
UNTRUE = {"injuries": "hurt|injured|paramedics|hospital"}


def test_what_the_facts_deny_may_come_up_only_to_be_denied():
    for fine in (
        "No one was hurt. No one was injured.",  # as often as needed
        "The suitcase had nothing in it that could hurt anyone. No one was hurt.",
    ):
        assert claim_problems(fine, CLAIMS, untrue=UNTRUE) == [], fine
    (added,) = claim_problems("Two people were checked by paramedics as a precaution.", CLAIMS, untrue=UNTRUE)
    assert "confirmed facts deny" in added.message
    # a denial of something else in another clause does not deny it
    assert claim_problems("No one was hurt and a bomb was found.", CLAIMS)


def test_a_denial_after_the_claim_in_its_clause():
    fake = {"the fake account": "@TPS52Div_Help|TPS52Div_Help"}
    assert claim_problems("Heads up: @TPS52Div_Help is a fake account.", fake) == []
    assert claim_problems("Block and report @TPS52Div_Help.", fake) == []
    assert claim_problems("For real updates, follow @TPS52Div_Help.", fake)


def test_a_correction_never_links_to_a_post_or_another_account():
    keep = {"the real account": "@TPS52Div"}
    assert link_problems("See the video: https://x.com/trainwatch_to/status/1865432100987654321", keep)
    assert link_problems("Avoid x.com/TPS52Div_Help: it is fake.", keep)
    assert link_problems("Follow us at https://x.com/TPS52Div or torontopolice.on.ca/news.", keep) == []
    shown = correction_feedback(
        "Union Station is open and safe. Here is the video: https://youtu.be/abc123 Questions: 416-808-2222.",
        KEEP,
        claims=CLAIMS,
    )
    assert not shown.passed and "link" in shown.text()


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("blame", "If you send money to a random account, that's on you.", ["that's on you"]),
        ("speculation", "An account that looks like ours is not ours.", []),
        ("speculation", "It looks like a prank.", ["looks like"]),
        ("secrets", "DM @TPS52Div your X password to check.", ["DM @TPS52Div your X password"]),
        ("secrets", "We will never ask for your password or bank details.", []),
        ("secrets", "No one from the service will ask for your PIN.", []),
        ("secrets", "To check your account wasn't affected, DM us your password.", ["DM us your password"]),
        ("secrets", "If an account asks you to send your bank details, it is fake.", []),
        (
            "personal details",
            "Reply to @TPS52Div with your full name and banking details.",
            ["Reply to @TPS52Div with your full name and banking"],
        ),
        ("child details", "Mom says she'll ride every day now!", ["Mom"]),
        ("child details", "a keen fourth-grader from Dovercourt P.S.", ["fourth-grader", "Dovercourt P.S."]),
        ("child details", "a nine-year-old who lives across from the park", ["year-old who lives"]),
        ("child details", "Thanks to everyone who lives nearby and brought their kids.", []),
        ("child details", "Thanks to the Tremblay family!", ["the Tremblay family"]),
        (
            "child details",
            "Recognize this rider? Tag her parents!",
            ["Recognize this", "Tag her"],
        ),
        ("child details", "Thanks to all the moms and dads who came. Helmets save lives.", []),
        ("child details", "Cst. Haddad fits a helmet for a young rider, seen from behind.", []),
    ],
)
def test_families_of_lessons_15_and_16(name, text, found):
    assert family_matches(text, name) == found
