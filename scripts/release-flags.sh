# Sourced by scripts/install.sh and the benchmark scripts: the flags of the installed tool's release build, in the
# array RELEASE_FLAGS, and the allocator it links in RELEASE_ALLOCATOR.
#   - On Linux, --static-swift-stdlib: the binary works without the toolchain and starts faster.
#   - On Linux, when pkg-config finds jemalloc (Debian and Ubuntu: libjemalloc-dev), --traits Jemalloc: jemalloc
#     replaces the C library's allocator, and a merge of a large store runs faster and grows linearly with the store
#     (BENCHMARKS.md, session 14). The binary then needs libjemalloc2 at run time, as it needs LibYAML.
# HIRESCORE_ALLOCATOR=jemalloc insists on jemalloc (an error when it is missing); HIRESCORE_ALLOCATOR=system builds
# with the C library's allocator even where jemalloc is installed.
RELEASE_FLAGS=(-c release)
RELEASE_ALLOCATOR=system
if [ "$(uname -s)" = "Linux" ]; then
  RELEASE_FLAGS+=(--static-swift-stdlib)
  case "${HIRESCORE_ALLOCATOR:-}" in
    system) ;;
    jemalloc|"")
      if pkg-config --exists jemalloc 2>/dev/null; then
        RELEASE_FLAGS+=(--traits Jemalloc)
        RELEASE_ALLOCATOR=jemalloc
      elif [ "${HIRESCORE_ALLOCATOR:-}" = jemalloc ]; then
        echo "error: HIRESCORE_ALLOCATOR=jemalloc, but pkg-config does not find jemalloc;" \
          "install libjemalloc-dev (Debian, Ubuntu) or unset HIRESCORE_ALLOCATOR" >&2
        exit 2
      else
        echo "note: jemalloc not found (libjemalloc-dev on Debian and Ubuntu): building with the C library's" \
          "allocator; merges of large stores are slower (BENCHMARKS.md)" >&2
      fi ;;
    *)
      echo "error: HIRESCORE_ALLOCATOR must be jemalloc or system, not '$HIRESCORE_ALLOCATOR'" >&2
      exit 2 ;;
  esac
fi
