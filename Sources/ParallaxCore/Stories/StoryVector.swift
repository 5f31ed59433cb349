import Foundation

/// A sparse weight vector over lexicon ids, sorted by id so that sums and products come out the
/// same in every run (a dictionary's order changes from run to run).
struct StoryVector: Sendable {
    var ids: [Int32] = []
    var weights: [Float] = []

    var norm: Float { sqrtf(weights.reduce(0) { $0 + $1 * $1 }) }

    /// Dot product by merging the two id lists.
    func dot(_ other: StoryVector) -> Float {
        var i = 0, j = 0, sum: Float = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// Dot product, and how many ids the two share.
    func dotAndShared(_ other: StoryVector) -> (dot: Float, shared: Int) {
        var i = 0, j = 0, sum: Float = 0, shared = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] {
                sum += weights[i] * other.weights[j]
                shared += 1
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return (sum, shared)
    }

    /// This vector plus another.
    func adding(_ other: StoryVector) -> StoryVector {
        var result = StoryVector()
        result.ids.reserveCapacity(ids.count + other.ids.count)
        result.weights.reserveCapacity(ids.count + other.ids.count)
        var i = 0, j = 0
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                result.ids.append(ids[i]); result.weights.append(weights[i]); i += 1
            } else if i == ids.count || other.ids[j] < ids[i] {
                result.ids.append(other.ids[j]); result.weights.append(other.weights[j]); j += 1
            } else {
                result.ids.append(ids[i]); result.weights.append(weights[i] + other.weights[j]); i += 1; j += 1
            }
        }
        return result
    }

    /// The `limit` heaviest entries (ties by id), still sorted by id. A selection, not a sort: it runs
    /// on every story update.
    func heaviest(_ limit: Int) -> StoryVector {
        guard ids.count > limit else { return self }
        guard limit > 0 else { return StoryVector() }
        var scratch = weights
        let cut = Self.largest(limit, in: &scratch)
        var ties = limit - weights.reduce(0) { $0 + ($1 > cut ? 1 : 0) }
        var result = StoryVector()
        result.ids.reserveCapacity(limit)
        result.weights.reserveCapacity(limit)
        for index in ids.indices {
            let weight = weights[index]
            guard weight > cut || (weight == cut && ties > 0) else { continue }
            if weight == cut { ties -= 1 }
            result.ids.append(ids[index])
            result.weights.append(weight)
        }
        return result
    }

    /// The `rank`-th largest value (1-based), by quickselect over the buffer (which it reorders).
    static func largest(_ rank: Int, in values: inout [Float]) -> Float {
        var low = 0, high = values.count - 1
        let target = rank - 1
        while low < high {
            // Median of three, so sorted input does not make it quadratic.
            let middle = (low + high) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            var i = low, j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j { high = j } else if target >= i { low = i } else { return values[target] }
        }
        return values[target]
    }

    func scaled(_ factor: Float) -> StoryVector { StoryVector(ids: ids, weights: weights.map { $0 * factor }) }

    func weight(of id: Int32) -> Float? {
        let index = ids.partitioningIndex { $0 >= id }
        return index < ids.count && ids[index] == id ? weights[index] : nil
    }
}
