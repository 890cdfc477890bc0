// Only the link matters: a program linked with jemalloc takes its malloc, free and realloc (the C library's are
// replaced for the whole process, the Swift runtime's allocations included). Nothing of its API is used.
#include <stddef.h>
