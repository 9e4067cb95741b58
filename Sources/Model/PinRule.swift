import Foundation

/// What a PIN may look like, and how long a run of wrong PINs makes the next try wait.
///
/// A PIN is 4 to 32 printable ASCII characters without spaces (digits, letters, symbols):
/// a plain 4–12 digit PIN fits, and a secretary who wants a stronger pass phrase may type one.
/// Chinese characters are left out on purpose: typed without echo through an input method
/// they are easy to get wrong, and crypt(3) hashes bytes, so two encodings would differ.
public enum PinRule {
    public static let minimumLength = 4
    public static let maximumLength = 32
    /// Wrong tries allowed before the first wait.
    public static let freeFailures = 3
    /// The longest wait, in seconds.
    public static let maximumDelaySeconds = 60

    /// Nil when `pin` is acceptable, else a Chinese sentence saying what is allowed.
    public static func problem(_ pin: String) -> ValidationError? {
        let allowed = "PIN 须为 \(minimumLength) 到 \(maximumLength) 位数字、英文字母或符号（不含空格和中文），例如 6 位数字。"
        guard pin.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
            return ValidationError(field: "pin", "PIN 含有空格、中文或其他不能使用的字符。" + allowed)
        }
        guard (minimumLength...maximumLength).contains(pin.count) else {
            return ValidationError(field: "pin", "PIN 长度为 \(pin.count) 位，不符合要求。" + allowed)
        }
        return nil
    }

    /// Seconds to wait after `failures` wrong PINs in a row: none for the first three, then
    /// 1, 2, 4, 8 … doubling (2^(n−3)), never more than a minute. Slows guessing a 4-digit PIN
    /// to days without locking the owner out for good.
    public static func delaySeconds(afterFailures failures: Int) -> Int {
        guard failures >= freeFailures else { return 0 }
        let exponent = failures - freeFailures
        guard exponent < 6 else { return maximumDelaySeconds }
        return min(1 << exponent, maximumDelaySeconds)
    }
}
