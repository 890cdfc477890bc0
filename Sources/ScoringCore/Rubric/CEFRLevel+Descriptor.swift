extension CEFRLevel {
    /// A short description of the level for interviewers who are not trained language assessors, in HireScore's
    /// own words (after the CEFR global scale), focused on what a back-office job asks of a language: calls,
    /// letters and e-mails with customers and colleagues.
    public var descriptor: LocalizedText {
        switch self {
        case .a1:
            return .init(
                en: "understands and uses familiar everyday phrases; needs the other person to speak slowly and help",
                de: "versteht und nutzt vertraute Alltagsausdrücke; braucht langsames Sprechen und Hilfe des Gegenübers"
            )
        case .a2:
            return .init(
                en: "handles short routine exchanges on familiar matters; cannot keep a conversation going alone",
                de: "bewältigt kurze Routinegespräche über Vertrautes; kann ein Gespräch nicht allein in Gang halten")
        case .b1:
            return .init(
                en:
                    "deals with most everyday work situations; explains simply, with gaps on unfamiliar or complex topics",
                de:
                    "bewältigt die meisten Alltagssituationen im Beruf; erklärt einfach, mit Lücken bei fremden oder komplexen Themen"
            )
        case .b2:
            return .init(
                en:
                    "talks with customers fluently and without strain on both sides; explains a view with reasons, in speech and writing",
                de:
                    "spricht mit Kund*innen flüssig und ohne Mühe für beide Seiten; begründet einen Standpunkt mündlich und schriftlich"
            )
        case .c1:
            return .init(
                en:
                    "expresses complex matters fluently, precisely and well structured; adapts tone to the person, also in conflict",
                de:
                    "drückt komplexe Sachverhalte flüssig, genau und gut gegliedert aus; passt den Ton der Person an, auch im Konflikt"
            )
        case .c2:
            return .init(
                en:
                    "understands virtually everything; expresses fine shades of meaning with ease, like a highly educated native speaker",
                de:
                    "versteht praktisch alles; drückt feine Bedeutungsnuancen mühelos aus, wie gebildete Muttersprachler*innen"
            )
        }
    }
}
