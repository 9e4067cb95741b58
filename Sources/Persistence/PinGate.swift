import Foundation
import Model

/// Asks for a role's PIN when one is set, for the CLI (`--as`) and the workbench alike.
///
/// The order matters: no PIN set → `.noPin` without asking; inside a wait after wrong PINs →
/// `.mustWait` without asking; otherwise `readPin` is called once and its answer checked
/// (nil → `.cancelled`). The caller opens the role only when `outcome.admits`.
public enum PinGate {
    public static func check(role: Role, store: PinStore, readPin: () -> String?) -> PinOutcome {
        do {
            guard try store.hasPin(role: role) else { return .noPin }
            let wait = try store.waitSeconds(role: role)
            if wait > 0 { return .mustWait(seconds: wait) }
        } catch {
            return .unavailable("无法核对 PIN：\(error)")
        }
        guard let pin = readPin() else { return .cancelled }
        return store.attempt(role: role, pin: pin)
    }

    /// The same for a data directory, with the real clock.
    public static func check(role: Role, directory: URL, readPin: () -> String?) -> PinOutcome {
        check(role: role, store: PinStore(directory: directory), readPin: readPin)
    }
}
