"""The HSDS 3.0 checker must be able to fail: a small correct service passes, and each kind of mistake the rules
describe is reported where it is."""

from __future__ import annotations

import copy

import pytest

import hsds_rules as rules

SERVICE_ID = "11111111-1111-5111-8111-111111111111"
ORG_ID = "22222222-2222-5222-8222-222222222222"
LOCATION_ID = "33333333-3333-5333-8333-333333333333"
AT_ID = "44444444-4444-5444-8444-444444444444"
TERM_ID = "55555555-5555-5555-8555-555555555555"


def good_service() -> dict:
    return {
        "id": SERVICE_ID, "organization_id": ORG_ID, "name": "Taalcafé", "description": "Nederlands oefenen.",
        "url": "https://www.example.nl/taalcafe", "email": "info@example.nl", "status": "active",
        "assured_date": "2026-03-03", "assurer_email": "beheer@example.nl",
        "organization": {"id": ORG_ID, "name": "Bibliotheek", "description": "De bibliotheek."},
        "phones": [{"id": "66666666-6666-5666-8666-666666666666", "service_id": SERVICE_ID, "number": "+31999123456"}],
        "schedules": [{
            "id": "77777777-7777-5777-8777-777777777777", "service_id": SERVICE_ID, "location_id": LOCATION_ID,
            "service_at_location_id": AT_ID, "freq": "WEEKLY", "interval": 2, "byday": "TH", "wkst": "MO",
            "opens_at": "19:00", "closes_at": "20:30", "valid_from": "2026-09-01", "dtstart": "2026-09-03",
        }],
        "service_at_locations": [{
            "id": AT_ID, "service_id": SERVICE_ID, "location_id": LOCATION_ID,
            "location": {
                "id": LOCATION_ID, "location_type": "physical", "name": "Bibliotheek", "latitude": 52.1,
                "longitude": 5.1,
                "addresses": [{
                    "id": "88888888-8888-5888-8888-888888888888", "location_id": LOCATION_ID,
                    "address_1": "Beekstraat 12", "city": "Lindeveen", "state_province": "Gelderland",
                    "postal_code": "9999 AB", "country": "NL", "address_type": "physical",
                }],
            },
        }],
        "attributes": [{
            "id": "99999999-9999-5999-8999-999999999999", "link_id": SERVICE_ID, "link_type": "category",
            "link_entity": "service", "taxonomy_term_id": TERM_ID, "label": "Taal",
            "taxonomy_term": {"id": TERM_ID, "code": "taal", "name": "Taal", "description": "Taal en leren.",
                              "language": "nl"},
        }],
    }


def problems(service: dict) -> list[str]:
    report = rules.Report()
    rules.check_object(rules.Document("hsds.json", report), "service", service, "service")
    return report.problems


def changed(change) -> list[str]:
    service = copy.deepcopy(good_service())
    change(service)
    return problems(service)


def test_a_correct_service_passes():
    assert problems(good_service()) == []


