import Testing
@testable import PreviewServer

/// Which connection makes room for a new one (sockets without a descriptor: nothing is opened).
@Suite struct ConnectionTableTests {
    @Test func waitingClientsHoldAtMostTheShareOutsideTheReserveAndTheOldestMakesRoom() {
        var table = ConnectionTable(capacity: 4, reserve: 2)
        let sockets = (0..<5).map { _ in Socket(descriptor: -1) }
        let first = table.admit(sockets[0]), second = table.admit(sockets[1]), third = table.admit(sockets[2])
        #expect(first.admitted && first.dropped == nil && second.admitted && second.dropped == nil)
        #expect(third.admitted && third.dropped === sockets[0])
        let droppedWorks = table.set(.working, for: sockets[0]), thirdWorks = table.set(.working, for: sockets[2])
        #expect(!droppedWorks && thirdWorks)
        let fourth = table.admit(sockets[3])
        #expect(fourth.admitted && fourth.dropped == nil)
        let fifth = table.admit(sockets[4])
        #expect(fifth.admitted && fifth.dropped === sockets[1])
        #expect(table.count == 3 && table.count(in: .waiting) == 2 && table.count(in: .working) == 1)
    }

    @Test func whenEverySlotIsWorkingANewConnectionIsRefused() {
        var table = ConnectionTable(capacity: 2, reserve: 1)
        let busy = [Socket(descriptor: -1), Socket(descriptor: -1)]
        for socket in busy {
            let admitted = table.admit(socket).admitted, working = table.set(.working, for: socket)
            #expect(admitted && working)
        }
        let refused = table.admit(Socket(descriptor: -1))
        #expect(!refused.admitted && refused.dropped == nil)
        table.remove(busy[0])
        let later = table.admit(Socket(descriptor: -1))
        #expect(later.admitted && later.dropped == nil)
    }

    @Test func aConnectionWaitingAgainAfterItsAnswerCountsAsTheNewest() {
        var table = ConnectionTable(capacity: 2, reserve: 0)
        let answered = Socket(descriptor: -1), slow = Socket(descriptor: -1)
        _ = table.admit(answered)
        _ = table.admit(slow)
        let moved = table.set(.working, for: answered) && table.set(.waiting, for: answered)
        let next = table.admit(Socket(descriptor: -1))
        #expect(moved && next.admitted && next.dropped === slow)
    }

    @Test func aReserveAsLargeAsTheTableStillLetsOneClientWait() {
        var table = ConnectionTable(capacity: 1, reserve: 16)
        let first = Socket(descriptor: -1)
        let admitted = table.admit(first).admitted
        let next = table.admit(Socket(descriptor: -1))
        #expect(admitted && next.admitted && next.dropped === first)
    }
}
