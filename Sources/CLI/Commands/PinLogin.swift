import Foundation
import Model
import Persistence

/// The PIN check before any command runs as a role (`--as`, the secretary by default).
///
/// When pins.json in the data directory holds a PIN for the role asked for, the command runs
/// only after the right PIN: from `BRANCHDESK_PIN` (for scripts), else `context.input`
/// (the terminal without echo, or the next line of standard input). One try per run; wrong
/// PINs are counted and slow down as `PinStore` describes. Without a PIN, nothing is asked
/// and roles still restrict what is shown (issue #8).
public enum PinLogin {
    /// The environment variable scripts put the PIN in.
    static let environmentVariable = "BRANCHDESK_PIN"

    /// Nil when the command may run; otherwise the exit status, the refusal already on stderr.
    public static func admit(command: String, context: CommandContext) -> Int32? {
        let directory = context.dataDirectory
        // No pins.json, no PINs: the common case costs one stat.
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("pins.json").path) else { return nil }
        let role: Role
        let who: String
        switch context.options.role {
        case .secretary: (role, who) = (.secretary, "书记")
        case .liaison: (role, who) = (.liaison, "联络员")
        case .member(let name):
            let members = LedgerStore(directory: directory, readOnly: true).records(Member.self, year: nil)
            switch MemberLookup.resolve(name, in: members) {
            case .success(let member): (role, who) = (.member(member.id), "党员 \(member.name)")
            case .failure(let error):
                context.output.err("branchdesk \(command)：--as member：\(error.message)")
                return 2
            }
        }
        let outcome = PinGate.check(role: role, directory: directory) {
            if let pin = context.environment[environmentVariable] { return pin }
            return context.input("请输入\(who)的 PIN：")
        }
        guard !outcome.admits else { return nil }
        context.output.err("branchdesk \(command)：\(who)：\(outcome.message)")
        return 1
    }
}
