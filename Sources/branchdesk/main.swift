// branchdesk: argument parsing and dispatch only. Commands live in the CLI target,
// the terminal workbench in TUI; see ARCHITECTURE.md.
import CLI
import Foundation
import Model
import Persistence
import TUI

let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())
let executablePath = CommandLine.arguments.first ?? "branchdesk"
let home = environment["HOME"] ?? NSHomeDirectory()

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data(("branchdesk：" + TerminalText.safe(message) + "\n").utf8))
    exit(status)
}

let invocation: Invocation
do {
    invocation = try InvocationParser.parse(arguments, environment: environment)
} catch {
    fail("\(error)", status: 2)
}

switch invocation {
case .version:
    print("branchdesk \(CommandRunner.version)")
case .help(let topic):
    let help = CommandRunner.help(topic: topic)
    print(help.text)
    exit(help.status)
case .command(let name, let commandArguments, let options):
    let context = CommandContext(options: options, environment: environment, home: home, executablePath: executablePath)
    exit(CommandRunner.run(name: name, arguments: commandArguments, context: context))
case .workbench(let options):
    let context = CommandContext(options: options, environment: environment, home: home, executablePath: executablePath)
    do {
        var role = Role.secretary
        var memberQuery: String?
        switch options.role {
        case .secretary: role = .secretary
        case .liaison: role = .liaison
        case .member(let query): memberQuery = query
        }
        let launch = try WorkbenchLaunch.prepare(context)
        // A PIN set for the role is asked for on the terminal, without echo, before the workbench opens.
        var gateContext = context
        gateContext.options.dataDir = launch.directory.path
        if let refused = PinLogin.admit(command: "工作台", context: gateContext) {
            launch.cleanUp()
            exit(refused)
        }
        let status = Workbench.run(Workbench.Options(directory: launch.directory, isDemo: options.demo, today: context.today,
                                                     useColor: !options.noColor, readOnly: options.readOnly, role: role,
                                                     memberQuery: memberQuery),
                                   environment: environment)
        launch.cleanUp()
        exit(status)
    } catch {
        fail("\(error)", status: 1)
    }
}
