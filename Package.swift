// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "ParallaxCore", targets: ["ParallaxCore"]),
        .library(name: "ParallaxModels", targets: ["ParallaxModels"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libxml2's HTML parser. The shim hides ICU from libxml2's headers so they do not clash with Foundation.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Sentence and word breaks from the system ICU; only plain C types cross the header.
        .target(
            name: "CICUBreaks",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "ParallaxCore",
            dependencies: ["CLibXML2", "CZlib", "CICUBreaks"]
        ),
        // The learned models as resources (the attribution tagger's weights, from `parallax train
        // attribution`; see Resources/README.md), loaded the same way by the CLI, a server and the tests.
        .target(
            name: "ParallaxModels",
            dependencies: ["ParallaxCore"],
            exclude: ["Resources/README.md"],
            resources: [.copy("Resources/attribution-tagger.bin.gz"), .copy("Resources/background-frequencies.tsv.gz"),
                        .copy("Resources/pos-tagger.bin.gz"), .copy("Resources/dependency-parser.bin.gz"),
                        .copy("Resources/gazetteer.tsv.gz")]
        ),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "ParallaxCore",
                "ParallaxModels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParallaxCoreTests",
            dependencies: ["ParallaxCore", "ParallaxModels"]
        ),
    ]
)
