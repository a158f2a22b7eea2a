"""Two official languages: a post's language, an English/French pair's facts, the French lexicon, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tpstrain import check, check_pair, detect_language, load_policy
from tpstrain.pair_facts import facts

EN = (
    "Missing: Margaret Lewis, 81, last seen Tuesday, March 3, at 2 p.m. near Bathurst St and Lawrence Ave W. "
    "She is 5'4\" with short grey hair. Call 416-808-3200 or 9-1-1. Case 2026-104422. #MissingPerson "
    "torontopolice.on.ca/en/missing"
)
FR = (
    "Disparue : Margaret Lewis, 81 ans, vue pour la dernière fois le mardi 3 mars vers 14 h près de la rue "
    "Bathurst et de l'avenue Lawrence Ouest. Elle mesure 5 pi 4 po et a les cheveux gris courts. Composez le "
    "416-808-3200 ou le 9-1-1. Dossier 2026-104422. #MissingPerson torontopolice.on.ca/fr/missing"
)


# ----- which language --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN, "en"),
        (FR, "fr"),
        ("Road closed: Kennedy Rd between Ellesmere Rd and Lawrence Ave E.", "en"),
        ("Route fermée : chemin Kennedy entre le chemin Ellesmere et l'avenue Lawrence Est.", "fr"),
        ("Thanks to everyone who came out to the open house.", "en"),
        ("Merci à tous ceux qui sont venus à notre journée portes ouvertes.", "fr"),
        ("Veuillez éviter le secteur.", "fr"),
        ("Please avoid the area.", "en"),
        ("Merci!", "und"),  # too short to tell
        ("", "und"),
        ("416-808-2222", "und"),
        ("Happy Canada Day! Bonne fête du Canada!", "und"),  # both
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_english_dev_posts_are_not_read_as_french():
    from pathlib import Path

    rows = []
    for path in sorted((Path(__file__).parent / "devset").glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # posts their writers wrote in French on purpose (the note says so, or the writer's report did: batch58's
    # complainant post from Montreal, batch66's Montreal recruiting post): read as French, rightly
    written_in_french = {
        r["id"] for r in rows if "(in French)" in r.get("note", "") or "French-language" in r.get("note", "")
    } | {
        "d58-arrest-026",
        "d66-recruiting-013",
        "d85-court-034",
        "d85-court-067",
        "d96-arrest-017",
        "d102-traffic-009",
        "d102-missing-022",
        "d105-tip-012",
        "d105-event-008",
        "d111-tip-010",
        "d115-arrest-002",
        "d115-tip-002",
        "d115-tip-019",
        "d117-tip-016",
        "d117-missing-021",
        "d119-tip-012",
        "d119-missing-017",
        "d122-arrest-025",
        "d123-arrest-012",
        "d123-arrest-026",
        "d123-missing-018",
        "d123-tip-036",
        "d124-court-025",
        "d125-missing-007",
        "d125-missing-023",
        "d129-tip-013",
        "d129-arrest-019",
        "d129-missing-019",
        "d130-traffic-009",
        "d130-arrest-022",
        "d111-missing-013",
        "d132-arrest-011",
        "d132-arrest-029",
        "d132-court-025",
        "d132-arrest-050",
        "d132-tip-015",
        "d137-tip-012",
        "d137-community-008",
        "d137-court-005",
        "d137-tip-044",
        "d137-traffic-030",
        "d137-missing-016",
        "d136-arrest-013",
        "d136-traffic-010",
        "d136-crisis-016",
        "d136-court-029",
        "d136-crisis-022",
        "d136-arrest-044",
        "d136-weather-009",
        "d138-arrest-013",
        "d138-arrest-031",
        "d138-youth-009",
        "d138-community-015",
        "d139-arrest-012",
        "d139-arrest-028",
        "d139-arrest-039",
        "d139-traffic-011",
        "d139-crisis-010",
        "d139-court-024",
        "d139-community-013",
        "d139-arrest-078",
        "d139-weather-003",
        "d139-campaign-004",
        "d140-community-002",
        "d140-traffic-007",
        "d140-tip-014",
        "d140-tip-041",
        "d141-tip-007",
        "d141-community-010",
        "d141-youth-003",
        "d141-traffic-013",
        "d141-court-012",
        "d141-arrest-033",
        "d141-event-011",
        "d141-campaign-006",
        "d141-arrest-037",
        "d142-arrest-019",
        "d142-arrest-039",
        "d142-court-026",
        "d142-community-008",
        "d142-community-011",
        "d142-court-040",
        "d142-community-016",
        "d144-tip-020",
        "d144-community-022",
        "d144-campaign-003",
        "d144-missing-013",
        "d144-community-030",
        "d144-community-033",
        "d143-arrest-013",
        "d143-arrest-030",
        "d143-arrest-050",
        "d143-traffic-010",
        "d143-traffic-018",
        "d143-court-022",
        "d143-arrest-062",
        "d143-missing-005",
        "d145-arrest-012",
        "d145-arrest-030",
        "d145-arrest-046",
        "d145-traffic-023",
        "d145-court-023",
        "d145-court-029",
        "d145-arrest-067",
        "d146-community-006",
        "d146-tip-038",
        "d146-court-008",
        "d146-community-018",
        "d146-community-020",
        "d146-community-022",
        "d148-tip-013",
        "d148-event-007",
        "d148-campaign-007",
        "d147-arrest-009",
        "d147-arrest-021",
        "d147-arrest-040",
        "d147-crisis-012",
        "d147-traffic-018",
        "d147-court-026",
        "d147-arrest-061",
        "d147-community-016",
        "d150-tip-005",
        "d150-traffic-005",
        "d150-court-006",
        "d150-community-021",
        "d150-crisis-011",
        "d150-tip-048",
        "d149-arrest-040",
        "d149-crisis-024",
        "d149-arrest-059",
        "d149-community-011",
        "d152-community-006",
        "d152-event-012",
        "d152-tip-026",
        "d152-community-043",
        "d152-community-044",
        "d151-arrest-006",
        "d151-arrest-031",
        "d151-arrest-052",
        "d151-traffic-015",
        "d151-community-017",
        "d151-arrest-060",
        "d151-weather-003",
        "d154-tip-017",
        "d154-tip-018",
        "d154-event-004",
        "d154-community-021",
        "d153-arrest-015",
        "d153-traffic-007",
        "d153-tip-003",
        "d153-arrest-066",
        "d153-campaign-004",
        "d156-community-001",
        "d156-community-033",
        "d156-event-011",
        "d155-arrest-011",
        "d155-arrest-024",
        "d155-arrest-041",
        "d155-traffic-007",
        "d155-traffic-012",
        "d155-court-014",
        "d155-traffic-023",
        "d155-community-008",
        "d155-traffic-028",
        "d155-court-032",
        "d155-community-014",
        "d158-community-004",
        "d158-tip-020",
        "d158-community-019",
        "d157-arrest-011",
        "d157-arrest-023",
        "d157-arrest-040",
        "d157-traffic-009",
        "d157-traffic-017",
        "d157-court-022",
        "d157-traffic-025",
        "d157-community-027",
        "d157-arrest-069",
        "d157-campaign-003",
        "d159-arrest-013",
        "d159-arrest-029",
        "d159-arrest-047",
        "d159-crisis-009",
        "d159-traffic-016",
        "d159-court-021",
        "d159-community-005",
        "d159-arrest-062",
        "d159-recruiting-004",
        "d160-campaign-003",
        "d160-tip-016",
        "d160-traffic-016",
        "d160-missing-018",
        "d160-recruiting-008",
        "d162-arrest-006",
        "d162-community-014",
        "d162-court-007",
        "d162-traffic-019",
        "d162-missing-009",
        "d162-tip-049",
        "d161-arrest-009",
        "d161-arrest-028",
        "d161-arrest-044",
        "d161-traffic-008",
        "d161-traffic-019",
        "d161-court-025",
        "d161-tip-003",
        "d161-crisis-020",
        "d161-arrest-070",
        "d161-event-007",
        "d164-arrest-010",
        "d164-community-006",
        "d164-weather-004",
        "d164-weather-007",
        "d164-recruiting-004",
        "d164-arrest-042",
        "d163-arrest-014",
        "d163-arrest-053",
        "d163-court-023",
        "d163-tip-001",
        "d163-community-013",
        "d163-arrest-072",
        "d163-weather-006",
        "d165-arrest-012",
        "d165-arrest-026",
        "d165-arrest-043",
        "d165-traffic-011",
        "d165-crisis-016",
        "d165-court-016",
        "d165-court-037",
        "d166-traffic-015",
        "d166-community-007",
        "d166-tip-016",
        "d166-court-014",
        "d166-missing-008",
        "d166-court-016",
        "d166-community-019",
        "d166-community-020",
        "d166-tip-036",
        "d167-youth-005",
        "d167-court-009",
        "d167-arrest-038",
        "d167-traffic-010",
        "d167-court-019",
        "d167-tip-004",
        "d167-crisis-017",
        "d167-arrest-056",
        "d167-event-003",
        "d168-tip-015",
        "d168-tip-025",
        "d168-community-031",
        "d168-event-009",
        "d168-campaign-016",
        "d170-traffic-006",
        "d170-traffic-009",
        "d170-arrest-022",
        "d170-traffic-029",
        "d170-tip-041",
        "d169-arrest-013",
        "d169-arrest-029",
        "d169-arrest-049",
        "d169-crisis-010",
        "d169-traffic-018",
        "d169-court-027",
        "d169-court-037",
        "d169-event-004",
        "d169-court-046",
        "d171-traffic-005",
        "d171-arrest-013",
        "d171-arrest-028",
        "d171-traffic-019",
        "d171-arrest-041",
        "d171-community-018",
        "d172-community-001",
        "d172-tip-004",
        "d172-traffic-007",
        "d172-missing-009",
        "d172-tip-019",
        "d172-campaign-009",
        "d173-arrest-027",
        "d173-arrest-041",
        "d173-court-018",
        "d173-event-006",
        "d174-community-013",
        "d174-recruiting-003",
        "d174-missing-020",
        "d174-arrest-038",
        "d175-arrest-012",
        "d175-arrest-030",
        "d175-arrest-043",
        "d175-crisis-005",
        "d175-court-023",
        "d175-court-033",
        "d175-event-004",
        "d176-tip-026",
        "d176-weather-006",
        "d176-missing-013",
        "d177-arrest-031",
        "d177-arrest-049",
        "d177-traffic-009",
        "d177-court-025",
        "d177-traffic-024",
        "d177-arrest-070",
        "d177-community-033",
        "d178-community-003",
        "d178-crisis-005",
        "d178-community-027",
        "d179-arrest-012",
        "d179-arrest-026",
        "d179-arrest-041",
        "d179-traffic-007",
        "d179-traffic-018",
        "d179-court-028",
        "d179-court-042",
        "d179-tip-010",
        "d180-tip-043",
        "d180-missing-012",
        "d180-community-026",
        "d181-arrest-007",
        "d181-arrest-016",
        "d181-arrest-036",
        "d181-crisis-006",
        "d181-traffic-011",
        "d181-court-013",
        "d181-missing-009",
        "d181-community-021",
        "d182-crisis-003",
        "d182-tip-014",
        "d182-community-031",
        "d182-community-032",
        "d182-campaign-007",
        "d183-arrest-006",
        "d183-arrest-022",
        "d183-arrest-038",
        "d183-crisis-007",
        "d183-crisis-020",
        "d183-court-014",
        "d183-missing-006",
        "d183-court-034",
        "d183-tip-007",
        "d184-tip-013",
        "d184-community-026",
        "d184-event-009",
        "d185-arrest-004",
        "d185-arrest-017",
        "d185-arrest-033",
        "d185-traffic-004",
        "d185-traffic-011",
        "d185-court-013",
        "d185-event-001",
        "d185-community-009",
        "d185-missing-008",
        "d185-community-013",
        "d185-crisis-044",
        "d186-tip-006",
        "d186-court-008",
        "d186-recruiting-006",
        "d186-tip-030",
        "d186-tip-048",
        "d187-arrest-011",
        "d187-arrest-042",
        "d187-missing-006",
        "d187-event-004",
        "d188-arrest-005",
        "d188-tip-018",
        "d188-tip-022",
        "d188-tip-038",
        "d188-missing-014",
        "d188-community-045",
        "d189-arrest-007",
        "d189-arrest-020",
        "d189-traffic-008",
        "d189-traffic-019",
        "d189-court-037",
        "d189-missing-006",
        "d189-tip-016",
        "d190-traffic-007",
        "d190-arrest-045",
        "d190-traffic-031",
        "d191-youth-003",
        "d191-arrest-018",
        "d191-arrest-045",
        "d191-traffic-005",
        "d191-traffic-012",
        "d191-court-017",
        "d191-arrest-054",
        "d191-arrest-064",
        "d191-community-023",
        "d191-court-037",
        "d191-recruiting-003",
        "d191-event-005",
        "d191-traffic-033",
        "d192-traffic-005",
        "d192-missing-008",
        "d192-traffic-009",
        "d192-tip-030",
        "d192-missing-022",
        "d192-arrest-027",
        "d192-tip-041",
        "d193-arrest-006",
        "d193-arrest-017",
        "d193-arrest-036",
        "d193-traffic-005",
        "d193-traffic-007",
        "d193-crisis-012",
        "d193-court-010",
        "d193-arrest-056",
        "d193-campaign-005",
        "d193-missing-003",
        "d193-campaign-009",
        "d193-arrest-072",
        "d193-crisis-033",
        "d193-court-035",
        "d193-recruiting-004",
        "d193-event-005",
        "d194-missing-015",
        "d194-traffic-016",
        "d194-arrest-025",
        "d194-tip-032",
        "d194-community-027",
        "d194-community-028",
        "d194-crisis-017",
        "d194-event-014",
        "d195-court-002",
        "d195-court-007",
        "d195-arrest-023",
        "d195-weather-002",
        "d195-traffic-009",
        "d195-crisis-005",
        "d195-court-024",
        "d195-community-015",
        "d195-crisis-011",
        "d195-arrest-041",
        "d195-court-040",
        "d195-weather-011",
        "d195-campaign-010",
        "d196-tip-005",
        "d196-tip-009",
        "d196-tip-011",
        "d196-community-032",
        "d196-tip-037",
        "d196-missing-017",
        "d197-arrest-006",
        "d197-arrest-018",
        "d197-arrest-036",
        "d197-community-004",
        "d197-community-010",
        "d197-court-016",
        "d197-youth-010",
        "d197-arrest-065",
        "d197-arrest-070",
        "d197-traffic-027",
        "d197-community-033",
        "d197-court-034",
        "d197-recruiting-002",
        "d197-community-039",
        "d198-tip-007",
        "d198-arrest-008",
        "d198-arrest-009",
        "d198-tip-021",
        "d198-event-008",
        "d198-tip-034",
        "d198-traffic-025",
        "d198-arrest-044",
        "d199-arrest-006",
        "d199-youth-005",
        "d199-arrest-020",
        "d199-arrest-033",
        "d199-community-007",
        "d199-community-014",
        "d199-community-017",
        "d199-traffic-012",
        "d199-court-014",
        "d199-traffic-017",
        "d199-crisis-006",
        "d199-missing-005",
        "d199-arrest-050",
        "d199-traffic-023",
        "d199-recruiting-003",
        "d199-tip-020",
        "d200-community-003",
        "d200-tip-006",
        "d200-tip-008",
        "d200-community-014",
        "d200-traffic-003",
        "d200-tip-016",
        "d200-tip-021",
        "d200-traffic-017",
        "d200-community-026",
        "d200-event-008",
        "d201-arrest-007",
        "d201-arrest-021",
        "d201-community-005",
        "d201-court-015",
        "d201-missing-005",
        "d201-arrest-060",
        "d201-community-031",
        "d201-court-041",
        "d201-weather-004",
        "d202-tip-008",
        "d202-arrest-006",
        "d202-missing-007",
        "d202-traffic-023",
        "d202-missing-018",
        "d202-arrest-032",
        "d202-event-016",
        "d203-youth-008",
        "d203-arrest-012",
        "d203-arrest-020",
        "d203-arrest-040",
        "d203-traffic-010",
        "d203-community-013",
        "d203-court-011",
        "d203-traffic-035",
        "d203-community-040",
        "d203-weather-004",
        "d204-tip-008",
        "d204-missing-008",
        "d204-tip-013",
        "d204-community-024",
        "d204-tip-028",
        "d204-missing-022",
        "d204-community-026",
        "d205-youth-009",
        "d205-arrest-014",
        "d205-arrest-033",
        "d205-traffic-003",
        "d205-crisis-021",
        "d205-court-013",
        "d205-traffic-013",
        "d205-crisis-029",
        "d205-missing-005",
        "d205-arrest-057",
        "d205-arrest-063",
        "d205-crisis-035",
        "d205-court-036",
        "d205-recruiting-002",
        "d205-campaign-005",
        "d206-tip-006",
        "d206-arrest-006",
        "d206-court-008",
        "d206-missing-020",
        "d206-tip-027",
        "d206-traffic-027",
        "d207-arrest-007",
        "d207-arrest-022",
        "d207-arrest-025",
        "d207-arrest-041",
        "d207-traffic-009",
        "d207-tip-006",
        "d207-court-017",
        "d207-missing-006",
        "d207-arrest-064",
        "d207-traffic-024",
        "d207-tip-017",
        "d207-weather-003",
        "d207-court-046",
        "d208-traffic-006",
        "d208-tip-015",
        "d208-event-006",
        "d208-traffic-012",
        "d208-missing-015",
        "d209-arrest-008",
        "d209-arrest-021",
        "d209-arrest-043",
        "d209-traffic-012",
        "d209-traffic-019",
        "d209-court-020",
        "d209-arrest-060",
        "d209-community-035",
        "d209-court-036",
        "d209-weather-003",
        "d210-arrest-004",
        "d210-tip-010",
        "d210-tip-014",
        "d210-tip-044",
        "d210-tip-045",
        "d210-tip-047",
        "d210-campaign-004",
        "d211-arrest-006",
        "d211-arrest-023",
        "d211-arrest-040",
        "d211-arrest-052",
        "d211-traffic-018",
        "d211-court-011",
        "d211-traffic-025",
        "d211-crisis-010",
        "d211-youth-010",
        "d211-court-029",
        "d211-arrest-078",
        "d211-court-039",
        "d211-campaign-005",
        "d211-traffic-040",
        "d212-arrest-009",
        "d212-missing-007",
        "d212-tip-007",
        "d212-tip-026",
        "d212-weather-007",
        "d212-missing-020",
        "d212-recruiting-008",
        "d213-arrest-008",
        "d213-arrest-010",
        "d213-arrest-023",
        "d213-arrest-038",
        "d213-traffic-006",
        "d213-tip-029",
        "d213-court-011",
        "d213-weather-002",
        "d213-campaign-002",
        "d213-missing-006",
        "d213-arrest-051",
        "d213-court-028",
        "d213-tip-058",
        "d213-court-035",
        "d213-traffic-027",
        "d213-weather-006",
        "d214-crisis-001",
        "d214-arrest-003",
        "d214-community-004",
        "d214-missing-006",
        "d214-tip-031",
        "d214-missing-015",
        "d214-traffic-026",
        "d214-community-027",
        "d214-missing-026",
        "d215-youth-009",
        "d215-arrest-017",
        "d215-arrest-036",
        "d215-traffic-006",
        "d215-arrest-049",
        "d215-court-013",
        "d215-traffic-015",
        "d215-youth-017",
        "d215-arrest-066",
        "d215-arrest-073",
        "d215-traffic-020",
        "d215-community-046",
        "d215-tip-012",
        "d216-tip-010",
        "d216-missing-007",
        "d216-traffic-007",
        "d216-court-009",
        "d216-recruiting-003",
        "d216-tip-040",
        "d216-tip-042",
        "d216-missing-018",
        "d217-arrest-007",
        "d217-arrest-017",
        "d217-arrest-042",
        "d217-community-007",
        "d217-community-013",
        "d217-court-013",
        "d217-traffic-023",
        "d217-missing-007",
        "d217-arrest-066",
        "d217-community-037",
        "d217-community-045",
        "d217-court-041",
        "d217-recruiting-004",
        "d218-tip-007",
        "d218-crisis-005",
        "d218-event-015",
        "d218-tip-028",
        "d218-missing-017",
        "d218-recruiting-006",
        "d219-arrest-006",
        "d219-arrest-019",
        "d219-tip-004",
        "d219-arrest-033",
        "d219-arrest-043",
        "d219-crisis-010",
        "d219-court-011",
        "d219-traffic-021",
        "d219-arrest-052",
        "d219-campaign-005",
        "d219-arrest-067",
        "d219-weather-003",
        "d219-event-003",
        "d220-missing-005",
        "d220-arrest-005",
        "d220-community-016",
        "d220-tip-031",
        "d220-missing-019",
        "d220-traffic-026",
        "d220-youth-010",
        "d221-arrest-010",
        "d221-arrest-011",
        "d221-arrest-019",
        "d221-arrest-028",
        "d221-arrest-038",
        "d221-arrest-059",
        "d221-arrest-065",
        "d221-arrest-071",
        "d221-community-011",
        "d221-community-037",
        "d221-court-010",
        "d221-court-040",
        "d221-recruiting-006",
        "d221-tip-004",
        "d221-traffic-006",
        "d221-traffic-022",
        "d222-event-008",
        "d222-event-016",
        "d222-missing-008",
        "d222-missing-021",
        "d222-tip-027",
        "d223-arrest-006",
        "d223-arrest-017",
        "d223-arrest-032",
        "d223-arrest-042",
        "d223-arrest-047",
        "d223-arrest-053",
        "d223-arrest-061",
        "d223-arrest-065",
        "d223-arrest-071",
        "d223-court-016",
        "d223-court-026",
        "d223-court-044",
        "d223-crisis-001",
        "d223-crisis-009",
        "d223-event-005",
        "d223-tip-003",
        "d223-traffic-027",
        "d223-youth-006",
        "d224-arrest-022",
        "d224-community-025",
        "d224-missing-006",
        "d224-missing-018",
        "d224-missing-024",
        "d224-tip-007",
        "d224-tip-028",
        "d224-traffic-007",
        "d224-traffic-035",
        "d225-arrest-013",
        "d225-arrest-026",
        "d225-arrest-042",
        "d225-arrest-054",
        "d225-arrest-067",
        "d225-court-012",
        "d225-crisis-014",
        "d225-crisis-024",
        "d225-recruiting-002",
        "d225-traffic-029",
        "d226-arrest-008",
        "d226-arrest-036",
        "d226-campaign-003",
        "d226-community-009",
        "d226-community-010",
        "d226-missing-019",
        "d226-recruiting-006",
        "d227-arrest-026",
        "d227-arrest-045",
        "d227-arrest-055",
        "d227-community-009",
        "d227-court-008",
        "d227-court-023",
        "d227-court-049",
        "d227-tip-011",
        "d227-traffic-007",
        "d227-traffic-031",
        "d227-youth-004",
        "d228-arrest-028",
        "d228-campaign-001",
        "d228-crisis-005",
        "d228-missing-016",
        "d228-missing-021",
        "d228-missing-026",
        "d228-missing-028",
        "d228-weather-002",
        "d228-weather-010",
        "d229-arrest-006",
        "d229-arrest-021",
        "d229-arrest-041",
        "d229-arrest-075",
        "d229-campaign-007",
        "d229-community-015",
        "d229-court-015",
        "d229-court-032",
        "d229-crisis-013",
        "d229-crisis-020",
        "d229-missing-011",
        "d229-tip-002",
        "d229-traffic-005",
        "d229-traffic-013",
        "d230-arrest-007",
        "d230-community-021",
        "d230-court-004",
        "d230-missing-005",
        "d230-tip-028",
        "d230-weather-007",
        "d230-youth-013",
        "d231-arrest-006",
        "d231-arrest-018",
        "d231-arrest-035",
        "d231-arrest-057",
        "d231-community-004",
        "d231-community-019",
        "d231-community-039",
        "d231-court-018",
        "d231-crisis-002",
        "d231-event-007",
        "d231-missing-007",
        "d231-missing-008",
        "d231-traffic-013",
        "d232-arrest-006",
        "d232-court-021",
        "d232-missing-009",
        "d232-missing-011",
        "d232-missing-024",
        "d232-tip-029",
        "d233-arrest-006",
        "d233-arrest-021",
        "d233-arrest-040",
        "d233-arrest-063",
        "d233-community-008",
        "d233-community-023",
        "d233-court-014",
        "d233-court-016",
        "d233-missing-006",
        "d233-traffic-019",
        "d233-traffic-027",
        "d233-weather-004",
        "d234-campaign-006",
        "d234-community-021",
        "d234-community-023",
        "d234-event-004",
        "d234-event-005",
        "d234-tip-025",
        "d235-arrest-007",
        "d235-arrest-020",
        "d235-arrest-040",
        "d235-campaign-003",
        "d235-community-024",
        "d235-court-011",
        "d235-court-025",
        "d235-court-038",
        "d235-crisis-005",
        "d235-crisis-016",
        "d235-crisis-032",
        "d235-missing-006",
        "d235-traffic-005",
        "d235-traffic-027",
        "d236-arrest-007",
        "d236-community-031",
        "d236-court-015",
        "d236-tip-012",
        "d236-tip-032",
        "d236-traffic-007",
        "d236-weather-006",
        "d237-arrest-011",
        "d237-arrest-031",
        "d237-arrest-055",
        "d237-community-013",
        "d237-court-013",
        "d237-court-035",
        "d237-crisis-016",
        "d237-crisis-029",
        "d237-recruiting-003",
        "d237-traffic-007",
        "d237-traffic-020",
        "d237-weather-006",
        "d237-youth-006",
        "d237-youth-015",
        "d238-court-008",
        "d238-missing-006",
        "d238-tip-008",
        "d238-tip-026",
        "d238-tip-030",
        "d238-tip-031",
        "d239-arrest-006",
        "d239-arrest-020",
        "d239-arrest-024",
        "d239-arrest-039",
        "d239-arrest-057",
        "d239-community-008",
        "d239-court-013",
        "d239-court-034",
        "d239-crisis-005",
        "d239-crisis-018",
        "d239-crisis-042",
        "d239-missing-004",
        "d239-traffic-021",
        "d239-traffic-028",
        "d239-weather-003",
        "d240-arrest-033",
        "d240-community-009",
        "d240-community-013",
        "d240-event-010",
        "d240-missing-004",
        "d240-missing-013",
        "d240-tip-025",
        "d240-tip-028",
        "d241-arrest-008",
        "d241-arrest-023",
        "d241-arrest-027",
        "d241-arrest-043",
        "d241-arrest-078",
        "d241-court-012",
        "d241-court-014",
        "d241-missing-006",
        "d241-traffic-020",
        "d241-traffic-028",
        "d241-weather-003",
        "d241-youth-004",
        "d242-arrest-004",
        "d242-community-006",
        "d242-community-026",
        "d242-court-013",
        "d242-event-012",
        "d242-event-013",
        "d242-traffic-026",
        "d242-traffic-028",
        "d243-arrest-005",
        "d243-arrest-017",
        "d243-arrest-035",
        "d243-arrest-071",
        "d243-court-012",
        "d243-crisis-009",
        "d243-crisis-016",
        "d243-crisis-021",
        "d243-missing-004",
        "d243-recruiting-003",
        "d243-traffic-007",
        "d243-traffic-009",
        "d243-traffic-022",
        "d243-traffic-029",
        "d243-youth-014",
        "d244-arrest-006",
        "d244-court-013",
        "d244-event-012",
        "d244-tip-034",
        "d244-traffic-007",
        "d244-traffic-026",
        "d245-arrest-005",
        "d245-arrest-020",
        "d245-arrest-045",
        "d245-arrest-065",
        "d245-court-012",
        "d245-event-005",
        "d245-missing-006",
        "d245-tip-009",
        "d245-traffic-004",
        "d245-traffic-019",
        "d245-weather-004",
        "d246-community-021",
        "d246-court-014",
        "d246-crisis-017",
        "d246-event-012",
        "d246-missing-017",
        "d246-recruiting-009",
        "d246-tip-005",
        "d246-tip-009",
        "d246-traffic-004",
        "d246-weather-005",
        "d246-weather-023",
        "d247-arrest-007",
        "d247-arrest-012",
        "d247-arrest-022",
        "d247-arrest-039",
        "d247-arrest-058",
        "d247-crisis-012",
        "d247-missing-010",
        "d247-traffic-027",
        "d247-weather-005",
        "d248-arrest-003",
        "d248-arrest-024",
        "d248-missing-025",
        "d248-recruiting-002",
        "d248-tip-003",
        "d248-tip-011",
        "d248-tip-031",
        "d249-arrest-008",
        "d249-arrest-017",
        "d249-arrest-033",
        "d249-arrest-045",
        "d249-arrest-060",
        "d249-community-014",
        "d249-court-018",
        "d249-recruiting-005",
        "d249-traffic-007",
        "d249-traffic-010",
        "d249-traffic-025",
        "d249-weather-007",
        "d250-campaign-006",
        "d250-community-027",
        "d250-missing-015",
        "d250-tip-010",
        "d251-arrest-005",
        "d251-arrest-015",
        "d251-arrest-018",
        "d251-arrest-031",
        "d251-arrest-047",
        "d251-court-015",
        "d251-court-020",
        "d251-court-035",
        "d251-crisis-019",
        "d251-crisis-029",
        "d251-crisis-034",
        "d251-crisis-042",
        "d251-missing-004",
        "d251-tip-005",
        "d251-traffic-008",
        "d251-weather-002",
        "d252-arrest-026",
        "d252-arrest-027",
        "d252-community-004",
        "d252-community-030",
        "d252-missing-007",
        "d252-weather-008",
        "d253-arrest-005",
        "d253-arrest-018",
        "d253-arrest-037",
        "d253-arrest-063",
        "d253-community-022",
        "d253-missing-004",
        "d253-traffic-012",
        "d253-traffic-023",
        "d254-arrest-010",
        "d254-crisis-005",
        "d254-missing-006",
        "d254-missing-017",
        "d254-recruiting-005",
        "d254-tip-009",
        "d254-tip-032",
        "d255-arrest-004",
        "d255-arrest-014",
        "d255-arrest-015",
        "d255-arrest-030",
        "d255-arrest-046",
        "d255-arrest-065",
        "d255-arrest-075",
        "d255-arrest-079",
        "d255-court-017",
        "d255-court-021",
        "d255-court-032",
        "d255-tip-007",
        "d255-tip-016",
        "d255-traffic-006",
        "d255-traffic-019",
        "d255-traffic-026",
        "d255-youth-011",
        "d256-arrest-023",
        "d256-community-024",
        "d256-community-025",
        "d256-missing-007",
        "d256-tip-008",
        "d256-tip-010",
        "d256-tip-026",
        "d257-arrest-004",
        "d257-arrest-011",
        "d257-arrest-016",
        "d257-arrest-030",
        "d257-arrest-034",
        "d257-arrest-050",
        "d257-arrest-059",
        "d257-arrest-076",
        "d257-arrest-080",
        "d257-arrest-085",
        "d257-community-002",
        "d257-community-008",
        "d257-community-010",
        "d257-court-008",
        "d257-court-019",
        "d257-court-034",
        "d257-crisis-005",
        "d257-event-004",
        "d257-missing-010",
        "d257-traffic-021",
        "d257-traffic-029",
        "d257-weather-005",
        "d258-arrest-026",
        "d258-community-035",
        "d258-event-012",
        "d258-event-014",
        "d258-tip-023",
        "d258-tip-032",
        "d258-traffic-022",
        "d258-youth-012",
        "d259-arrest-019",
        "d259-arrest-052",
        "d259-court-021",
        "d259-court-035",
        "d259-court-043",
        "d259-event-003",
        "d259-event-006",
        "d259-missing-005",
        "d259-tip-013",
        "d259-traffic-005",
        "d259-traffic-016",
        "d259-youth-007",
        "d260-arrest-030",
        "d260-court-003",
        "d260-event-015",
        "d260-missing-006",
        "d260-recruiting-007",
        "d260-tip-028",
        "d261-arrest-005",
        "d261-arrest-032",
        "d261-arrest-051",
        "d261-community-010",
        "d261-community-030",
        "d261-court-006",
        "d261-court-020",
        "d261-court-032",
        "d261-court-036",
        "d261-court-044",
        "d261-crisis-015",
        "d261-recruiting-003",
        "d261-traffic-006",
        "d261-traffic-024",
        "d261-weather-002",
        "d262-crisis-003",
        "d262-missing-019",
        "d262-tip-006",
        "d262-tip-015",
        "d262-tip-030",
        "d262-traffic-031",
        "d263-arrest-006",
        "d263-arrest-027",
        "d263-arrest-046",
        "d263-arrest-059",
        "d263-court-009",
        "d263-court-036",
        "d263-crisis-015",
        "d263-traffic-009",
        "d263-traffic-031",
        "d263-traffic-035",
        "d263-weather-002",
        "d264-arrest-006",
        "d264-court-013",
        "d264-crisis-014",
        "d264-event-012",
        "d264-missing-006",
        "d264-missing-017",
        "d264-tip-009",
        "d264-tip-025",
        "d264-weather-009",
        "d264-youth-006",
        "d268-missing-005",
        "d268-traffic-007",
        "d268-traffic-010",
        "d268-crisis-017",
        "d268-community-016",
        "d268-recruiting-007",
        "d268-missing-023",
        "d268-community-030",
        "d265-arrest-001",
        "d265-court-001",
        "d265-weather-001",
        "d265-arrest-012",
        "d265-arrest-016",
        "d265-traffic-008",
        "d265-youth-005",
        "d265-court-019",
        "d265-traffic-021",
        "d265-arrest-066",
        "d265-traffic-024",
        "d265-arrest-085",
        "d266-missing-006",
        "d266-tip-010",
        "d266-missing-008",
        "d266-tip-026",
        "d266-missing-019",
        "d266-tip-041",
        "d266-tip-048",
        "d266-arrest-035",
        "d267-arrest-005",
        "d267-arrest-018",
        "d267-arrest-036",
        "d267-traffic-010",
        "d267-traffic-019",
        "d267-court-014",
        "d267-missing-002",
        "d267-missing-005",
        "d267-arrest-066",
        "d267-traffic-032",
        "d267-traffic-037",
        "d267-event-004",
        "d267-tip-014",
        "d269-youth-005",
        "d269-arrest-020",
        "d269-arrest-036",
        "d269-traffic-008",
        "d269-community-014",
        "d269-court-021",
        "d269-missing-004",
        "d269-arrest-059",
        "d269-arrest-065",
        "d269-traffic-029",
        "d269-community-037",
        "d269-court-039",
        "d269-missing-008",
        "d269-recruiting-004",
        "d270-missing-008",
        "d270-traffic-004",
        "d270-tip-021",
        "d270-tip-034",
        "d270-traffic-027",
        "d270-arrest-041",
        "d271-arrest-012",
        "d271-missing-002",
        "d271-arrest-016",
        "d271-arrest-017",
        "d271-court-011",
        "d271-community-010",
        "d271-traffic-012",
        "d271-court-026",
        "d271-weather-004",
        "d271-tip-009",
        "d271-traffic-026",
        "d271-community-030",
        "d272-missing-006",
        "d272-community-009",
        "d272-missing-020",
        "d272-campaign-009",
        "d272-recruiting-008",
        "d272-crisis-022",
        "d273-arrest-010",
        "d273-arrest-022",
        "d273-arrest-031",
        "d273-arrest-046",
        "d273-traffic-004",
        "d273-crisis-008",
        "d273-court-011",
        "d273-tip-002",
        "d273-missing-004",
        "d273-arrest-080",
        "d273-arrest-093",
        "d273-traffic-027",
        "d273-recruiting-003",
        "d273-community-018",
        "d274-missing-005",
        "d274-traffic-005",
        "d274-event-004",
        "d274-missing-016",
        "d274-court-018",
        "d274-tip-028",
        "d274-arrest-030",
        "d274-missing-021",
        "d275-arrest-004",
        "d275-arrest-014",
        "d275-arrest-033",
        "d275-arrest-035",
        "d275-community-005",
        "d275-community-014",
        "d275-court-016",
        "d275-traffic-017",
        "d275-missing-005",
        "d275-arrest-054",
        "d275-community-030",
        "d275-traffic-030",
        "d275-community-041",
        "d276-crisis-004",
        "d276-tip-018",
        "d276-tip-028",
        "d276-missing-013",
        "d276-arrest-020",
        "d276-event-008",
        "d276-traffic-025",
        "d276-arrest-039",
    }  # SPVM posts
    texts = [
        r.get("text") or r.get("post", {}).get("text") for r in rows if r.get("id") not in written_in_french
    ]
    texts = [t for t in texts if t]
    french = [t for t in texts if detect_language(t) == "fr"]

    def bilingual(t: str) -> bool:  # batch 34's French-English posts: a French line and an English line
        lines = {detect_language(line) for line in t.splitlines()}
        return {"en", "fr"} <= lines

    # the dev set is English, but for one invitation from an Ottawa service, written in French, and a few
    # bilingual posts whose French comes first
    french = [t for t in french if not bilingual(t)]
    assert len(texts) > 1000 and len(french) <= 1, french
    assert all("Ottawa" in t for t in french)


# ----- facts -------------------------------------------------------------------------------------------------
def test_facts_read_across_languages():
    def values(text):
        return {(f.kind, f.value) for f in facts(text)}

    both = values(EN) & values(FR)
    for fact in [
        ("number", "81"),
        ("weekday", "1"),
        ("date", "03-03"),
        ("time", "14:00"),
        ("street", "bathurst"),
        ("street", "lawrence"),
        ("number", "5"),
        ("number", "4"),
        ("phone", "4168083200"),
        ("phone", "911"),
        ("number", "2026-104422"),
        ("hashtag", "#missingperson"),
        ("url", "torontopolice.on.ca/missing"),
    ]:
        assert fact in both, fact
    for f in facts(EN) + facts(FR):
        assert f.text and f.start < f.end


@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("at 7:30 p.m.", "à 19 h 30"),
        ("at noon", "à midi"),
        ("at 11 a.m.", "à 11 h"),
        ("on Nov 24", "le 24 novembre"),
        ("on August 1st", "le 1er août"),
        ("1,000 people", "1 000 personnes"),
        ("2.5 km", "2,5 km"),
        ("call 1-800-222-8477", "composez le 800-222-8477"),
        ("416-222-TIPS", "416-222-8477"),
        ("on St Clair Ave W", "sur l'avenue Saint-Clair Ouest"),
        ("on Queen St E", "sur la rue Queen Est"),
        ("near Avenue Rd", "près du chemin Avenue"),
        ("www.tps.ca/en/alerts/", "https://tps.ca/fr/alerts"),
    ],
)
def test_the_same_fact_written_each_way(en, fr):
    english, french = f"Please come {en} and tell us.", f"Venez {fr} et dites-le-nous."
    review = check_pair(english, french)
    assert not [f for f in review.findings if f.kind != "language"], review


def test_a_pair_with_different_numbers_is_flagged_with_spans():
    fr = FR.replace("416-808-3200", "416-808-3100").replace("81 ans", "18 ans").replace("14 h", "16 h")
    fr = fr.replace("Bathurst", "Spadina")
    review = check_pair(EN, fr)
    assert review.verdict == "revise" and not review.ok
    got = {(f.side, f.kind, f.text) for f in review.findings}
    assert {
        ("en", "phone", "416-808-3200"),
        ("fr", "phone", "416-808-3100"),
        ("en", "number", "81"),
        ("fr", "number", "18"),
        ("en", "time", "2 p.m."),
        ("fr", "time", "16 h"),
        ("en", "street", "Bathurst"),
        ("fr", "street", "Spadina"),
    } <= got
    for f in review.findings:
        assert (EN if f.side == "en" else fr)[f.start : f.end] == f.text
        assert f.level == "warning" and f.text in f.message


def test_a_matching_pair_is_ok():
    review = check_pair(EN, FR)
    assert review.ok and review.verdict == "ok" and review.findings == [], review
    assert review.languages == {"en": "en", "fr": "fr"}
    data = review.to_dict()
    assert data["verdict"] == "ok" and data["findings"] == []


def test_a_version_in_the_wrong_language():
    review = check_pair(EN, EN)
    lang = [f for f in review.findings if f.kind == "language"]
    assert [(f.side, f.level) for f in lang] == [("fr", "warning")] and "reads as English" in lang[0].message


def test_a_hashtag_in_one_version_is_a_suggestion():
    review = check_pair(
        "Wear pink on April 8 with us. #DayOfPink", "Portez du rose le 8 avril avec nous. #JourneeRose"
    )
    assert review.ok
    assert {(f.side, f.kind, f.level) for f in review.findings} == {
        ("en", "hashtag", "suggestion"),
        ("fr", "hashtag", "suggestion"),
    }


def test_check_pair_refuses_what_is_not_text():
    with pytest.raises(TypeError):
        check_pair("text", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        check_pair("a", "b", kinds=["colour"])
    assert check_pair("Call 911.", "Composez le 912.", kinds=["street"]).findings == [
        f for f in check_pair("Call 911.", "Composez le 912.").findings if f.kind == "language"
    ]


# ----- the French lexicon --------------------------------------------------------------------------------------
POLICY = load_policy("model")


@pytest.mark.parametrize(
    ("text", "rule", "found", "suggestion"),
    [
        (
            "Un individu de sexe masculin a été appréhendé près de la rue King Ouest.",
            "clarity.jargon-fr",
            "Un individu de sexe masculin",
            "Un homme",
        ),
        (
            "Un homme a été appréhendé près de la rue King Ouest.",
            "clarity.jargon-fr",
            "été appréhendé",
            "été arrêté",
        ),
        ("Les agents ont interpellé deux hommes.", "clarity.jargon-fr", "ont interpellé", "ont arrêté"),
        (
            "Les policiers ont procédé à l'arrestation de deux hommes.",
            "clarity.jargon-fr",
            "ont procédé à l'arrestation de",
            "a arrêté",
        ),
        (
            "Les policiers ont aidé un toxicomane près du parc.",
            "sensitivity.labels-fr",
            "un toxicomane",
            "une personne qui consomme des drogues",
        ),
        (
            "Les sans-abri peuvent se réfugier dans les centres de réchauffement.",
            "sensitivity.labels-fr",
            "Les sans-abri",
            "Les personnes en situation d'itinérance",
        ),
        (
            "Un malade mental a été conduit à l'hôpital.",
            "sensitivity.labels-fr",
            "malade mental",
            "personne vivant avec une maladie mentale",
        ),
        ("Bon débarras! Deux hommes ont été arrêtés.", "tone.mockery-fr", "Bon débarras", None),
        ("On l’a eu! Un homme a été arrêté.", "tone.mockery-fr", "On l’a eu", None),  # a curly apostrophe
    ],
)
def test_french_posts_get_french_findings(text, rule, found, suggestion):
    review = check(text, policy=POLICY)
    hits = [f for f in review.findings if f.rule == rule]
    assert hits, review
    f = hits[0]
    assert f.text == found == text[f.start : f.end]
    assert "«" in f.message  # the message is in French
    if suggestion:
        assert f.suggestions[0] == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Le public appréhende la situation.",  # "dreads": not the police's "appréhendé"
        "Ce dossier nous a interpellés.",  # "it moved us"
        "Un déséquilibre budgétaire persiste.",  # folded, "déséquilibré" would read the same
        "Les drogues saisies ont été détruites.",  # folded, "les drogués" would read the same
        "Le génie civil de la ville répare la route.",
    ],
)
def test_french_words_that_only_look_like_terms(text):
    assert not [f for f in check(text, policy=POLICY).findings if f.rule.endswith("-fr")]


def test_accents_in_terms_match_with_or_without_accents():
    # the post is folded (accents dropped) for matching; terms are folded the same way
    for text in [
        "Le suspect a été appréhendé.",
        "Le suspect a ete apprehende.",
        "LE SUSPECT A ÉTÉ APPRÉHENDÉ.",
    ]:
        assert "clarity.jargon-fr" in check(text, policy=POLICY).rules(), text


def test_a_user_policy_adds_accented_terms(tmp_path):
    path = tmp_path / "fr.yaml"
    path.write_text(
        "extends: model\nrules:\n  clarity.jargon-fr:\n    add_terms:\n"
        "      - {match: [quérable], suggest: [à retirer]}\n",
        encoding="utf-8",
    )
    review = check("Le document est quérable au poste.", policy=load_policy(path))
    assert [f.text for f in review.findings if f.rule == "clarity.jargon-fr"] == ["quérable"]


def test_french_rules_stay_quiet_on_english_posts():
    from pathlib import Path

    posts = []
    for path in sorted((Path(__file__).parent / "devset").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = row.get("text") or row.get("post", {}).get("text")
                if text and detect_language(text) != "fr":
                    posts.append(text)
    loud = [(t, r) for t in posts for r in check(t, policy=POLICY).rules() if r.endswith("-fr")]
    assert not loud, loud[:5]


# ----- asking for personal details in public -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("@jdoe Sorry to hear that. Reply with your address and we'll send an officer.", True),
        ("Lost a bike? Comment your phone number below and we'll call you.", True),
        ("Post your plate number in the comments so we can check.", True),
        ("Tell us your address below.", True),
        ("@ravi What's your address? We'll send someone.", True),
        ("Please send us a direct message with your phone number and we'll call you.", False),
        ("Please call 416-808-2222 with your plate number.", False),
        ("Please don't post your address or phone number here.", False),
        ("Reply by DM with your address.", False),
        ("Scammers may ask you to reply with your SIN. The CRA never does.", False),
        ("Reply with your questions about the road closures.", False),
        ("Leave your phone number with the front desk.", False),
    ],
)
def test_public_details_request(text, flagged):
    assert ("privacy.public-details-request" in check(text, policy=POLICY).rules()) == flagged


# ----- the command ---------------------------------------------------------------------------------------------
def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tpstrain", *args], capture_output=True, text=True)


def test_cli_pair_exit_codes_and_json(tmp_path):
    same = _run("pair", "Call 416-808-3200 if you see her.", "Composez le 416-808-3200 si vous la voyez.")
    assert same.returncode == 0 and same.stdout.startswith("OK"), same
    differ = _run(
        "pair",
        "Call 416-808-3200 if you see her.",
        "Composez le 416-808-3100 si vous la voyez.",
        "--format",
        "json",
    )
    assert differ.returncode == 1, differ
    data = json.loads(differ.stdout)
    assert data["verdict"] == "revise"
    assert {(f["side"], f["text"]) for f in data["findings"]} == {
        ("en", "416-808-3200"),
        ("fr", "416-808-3100"),
    }
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FR, encoding="utf-8")
    files = _run("pair", "--files", str(tmp_path / "en.txt"), str(tmp_path / "fr.txt"))
    assert files.returncode == 0, files
    missing = _run("pair", "--files", str(tmp_path / "nope.txt"), str(tmp_path / "fr.txt"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr


def test_cli_check_finds_french_jargon_with_french_suggestions():
    out = _run(
        "check", "Un individu de sexe masculin a été appréhendé. Les sans-abri du secteur sont en sécurité."
    )
    assert out.returncode == 0, out
    assert "clarity.jargon-fr" in out.stdout and "Un homme" in out.stdout and "arrêté" in out.stdout
    assert "sensitivity.labels-fr" in out.stdout and "situation d'itinérance" in out.stdout


# ----- numbers in words, times either way (issue 17) ---------------------------------------------------------
@pytest.mark.parametrize(
    ("en", "fr"),
    [
        ("Two men were arrested", "Deux hommes ont été arrêtés"),
        ("2 men were arrested", "Deux hommes ont été arrêtés"),
        ("Two men were arrested", "2 hommes ont été arrêtés"),
        ("A man was arrested", "Un homme a été arrêté"),  # "un" is also "a": never a fact on its own
        ("1 man was arrested", "Un homme a été arrêté"),
        ("One man was arrested", "1 homme a été arrêté"),
        ("Seventeen people were moved to safety", "Dix-sept personnes ont été mises en sécurité"),
        ("17 people were moved to safety", "Dix-sept personnes ont été mises en sécurité"),
        ("Twenty officers searched the park", "Vingt policiers ont fouillé le parc"),
        ("A two-vehicle collision", "Une collision entre deux véhicules"),
        ("Someone stole a new bike", "Quelqu'un a volé un vélo neuf"),  # "neuf" is also "new"
        ("The road reopens at 2:30 p.m.", "La route rouvre à 14 h 30"),
        ("The road reopens at 2:30", "La route rouvre à 14 h 30"),  # no a.m. or p.m.: either
        ("The road reopens at 2:30 in the afternoon", "La route rouvre à 14 h 30"),
        ("The road reopens at 2:30 p.m.", "La route rouvre à 2 h 30 de l'après-midi"),  # not "midi"
        ("The road reopens at 14:30", "La route rouvre à 14 h 30"),
        ("The road reopens at 2 p.m.", "La route rouvre à 14 h"),
    ],
)
def test_numbers_in_words_and_times_match_across_languages(en, fr):
    english, french = (
        f"Police say: {en} near Queen St W.",
        f"La police dit : {fr} près de la rue Queen Ouest.",
    )
    review = check_pair(english, french)
    assert not [f for f in review.findings if f.kind != "language"], review


@pytest.mark.parametrize(
    ("en", "fr", "found"),
    [
        ("Two men were arrested", "Trois hommes ont été arrêtés", {("en", "Two"), ("fr", "Trois")}),
        ("Two men were arrested", "3 hommes ont été arrêtés", {("en", "Two"), ("fr", "3")}),
        ("3 men were arrested", "Deux hommes ont été arrêtés", {("en", "3"), ("fr", "Deux")}),
        ("The road reopens at 2:30", "La route rouvre à 16 h 30", {("en", "2:30"), ("fr", "16 h 30")}),
        (
            "The road reopens at 2:30 p.m.",
            "La route rouvre à 2 h 30",
            {("en", "2:30 p.m."), ("fr", "2 h 30")},
        ),
        # beyond twenty, numbers in words are not read: the digits are reported
        ("21 people were moved", "Vingt et une personnes ont été déplacées", {("en", "21")}),
    ],
)
def test_different_numbers_in_words_are_flagged(en, fr, found):
    english, french = (
        f"Police say: {en} near Queen St W.",
        f"La police dit : {fr} près de la rue Queen Ouest.",
    )
    review = check_pair(english, french)
    assert {(f.side, f.text) for f in review.findings if f.kind != "language"} == found, review


def test_number_words_that_are_not_numbers():
    values = {(f.kind, f.value) for f in facts("Someone is hurt. No one else. Vingt-deux ou quatre-vingts.")}
    assert ("number", "20") not in values and ("number", "2") not in values and ("number", "4") not in values
    weak = [f for f in facts("Un homme et une femme, et one more.") if f.kind == "number"]
    assert weak and all(f.weak for f in weak)


# ----- readability of French posts (issue 17) --------------------------------------------------------------------
FR_PLAIN = (
    "Route fermée : la rue Dundas Ouest est fermée entre l'avenue Spadina et la rue Bathurst jusqu'à 18 h. Il y a "
    "une fuite de gaz. Évitez le secteur et prenez la rue College."
)
FR_HARD = (
    "Les automobilistes sont avisés qu'en raison d'importantes accumulations de précipitations, l'infrastructure "
    "municipale de transport connaît des perturbations opérationnelles considérables touchant les usagers."
)
EN_PLAIN = (
    "Road closed: Dundas St W is closed between Spadina Ave and Bathurst St until 6 p.m. There is a gas leak. "
    "Please avoid the area and use College St."
)


def test_french_posts_are_scored_with_a_french_measure():
    from tpstrain.readability import grade_for_ease, scores_fr, syllables_fr

    # English syllable rules read French words as harder than they are; the French count keeps accents
    assert [syllables_fr(w) for w in ("rue", "été", "arrêté", "secteur", "l'avenue", "aujourd'hui")] == [
        1,
        2,
        3,
        2,
        3,
        3,
    ]
    assert grade_for_ease(95) == 5 and grade_for_ease(65) == 8.5 and grade_for_ease(40) == 14.5
    assert scores_fr([], 1) is None
    plain, hard = check(FR_PLAIN, policy=POLICY), check(FR_HARD, policy=POLICY)
    english = check(EN_PLAIN, policy=POLICY)
    # a plain French post reads like its English version, and passes the course's grade 8; a hard one does not
    assert plain.metrics.grade <= 8 and english.metrics.grade <= 8
    assert abs(plain.metrics.reading_ease - english.metrics.reading_ease) < 10
    # the grade is Kandel and Moles' measure of the words as written (accents kept), not Flesch-Kincaid's
    from tpstrain.passes.tokenize import Analysis, plain_words

    a = Analysis.of(FR_PLAIN)
    written = [a.original[slice(*a.orig_span(w.start, w.end))] for w in plain_words(a)]
    assert "fermée" in written and (plain.metrics.reading_ease, plain.metrics.grade) == scores_fr(written, 3)
    assert "clarity.readability" not in plain.rules()
    assert hard.metrics.grade > 14 and "clarity.readability" in hard.rules()
    # a sentence is as long in French as in English: the sentence-length rule counts words either way
    assert "clarity.sentence-length" in check(FR_HARD, policy=load_policy("course")).rules()
    assert "clarity.readability" not in check(FR_PLAIN, policy=load_policy("course")).rules()


def test_english_posts_keep_the_english_measure():
    from tpstrain.readability import scores

    review = check(EN_PLAIN, policy=POLICY)
    words = [w.strip(".:").lower() for w in EN_PLAIN.split()]
    assert review.metrics.grade is not None and review.metrics.grade < 8
    assert scores(words, 3) is not None  # the Flesch-Kincaid path is unchanged


@pytest.mark.parametrize(
    "text",
    [
        "Les conducteurs doivent prévoir des retards importants sur l'autoroute 401.",
        "Des retards sont à prévoir sur la ligne 1.",
        "Le train est en retard.",
        "Nous publierons une mise à jour plus tard dans la journée.",
        "Il était trop tard pour intervenir.",
        "Les agents sont arrivés tard le soir.",
    ],
)
def test_everyday_french_words_are_not_english_slurs(text):
    # "retard" (delay) and "tard" (late) are everyday French words; the English slurs still block
    assert "sensitivity.slurs" not in check(text, policy=POLICY).rules(), text


@pytest.mark.parametrize("text", ["Some retard parked across three spaces.", "Stop acting like a tard."])
def test_the_english_slurs_still_block(text):
    review = check(text, policy=POLICY)
    assert "sensitivity.slurs" in review.rules() and review.verdict == "block"


def test_a_street_in_the_other_direction_is_another_street():
    en = "Last seen near Jane St and Finch Ave W at 7:30 p.m."
    wrong = check_pair(en, "Vue près de la rue Jane et de l'avenue Finch Est à 19 h 30.")
    assert {(f.side, f.kind, f.text) for f in wrong.findings} == {
        ("en", "street", "Finch Ave W"),
        ("fr", "street", "Finch Est"),
    }
    for fr in (
        "Vue près de la rue Jane et de l'avenue Finch Ouest à 19 heures 30.",
        "Vue près de la rue Jane et de l'avenue Finch à 19h30.",
    ):
        assert check_pair(en, fr).ok, check_pair(en, fr)
    # "est" is also a verb: "la rue Dundas est fermée" says no direction
    assert check_pair("Dundas St W is closed.", "La rue Dundas est fermée.").ok


def test_a_french_version_is_held_to_french_sentence_lengths():
    from tpstrain.course import AnswerError
    from tpstrain.course.bilingual import grade_pair

    english = "She was last seen Tuesday, Nov 24, at 7:30 p.m. near Jane St and Finch Ave W. Call 9-1-1."
    grade_pair(  # 23 words: a faithful translation of a 15-word sentence
        "Elle a été vue pour la dernière fois le mardi 24 novembre à 19 h 30 près de la rue Jane et de "
        "l'avenue Finch Ouest. Composez le 9-1-1.",
        english=english,
    )
    with pytest.raises(AnswerError, match="under 25 words"):
        grade_pair(
            "Elle a été vue pour la dernière fois par une voisine inquiète le mardi 24 novembre à 19 h 30 près "
            "de la rue Jane et de l'avenue Finch Ouest. Composez le 9-1-1.",
            english=english,
        )
