import Vapor

/// When a posted form cannot be saved (the page was open too long, the session ended, the service failed), the
/// person sees what happened and everything they typed, with a button that sends it again when that can work.
/// Nothing they typed is lost to a problem that was not theirs.
enum FormProblemPage {
    /// Fields never shown back: secrets, and the tokens that belonged to the old page.
    static func isShownBack(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !(lower.contains("password") || lower.contains("secret") || lower == "code"
            || lower == CSRFMiddleware.field || lower == FormOnceMiddleware.field)
    }

    static func expired(_ req: Request) async throws -> Response {
        let signedIn = req.auth.has(CurrentUser.self)
        let why = signedIn
            ? "The page was open for a long time, or you signed in again in another tab, so MASA could not be sure "
                + "this form came from you. Nothing was saved."
            : "You were signed out (sessions end after a time without use), so nothing was saved."
        return try await render(req, title: "Your form could not be sent", why: why, canResend: signedIn,
                                status: .forbidden)
    }

    static func failed(_ req: Request, status: HTTPStatus) async throws -> Response {
        let why = "Something went wrong on our side and nothing was saved. You can send the form again now."
        return try await render(req, title: "Your form could not be saved", why: why,
                                canResend: req.auth.has(CurrentUser.self), status: status)
    }

    private static func render(_ req: Request, title: String, why: String, canResend: Bool,
                               status: HTTPStatus) async throws -> Response {
        let typed = FormState.posted(req).values.filter { isShownBack($0.key) && $0.value.contains { !$0.isEmpty } }
        let names = typed.keys.sorted()
        var blocks: [Block] = [.paragraph(why)]
        if canResend {
            var form = FormView(action: req.url.path, submit: "Send again", csrf: req.csrfToken, fields: [])
            form.hidden = names.flatMap { name in typed[name, default: []].map { HiddenValue(name: name, value: $0) } }
            blocks.append(.form(form))
        } else {
            blocks.append(.buttons([.link("Sign in", "/sign-in")]))
        }
        if !names.isEmpty {
            blocks.append(.heading("What you typed"))
            blocks.append(.hint(canResend ? "Kept here in case you want a copy." : "Copy it before you sign in again."))
            let rows = names.map { SummaryList.Row(label(for: $0), typed[$0, default: []].joined(separator: "\n")) }
            blocks.append(.summary(SummaryList(rows: rows)))
        }
        let chrome = try await req.chrome(title: title)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    /// "review-summary" → "Review summary": field names are the only labels known here.
    static func label(for name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
