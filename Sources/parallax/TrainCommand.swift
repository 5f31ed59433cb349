import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Trains the models that ship with Parallax, deterministically, from the training split only.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train a model from labelled data (deterministic).",
        subcommands: [TrainAttribution.self, TrainLanguage.self])
}

struct TrainAttribution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution", abstract: "Train the attribution tagger on PolNeAR's train split (.txt + .ann).")

    @Option(help: "Folder of PolNeAR .txt and .ann files.")
    var trainDir = "../shared/eval/attribution/polnear/train"

    @Option(help: "Where to write the model.")
    var out = "Sources/ParallaxModels/Resources/attribution-tagger.bin.gz"

    @Option(help: "Passes over the training data.")
    var epochs = 10

    @Option(help: "Hashed feature buckets per tagger (a power of two).")
    var buckets = AttributionTagger.defaultBuckets

    @Flag(help: "Train without the dependency parse's features (the shipped grammar's).")
    var noParse = false

    func run() throws {
        let started = Date()
        let texts = try FileManager.default.contentsOfDirectory(atPath: trainDir).filter { $0.hasSuffix(".txt") }.sorted()
        var examples: [AttributionTagger.Example] = []
        let grammar = noParse ? nil : try ShippedModels.grammar()
        for name in texts {
            let text = try String(contentsOfFile: trainDir + "/" + name, encoding: .utf8)
            let annotation = try String(contentsOfFile: trainDir + "/" + name.dropLast(4) + ".ann", encoding: .utf8)
            examples.append(AttributionTagger.example(text: text, attributions: BratAnnotations.attributions(annotation), grammar: grammar))
        }
        let model = AttributionModel.train(examples, epochs: epochs, buckets: buckets) { step in
            FileHandle.standardError.write(Data(String(format: "%6.1f s  %@\n", Date().timeIntervalSince(started), step).utf8))
        }
        let bytes = model.file()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print(String(format: "trained on %d articles in %.1f s; wrote %@ (%.1f MB)", examples.count,
                     Date().timeIntervalSince(started), out, Double(bytes.count) / 1_048_576))
    }
}
