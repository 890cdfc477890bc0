// Built with the `Jemalloc` trait (`swift build -c release --traits Jemalloc`, needs Debian's libjemalloc-dev),
// the program links jemalloc, which then serves every allocation of the process in place of the C library's malloc.
// A merge of a campaign's store allocates and frees millions of small blocks while it keeps the panels until the
// report; glibc's allocator slows down as that heap fragments, jemalloc does not (50,000 cards: 16.7 s with glibc's,
// 12.2 s with jemalloc; BENCHMARKS.md, session 14). Without the trait nothing changes.
#if Jemalloc
    import CJemalloc
#endif
