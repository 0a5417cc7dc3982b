import Foundation
import MASAWeb
import Vapor

/// `masa audit verify [--checkpoints FILE]` checks the trail against its key and its checkpoints and names the
/// kind of tampering found, with the position. `masa audit checkpoint [--export FILE]` signs the newest entry and
/// can add the checkpoint's line to a file kept away from the database (another machine, write-once storage).
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify or checkpoint") var action: String
        @Option(name: "checkpoints", help: "verify: also compare with the checkpoints in FILE") var checkpoints: String?
        @Option(name: "export", help: "checkpoint: also add the checkpoint's line to FILE") var export: String?
        init() {}
    }

    var help: String { "Checks the audit trail or signs a checkpoint (masa audit verify | checkpoint)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch signature.action {
        case "verify": try await verify(context, checkpointsFile: signature.checkpoints)
        case "checkpoint": try await checkpoint(context, exportFile: signature.export)
        default:
            throw CommandFailure("Unknown action \"\(signature.action)\"; use: masa audit verify [--checkpoints FILE] "
                                 + "or masa audit checkpoint [--export FILE]")
        }
    }

    private func verify(_ context: CommandContext, checkpointsFile: String?) async throws {
        var exported: [AuditCheckpoint.Signed] = []
        if let checkpointsFile {
            do { exported = try AuditCheckpoints.read(file: checkpointsFile) } catch {
                throw CommandFailure("The checkpoints file \(checkpointsFile) cannot be read: \(error)")
            }
        }
        let report = try await AuditChain.verify(on: context.application.db, exported: exported)
        guard let finding = report.finding else {
            context.console.print("Audit trail intact: \(report.checked) entries and \(report.checkpoints) "
                                  + "checkpoints checked.")
            return
        }
        let sound = report.checked == 0 ? "No entry can be relied on." : "Entries 1 to \(report.checked) are sound."
        throw CommandFailure("Audit trail tampered with: \(finding.kind.label) at position \(finding.position). "
                             + "\(finding.message) \(sound)")
    }

    private func checkpoint(_ context: CommandContext, exportFile: String?) async throws {
        let checkpoint: AuditCheckpoint.Signed
        do {
            guard let head = try await AuditCheckpoints.checkpointHead(at: Date(), on: context.application.db) else {
                throw CommandFailure("The audit trail is empty: there is nothing to checkpoint yet.")
            }
            checkpoint = head
        } catch let conflict as AuditCheckpointConflict {
            throw CommandFailure(conflict.description)
        }
        if let exportFile {
            do { try AuditCheckpoints.export(checkpoint, toFile: exportFile) } catch {
                throw CommandFailure("The checkpoint could not be added to \(exportFile): \(error)")
            }
        }
        context.console.print(checkpoint.line)
    }
}
