extension CalendarDate {
    /// 1 = Monday … 7 = Sunday (ISO 8601), computed without Foundation calendars.
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((dayNumber + 3) % 7 + 7) % 7 + 1
    }

    /// The translated weekday name ("Thursday"): day headings of printed schedules.
    public var weekdayName: String {
        [tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday")][weekday - 1]
    }
}
