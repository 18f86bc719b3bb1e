import XCTest
@testable import PlannerCore

final class CalendarDateTests: XCTestCase {
    func testParsesISODates() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        XCTAssertEqual([date.year, date.month, date.day], [2027, 5, 13])
        XCTAssertEqual(CalendarDate(iso: " 2011-9-4 ")?.description, "2011-09-04")
        XCTAssertEqual(date.description, "2027-05-13")
    }

    func testRefusesMalformedText() {
        for text in ["", "2027", "2027-05", "27-05-13", "2027-05-13-01", "2027/05/13", "13.05.2027", "2027-5-", "abcd-ef-gh", "2027-005-13"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testRefusesDaysThatDoNotExist() {
        XCTAssertNil(CalendarDate(year: 2027, month: 4, day: 31))
        XCTAssertNil(CalendarDate(year: 2027, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2027, month: 13, day: 1))
        XCTAssertNil(CalendarDate(year: 2027, month: 0, day: 1))
        XCTAssertNil(CalendarDate(year: 2027, month: 1, day: 0))
        XCTAssertNil(CalendarDate(year: 0, month: 1, day: 1))
        XCTAssertNil(CalendarDate(iso: "2027-06-31"))
        XCTAssertNotNil(CalendarDate(year: 2027, month: 12, day: 31))
    }

    func testLeapYears() {
        XCTAssertNotNil(CalendarDate(year: 2028, month: 2, day: 29))
        XCTAssertNotNil(CalendarDate(year: 2000, month: 2, day: 29), "divisible by 400")
        XCTAssertNil(CalendarDate(year: 1900, month: 2, day: 29), "divisible by 100 only")
        XCTAssertNil(CalendarDate(year: 2100, month: 2, day: 29))
    }

    func testOrdering() throws {
        let a = try XCTUnwrap(CalendarDate(iso: "2026-12-31"))
        let b = try XCTUnwrap(CalendarDate(iso: "2027-01-01"))
        XCTAssertLessThan(a, b)
        XCTAssertEqual([b, a].sorted(), [a, b])
    }

    func testAge() throws {
        let born = try XCTUnwrap(CalendarDate(iso: "2011-09-04"))
        XCTAssertEqual(born.age(on: try XCTUnwrap(CalendarDate(iso: "2027-05-13"))), 15)
        XCTAssertEqual(born.age(on: try XCTUnwrap(CalendarDate(iso: "2027-09-03"))), 15, "day before the birthday")
        XCTAssertEqual(born.age(on: try XCTUnwrap(CalendarDate(iso: "2027-09-04"))), 16, "on the birthday")
        let leapling = try XCTUnwrap(CalendarDate(iso: "2008-02-29"))
        XCTAssertEqual(leapling.age(on: try XCTUnwrap(CalendarDate(iso: "2026-02-28"))), 17)
        XCTAssertEqual(leapling.age(on: try XCTUnwrap(CalendarDate(iso: "2026-03-01"))), 18)
    }

    func testDayNumber() throws {
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "1970-01-01")).dayNumber, 0)
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "1969-12-31")).dayNumber, -1)
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2000-03-01")).dayNumber, 11017)
    }

    func testAddingDays() throws {
        let start = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        XCTAssertEqual(start.adding(days: 4).description, "2027-05-17")
        XCTAssertEqual(start.adding(days: 19).description, "2027-06-01")
        XCTAssertEqual(start.adding(days: -13).description, "2027-04-30")
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2028-02-28")).adding(days: 1).description, "2028-02-29")
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2027-02-28")).adding(days: 1).description, "2027-03-01")
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2026-12-31")).adding(days: 1).description, "2027-01-01")
    }

    func testDayNumberRoundTrip() throws {
        let origin = try XCTUnwrap(CalendarDate(iso: "1899-12-25"))
        var previous = origin
        // Every day over several centuries, leap rules included.
        for offset in stride(from: 1, through: 80_000, by: 1) {
            let date = origin.adding(days: offset)
            XCTAssertEqual(date.dayNumber - origin.dayNumber, offset)
            XCTAssertLessThan(previous, date)
            XCTAssertEqual(CalendarDate(year: date.year, month: date.month, day: date.day), date)
            previous = date
            if date.dayNumber - origin.dayNumber != offset { break }
        }
    }

    func testCodableUsesISOText() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2027-05-13"))
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2027-05-13"]"#)
        XCTAssertEqual(try JSONDecoder().decode([CalendarDate].self, from: data), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2027-02-30"]"#.utf8)))
    }
}

final class TimeOfDayTests: XCTestCase {
    func testParsesCommonForms() {
        XCTAssertEqual(TimeOfDay(text: "17:00")?.description, "17:00")
        XCTAssertEqual(TimeOfDay(text: "8:30")?.description, "08:30")
        XCTAssertEqual(TimeOfDay(text: "17h30")?.description, "17:30")
        XCTAssertEqual(TimeOfDay(text: "17h")?.description, "17:00")
        XCTAssertEqual(TimeOfDay(text: "9.15")?.description, "09:15")
        XCTAssertEqual(TimeOfDay(text: " 9 ")?.description, "09:00")
        XCTAssertEqual(TimeOfDay(text: "0:00")?.description, "00:00")
        XCTAssertEqual(TimeOfDay(text: "23:59")?.description, "23:59")
    }

    func testRefusesImpossibleTimes() {
        for text in ["", "24:00", "12:60", "12:5", "12:345", "-1:00", "ab:cd", "12:30:00", "noon"] {
            XCTAssertNil(TimeOfDay(text: text), text)
        }
        XCTAssertNil(TimeOfDay(hour: 24, minute: 0))
        XCTAssertNil(TimeOfDay(hour: 0, minute: -1))
    }

    func testOrderingAndCoding() throws {
        let early = try XCTUnwrap(TimeOfDay(text: "08:30"))
        let late = try XCTUnwrap(TimeOfDay(text: "17:00"))
        XCTAssertLessThan(early, late)
        let data = try JSONEncoder().encode([early])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["08:30"]"#)
        XCTAssertEqual(try JSONDecoder().decode([TimeOfDay].self, from: data), [early])
    }
}
