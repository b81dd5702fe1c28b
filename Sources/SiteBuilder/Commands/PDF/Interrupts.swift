#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While sheets print, SIGINT and SIGTERM kill the browser's whole process group and are remembered: the print loop
/// then reads end-of-file from the dead browser, fails, removes its temporary folders as on any failure, and the
/// command ends with 128 + the signal, as the shell expects of an interrupted program. The handler only stores a number
/// and calls `kill`, both safe in a signal handler; everything else happens on the command's own thread.
enum Interrupts {
    /// The browser's process group while sheets print; 0 otherwise.
    nonisolated(unsafe) private static var browser: pid_t = 0
    /// The signal caught while printing; 0 when none.
    nonisolated(unsafe) private(set) static var caught: Int32 = 0
    /// The dispositions of SIGINT, SIGTERM and SIGPIPE before printing, given back by `release()`.
    nonisolated(unsafe) private static var previous: [Int32: __sighandler_t?] = [:]
    /// The thread's signal mask before printing (a parent may have started this process with SIGINT and SIGTERM blocked).
    nonisolated(unsafe) private static var mask = sigset_t()

    /// Catches SIGINT and SIGTERM for the browser `pid` until `release()`; a write to a browser that died is an error
    /// (EPIPE), not SIGPIPE ending the command.
    static func catchSignals(browser pid: pid_t) {
        browser = pid
        caught = 0
        previous[SIGPIPE] = signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            previous[number] = signal(number) { number in
                Interrupts.caught = number
                if Interrupts.browser > 0 { kill(-Interrupts.browser, SIGKILL) }
            }
        }
        var wanted = sigset_t()
        sigemptyset(&wanted)
        sigaddset(&wanted, SIGINT)
        sigaddset(&wanted, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &wanted, &mask)
    }

    /// Gives SIGINT, SIGTERM and SIGPIPE back the meaning they had before.
    static func release() {
        pthread_sigmask(SIG_SETMASK, &mask, nil)
        for (number, handler) in previous { signal(number, handler) }
        previous = [:]
        browser = 0
    }
}