@pytest.mark.parametrize("change, expected", [
    (lambda s: s.update(alert=None), "service.alert: is null: leave an absent value out"),
    (lambda s: s.update(alert=""), "service.alert: is empty: leave an absent value out"),
    (lambda s: s.pop("status"), "service: service without 'status', which HSDS requires"),
    (lambda s: s["service_at_locations"][0]["location"]["addresses"][0].pop("state_province"),
     "address without 'state_province'"),
    (lambda s: s["organization"].pop("description"), "service.organization: organization without 'description'"),
    (lambda s: s.update(id="nr-1"), "service.id: 'nr-1' is not a UUID"),
    (lambda s: s.update(assured_date="3-3-2026"), "service.assured_date: '3-3-2026' is not a date"),
    (lambda s: s.update(assured_date="2026-02-30"), "'2026-02-30' is not a date"),
    (lambda s: s["schedules"][0].update(opens_at="19.00"), "opens_at: '19.00' is not a time"),
    (lambda s: s.update(url="https://www.café.nl/"), "'https://www.café.nl/' is not a URI"),
    (lambda s: s.update(url="www.example.nl"), "'www.example.nl' is not a URI"),
    (lambda s: s.update(email="info at example.nl"), "'info at example.nl' is not an e-mail address"),
    (lambda s: s.update(status="open"), "service.status: 'open' is not one of active, inactive"),
    (lambda s: s.update(label="x"), "service.label: 'label' is not a field of an HSDS 3.0 service"),
    (lambda s: s.update(minimum_age="16"), "service.minimum_age: must be a number"),
    (lambda s: s["service_at_locations"][0]["location"].update(latitude=152.1), "latitude 152.1 is not between"),
    (lambda s: s["service_at_locations"][0]["location"]["addresses"][0].update(country="nl"),
     "'nl' is not a two-letter ISO 3166-1 country code"),
    (lambda s: s["schedules"][0].pop("dtstart"), "a schedule with interval 2 needs dtstart"),
    (lambda s: s["schedules"][0].update(dtstart="2026-09-04"), "2026-09-04 is not a day of the rule WEEKLY TH"),
    (lambda s: s["schedules"][0].update(dtstart="2026-08-27"), "schedules[0].dtstart: is before valid_from"),
    (lambda s: s["schedules"][0].update(byday="2TH"), "a day with a number (2WE) is only for freq MONTHLY"),
    (lambda s: s["schedules"][0].update(byday="donderdag"), "'donderdag' is not a comma-separated list of days"),
    (lambda s: s["schedules"][0].update(interval=0), "schedules[0].interval: must be 1 or more"),
    (lambda s: s["schedules"][0].update(valid_to="2026-01-01"), "schedules[0].valid_to: is before valid_from"),
    (lambda s: s["schedules"][0].update(location_id=SERVICE_ID), "is not a location of this service"),
    (lambda s: s["phones"][0].update(service_id=ORG_ID), "is not the id of the service it is in"),
    (lambda s: s.update(organization_id=SERVICE_ID), "service.organization_id: " + SERVICE_ID + " is not the id"),
    (lambda s: s["attributes"][0].update(taxonomy_term_id=ORG_ID), "is not the id of its taxonomy_term"),
    (lambda s: s["phones"][0].update(id=SERVICE_ID), "is also the id of a service"),
    (lambda s: s["phones"].append(dict(s["phones"][0])), "is not unique"),
])
def test_each_kind_of_mistake_is_reported(change, expected):
    found = changed(change)
    assert any(expected in problem for problem in found), found


def test_a_monthly_dtstart_is_the_nth_weekday_of_its_month():
    def monthly(byday: str, dtstart: str) -> list[str]:
        return changed(lambda s: s["schedules"][0].update(freq="MONTHLY", byday=byday, dtstart=dtstart,
                                                           valid_from="2026-01-01"))
    assert monthly("2WE", "2026-01-14") == []
    assert monthly("-1FR", "2026-01-30") == []
    assert monthly("2WE,-1FR", "2026-01-30") == []
    assert any("not a day of the rule" in p for p in monthly("2WE", "2026-01-07"))
    assert any("not a day of the rule" in p for p in monthly("-1FR", "2026-01-23"))


def test_shared_objects_may_repeat_but_must_agree():
    report = rules.Report()
    doc = rules.Document("hsds.json", report)
    first, second = good_service(), good_service()
    for s, n in ((second, "2"),):
        s["id"] = s["id"][:-1] + n
        for key in ("phones", "schedules", "service_at_locations", "attributes"):
            s.pop(key)
    rules.check_object(doc, "service", first, "contents[0]")
    rules.check_object(doc, "service", second, "contents[1]")
    assert report.problems == [], "the same organization in two services"
    third = good_service()
    third["id"] = third["id"][:-1] + "3"
    third["organization"]["description"] = "Iets anders."
    for key in ("phones", "schedules", "service_at_locations", "attributes"):
        third.pop(key)
    rules.check_object(doc, "service", third, "contents[2]")
    assert report.problems == [f"hsds.json: contents[2].organization: organization {ORG_ID} differs from the one at "
                               "contents[0].organization"]


def test_list_pages_must_describe_themselves():
    def page_problems(**header) -> list[str]:
        page = {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": True,
                "last_page": True, "empty": False, "contents": [good_service()], **header}
        report = rules.Report()
        rules.check_page(rules.Document("services/index.json", report), page, "service")
        return report.problems
    assert page_problems() == []
    assert page_problems(size=2) == ["services/index.json: size: 2 but the page holds 1 items"]
    assert page_problems(last_page=False) == ["services/index.json: last_page: is False on page 1 of 1"]
    assert page_problems(empty=True) == ["services/index.json: empty: is True with 1 items"]
    assert page_problems(next="page-2.json") == ["services/index.json: next: 'next' is not part of an HSDS API list"]
    assert page_problems(license={"name": "CC0 1.0"}) == ["services/index.json: license: the licence without 'url'"]
