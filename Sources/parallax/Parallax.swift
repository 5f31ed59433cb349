import ArgumentParser

@main
struct Parallax: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare how news outlets tell the same story.",
        subcommands: [AnalyzeCommand.self, ExtractCommand.self, EvalCommand.self, BenchCommand.self, InspectCommand.self, TrainCommand.self, AttributeCommand.self, ClusterCommand.self, SettingsCommand.self, ParseCommand.self])
}
