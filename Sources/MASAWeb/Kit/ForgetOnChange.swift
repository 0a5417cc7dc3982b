import Fluent

/// Forgets a value kept from the database (a `TimedCache`) whenever a record of `M` is created, changed, removed,
/// soft-deleted or restored, whichever form, command or job did it, so this instance never shows a stale value of
/// its own making.
package struct ForgetOnChange<M: Model>: AsyncModelMiddleware {
    package typealias Model = M
    let forget: @Sendable () -> Void

    package init(_ type: M.Type, forget: @escaping @Sendable () -> Void) { self.forget = forget }

    package func create(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        forget()
    }

    package func update(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        forget()
    }

    package func delete(model: M, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.delete(model, force: force, on: db)
        forget()
    }

    package func softDelete(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.softDelete(model, on: db)
        forget()
    }

    package func restore(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.restore(model, on: db)
        forget()
    }
}
