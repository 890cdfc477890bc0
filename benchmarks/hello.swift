// The start of any Swift program that links Foundation, for scripts/benchmark-yardstick.sh --one-candidate:
// `hirescore --version` against this tells what HireScore adds to the process start.
import Foundation

print(ProcessInfo.processInfo.arguments.count > 9 ? "many arguments" : "hello")
