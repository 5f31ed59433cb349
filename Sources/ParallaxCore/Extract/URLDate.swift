/// A date written in a page's address: `/2024/11/07/`, `/2024-11-07/`, `/2024/11/` (a month only).
public enum URLDate {
    public static func date(in url: String) -> PartialDate? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for (index, part) in parts.enumerated() {
            guard part.count == 4, let year = Int(part), (1990...2099).contains(year), index + 1 < parts.count,
                  parts[index + 1].count <= 2, let month = Int(parts[index + 1]), (1...12).contains(month) else { continue }
            if index + 2 < parts.count, parts[index + 2].count <= 2, let day = Int(parts[index + 2]),
               (1...CalendarMath.daysInMonth(year: year, month: month)).contains(day) {
                return PartialDate(year: year, month: month, day: day)
            }
            return PartialDate(year: year, month: month)
        }
        return nil
    }
}
