import ArgumentParser
extension HireScoreCommand { struct Score: ParsableCommand { func run() throws {} } }
