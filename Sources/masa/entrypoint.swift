import Foundation
import Logging
import MASAApp
import MASAWeb
import NIOCore
import NIOPosix
import Vapor

/// `masa serve | migrate | demo` and the commands the features register (seed, create-admin, audit, calendar).
/// The entrypoint only reads configuration, builds the app and hands over to the command.
@main
enum Entrypoint {
    static func main() async {
        // Swift's tasks then run on the web server's own event loop threads, so a request no longer hops between
        // two pools of threads at every await: on a small virtual machine each hop cost more than a query did.
        // (Vapor's own template starts this way.)
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        var arguments = CommandLine.arguments
        var environment = ProcessInfo.processInfo.environment
        let demo = DemoLaunch(arguments: &arguments, environment: &environment)
        do {
            var env = try Environment.detect(arguments: arguments)
            if environment["LOG_FORMAT"]?.lowercased() == "json" {
                let level = Logger.Level(rawValue: environment["LOG_LEVEL"]?.lowercased() ?? "info") ?? .info
                LoggingSystem.bootstrap { GuardedLogHandler(JSONLogHandler(label: $0, level: level)) }
            } else {
                try LoggingSystem.bootstrap(from: &env) { level in
                    { label in GuardedLogHandler(ConsoleLogger(label: label, console: Terminal(), level: level)) }
                }
            }
            let config = try AppConfig.fromEnvironment(environment)
            let app = try await Application.make(env)
            do {
                try MASAApp.configure(app, config: config)
                if !arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
                    try await app.checkDatabase()
                    // These read the database's tables; migrate, seed and demo make them.
                    let command = arguments.count > 1 ? arguments[1] : "serve"
                    if command == "serve" { try config.requireFiles() }
                    let registered = app.registry.commands.first { $0.name == command }
                    if !demo.isDemo, command == "serve" || registered?.needsMigratedDatabase == true {
                        try await app.requireMigrated()
                    }
                }
                if demo.isDemo { try await demo.prepare(app) }
                try await app.execute()
            } catch {
                // Vapor has already reported a command's own failure; everything else is said here, once.
                if !(error is CommandFailure) { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
                try? await app.asyncShutdown()
                exit(1)
            }
            try await app.asyncShutdown()
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(1)
        }
    }
}
