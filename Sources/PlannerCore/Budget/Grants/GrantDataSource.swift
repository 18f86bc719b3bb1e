/// Where a grant data file's figures come from: the document, the part of it, and its address.
/// Titles are document names and stay untranslated, as the documents themselves are cited.
public struct GrantDataSource: Hashable, Sendable, Codable {
    /// "Erasmus+ Programme Guide 2025".
    public let title: String
    /// The part of the document the figures are in.
    public let section: String
    public let url: String

    public init(title: String, section: String, url: String) {
        self.title = title
        self.section = section
        self.url = url
    }
}
