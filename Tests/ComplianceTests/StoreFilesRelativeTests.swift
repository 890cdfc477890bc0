import Foundation
import Testing

@testable import Compliance

/// A card's place relative to its store takes a plain absolute path as it is, without `URL` (issue 20: a merge asks
/// for thousands); every path must give what standardising it through `URL` gives.
@Suite struct StoreFilesRelativeTests {
    @Test(arguments: [
        ("/srv/store/r-1/c-1/anna-schmidt.yaml", true),
        ("/srv/store", true),
        ("/a/...", true),
        ("/a/.hidden/b", true),
        ("/a/b.", true),
        ("/", false),
        ("", false),
        ("relative/path.yaml", false),
        ("/srv/store/", false),
        ("/srv//store", false),
        ("/srv/./store", false),
        ("/srv/../store", false),
        ("/srv/store/.", false),
        ("/srv/store/..", false),
        ("/srv/my store", false),
        ("/srv/100%25", false),
        ("/srv/jürgen", false),
        ("/srv/tab\there", false),
    ])
    func plainAbsolutePathsAreTakenAsTheyAre(_ path: String, _ plain: Bool) {
        #expect(StoreFiles.isStandardAbsolute(path) == plain)
        if plain { #expect(URL(fileURLWithPath: path).standardizedFileURL.path == path) }
    }

    @Test(arguments: [
        "/srv/store/r-1/c-1/anna.yaml", "/srv", "/", "relative/card.yaml", "card.yaml", "/srv/store/", "/srv//a/b",
        "/srv/./a", "/srv/a/..", "/srv/my store/a.yaml",
    ])
    func foldersAreThoseOfNSString(_ path: String) {
        #expect(StoreFiles.folder(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test(arguments: [
        ("/srv/store/r-1/c-1/anna.yaml", "/srv/store", "r-1/c-1/anna.yaml"),
        ("/srv/store/r-1/c-1/anna.yaml", "/srv/store/", "r-1/c-1/anna.yaml"),
        ("/srv/store/./r-1/c-1/anna.yaml", "/srv/store", "r-1/c-1/anna.yaml"),
        ("/srv/other/r-1/c-1/anna.yaml", "/srv/store", "/srv/other/r-1/c-1/anna.yaml"),
        ("/srv/storefront/a.yaml", "/srv/store", "/srv/storefront/a.yaml"),
        ("/srv/store/x/../r-1/c-1/anna.yaml", "/srv/store", "r-1/c-1/anna.yaml"),
    ])
    func relativePlaces(_ path: String, _ root: String, _ expected: String) {
        #expect(StoreFiles.relative(path, to: root) == expected)
    }
}
