#!/usr/bin/env bash
# Installs hirescore: a release build, the binary copied to PREFIX/bin, and shell completions for bash, zsh and
# fish under PREFIX/share. PREFIX defaults to ~/.local (make sure ~/.local/bin is on your PATH).
#
#   scripts/install.sh                  # ~/.local/bin/hirescore
#   scripts/install.sh /usr/local       # /usr/local/bin/hirescore (needs write access there)
#   scripts/install.sh --no-completions ~/.local
#
# The binary is self-contained: its templates are compiled in, and on Linux the Swift runtime is linked in
# statically (--static-swift-stdlib), so it keeps working after the build folder or the toolchain is gone.
# It needs LibYAML at run time (libyaml-0-2 on Debian and Ubuntu, libyaml on Homebrew). On Linux it links jemalloc
# where pkg-config finds it (libjemalloc-dev; then libjemalloc2 at run time): faster merges of large stores. See
# scripts/release-flags.sh (HIRESCORE_ALLOCATOR=system builds without it).
set -euo pipefail

completions=1
prefix=""
for argument in "$@"; do
  case "$argument" in
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --no-completions) completions=0 ;;
    -*) echo "error: unknown option $argument (see --help)" >&2; exit 2 ;;
    *)
      if [ -n "$prefix" ]; then echo "error: more than one PREFIX given: $prefix and $argument" >&2; exit 2; fi
      prefix="$argument" ;;
  esac
done
prefix="${prefix:-$HOME/.local}"
cd "$(dirname "$0")/.."

source scripts/release-flags.sh
flags=("${RELEASE_FLAGS[@]}" --product hirescore)
echo "==> swift build ${flags[*]} (memory allocator: $RELEASE_ALLOCATOR)"
swift build "${flags[@]}"
built="$(swift build "${flags[@]}" --show-bin-path)/hirescore"

mkdir -p "$prefix/bin"
install -m 0755 "$built" "$prefix/bin/hirescore"
echo "installed $prefix/bin/hirescore ($("$prefix/bin/hirescore" --version))"

if [ "$completions" = 1 ]; then
  install_completion() { # shell, destination file
    mkdir -p "$(dirname "$2")"
    "$prefix/bin/hirescore" --generate-completion-script "$1" > "$2.tmp" && mv "$2.tmp" "$2"
    echo "installed $2"
  }
  install_completion bash "$prefix/share/bash-completion/completions/hirescore"
  install_completion zsh "$prefix/share/zsh/site-functions/_hirescore"
  install_completion fish "$prefix/share/fish/vendor_completions.d/hirescore.fish"
fi

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, for example: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
