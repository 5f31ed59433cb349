/// HTML building blocks. Every string that reaches the page goes through `escape`.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A safe fragment for an element id or anchor.
    static func anchor(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isAlphabetic || $0.properties.numericType != nil ? Character($0) : "-" })
    }

    /// `text` with the given spans (relative to the text's start) wrapped in `<mark class=…>`.
    static func marked(_ scalars: ArraySlice<Unicode.Scalar>, marks: [Span], offset: Int, className: String) -> String {
        var result = ""
        var position = scalars.startIndex
        func piece(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return escape(String(view))
        }
        for mark in marks.sorted() {
            let start = max(position, mark.start - offset + scalars.startIndex)
            let end = min(scalars.endIndex, mark.end - offset + scalars.startIndex)
            guard start < end else { continue }
            result += piece(position, start) + "<mark class=\"\(className)\">" + piece(start, end) + "</mark>"
            position = end
        }
        return result + piece(position, scalars.endIndex)
    }
}
