/// The limits that keep one client from exhausting the preview server.
public struct ServerLimits: Sendable {
    /// The largest request head accepted, in bytes; a larger one gets 431.
    public var maxHeadBytes = 8 * 1024
    /// How long a client may take to send its whole request head, in milliseconds; then 408.
    public var readTimeoutMilliseconds = 5_000
    /// How long one blocking send may wait for a client that does not read, in seconds.
    public var sendTimeoutSeconds = 10
    /// How many connections are open at once; a new one drops the longest-waiting client, or gets 503
    /// when every connection is being answered.
    public var maxConnections = 64
    /// How many of `maxConnections` are kept for requests being answered: clients still sending their
    /// head (or silent) may hold the others only.
    public var reservedConnections = 16
    /// How many live-reload streams may be open at once.
    public var maxReloadStreams = 64
    /// How many ports after a taken one are tried.
    public var extraPorts = 20

    /// The defaults: 8 KiB heads, 5 s to send one, 64 connections (16 kept for answering) and 64 streams.
    public init() {}
}
