import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A moment in the local time zone, through localtime_r: backup names, the daily check and the
/// journal's year are needed on every write, and DateFormatter / Calendar would start ICU for
/// them (a few milliseconds and megabytes per CLI call).
struct LocalTime {
    let year, month, day, hour, minute, second: Int

    init(_ date: Date) {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon) + 1
        day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        second = Int(parts.tm_sec)
    }

    /// `20261204`
    var dayStamp: String { String(format: "%04d%02d%02d", year, month, day) }
    /// `20261204-182000`
    var stamp: String { dayStamp + String(format: "-%02d%02d%02d", hour, minute, second) }
    /// `2026-12-04 18:20`
    var text: String { String(format: "%04d-%02d-%02d %02d:%02d", year, month, day, hour, minute) }
}
