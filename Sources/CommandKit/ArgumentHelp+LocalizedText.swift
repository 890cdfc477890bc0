import ArgumentParser
import ScoringCore

extension ArgumentHelp {
    /// The help of an option, flag or argument from a catalogue entry, in ``HelpLanguage/current``; the value
    /// name stays as written (it is what the user types, e.g. `<dir>`).
    package init(_ text: LocalizedText, valueName: String? = nil, visibility: ArgumentVisibility = .default) {
        self.init(text.helpText, valueName: valueName, visibility: visibility)
    }
}

extension LocalizedText {
    /// This text in the help language (``HelpLanguage/current``): for `CommandConfiguration`'s abstract and
    /// discussion.
    package var helpText: String { text(in: HelpLanguage.current) }
}
