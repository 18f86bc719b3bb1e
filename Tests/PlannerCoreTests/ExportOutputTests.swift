import Foundation
@testable import PlannerCore
import XCTest

/// What the core gives every exporter: CSV writing, batch file names, option checks, and the
/// worker writing into its staging folder.
final class ExportOutputTests: XCTestCase {
    func testCSVQuotingAndFormulaNeutralising() {
        var csv = CSVDocument(header: ["a", "b"])
        csv.append(["plain", "with,comma"])
        csv.append(["say \"hi\"", "two\nlines"])
        csv.append(["=1+1", "+420 123"])
        csv.append(["-5", "-x"])
        csv.append(["@me", "\ttab"])
        csv.append([" padded", ""])
        XCTAssertEqual(csv.text(), "a,b\r\nplain,\"with,comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n'=1+1,\u{2060}+420 123\r\n"
                       + "-5,'-x\r\n'@me,'\ttab\r\n\" padded\",\r\n")
        XCTAssertTrue(csv.text(byteOrderMark: true).hasPrefix("\u{FEFF}a,b\r\n"))
        var semicolons = CSVDocument(header: ["x;y", "z,w"], separator: ";")
        semicolons.append(["1", "2"])
        XCTAssertEqual(semicolons.text(), "\"x;y\";z,w\r\n1;2\r\n")
    }

    func testBatchFileNamesAreSafeAndUnique() {
        func person(_ id: Int64, _ given: String, _ family: String) -> ExportTarget {
            .person(Participant(id: id, visitId: 1, givenName: given, familyName: family))
        }
        let names = ExportBatch.fileNames(for: [person(1, "Jan", "Novák"), person(2, "Jan", "Novák"), person(3, "a/b:c", "d?"),
                                                person(4, "..", ""), person(5, "Zoë", "Lefèvre")], fileExtension: "pdf")
        XCTAssertEqual(names, ["Jan Novák (1).pdf", "Jan Novák (2).pdf", "a_b_c d_.pdf", "person-4.pdf", "Zoë Lefèvre.pdf"])
    }

    func testOptionsAreCheckedAndDefaulted() throws {
        let format = ExportFormat(id: "x", name: "X", fileExtension: "x", mimeType: "x/x", scopes: [.visit],
                                  options: [ExportOption.paperSize(), ExportOption(key: "bom", label: "BOM", kind: .flag, defaultValue: "false")])
        XCTAssertEqual(try ExportWorker.checkedOptions([:], for: format), ["paper": "a4", "bom": "false"])
        XCTAssertEqual(try ExportWorker.checkedOptions(["paper": "letter"], for: format), ["paper": "letter", "bom": "false"])
        XCTAssertThrowsError(try ExportWorker.checkedOptions(["paper": "a3"], for: format)) { error in
            XCTAssertEqual((error as? ExportError)?.message, "The option “paper” takes a4, letter, not “a3”.")
        }
        XCTAssertThrowsError(try ExportWorker.checkedOptions(["colour": "red"], for: format)) { error in
            XCTAssertEqual((error as? ExportError)?.message, "The format “x” has no option “colour” (options: paper, bom).")
        }
    }

    private final class NamesExporter: Exporter {
        let format = ExportFormat(id: "names", name: "Names", fileExtension: "txt", mimeType: "text/plain",
                                  scopes: [.visit, .eachPerson, .eachHousehold])
        func export(_ job: ExportJob, to output: ExportOutput) throws {
            switch job.target {
            case .person(let person): try output.write(person.fullName)
            case .household(let household): try output.write(household.name)
            default: try output.write(job.snapshot.visit.title)
            }
        }
    }

    func testWorkerWritesEachPersonIntoTheFolderWithProgress() throws {
        let store = try PlannerStore(inMemory: ())
        let visitId = try SampleVisit.install(in: store)
        let snapshot = try XCTUnwrap(store.snapshot(ofVisit: visitId))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var steps: [Int] = []
        let names = try ExportWorker.run(NamesExporter(), snapshot: snapshot, subject: .batch(.eachPerson), languages: [], options: [:],
                                         into: folder) { done, total in
            XCTAssertEqual(total, snapshot.participants.count)
            steps.append(done)
        }
        XCTAssertEqual(steps, Array(1...snapshot.participants.count))
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), Set(names))
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("Agnieszka Wiśniewska.txt"), encoding: .utf8),
                       "Agnieszka Wiśniewska")
        XCTAssertThrowsError(try ExportWorker.run(NamesExporter(), snapshot: snapshot, subject: .batch(.eachHousehold), languages: [],
                                                  options: [:], into: folder)) { error in
            XCTAssertEqual((error as? ExportError)?.message,
                           "No household of this visit hosts a guest yet: there is nothing to export.")
        }
    }
}
