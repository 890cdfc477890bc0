extension YAMLNode {
    /// The tag LibYAML reports for `!!str`, the one tag the reader honours (a plain scalar becomes text).
    public static let stringTag = "tag:yaml.org,2002:str"

    /// Every explicit tag written in the document below and including this node, once per place (an
    /// aliased node is visited once), in source order: what a reader that honours no tags must report.
    public func explicitTags() -> [(tag: String, location: SourceLocation)] {
        var found: [SourceLocation: String] = [:]
        // A block mapping starts where its first key does: a place and a kind name one node.
        var visited: Set<[Int]> = []
        var pending = [self]
        while let node = pending.popLast() {
            // Aliases share the anchored node's location: each subtree is walked once, however often it is used.
            let kind: Int
            switch node.content {
            case .scalar: kind = 0
            case .sequence: kind = 1
            case .mapping: kind = 2
            }
            if node.location != .unknown, !visited.insert([node.location.line, node.location.column, kind]).inserted {
                continue
            }
            if let tag = node.tag { found[node.location] = tag }
            switch node.content {
            case .scalar: break
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let pairs):
                for pair in pairs {
                    pending.append(pair.key)
                    pending.append(pair.value)
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { (tag: $0.value, location: $0.key) }
    }
}
