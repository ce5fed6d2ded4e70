"""Our own checker of Open Referral HSDS 3.0 data: the rules written out from the specification itself
(github.com/openreferral/specification at tag v3.0), not its schema files. Where each rule comes from:

- OBJECTS: for every object of schema/*.json, its `required` fields, its `tabular_required` fields (required in the
  tabular form; we give those links in JSON too, so that the data can be flattened) and every field it has, with
  the field's kind: its `type` ("string", "number", "array" of another object, an object), its `format` ("uuid",
  "uri", "email", "date-time") or `datapackage_type` ("date", "time"), and its `enum`. Objects nested by `$ref`:
  service.organization, service_at_location.location, attribute.taxonomy_term, taxonomy_term.taxonomy_detail, and
  the `services` of an organization as schema/compiled/organization.json has them.
- Codes that field descriptions give: a country "as an ISO 3361-1 country code (two letter abbreviation)", language
  codes of ISO 639-1/2/3, latitude and longitude "in decimal degrees in WGS84", a phone's `type` from "the RFC6350
  list of types", a service area's `extent_type` from its enumerated list, a date "in the ISO 8601 format of
  YYYY-MM-DD", opens_at/closes_at as times ("HH:MM", with an optional offset or Z).
- Schedules (schedule.json, docs/hsds/schedules.md and RFC 5545 they refer to): `byday` is comma-separated days,
  "where freq is MONTHLY each part can be preceded by a positive or negative integer"; `interval` and `count` are
  whole numbers of at least 1; `dtstart` is "necessary when using the 'interval' feature" (we read: an interval
  above 1, since 1 is RFC 5545's default) and, by RFC 5545, a day the rule itself gives; `until` and `count` never
  together (RFC 5545); `valid_to` not before `valid_from`, and `dtstart` not before `valid_from`.
- Ids: "each ... must have a unique identifier" (`constraints.unique` on every id): in one document an id names
  one object. Organizations, taxonomy terms and taxonomies are referred to from many services, so the same id may
  occur again there, with the same content. Links between nested objects follow the field descriptions
  (phone.service_id is "the identifier of the service for which this is the phone number", and so on).
- API lists (docs/hsds/api_reference.md, "Lists", and the Page of schema/openapi.json): total_items, total_pages,
  page_number, size, first_page, last_page and empty, then `contents`; the `/` answer has version, profile and
  openapi_url.
- Our own stricter rule: an absent value is left out, never null or an empty text (HSDS's types allow no null).
- Known extensions from HSDS 3.1 (schema at the 3.1-dev branch): a service's `additional_urls` (url objects: id,
  label, url) and an attribute's `label`; a list's or the `/` answer's `license` ({name, url}). Any other key that
  HSDS 3.0 does not have is reported.

Run on a built site: `python Tests/e2e/hsds_rules.py public/` checks every kaart export and prints what it checked.
"""

from __future__ import annotations

import calendar
import datetime
import json
import re
import sys
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------------------------------------------
# The objects of HSDS 3.0: required fields and every field's kind.
# Kinds: "string", "number", "integer" (a number that is whole), "uuid", "uri", "email", "date", "time", "date-time",
# "enum:a|b|c", "country", "language", "latitude", "longitude", "list:<object>", "object:<object>".

ATTRIBUTES_AND_METADATA = {"attributes": "list:attribute", "metadata": "list:metadata"}

