// swift-tools-version:6.0
// BranchDesk (支部工作台). Dependencies point one way and this file enforces it:
// Model ← Persistence ← CLI / TUI ← branchdesk. No outside packages (see ARCHITECTURE.md).
import PackageDescription

let package = Package(
    name: "BranchDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "branchdesk", targets: ["branchdesk"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // crypt(3) from libxcrypt: PIN hashes (yescrypt / SHA-512-crypt), Persistence only.
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(name: "Model"),
        .target(name: "Persistence", dependencies: ["Model", "CCrypt"]),
        .target(name: "TUI", dependencies: ["Model", "Persistence", "CNCurses"]),
        .target(name: "CLI", dependencies: ["Model", "Persistence"]),
        .executableTarget(name: "branchdesk", dependencies: ["CLI", "TUI", "Model", "Persistence"]),
        .testTarget(name: "ModelTests", dependencies: ["Model"], exclude: ["Golden"]),
        // Test helpers more than one test target needs (a scratch tmpfs for the full-disk tests).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PersistenceTests", dependencies: ["Persistence", "Model", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Model", "Persistence", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["CLI", "Model", "Persistence"]),
        .testTarget(name: "EndToEndTests", dependencies: ["branchdesk"]),
    ]
)
