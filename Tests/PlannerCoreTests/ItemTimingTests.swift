import XCTest
@testable import PlannerCore

/// Programme times: wall-clock times in an IANA zone become real instants, DST included.
final class ItemTimingTests: XCTestCase {
    private let prague = TimeZone(identifier: "Europe/Prague")!

    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    private func at(_ day: String, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: date(day), time: TimeOfDay(hour: hour, minute: minute)!)
    }

    /// An instant from an ISO 8601 text with an offset.
    private func instant(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    func testItemInLisbonDuringAPragueVisit() {
        // Lisbon keeps WEST (UTC+1) in May, Prague CEST (UTC+2): 10:00 in Lisbon is 11:00 in Prague.
        let timing = ItemTiming(start: at("2027-05-14", 10), end: at("2027-05-14", 12), timeZone: "Europe/Lisbon")
        XCTAssertEqual(timing.start, instant("2027-05-14T09:00:00Z"))
        XCTAssertEqual(timing.end, instant("2027-05-14T11:00:00Z"))
        XCTAssertEqual(LocalDateTime(timing.start, in: prague), at("2027-05-14", 11))
        XCTAssertEqual(LocalDateTime(timing.end, in: prague), at("2027-05-14", 13))
        XCTAssertEqual(timing.minutes, 120)
        XCTAssertEqual(timing.days(in: prague), [date("2027-05-14")])

        let time = ScheduleTime(timing, visitTimeZone: "Europe/Prague")
        XCTAssertTrue(time.isInOtherZone)
        XCTAssertEqual(time.visitStart, at("2027-05-14", 11))
        XCTAssertEqual(time.visitEnd, at("2027-05-14", 13))
        XCTAssertEqual(time.label, "10:00–12:00 Europe/Lisbon (11:00–13:00 Europe/Prague)")
        XCTAssertEqual(ScheduleTime(timing, visitTimeZone: "Europe/Lisbon").label, "10:00–12:00", "no note in the visit's own zone")
    }

    func testLateLisbonItemFallsOnTheNextPragueDay() {
        let timing = ItemTiming(start: at("2027-05-14", 23, 30), end: at("2027-05-14", 23, 45), timeZone: "Europe/Lisbon")
        XCTAssertEqual(timing.days(in: prague), [date("2027-05-15")], "00:30 in Prague")
        XCTAssertEqual(timing.days(in: TimeZone(identifier: "Europe/Lisbon")!), [date("2027-05-14")])
        XCTAssertEqual(ScheduleTime(timing, visitTimeZone: "Europe/Prague").days, [date("2027-05-14")],
                       "a schedule lists an item under the day written on it")
    }

    func testSpringForwardNightIsShorter() {
        // 2027-03-28: Prague's clocks jump from 02:00 to 03:00.
        let timing = ItemTiming(start: at("2027-03-28", 1, 30), end: at("2027-03-28", 4), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.interval.duration, 90 * 60)
        XCTAssertEqual(timing.minutes, 90)
        XCTAssertEqual(timing.start, instant("2027-03-28T00:30:00Z"))
        XCTAssertEqual(timing.end, instant("2027-03-28T02:00:00Z"))
        XCTAssertTrue(timing.isValid)
    }

    func testAutumnBackNightIsLonger() {
        // 2027-10-31: Prague's clocks go back from 03:00 to 02:00.
        let timing = ItemTiming(start: at("2027-10-31", 1, 30), end: at("2027-10-31", 4), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.interval.duration, 210 * 60)
        XCTAssertEqual(timing.minutes, 210)
        XCTAssertEqual(timing.start, instant("2027-10-30T23:30:00Z"))
        XCTAssertEqual(timing.end, instant("2027-10-31T03:00:00Z"))
    }

    func testNightAcrossTheSpringSwitch() {
        let timing = ItemTiming(start: at("2027-03-27", 22), end: at("2027-03-28", 6), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.minutes, 7 * 60, "8 wall-clock hours, 7 real ones")
        XCTAssertEqual(timing.days(in: prague), [date("2027-03-27"), date("2027-03-28")])
        XCTAssertEqual(ScheduleTime(timing, visitTimeZone: "Europe/Prague").label, "22:00–06:00 (+1 day)")
    }

    func testSingleAllDayItem() {
        let timing = ItemTiming(allDayFrom: date("2027-05-15"), to: date("2027-05-15"), timeZone: "Europe/Prague")
        XCTAssertTrue(timing.isAllDay)
        XCTAssertEqual(timing.days(in: prague), [date("2027-05-15")])
        XCTAssertEqual(timing.interval.start, instant("2027-05-14T22:00:00Z"), "from midnight in Prague")
        XCTAssertEqual(timing.interval.duration, 24 * 3600)
        XCTAssertEqual(ScheduleTime(timing, visitTimeZone: "Europe/Prague").label, "All day")
    }

    func testMultiDayAllDayItem() {
        let timing = ItemTiming(allDayFrom: date("2027-05-15"), to: date("2027-05-16"), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.days(in: prague), [date("2027-05-15"), date("2027-05-16")])
        XCTAssertEqual(timing.interval.start, instant("2027-05-14T22:00:00Z"))
        XCTAssertEqual(timing.interval.end, instant("2027-05-16T22:00:00Z"), "to midnight after the last day")
        let time = ScheduleTime(timing, visitTimeZone: "Europe/Prague")
        XCTAssertEqual(time.days, [date("2027-05-15"), date("2027-05-16")])
        XCTAssertEqual(time.label, "All day, 2027-05-15 – 2027-05-16")
    }

    func testAllDayAcrossTheAutumnSwitchLastsItsRealHours() {
        let timing = ItemTiming(allDayFrom: date("2027-10-30"), to: date("2027-10-31"), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.interval.duration, 49 * 3600)
    }

    func testItemEndingAtMidnightStaysOnItsDay() {
        let timing = ItemTiming(start: at("2027-05-15", 22), end: at("2027-05-16", 0), timeZone: "Europe/Prague")
        XCTAssertEqual(timing.days(in: prague), [date("2027-05-15")])
    }

    func testOverlapAndBuffer() {
        let morning = ItemTiming(start: at("2027-05-14", 9), end: at("2027-05-14", 10), timeZone: "Europe/Prague")
        let next = ItemTiming(start: at("2027-05-14", 10), end: at("2027-05-14", 11), timeZone: "Europe/Prague")
        let inside = ItemTiming(start: at("2027-05-14", 9, 30), end: at("2027-05-14", 9, 45), timeZone: "Europe/Prague")
        XCTAssertFalse(morning.overlaps(next), "touching items do not overlap")
        XCTAssertTrue(morning.overlaps(next, buffer: 30 * 60), "but leave no travel time")
        XCTAssertTrue(morning.overlaps(inside))
        XCTAssertTrue(inside.overlaps(morning))
        // 10:30 in Lisbon is 11:30 in Prague: after `next`.
        let lisbon = ItemTiming(start: at("2027-05-14", 10, 30), end: at("2027-05-14", 11), timeZone: "Europe/Lisbon")
        XCTAssertFalse(next.overlaps(lisbon))
        XCTAssertTrue(next.overlaps(lisbon, buffer: 45 * 60))
    }

    func testMomentsAndUnknownTimes() {
        let moment = ScheduleTime(moment: at("2027-05-13", 17), timeZone: "Europe/Prague", visitTimeZone: "Europe/Prague")
        XCTAssertTrue(moment.isMoment)
        XCTAssertEqual(moment.start, moment.end)
        XCTAssertEqual(moment.label, "17:00")
        let day = ScheduleTime(day: date("2027-05-14"), timeZone: "Europe/Prague", visitTimeZone: "Europe/Prague")
        XCTAssertTrue(day.isTimeUnknown)
        XCTAssertEqual(day.days, [date("2027-05-14")])
        XCTAssertEqual(day.label, "time not set")
    }
}