OBJECTS: dict[str, dict[str, Any]] = {
    "service": {
        "required": ["id", "name", "status"],
        "tabular_required": ["organization_id"],
        "fields": {
            "id": "uuid", "organization_id": "uuid", "program_id": "uuid", "name": "string",
            "alternate_name": "string", "description": "string", "url": "uri", "email": "email",
            "status": "enum:active|inactive|defunct|temporarily closed", "interpretation_services": "string",
            "application_process": "string", "fees_description": "string", "wait_time": "string", "fees": "string",
            "accreditations": "string", "eligibility_description": "string", "minimum_age": "number",
            "maximum_age": "number", "assured_date": "date", "assurer_email": "email", "licenses": "string",
            "alert": "string", "last_modified": "date-time", "phones": "list:phone", "schedules": "list:schedule",
            "service_areas": "list:service_area", "service_at_locations": "list:service_at_location",
            "languages": "list:language", "organization": "object:organization", "funding": "list:funding",
            "cost_options": "list:cost_option", "program": "object:program",
            "required_documents": "list:required_document", "contacts": "list:contact", **ATTRIBUTES_AND_METADATA,
        },
    },
    "organization": {
        "required": ["id", "name", "description"],
        "fields": {
            "id": "uuid", "name": "string", "alternate_name": "string", "description": "string", "email": "email",
            "website": "uri", "tax_status": "string", "tax_id": "string", "year_incorporated": "number",
            "legal_status": "string", "logo": "string", "uri": "uri", "parent_organization_id": "uuid",
            "funding": "list:funding", "contacts": "list:contact", "phones": "list:phone",
            "locations": "list:location", "programs": "list:program",
            "organization_identifiers": "list:organization_identifier",
            # schema/compiled/organization.json: `/organizations/{id}` answers with the organization's services.
            "services": "list:service", **ATTRIBUTES_AND_METADATA,
        },
    },
    "location": {
        "required": ["id", "location_type"],
        "fields": {
            "id": "uuid", "location_type": "enum:physical|postal|virtual", "url": "uri", "organization_id": "uuid",
            "name": "string", "alternate_name": "string", "description": "string", "transportation": "string",
            "latitude": "latitude", "longitude": "longitude", "external_identifier": "string",
            "external_identifier_type": "string", "languages": "list:language", "addresses": "list:address",
            "contacts": "list:contact", "accessibility": "list:accessibility", "phones": "list:phone",
            "schedules": "list:schedule", **ATTRIBUTES_AND_METADATA,
        },
    },
    "address": {
        "required": ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        "fields": {
            "id": "uuid", "location_id": "uuid", "attention": "string", "address_1": "string", "address_2": "string",
            "city": "string", "region": "string", "state_province": "string", "postal_code": "string",
            "country": "country", "address_type": "enum:physical|postal|virtual", **ATTRIBUTES_AND_METADATA,
        },
    },
    "service_at_location": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "service_id": "uuid", "location_id": "uuid", "description": "string",
            "contacts": "list:contact", "phones": "list:phone", "schedules": "list:schedule",
            "location": "object:location", **ATTRIBUTES_AND_METADATA,
        },
    },
    "schedule": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "service_id": "uuid", "location_id": "uuid", "service_at_location_id": "uuid",
            "valid_from": "date", "valid_to": "date", "dtstart": "date", "timezone": "number", "until": "date",
            "count": "integer", "wkst": "enum:MO|TU|WE|TH|FR|SA|SU", "freq": "enum:WEEKLY|MONTHLY",
            "interval": "integer", "byday": "string", "byweekno": "string", "bymonthday": "string",
            "byyearday": "string", "description": "string", "opens_at": "time", "closes_at": "time",
            "schedule_link": "uri", "attending_type": "string", "notes": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "phone": {
        "required": ["id", "number"],
        "fields": {
            "id": "uuid", "location_id": "uuid", "service_id": "uuid", "organization_id": "uuid",
            "contact_id": "uuid", "service_at_location_id": "uuid", "number": "string", "extension": "number",
            "type": "enum:text|voice|fax|cell|video|pager|textphone", "description": "string",
            "languages": "list:language", **ATTRIBUTES_AND_METADATA,
        },
    },
    "language": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "service_id": "uuid", "location_id": "uuid", "phone_id": "uuid", "name": "string",
            "code": "language", "note": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "service_area": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "service_id": "uuid", "name": "string", "description": "string", "extent": "string",
            "extent_type": "enum:geojson|topojson|kml|text", "uri": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "accessibility": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "location_id": "uuid", "description": "string", "details": "string", "url": "uri",
            **ATTRIBUTES_AND_METADATA,
        },
    },
    "contact": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "organization_id": "uuid", "service_id": "uuid", "service_at_location_id": "uuid",
            "location_id": "uuid", "name": "string", "title": "string", "department": "string", "email": "email",
            "phones": "list:phone", **ATTRIBUTES_AND_METADATA,
        },
    },
    "attribute": {
        "required": ["id"],
        "tabular_required": ["link_id", "taxonomy_term_id", "link_entity"],
        "fields": {
            "id": "uuid", "link_id": "uuid", "taxonomy_term_id": "uuid", "link_type": "string",
            "link_entity": "string", "value": "string", "taxonomy_term": "object:taxonomy_term",
            "metadata": "list:metadata",
        },
    },
    "taxonomy_term": {
        "required": ["id", "name", "description"],
        "fields": {
            "id": "uuid", "code": "string", "name": "string", "description": "string", "parent_id": "uuid",
            "taxonomy": "string", "taxonomy_detail": "object:taxonomy", "language": "language",
            "taxonomy_id": "uuid", "term_uri": "uri", "metadata": "list:metadata",
        },
    },
    "taxonomy": {
        "required": ["id", "name", "description"],
        "fields": {
            "id": "uuid", "name": "string", "description": "string", "uri": "uri", "version": "string",
            "metadata": "list:metadata",
        },
    },
    "cost_option": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "service_id": "uuid", "valid_from": "date", "valid_to": "date", "option": "string",
            "currency": "string", "amount": "number", "amount_description": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "funding": {
        "required": ["id"],
        "fields": {
            "id": "uuid", "organization_id": "uuid", "service_id": "uuid", "source": "string",
            **ATTRIBUTES_AND_METADATA,
        },
    },
    "program": {
        "required": ["id", "name", "description"],
        "fields": {
            "id": "uuid", "organization_id": "uuid", "name": "string", "alternate_name": "string",
            "description": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "required_document": {
        "required": ["id"],
        "fields": {"id": "uuid", "service_id": "uuid", "document": "string", "uri": "uri", **ATTRIBUTES_AND_METADATA},
    },
    "organization_identifier": {
        "required": ["id", "identifier_type", "identifier"],
        "fields": {
            "id": "uuid", "organization_id": "uuid", "identifier_scheme": "string", "identifier_type": "string",
            "identifier": "string", **ATTRIBUTES_AND_METADATA,
        },
    },
    "metadata": {
        "required": ["id", "last_action_date", "last_action_type", "field_name", "previous_value",
                     "replacement_value", "updated_by"],
        "tabular_required": ["resource_id", "resource_type"],
        "fields": {
            "id": "uuid", "resource_id": "uuid", "resource_type": "string", "last_action_date": "date",
            "last_action_type": "string", "field_name": "string", "previous_value": "string",
            "replacement_value": "string", "updated_by": "string",
        },
    },
    # HSDS 3.1 (schema/url.json at the 3.1-dev branch): the items of a service's additional_urls.
    "url": {
        "required": ["id", "url"],
        "fields": {
            "id": "uuid", "label": "string", "url": "uri", "organization_id": "uuid", "service_id": "uuid",
            **ATTRIBUTES_AND_METADATA,
        },
    },
}

# Fields that HSDS 3.1 adds and a 3.0 reader ignores: allowed, and checked like the others.
EXTENSIONS = {"service": {"additional_urls": "list:url"}, "attribute": {"label": "string"}}

# Objects that many others refer to: the same id may occur again in a document, as long as it is the same object.
SHARED = {"organization", "taxonomy_term", "taxonomy"}

# The header of every list the HSDS API answers (API reference, "Lists"; schema/openapi.json's Page).
PAGE_FIELDS = {
    "total_items": "integer", "total_pages": "integer", "page_number": "integer", "size": "integer",
    "first_page": "boolean", "last_page": "boolean", "empty": "boolean",
}
ROOT_FIELDS = {"version": "string", "profile": "uri", "openapi_url": "uri"}
LICENSE_FIELDS = {"name": "string", "url": "uri"}

# ---------------------------------------------------------------------------------------------------------------
# Formats.

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# RFC 3986: a scheme, then only the characters a URI may hold (ASCII, no spaces), % followed by two hex digits.
URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
BYDAY_PART = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
NUMBER_LIST = re.compile(r"[+-]?\d+(,[+-]?\d+)*")


def is_date(text: str) -> bool:
    if not DATE.fullmatch(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def kind_problem(kind: str, value: Any) -> str | None:
    """What is wrong with `value` for a field of this kind (lists and objects are checked by the caller)."""
    if kind in ("number", "latitude", "longitude", "integer"):
        if not is_number(value):
            return f"must be a number, found {json.dumps(value)}"
        if kind == "integer" and value != int(value):
            return f"must be a whole number, found {value}"
        if kind == "latitude" and not -90 <= value <= 90:
            return f"latitude {value} is not between -90 and 90 (WGS84 degrees)"
        if kind == "longitude" and not -180 <= value <= 180:
            return f"longitude {value} is not between -180 and 180 (WGS84 degrees)"
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else f"must be true or false, found {json.dumps(value)}"
    if not isinstance(value, str):
        return f"must be text, found {json.dumps(value)}"
    if value == "":
        return "is empty: leave an absent value out"
    if kind == "uuid" and not UUID.fullmatch(value):
        return f"'{value}' is not a UUID"
    if kind == "uri":
        if not URI.fullmatch(value):
            return f"'{value}' is not a URI (RFC 3986: a scheme, and no spaces or characters outside ASCII)"
        parts = urllib.parse.urlsplit(value)
        if parts.scheme.lower() in ("http", "https") and not parts.hostname:
            return f"'{value}' is a web address without a host"
    if kind == "email" and not EMAIL.fullmatch(value):
        return f"'{value}' is not an e-mail address"
    if kind == "date" and not is_date(value):
        return f"'{value}' is not a date in the form YYYY-MM-DD"
    if kind == "time" and not TIME.fullmatch(value):
        return f"'{value}' is not a time in the form HH:MM (with optional seconds and offset)"
    if kind == "date-time":
        try:
            ok = bool(DATE_TIME.fullmatch(value)) and bool(
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            ok = False
        if not ok:
            return f"'{value}' is not a date-time (RFC 3339)"
    if kind.startswith("enum:") and value not in kind[5:].split("|"):
        return f"'{value}' is not one of {', '.join(kind[5:].split('|'))}"
    if kind == "country" and not re.fullmatch(r"[A-Z]{2}", value):
        return f"'{value}' is not a two-letter ISO 3166-1 country code"
    if kind == "language" and not re.fullmatch(r"[a-z]{2,3}", value):
        return f"'{value}' is not an ISO 639 language code"
    return None


# ---------------------------------------------------------------------------------------------------------------
# Checking.

@dataclass
class Report:
    """Problems ("file: path: what is wrong") and how many objects of each kind were checked."""
    problems: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")


class Document:
    """One JSON file: the objects seen by id, for the rule that an id names one object."""

    def __init__(self, name: str, report: Report) -> None:
        self.name = name
        self.report = report
        self.ids: dict[str, tuple[str, str, Any]] = {}  # id -> (kind, where, object)

    def fail(self, where: str, message: str) -> None:
        self.report.fail(f"{self.name}: {where}" if where else self.name, message)

    def saw(self, kind: str, where: str, obj: dict) -> None:
        identifier = obj.get("id")
        if not isinstance(identifier, str):
            return
        if identifier not in self.ids:
            self.ids[identifier] = (kind, where, obj)
            return
        first_kind, first_where, first = self.ids[identifier]
        if first_kind != kind:
            self.fail(where, f"id {identifier} is also the id of a {first_kind} ({first_where})")
        elif kind not in SHARED:
            self.fail(where, f"id {identifier} is not unique: also at {first_where}")
        elif first != obj:
            self.fail(where, f"{kind} {identifier} differs from the one at {first_where}")


def check_object(doc: Document, kind: str, obj: Any, where: str, parent: tuple[str, dict] | None = None) -> None:
    """Checks one object and everything nested in it; `parent` is the object it is nested in, with its kind."""
    if not isinstance(obj, dict):
        doc.fail(where, f"a {kind} must be an object, found {json.dumps(obj)[:60]}")
        return
    spec = OBJECTS[kind]
    fields = {**spec["fields"], **EXTENSIONS.get(kind, {})}
    doc.report.counts[kind] += 1
    doc.saw(kind, where, obj)
    for key in spec["required"] + spec.get("tabular_required", []):
        if key not in obj:
            doc.fail(where, f"{kind} without '{key}', which HSDS requires")
    for key, value in obj.items():
        here = f"{where}.{key}"
        if key not in fields:
            doc.fail(here, f"'{key}' is not a field of an HSDS 3.0 {kind}")
            continue
        if value is None:
            doc.fail(here, "is null: leave an absent value out")
            continue
        field_kind = fields[key]
        if field_kind.startswith("list:"):
            if not isinstance(value, list):
                doc.fail(here, f"must be a list, found {json.dumps(value)[:60]}")
                continue
            for index, item in enumerate(value):
                check_object(doc, field_kind[5:], item, f"{here}[{index}]", (kind, obj))
        elif field_kind.startswith("object:"):
            check_object(doc, field_kind[7:], value, here, (kind, obj))
        elif problem := kind_problem(field_kind, value):
            doc.fail(here, problem)
    check_links(doc, kind, obj, where, parent)
    if kind == "schedule":
        check_schedule(doc, obj, where)


# (child kind, field) -> the parent kind whose id it must hold, when nested in that parent.
PARENT_LINKS = {
    ("phone", "service_id"): "service", ("schedule", "service_id"): "service",
    ("service_area", "service_id"): "service", ("language", "service_id"): "service",
    ("service_at_location", "service_id"): "service", ("contact", "service_id"): "service",
    ("cost_option", "service_id"): "service", ("funding", "service_id"): "service",
    ("required_document", "service_id"): "service", ("url", "service_id"): "service",
    ("address", "location_id"): "location", ("accessibility", "location_id"): "location",
    ("phone", "location_id"): "location", ("language", "location_id"): "location",
    ("schedule", "location_id"): "location", ("service", "organization_id"): "organization",
    ("phone", "organization_id"): "organization", ("contact", "organization_id"): "organization",
    ("location", "organization_id"): "organization", ("program", "organization_id"): "organization",
    ("funding", "organization_id"): "organization", ("organization_identifier", "organization_id"): "organization",
    ("phone", "service_at_location_id"): "service_at_location",
    ("schedule", "service_at_location_id"): "service_at_location",
    ("contact", "service_at_location_id"): "service_at_location",
}


def check_links(doc: Document, kind: str, obj: dict, where: str, parent: tuple[str, dict] | None) -> None:
    """Ids that say what an object belongs to, or holds, agree with the objects around it."""
    if parent:
        parent_kind, parent_obj = parent
        for (child, key), owner in PARENT_LINKS.items():
            if child == kind and owner == parent_kind and key in obj and obj[key] != parent_obj.get("id"):
                doc.fail(f"{where}.{key}", f"{obj[key]} is not the id of the {owner} it is in ({parent_obj.get('id')})")
        if kind == "attribute" and "link_id" in obj and obj["link_id"] != parent_obj.get("id"):
            doc.fail(f"{where}.link_id", f"{obj['link_id']} is not the id of the {parent_kind} it describes")
    links = [("service", "organization_id", "organization"), ("service_at_location", "location_id", "location"),
             ("attribute", "taxonomy_term_id", "taxonomy_term"), ("taxonomy_term", "taxonomy_id", "taxonomy_detail")]
    for owner, key, child in links:
        if kind == owner and key in obj and isinstance(obj.get(child), dict) and obj[key] != obj[child].get("id"):
            doc.fail(f"{where}.{key}", f"{obj[key]} is not the id of its {child} ({obj[child].get('id')})")
    if kind == "service":
        # A schedule tied to a location names a location, and a service at location, of this service.
        locations = {at.get("location_id") for at in obj.get("service_at_locations") or [] if isinstance(at, dict)}
        at_ids = {at.get("id") for at in obj.get("service_at_locations") or [] if isinstance(at, dict)}
        for index, schedule in enumerate(obj.get("schedules") or []):
            if not isinstance(schedule, dict):
                continue
            if "location_id" in schedule and schedule["location_id"] not in locations:
                doc.fail(f"{where}.schedules[{index}].location_id", "is not a location of this service")
            if "service_at_location_id" in schedule and schedule["service_at_location_id"] not in at_ids:
                doc.fail(f"{where}.schedules[{index}].service_at_location_id",
                         "is not a service_at_location of this service")


def rule_days(schedule: dict) -> list[tuple[int | None, int]] | None:
    """`byday` as (ordinal or None, weekday 0 = Monday), or None when it cannot be read."""
    parts = []
    for part in schedule["byday"].split(","):
        match = BYDAY_PART.fullmatch(part)
        if not match:
            return None
        parts.append((int(match.group(1)) if match.group(1) else None, DAYS.index(match.group(2))))
    return parts


def matches(day: datetime.date, freq: str, days: list[tuple[int | None, int]]) -> bool:
    """Whether the rule's BYDAY gives `day` (RFC 5545: in a MONTHLY rule, 2WE is the 2nd Wednesday of the month,
    -1FR the last Friday)."""
    for ordinal, weekday in days:
        if day.weekday() != weekday:
            continue
        if ordinal is None or freq != "MONTHLY":
            return True
        last = calendar.monthrange(day.year, day.month)[1]
        if ordinal > 0 and (day.day - 1) // 7 + 1 == ordinal:
            return True
        if ordinal < 0 and (last - day.day) // 7 + 1 == -ordinal:
            return True
    return False


def check_schedule(doc: Document, schedule: dict, where: str) -> None:
    freq = schedule.get("freq")
    days = None
    if isinstance(schedule.get("byday"), str) and schedule["byday"]:
        days = rule_days(schedule)
        if days is None:
            doc.fail(f"{where}.byday", f"'{schedule['byday']}' is not a comma-separated list of days (MO … SU)")
        else:
            for ordinal, _ in days:
                if ordinal is not None and freq != "MONTHLY":
                    doc.fail(f"{where}.byday", "a day with a number (2WE) is only for freq MONTHLY")
                elif ordinal is not None and not (1 <= abs(ordinal) <= 5):
                    doc.fail(f"{where}.byday", f"there is no {ordinal}th day of the week in a month")
    for key in ("bymonthday", "byweekno", "byyearday"):
        if isinstance(schedule.get(key), str) and not NUMBER_LIST.fullmatch(schedule[key]):
            doc.fail(f"{where}.{key}", f"'{schedule[key]}' is not a comma-separated list of numbers")
    for key in ("interval", "count"):
        if is_number(schedule.get(key)) and schedule[key] < 1:
            doc.fail(f"{where}.{key}", f"must be 1 or more, found {schedule[key]}")
    if "until" in schedule and "count" in schedule:
        doc.fail(where, "until and count cannot both be given (RFC 5545)")
    interval = schedule.get("interval", 1)
    if is_number(interval) and interval > 1 and "dtstart" not in schedule:
        doc.fail(where, f"a schedule with interval {interval} needs dtstart: it says which weeks or months are meant")
    dates = {key: datetime.date.fromisoformat(schedule[key]) for key in ("valid_from", "valid_to", "dtstart", "until")
             if isinstance(schedule.get(key), str) and is_date(schedule[key])}
    if "valid_from" in dates and "valid_to" in dates and dates["valid_to"] < dates["valid_from"]:
        doc.fail(f"{where}.valid_to", "is before valid_from")
    if "valid_from" in dates and "dtstart" in dates and dates["dtstart"] < dates["valid_from"]:
        doc.fail(f"{where}.dtstart", "is before valid_from")
    if "dtstart" in dates and days and freq in ("WEEKLY", "MONTHLY") and not matches(dates["dtstart"], freq, days):
        doc.fail(f"{where}.dtstart", f"{schedule['dtstart']} is not a day of the rule {freq} {schedule['byday']} "
                                     f"(RFC 5545: the first occurrence)")


def check_plain(doc: Document, obj: Any, fields: dict[str, str], where: str, what: str) -> None:
    """An object of known fields with simple kinds (a list header, the `/` answer, a licence)."""
    if not isinstance(obj, dict):
        doc.fail(where, f"{what} must be an object")
        return
    for key, kind in fields.items():
        if key not in obj:
            doc.fail(where, f"{what} without '{key}'")
        elif obj[key] is None:
            doc.fail(f"{where}.{key}" if where else key, "is null")
        elif problem := kind_problem(kind, obj[key]):
            doc.fail(f"{where}.{key}" if where else key, problem)


def check_page(doc: Document, page: Any, item_kind: str) -> None:
    """A page of an HSDS API list of `item_kind` objects."""
    if not isinstance(page, dict):
        doc.fail("", "a list page must be an object")
        return
    check_plain(doc, page, PAGE_FIELDS, "", "a list page")
    for key in page:
        if key not in PAGE_FIELDS and key not in ("contents", "license"):
            doc.fail(key, f"'{key}' is not part of an HSDS API list")
    if "license" in page:
        check_plain(doc, page["license"], LICENSE_FIELDS, "license", "the licence")
    contents = page.get("contents")
    if not isinstance(contents, list):
        doc.fail("contents", "must be the list of items")
        return
    doc.report.counts["page"] += 1
    if page.get("size") != len(contents):
        doc.fail("size", f"{page.get('size')} but the page holds {len(contents)} items")
    number, total = page.get("page_number"), page.get("total_pages")
    if is_number(number) and is_number(total):
        if not 1 <= number <= max(total, 1):
            doc.fail("page_number", f"{number} is not a page of 1 … {total}")
        if page.get("first_page") != (number == 1):
            doc.fail("first_page", f"is {page.get('first_page')} on page {number}")
        if page.get("last_page") != (number == total):
            doc.fail("last_page", f"is {page.get('last_page')} on page {number} of {total}")
    if page.get("empty") != (page.get("total_items") == 0):
        doc.fail("empty", f"is {page.get('empty')} with {page.get('total_items')} items")
    for index, item in enumerate(contents):
        check_object(doc, item_kind, item, f"contents[{index}]")


def check_root(doc: Document, root: Any) -> None:
    """The `/` answer of an HSDS API."""
    check_plain(doc, root, ROOT_FIELDS, "", "the API's / answer")
    if isinstance(root, dict):
        for key in root:
            if key not in ROOT_FIELDS and key != "license":
                doc.fail(key, f"'{key}' is not part of the API's / answer")
        if "license" in root:
            check_plain(doc, root["license"], LICENSE_FIELDS, "license", "the licence")


# ---------------------------------------------------------------------------------------------------------------
# The kaart's open data in a built site.

LISTS = {"services": "service", "organizations": "organization", "taxonomy_terms": "taxonomy_term"}


def check_open_data_folder(folder: Path, root: Path, report: Report) -> None:
    """Every HSDS file of one open-data folder: hsds.json, index.json and the static API's lists and objects."""
    def load(path: Path) -> tuple[Document, Any]:
        doc = Document(str(path.relative_to(root)), report)
        if not path.is_file():
            doc.fail("", "missing")
            return doc, None
        report.counts["file"] += 1
        try:
            return doc, json.loads(path.read_text(encoding="utf-8"))
        except ValueError as error:
            doc.fail("", f"is not JSON: {error}")
            return doc, None

    doc, data = load(folder / "hsds.json")
    if data is not None:
        check_page(doc, data, "service")
    doc, data = load(folder / "index.json")
    if data is not None:
        check_root(doc, data)
    for name, kind in LISTS.items():
        doc, data = load(folder / name / "index.json")
        for path in sorted((folder / name).glob("*.json")):
            doc, data = load(path)
            if data is None:
                continue
            if path.stem == "index" or path.stem.startswith("page-"):
                check_page(doc, data, kind)
            else:
                check_object(doc, kind, data, "")
                if not isinstance(data, dict) or data.get("id") != path.stem:
                    doc.fail("id", f"the file of {kind} {path.stem} holds another id")


def open_data_folders(root: Path) -> list[Path]:
    """Every folder with the kaart's open data: <site>/<kaart>/open-data/ and <kaart>/open-data/ of the portal."""
    return sorted(p.parent for p in root.glob("**/open-data/hsds.json"))


def check_site(root: Path) -> Report:
    report = Report()
    for folder in open_data_folders(root):
        check_open_data_folder(folder, root, report)
    return report


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: hsds_rules.py OUTPUT_DIR", file=sys.stderr)
        return 2
    root = Path(argv[1])
    report = check_site(root)
    folders = open_data_folders(root)
    print(f"HSDS 3.0 rules: {len(folders)} open-data folders, {report.counts['file']} files, "
          f"{report.counts['page']} list pages")
    print("  objects checked: " + ", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())
                                           if k not in ("file", "page")))
    for problem in report.problems:
        print("  " + problem)
    print(f"  {len(report.problems)} problems")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
