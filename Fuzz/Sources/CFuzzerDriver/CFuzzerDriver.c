// Intentionally empty: the target exists for its header; libFuzzer itself comes from -sanitize=fuzzer.
#include "CFuzzerDriver.h"
