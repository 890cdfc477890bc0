/// A place in a store a command names: a requisition, or one candidate of it.
package struct StorePlace: Sendable, Hashable {
    /// The requisition's id.
    package let requisition: String
    /// The candidate's id; nil for the whole requisition.
    package let candidate: String?

    /// The place of `candidate` (or of the whole requisition when nil) in `requisition`.
    package init(requisition: String, candidate: String?) {
        self.requisition = requisition
        self.candidate = candidate
    }
}
