/// Small measures of how alike two pieces of text are.
public enum TextSimilarity {
    /// Weighted overlap of two bags of words over the smaller one: 1 when one is contained in the other.
    /// A function word weighs `stopwordWeight` beside a content word's 1.
    public static func containment(_ left: [Token], _ right: [Token], stopwordWeight: Double) -> Double {
        func weights(_ tokens: [Token]) -> [String: Double] {
            var result: [String: Double] = [:]
            for token in tokens { result[token.stem] = max(result[token.stem] ?? 0, token.isContent ? 1 : stopwordWeight) }
            return result
        }
        let a = weights(left)
        let b = weights(right)
        // Summed in key order so that the result is the same in every run.
        let shared = a.keys.sorted().reduce(0.0) { $0 + (b[$1] != nil ? a[$1]! : 0) }
        let smaller = min(a.keys.sorted().reduce(0.0) { $0 + a[$1]! }, b.keys.sorted().reduce(0.0) { $0 + b[$1]! })
        return smaller == 0 ? 0 : shared / smaller
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once), for spelling variants.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            previousPrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// Word-level difference of `variant` against `reference`: the words both share in order
    /// (longest common subsequence on normalised words), and what each adds.
    /// Also returns the spans of the variant's words that the reference lacks.
    public static func wordDiffWithChanges(reference: [Token], variant: [Token]) -> (pieces: [DiffPiece], changed: [Span]) {
        var changed: [Span] = []
        var previousWasAdded = false
        let n = reference.count
        let m = variant.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = reference[i].norm == variant[j].norm ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pieces: [DiffPiece] = []
        func push(_ op: DiffPiece.Op, _ text: String) {
            if let last = pieces.last, last.op == op {
                pieces[pieces.count - 1].text += " " + text
            } else {
                pieces.append(DiffPiece(op: op, text: text))
            }
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, reference[i].norm == variant[j].norm {
                previousWasAdded = false
                push(.same, variant[j].text)
                i += 1
                j += 1
            } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
                push(.added, variant[j].text)
                // Consecutive added words make one changed span.
                if previousWasAdded { changed[changed.count - 1].end = variant[j].span.end } else { changed.append(variant[j].span) }
                previousWasAdded = true
                j += 1
            } else {
                previousWasAdded = false
                push(.missing, reference[i].text)
                i += 1
            }
        }
        return (pieces, changed)
    }
}
