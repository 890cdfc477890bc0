#ifndef HIRESCORE_CSHA256_H
#define HIRESCORE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (x86-64 SHA-NI with SSE4.1), so that
/// hirescore_sha256_compress_blocks may be called. Always 0 on other processors.
int hirescore_sha256_has_hardware(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data`, updating the
/// eight state words `state` (a, b, ..., h) in place. Only call it when
/// hirescore_sha256_has_hardware() returned 1.
void hirescore_sha256_compress_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
