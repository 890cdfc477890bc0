import ScoringCore

/// The help of `hirescore merge`, `hirescore rank`, `hirescore calibrate`, in both languages: the abstracts,
/// discussions and help of each option and argument, which ArgumentParser shows in ``HelpLanguage/current``.
enum MergeCommandHelp: MessageCatalogue {
    /// `hirescore merge`: the one-line summary.
    static let mergeAbstract = LocalizedText(
        en: "Merge the panel's sealed scorecards: consensus, disagreement, agreement and the panel recommendation.",
        de:
            "Führt die versiegelten Bewertungsbögen des Panels zusammen: Konsens, Abweichungen, Übereinstimmung und die Empfehlung des Panels."
    )

    /// `hirescore merge`: the discussion, with examples.
    static let mergeDiscussion = LocalizedText(
        en: """
            Groups scorecards by candidate. Per criterion it shows every rater's rating, the median, mean and range, \
            flags ranges of two levels or more for the debrief, lists criteria nobody rated, scores the consensus \
            with the rubric's modules and decision rules (with the arithmetic), lists knock-outs with who reported \
            them, each interviewer's own recommendation with a note where it contradicts their ratings, and \
            the spread (criteria where every rater is within one level, criteria two levels apart); across \
            a requisition of three candidates or more, Krippendorff's ordinal alpha with a bootstrap 95% \
            interval and ICC(2,1)/ICC(2,k).
            Refused, with the files listed (exit 1): drafts (unless --include-drafts), broken seals, different \
            rubric versions for one candidate, the same interviewer twice, unreadable files. Every file read is \
            accounted for.
            --format markdown (a wiki page), html (the debrief pack: one self-contained page with charts that \
            prints one to two A4 pages per candidate; --evidence adds an appendix with every rating and the \
            evidence), csv (a row per candidate and criterion; --csv-dialect excel-de for German Excel) or json \
            (hirescore/panel-result@3); --output FILE writes the report to a file. See docs/report-formats.md.

            EXAMPLES:
              hirescore merge scorecards/claims-2026-01/c-104
              hirescore merge scorecards/claims-2026-01 --format html -o debrief.html
              hirescore merge scorecards/claims-2026-01 --format html --evidence \\
                  -o debrief-with-evidence.html
              hirescore merge scorecards/claims-2026-01/c-104 --consensus median
            """,
        de: """
            Gruppiert die Bewertungsbögen nach Kandidat*in. Je Kriterium zeigt er die Bewertung jeder bewertenden \
            Person, Median, Mittelwert und Spannweite, markiert Spannweiten ab zwei Stufen für die Besprechung, nennt \
            Kriterien, die niemand bewertet hat, bewertet den Konsens mit den Modulen und Entscheidungsregeln der \
            Vorlage (mit der Rechnung), nennt K.-o.-Kriterien mit denen, die sie gemeldet haben, die eigene Empfehlung \
            jeder Interviewerin und jedes Interviewers mit einem Hinweis, wo sie den eigenen Bewertungen widerspricht, \
            und die Streuung (Kriterien, bei denen alle innerhalb einer Stufe liegen, Kriterien mit zwei Stufen \
            Abstand); über eine Ausschreibung mit drei oder mehr Kandidat*innen Krippendorffs ordinales Alpha mit \
            einem Bootstrap-95-%-Intervall und ICC(2,1)/ICC(2,k).
            Abgelehnt, mit den Dateien aufgeführt (Exit-Code 1): Entwürfe (außer mit --include-drafts), gebrochene \
            Siegel, verschiedene Vorlagenversionen bei einer Kandidatin oder einem Kandidaten, dieselbe Interviewerin \
            oder derselbe Interviewer zweimal, unlesbare Dateien. Über jede gelesene Datei wird Rechenschaft gegeben.
            --format markdown (eine Wiki-Seite), html (die Besprechungsunterlage: eine in sich geschlossene Seite mit \
            Diagrammen, die gedruckt ein bis zwei A4-Seiten je Kandidat*in ergibt; --evidence fügt einen Anhang mit \
            jeder Bewertung und den Belegen an), csv (eine Zeile je Kandidat*in und Kriterium; --csv-dialect excel-de \
            für ein deutsches Excel) oder json (hirescore/panel-result@3); --output DATEI schreibt den Bericht in eine \
            Datei. Siehe docs/report-formats.md.

            BEISPIELE:
              hirescore merge scorecards/claims-2026-01/c-104
              hirescore merge scorecards/claims-2026-01 --format html -o besprechung.html
              hirescore merge scorecards/claims-2026-01 --format html --evidence \\
                  -o besprechung-mit-belegen.html
              hirescore merge scorecards/claims-2026-01/c-104 --consensus median
            """)

    /// The help of the `--evidence` flag in `hirescore merge`.
    static let mergeEvidence = LocalizedText(
        en:
            "With --format html: end the debrief pack with an appendix of the agreement statistics, every rating side by side and every rater's evidence.",
        de:
            "Mit --format html: die Besprechungsunterlage mit einem Anhang beenden, der die Übereinstimmungsstatistik, alle Bewertungen nebeneinander und die Belege jeder bewertenden Person enthält."
    )

