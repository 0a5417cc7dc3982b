import Foundation

/// Why a single sign-on did not sign anyone in. `description` is for the log: it says what went wrong and never
/// holds a token, a code, a secret or an email address.
package enum SSOFailure: Error, Equatable, CustomStringConvertible {
    /// No attempt with that state: never started here, already used, or swept away.
    case attemptUnknown
    case attemptExpired
    /// The browser that came back is not the one that started (its cookie is missing or different).
    case otherBrowser
    /// The provider sent `error` instead of a code, for example `access_denied` when the person cancelled.
    case providerRefused(String)
    case noCode
    case providerUnreachable(String)
    case providerAnswerUnusable(String)
    case token(IDTokenProblem)

    package var description: String {
        switch self {
        case .attemptUnknown: "no sign-in attempt has that state (unknown, used already or swept)"
        case .attemptExpired: "the sign-in attempt had expired"
        case .otherBrowser: "the browser's sign-in cookie is missing or does not match the attempt"
        case .providerRefused(let error): "the provider answered with the error \(error)"
        case .noCode: "the provider's answer had no code"
        case .providerUnreachable(let what): "the provider could not be reached for \(what)"
        case .providerAnswerUnusable(let why): "the provider's answer was unusable: \(why)"
        case .token(let problem): "\(problem)"
        }
    }

    /// An OAuth error code is a short word; anything else the provider sends is not repeated, even in the log.
    static func refused(_ error: String) -> SSOFailure {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz_")
        let word = error.count <= 40 && error.allSatisfy(allowed.contains) ? error : "(not a standard error code)"
        return .providerRefused(word)
    }

    /// What the person is told: what happened, in plain words, and what to do next.
    var advice: (title: String, explanation: String) {
        switch self {
        case .attemptUnknown, .attemptExpired, .otherBrowser:
            ("Your sign-in could not be completed",
             "The sign-in took longer than 10 minutes, was already used, or was started in another browser. "
                + "Start again from the sign-in page.")
        case .providerRefused("access_denied"):
            ("You were not signed in",
             "Signing in with your organisation's account was cancelled or not allowed. Try again, or ask your "
                + "organisation's IT service desk whether you may use MASA.")
        case .providerUnreachable:
            ("Your organisation's sign-in service is not answering",
             "MASA could not reach it. Try again in a few minutes. If you have a MASA password, you can sign in "
                + "with your email address and password instead.")
        case .providerRefused, .noCode, .providerAnswerUnusable, .token:
            ("You could not be signed in",
             "Your organisation's sign-in service sent an answer MASA could not accept. Try again. If it keeps "
                + "happening, tell your partnership's business unit, who can ask your IT service desk.")
        }
    }
}
