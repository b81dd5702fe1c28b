/// The limits that keep one client from exhausting the preview server.
public struct ServerLimits: Sendable {
    /// The largest request head accepted, in bytes; a larger one gets 431.
    public var maxHeadBytes = 8 * 1024
    /// How long a client may take to send its request head, in milliseconds; then 408.
    public var readTimeoutMilliseconds = 10_000
    /// How long one blocking send may wait for a client that does not read, in seconds.
    public var sendTimeoutSeconds = 10
    /// How many requests are handled at once; further connections get 503.
    public var maxConnections = 64
    /// How many live-reload streams may be open at once.
    public var maxReloadStreams = 64
    /// How many ports after a taken one are tried.
    public var extraPorts = 20

    /// The defaults: 8 KiB heads, 10 s to send one, 64 requests and 64 streams at a time.
    public init() {}
}
