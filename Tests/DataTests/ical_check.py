#!/usr/bin/env python3
"""Parses an iCalendar file with Python's `icalendar` (PyPI) and prints what it understood, as
JSON, for the iCal export tests (Tests/CLITests/ICalExportTests.swift):

    {"calendarName": "...", "timezones": ["Europe/Prague", ...], "errors": [...],
     "events": [{"uid", "summary", "description", "location", "geo", "status", "sequence",
                 "dtstamp", "start", "end", "tzid", "startViaVtimezone", "endViaVtimezone"}]}

`start`/`end` are "2027-05-13T15:00:00Z" (UTC, converted by icalendar, which resolves the TZID
to the real IANA zone) or "2027-05-15" for a DATE value; null when absent. The `…ViaVtimezone`
values convert the same wall-clock time with a zone built from the file's own VTIMEZONE instead
(`Timezone.to_tz(lookup_tzid=False)`), so the test checks the VTIMEZONE, not only the TZID.
`errors` lists the parse problems icalendar noted on any component.

Run with the venv that meson-helpers/install-deps.sh creates: .build/test-venv/bin/python3.
"""
import datetime
import json
import sys

import icalendar

UTC = datetime.timezone.utc


def text(value):
    return None if value is None else str(value)


def moment(prop):
    """A DTSTART/DTEND property as ISO text in UTC, or a date."""
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.isoformat() + " floating"
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def via_vtimezone(prop, zones):
    """The wall-clock value of `prop` placed in the zone built from the file's VTIMEZONE."""
    if prop is None or not isinstance(prop.dt, datetime.datetime):
        return None
    tzid = prop.params.get("TZID")
    if tzid is None or tzid not in zones:
        return None
    local = prop.dt.replace(tzinfo=None).replace(tzinfo=zones[tzid])
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    zones = {}
    for component in calendar.walk("VTIMEZONE"):
        zones[str(component["TZID"])] = component.to_tz(lookup_tzid=False)
    errors = []
    for component in calendar.walk():
        errors += [f"{component.name}: {name}: {message}" for name, message in getattr(component, "errors", [])]
    events = []
    for event in calendar.walk("VEVENT"):
        start, end = event.get("DTSTART"), event.get("DTEND")
        geo = event.get("GEO")
        events.append({
            "uid": text(event.get("UID")),
            "summary": text(event.get("SUMMARY")),
            "description": text(event.get("DESCRIPTION")),
            "location": text(event.get("LOCATION")),
            "geo": None if geo is None else [geo.latitude, geo.longitude],
            "status": text(event.get("STATUS")),
            "sequence": None if event.get("SEQUENCE") is None else int(event.get("SEQUENCE")),
            "dtstamp": moment(event.get("DTSTAMP")),
            "start": moment(start),
            "end": moment(end),
            "tzid": None if start is None else start.params.get("TZID"),
            "startViaVtimezone": via_vtimezone(start, zones),
            "endViaVtimezone": via_vtimezone(end, zones),
        })
    json.dump({"calendarName": text(calendar.get("X-WR-CALNAME")), "timezones": sorted(zones), "errors": errors,
               "events": events}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ical_check.py FILE.ics")
    main(sys.argv[1])
