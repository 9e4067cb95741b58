import Foundation
import Model

/// The data shipped with the program: `data/templates/` (cadence rules, five-ones templates)
/// and `data/demo/` (the demo ledger).
///
/// Found at `BRANCHDESK_SHARE_DIR` when set, else by walking up from the executable
/// (`.build/debug/branchdesk` sits inside the clone), else next to the sources this was
/// compiled from. SwiftPM resources cannot reach a top-level `data/`, and the owner fixed
/// `data/` at the top.
public struct ShippedData: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public static func locate(environment: [String: String], executablePath: String) -> ShippedData? {
        var candidates: [URL] = []
        if let share = environment["BRANCHDESK_SHARE_DIR"], !share.isEmpty {
            candidates.append(URL(fileURLWithPath: share))
        }
        var dir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("data"))
            candidates.append(dir.appendingPathComponent("share/branchdesk"))
            dir = dir.deletingLastPathComponent()
        }
        // Sources/Persistence/ShippedData.swift → the clone's data/.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates/cadence.json").path) }
            .map(ShippedData.init(root:))
    }

    public var demoDirectory: URL { root.appendingPathComponent("demo") }
    public var templatesDirectory: URL { root.appendingPathComponent("templates") }

    /// The default cadence rules (DOMAIN.md §2).
    public func cadenceRules() throws -> [CadenceRule] {
        try readTemplate("cadence.json")
    }

    /// The seed's five-ones templates (DOMAIN.md §5).
    public func fiveOnesTemplates() throws -> [FiveOnesTemplate] {
        try readTemplate("fiveones.json")
    }

    private func readTemplate<R: Codable>(_ name: String) throws -> [R] {
        let url = templatesDirectory.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(ShardEnvelope<R>.self, from: data).records
        } catch {
            throw StoreError.unreadableFile(file: url.path, reason: JSONErrorLocator.issue(file: name, data: data, error: error).description)
        }
    }

    /// Copies the demo ledger into `target` (which must not hold a ledger), 0700/0600.
    /// The shipped files are only read.
    public func copyDemo(to target: URL) throws {
        if LedgerStore.ledgerExists(at: target) { throw StoreError.alreadyExists(directory: target.path) }
        try AtomicFile.makeDirectory(target)
        let source = demoDirectory
        guard let walker = FileManager.default.enumerator(atPath: source.path) else {
            throw StoreError.notFound(directory: source.path)
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".json") { files.append(relative) }
        }
        // branch.json last, as in LedgerStore.create.
        files.sort { ($0 == LedgerKind.branch.path ? 1 : 0, $0) < ($1 == LedgerKind.branch.path ? 1 : 0, $1) }
        for relative in files {
            let data = try Data(contentsOf: source.appendingPathComponent(relative))
            let destination = target.appendingPathComponent(relative)
            try AtomicFile.makeDirectory(destination.deletingLastPathComponent())
            try AtomicFile.write(data, to: destination)
        }
    }
}
