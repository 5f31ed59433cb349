/// Disjoint sets over 0..<count, for merging names, facts and outlets.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var current = item
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// The sets, each sorted, in order of their smallest member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for item in parent.indices { byRoot[find(item), default: []].append(item) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
