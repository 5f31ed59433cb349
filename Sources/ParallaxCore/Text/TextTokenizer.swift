/// Cuts text into tokens by Unicode's default word boundaries (UAX #29, as ICU's word rules apply
/// them): letters and digits run together, an apostrophe or full stop joins two letters ("don't",
/// "U.S"), a comma or full stop joins two digits ("1,000", "3.5"), combining marks stay with what
/// they follow. Everything else visible is a token of one character. Scripts written without
/// spaces or segmented by dictionary (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar) go to ICU, whose dictionaries find
/// their words. Written for speed (ASCII by table): it reads every character of every article.
enum TextTokenizer {
    /// What a character is for word boundaries.
    enum Class: UInt8 {
        case space, newline, letter, digit, joiner, midLetter, midNum, midNumLet, extend, dictionary, other
    }

    static func classify(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        if value < 0x80 { return asciiClass(UInt8(value)) }
        // Word_Break values of the few non-ASCII characters that join or break words specially.
        switch value {
        case 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: return .midNumLet
        case 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2027, 0xFE13: return .midLetter
        case 0x037E, 0x0589, 0x060C, 0x060D, 0x066C, 0x07F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B: return .midNum
        case 0x202F, 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D...0xFE4F, 0xFF3F: return .joiner
        // A zero-width space breaks words, though it is not white space.
        case 0x200B: return .other
        // A paragraph separator ends a line, as the plain-text reader reads it.
        case 0x2029: return .newline
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .decimalNumber:
            return isDictionaryScript(value) ? .dictionary : .digit
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return isDictionaryScript(value) ? .dictionary : .extend
        default:
            // Letters, and symbols that are alphabetic ("ⓒ"), as Word_Break's ALetter has them.
            guard properties.isAlphabetic else { return .other }
            return isDictionaryScript(value) || properties.isIdeographic ? .dictionary : .letter
        }
    }

    /// ASCII by a switch the compiler turns into a table.
    @inline(__always)
    static func asciiClass(_ byte: UInt8) -> Class {
        switch byte {
        // Lines end where the plain-text reader ends them: at a line feed or a carriage return.
        case 0x0A, 0x0D: .newline
        case 0...0x20: .space
        case 0x30...0x39: .digit
        // ICU counts "@" as a letter, so that handles and addresses stay whole ("@Reuters", "tips@example.com").
        case 0x40...0x5A, 0x61...0x7A: .letter
        case 0x5F: .joiner
        case 0x27, 0x2E: .midNumLet
        case 0x2C, 0x3B: .midNum
        default: .other
        }
    }

    /// Kana, Hangul, Thai, Lao, Myanmar and Khmer (ideographs are told by their property).
    static func isDictionaryScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0x1780...0x17FF, 0x19E0...0x19FF, 0x3040...0x30FF, 0x31F0...0x31FF,
             0x32D0...0x32FE, 0x3300...0x3357, 0xA9E0...0xA9FF, 0xAA60...0xAA7F, 0xFF66...0xFF9F:
            return true
        default:
            return false
        }
    }

    static func tokens(_ scalars: [Unicode.Scalar], breaker: TextBreaker) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var startsLine = true
        var index = 0
        func emit(_ span: Span, isWord: Bool) {
            tokens.append(TextToken(span: span, isWord: isWord, startsLine: startsLine, insideQuote: false, isQuoteMark: false))
            startsLine = false
        }
        while index < scalars.count {
            switch classify(scalars[index]) {
            case .newline:
                startsLine = true
                index += 1
            case .space:
                index += 1
            case .letter, .digit, .joiner, .dictionary:
                let word = wordEnd(from: index, scalars)
                if word.needsDictionary {
                    let run = ScalarText(String(String.UnicodeScalarView(scalars[index..<word.end])))
                    for segment in breaker.segments(in: run, within: Span(0, run.count)) {
                        let span = Span(index + segment.span.start, index + segment.span.end)
                        if segment.isWord {
                            emit(span, isWord: true)
                        } else {
                            for offset in span.start..<span.end where classify(scalars[offset]) != .space { emit(Span(offset, offset + 1), isWord: false) }
                        }
                    }
                } else {
                    // Joiners alone make a word only two or more at a time ("___" but not "_"), as in ICU.
                    emit(Span(index, word.end), isWord: word.hasLetterOrDigit || word.end - index >= 2)
                }
                index = word.end
            default:
                emit(Span(index, index + 1), isWord: false)
                index += 1
            }
        }
        return tokens
    }

    /// Where the word starting at `start` ends: letters, digits and joiners run together (marks and
    /// format characters stay with what they follow); a middle character joins only between two
    /// letters (apostrophe, full stop, middle dot) or two digits (comma, full stop). Also whether it
    /// has a letter or digit, and whether a script of ICU's dictionaries is in it.
    static func wordEnd(from start: Int, _ scalars: [Unicode.Scalar]) -> (end: Int, hasLetterOrDigit: Bool, needsDictionary: Bool) {
        var last = classify(scalars[start])
        var hasLetterOrDigit = last == .letter || last == .digit
        var needsDictionary = last == .dictionary
        var index = start + 1
        while index < scalars.count {
            let here = classify(scalars[index])
            switch here {
            case .letter, .digit, .joiner, .dictionary:
                last = here
                hasLetterOrDigit = hasLetterOrDigit || here == .letter || here == .digit
                needsDictionary = needsDictionary || here == .dictionary
                index += 1
            case .extend:
                index += 1
            case .midLetter, .midNum, .midNumLet:
                var after = index + 1
                while after < scalars.count, classify(scalars[after]) == .extend { after += 1 }
                let next = after < scalars.count ? classify(scalars[after]) : .space
                let betweenLetters = last == .letter && next == .letter && (here == .midLetter || here == .midNumLet)
                let betweenDigits = last == .digit && next == .digit && (here == .midNum || here == .midNumLet)
                guard betweenLetters || betweenDigits else { return (index, hasLetterOrDigit, needsDictionary) }
                index = after
            default:
                return (index, hasLetterOrDigit, needsDictionary)
            }
        }
        return (index, hasLetterOrDigit, needsDictionary)
    }
}
