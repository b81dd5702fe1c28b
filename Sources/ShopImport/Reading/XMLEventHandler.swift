/// Receives an XML document's events from `XMLStream`, in document order.
protocol XMLEventHandler: AnyObject {
    /// An element starts.
    func start(_ tag: XMLTag)
    /// An element ends (its local name is checked the same way as a tag's).
    func end(_ name: UnsafePointer<CChar>)
    /// Character data inside the current element, possibly in several pieces.
    func text(_ bytes: UnsafeRawBufferPointer)
}
