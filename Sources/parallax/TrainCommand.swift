import ArgumentParser
import Foundation
import ParallaxCore

/// Trains the models that ship with Parallax, deterministically, from the training split only.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Train a model from labelled data (deterministic).",
        subcommands: [TrainAttribution.self])
}

struct TrainAttribution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution", abstract: "Train the attribution tagger on PolNeAR's train split (.txt + .ann).")

    @Option(help: "Folder of PolNeAR .txt and .ann files.")
    var trainDir = "../shared/eval/attribution/polnear/train"

    @Option(help: "Where to write the model.")
    var out = "Sources/parallax/Resources/attribution-tagger.bin"

    @Option(help: "Passes over the training data.")
    var epochs = 10

    func run() throws {
        let started = Date()
        let texts = try FileManager.default.contentsOfDirectory(atPath: trainDir).filter { $0.hasSuffix(".txt") }.sorted()
        var examples: [AttributionTagger.Example] = []
        for name in texts {
            let text = try String(contentsOfFile: trainDir + "/" + name, encoding: .utf8)
            let annotation = try String(contentsOfFile: trainDir + "/" + name.dropLast(4) + ".ann", encoding: .utf8)
            examples.append(AttributionTagger.example(text: text, attributions: BratAnnotations.attributions(annotation)))
        }
        let model = AttributionTagger.train(examples, epochs: epochs) { epoch, accuracy in
            FileHandle.standardError.write(Data(String(format: "epoch %d: token accuracy %.4f\n", epoch, accuracy).utf8))
        }
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print(String(format: "trained on %d articles in %.1f s; wrote %@ (%.1f MB)", examples.count,
                     Date().timeIntervalSince(started), out, Double(bytes.count) / 1_048_576))
    }
}
