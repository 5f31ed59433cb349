/// Lists of names the entity typer looks words up in: places (countries, continents, US states,
/// cities of 15,000 people or more) and people's given names and surnames. Built by
/// `scripts/build-gazetteer.sh` from GeoNames (CC BY 4.0) and the 1990 US Census (public domain).
/// Names are kept as 64-bit hashes: loading 57,000 strings into sets took a tenth of `analyze` on small inputs.
public struct Gazetteer: Sendable {
    var places: Set<UInt64> = []
    var givenNames: Set<UInt64> = []
    var surnames: Set<UInt64> = []

    public init() {}

    /// Reads `kind<TAB>name` lines (kinds `place`, `given`, `surname`); `#` lines and other kinds are skipped.
    public init(table: String) {
        TabSeparatedLines.forEach(in: table) { kind, name in
            let hash = FNV1a.hash(bytes: name)
            switch String(decoding: kind, as: UTF8.self) {
            case "place": places.insert(hash)
            case "given": givenNames.insert(hash)
            case "surname": surnames.insert(hash)
            default: break
            }
        }
    }

    public func isPlace(_ name: String) -> Bool { places.contains(FNV1a.hash(name)) }
    public func isGivenName(_ name: String) -> Bool { givenNames.contains(FNV1a.hash(name)) }
    public func isSurname(_ name: String) -> Bool { surnames.contains(FNV1a.hash(name)) }
}
