import XCTest
@testable import PlannerCore

/// Who an item's audience names: the parts add up, interpreters only when chosen, and the host
/// families of the guests concerned.
final class AudienceResolverTests: XCTestCase {
    private typealias P = ItineraryWorld.Person
    private typealias G = ItineraryWorld.Group
    private typealias H = ItineraryWorld.Home

    private var world = ItineraryWorld()
    private var resolver: AudienceResolver { AudienceResolver(world.snapshot) }

    private func ids(_ audience: Audience) -> [Int64] { resolver.participants(of: audience).compactMap(\.id) }

    func testEveryoneLeavesInterpretersOut() {
        XCTAssertEqual(ids(.everyone), [P.lea, P.hugo, P.louise, P.kathe, P.jana])
    }

    func testInterpretersWhenChosen() {
        XCTAssertEqual(ids(Audience(roles: [.interpreter])), [P.tomas, P.eliska])
        XCTAssertEqual(ids(Audience(participantIds: [P.eliska])), [P.eliska])
        world.groups.append(VisitGroup(id: 13, visitId: 1, name: "Interpreters", memberIds: [P.tomas]))
        XCTAssertEqual(ids(Audience(groupIds: [13])), [P.tomas])
        XCTAssertEqual(ids(Audience(everyone: true, participantIds: [P.tomas])), [P.lea, P.hugo, P.louise, P.kathe, P.jana, P.tomas])
        XCTAssertEqual(ids(Audience(townIds: [1])), [P.jana], "a town does not bring its interpreters")
    }

    func testPartsAddUpInSnapshotOrder() {
        XCTAssertEqual(ids(Audience(groupIds: [G.youth])), [P.lea, P.hugo, P.louise])
        XCTAssertEqual(ids(Audience(roles: [.official])), [P.kathe])
        XCTAssertEqual(ids(Audience(townIds: [3])), [P.kathe])
        XCTAssertEqual(ids(Audience(groupIds: [G.committees], roles: [.leader], townIds: [2], participantIds: [P.jana])),
                       [P.lea, P.hugo, P.louise, P.kathe, P.jana], "union, each once")
        XCTAssertEqual(ids(Audience(roles: [.leader], participantIds: [P.hugo])), [P.hugo, P.louise])
        XCTAssertEqual(resolver.participantIds(of: Audience(townIds: [2])), [P.lea, P.hugo, P.louise])
    }

    func testEmptyAndUnknownParts() {
        XCTAssertEqual(ids(Audience()), [])
        XCTAssertTrue(Audience().isEmpty)
        XCTAssertEqual(ids(Audience(groupIds: [G.empty])), [])
        XCTAssertEqual(ids(Audience(groupIds: [999], townIds: [999], participantIds: [999])), [], "deleted ids are ignored")
        XCTAssertFalse(Audience(groupIds: [G.empty]).isEmpty, "names a group, resolves to nobody")
    }

    func testHostFamiliesOfTheGuestsConcerned() {
        // Louise's placement is declined: her family lodges nobody.
        XCTAssertEqual(resolver.households(of: Audience(hostFamilies: true)), [H.prochazka, H.dvorak], "every hosting family")
        XCTAssertEqual(resolver.households(of: Audience(townIds: [2], hostFamilies: true)), [H.prochazka])
        XCTAssertEqual(resolver.households(of: Audience(townIds: [3], hostFamilies: true)), [H.dvorak])
        XCTAssertEqual(resolver.households(of: Audience(participantIds: [P.louise], hostFamilies: true)), [], "declined lodges nobody")
        XCTAssertEqual(resolver.households(of: Audience(townIds: [2, 3])), [], "not without the host-families part")
        XCTAssertEqual(ids(Audience(hostFamilies: true)), [], "host families are households, not participants")
        XCTAssertEqual(resolver.household(lodging: P.lea), H.prochazka)
        XCTAssertNil(resolver.household(lodging: P.louise))
    }

    func testSummary() {
        XCTAssertEqual(resolver.summary(of: .everyone), "Everyone")
        XCTAssertEqual(resolver.summary(of: Audience(everyone: true, hostFamilies: true)), "Everyone and the host families")
        XCTAssertEqual(resolver.summary(of: Audience(groupIds: [G.youth], roles: [.official])), "Youth FR and Official")
        XCTAssertEqual(resolver.summary(of: Audience(townIds: [3], hostFamilies: true)), "Birkenfeld am See and Host families")
        XCTAssertEqual(resolver.summary(of: Audience()), "Nobody")
        XCTAssertEqual(resolver.summary(of: Audience(participantIds: [P.lea, P.hugo, P.louise, P.kathe])), "4 chosen people")
    }
}
