extension CEFRLevel {
    /// A short description of the level for interviewers who are not trained language assessors, in HireScore's
    /// own words (after the CEFR global scale), focused on what a back-office job asks of a language: calls,
    /// letters and e-mails with customers and colleagues.
    public var descriptor: LocalizedText {
        switch self {
        case .a1: RubricMessages.cefrA1
        case .a2: RubricMessages.cefrA2
        case .b1: RubricMessages.cefrB1
        case .b2: RubricMessages.cefrB2
        case .c1: RubricMessages.cefrC1
        case .c2: RubricMessages.cefrC2
        }
    }
}