    /// `hirescore rank`: the one-line summary.
    static let rankAbstract = LocalizedText(
        en:
            "Rank the candidates of each requisition by consensus score; knock-outs and no-decisions apart, ties shown as ties.",
        de:
            "Ordnet die Kandidat*innen jeder Ausschreibung nach dem Konsenswert; K.-o.-Fälle und Fälle ohne Entscheidung getrennt, Gleichstände als Gleichstände gezeigt."
    )

    /// `hirescore rank`: the discussion, with examples.
    static let rankDiscussion = LocalizedText(
        en: """
            --format markdown, html (a bar chart with knock-outs marked), csv (a row per candidate) or json \
            (hirescore/ranking@2); --output FILE writes the report to a file. See docs/report-formats.md.

            EXAMPLES:
              hirescore rank --requisition claims-2026-01
              hirescore rank --requisition claims-2026-01 --format csv \\
                  --csv-dialect excel-de -o ranking.csv
            """,
        de: """
            --format markdown, html (ein Balkendiagramm mit markierten K.-o.-Fällen), csv (eine Zeile je Kandidat*in) \
            oder json (hirescore/ranking@2); --output DATEI schreibt den Bericht in eine Datei. Siehe \
            docs/report-formats.md.

            BEISPIELE:
              hirescore rank --requisition claims-2026-01
              hirescore rank --requisition claims-2026-01 --format csv \\
                  --csv-dialect excel-de -o rangfolge.csv
            """)

    /// The help of the `--requisition` option in `hirescore rank`.
    static let rankRequisition = LocalizedText(
        en: "Only this requisition.",
        de: "Nur diese Ausschreibung.")

    /// `hirescore calibrate`: the one-line summary.
    static let calibrateAbstract = LocalizedText(
        en: "Interviewer calibration: leniency or severity against the panel, central tendency, halo, n/a rate.",
        de:
            "Kalibrierung der Interviewenden: Milde oder Strenge gegenüber dem Panel, Tendenz zur Mitte, Halo-Effekt, Anteil „k. A.“."
    )

    /// `hirescore calibrate`: the discussion, with examples.
    static let calibrateDiscussion = LocalizedText(
        en: """
            Per interviewer across candidates: scorecards, mean deviation from the consensus of the other raters \
            with a 95% interval, share of middle-of-scale ratings, spread within scorecards, n/a rate. Names are \
            shown only from --minimum scorecards (default 5); --anonymous shows R1, R2, ... for everyone. \
            In Germany, interviewer statistics can need the works council's consent (BetrVG § 87): use them \
            for calibration, aggregated and on request.
            --format markdown, html (each interviewer's deviation with its interval as a chart), csv (a row per \
            interviewer) or json (hirescore/calibration@1); --output FILE writes the report to a file.

            EXAMPLES:
              hirescore calibrate --anonymous
              hirescore calibrate scorecards/claims-2026-01 --format html \\
                  -o calibration.html
            """,
        de: """
            Je Interviewerin und Interviewer über die Kandidat*innen: Bewertungsbögen, mittlere Abweichung vom Konsens \
            der anderen Bewertenden mit einem 95-%-Intervall, Anteil der Bewertungen in der Skalenmitte, Streuung \
            innerhalb der Bögen, Anteil „k. A.“. Namen werden erst ab --minimum Bewertungsbögen gezeigt (Standard 5); \
            --anonymous zeigt R1, R2, ... für alle. In Deutschland kann eine Statistik über Interviewende die \
            Zustimmung des Betriebsrats brauchen (BetrVG § 87): Verwenden Sie sie zur Kalibrierung, zusammengefasst \
            und auf Anfrage.
            --format markdown, html (die Abweichung jeder Interviewerin und jedes Interviewers mit ihrem Intervall als \
            Diagramm), csv (eine Zeile je Interviewer*in) oder json (hirescore/calibration@1); --output DATEI schreibt \
            den Bericht in eine Datei.

            BEISPIELE:
              hirescore calibrate --anonymous
              hirescore calibrate scorecards/claims-2026-01 --format html \\
                  -o kalibrierung.html
            """)

    /// The help of the `--anonymous` flag in `hirescore calibrate`.
    static let calibrateAnonymous = LocalizedText(
        en: "Show every interviewer as R1, R2, ... instead of by name.",
        de: "Alle Interviewenden als R1, R2, ... statt mit Namen zeigen.")

    /// The help of the `--minimum` option in `hirescore calibrate`.
    static let calibrateMinimum = LocalizedText(
        en: "The minimum number of scorecards for showing an interviewer's name.",
        de:
            "Die Mindestzahl an Bewertungsbögen, ab der der Name einer Interviewerin oder eines Interviewers gezeigt wird."
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("mergeAbstract", mergeAbstract),
        ("mergeDiscussion", mergeDiscussion),
        ("mergeEvidence", mergeEvidence),
        ("rankAbstract", rankAbstract),
        ("rankDiscussion", rankDiscussion),
        ("rankRequisition", rankRequisition),
        ("calibrateAbstract", calibrateAbstract),
        ("calibrateDiscussion", calibrateDiscussion),
        ("calibrateAnonymous", calibrateAnonymous),
        ("calibrateMinimum", calibrateMinimum),
    ]
}
