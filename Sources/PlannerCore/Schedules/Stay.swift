import Foundation

/// A participant's time in the host town, from their arrival to their departure, on the visit's
/// clock (travel times carry no zone). Either end may be unknown; a date without a time is
/// compared by days.
struct Stay: Sendable {
    let arrival: Travel?
    let departure: Travel?
    let zone: TimeZone

    init(_ participant: Participant, zone: TimeZone) {
        arrival = participant.arrival
        departure = participant.departure
        self.zone = zone
    }

    /// The arrival instant, when its time is known.
    var arrivalInstant: Date? {
        arrival.flatMap { travel in travel.time.map { LocalDateTime(date: travel.date, time: $0).instant(in: zone) } }
    }

    /// The departure instant, when its time is known.
    var departureInstant: Date? {
        departure.flatMap { travel in travel.time.map { LocalDateTime(date: travel.date, time: $0).instant(in: zone) } }
    }

    /// The item begins before the person is there.
    func startsBeforeArrival(_ timing: ItemTiming) -> Bool {
        guard let arrival else { return false }
        if !timing.isAllDay, let instant = arrivalInstant { return timing.start < instant }
        return firstDay(timing) < arrival.date
    }

    /// The item goes on after the person has left.
    func endsAfterDeparture(_ timing: ItemTiming) -> Bool {
        guard let departure else { return false }
        if !timing.isAllDay, let instant = departureInstant { return timing.end > instant }
        return lastDay(timing) > departure.date
    }

    /// The person is not there at any time of the item: it is over before they arrive, or it
    /// begins after they leave.
    func misses(_ timing: ItemTiming) -> Bool {
        if let arrival {
            if !timing.isAllDay, let instant = arrivalInstant {
                if timing.end <= instant && timing.start < instant { return true }
            } else if lastDay(timing) < arrival.date {
                return true
            }
        }
        if let departure {
            if !timing.isAllDay, let instant = departureInstant {
                if timing.start >= instant && timing.end > instant { return true }
            } else if firstDay(timing) > departure.date {
                return true
            }
        }
        return false
    }

    private func firstDay(_ timing: ItemTiming) -> CalendarDate { timing.days(in: zone).first ?? timing.startDate }
    private func lastDay(_ timing: ItemTiming) -> CalendarDate { timing.days(in: zone).last ?? timing.endDate }
}
