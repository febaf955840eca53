#!/usr/bin/env bash
# Locates (building it when needed) the reference OPA pinned by the root pom's `opa.oracle.version`
# and prints lines a shell can `eval`:
#   OPA_VERSION=v1.22.2
#   OPA_BIN=/.../opa
#   OPA_SUITE=/.../v1/test/cases/testdata   (OPA's compliance cases: v0/ and v1/)
# Exit status 3 when no Go toolchain is available (callers skip, loudly); any other failure is non-zero.
#
# Overrides: OPA_ORACLE_SCRIPT (path to opa-oracle.sh), OPA_VERSION (version to use instead of the pom's).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

version="${OPA_VERSION:-$(sed -n 's:.*<opa.oracle.version>\(.*\)</opa.oracle.version>.*:\1:p' "$root/pom.xml" | head -1)}"
if [ -z "$version" ]; then
  echo "oracle-env: no <opa.oracle.version> in $root/pom.xml" >&2
  exit 1
fi

script="${OPA_ORACLE_SCRIPT:-}"
if [ -z "$script" ]; then
  # shared/ sits next to the project root; worktrees live one level deeper.
  for candidate in "$root/../shared" "$root/../../shared" /work/shared; do
    if [ -x "$candidate/tools/opa-oracle.sh" ]; then script="$candidate/tools/opa-oracle.sh"; break; fi
  done
fi
if [ -z "$script" ]; then
  echo "oracle-env: cannot find shared/tools/opa-oracle.sh (set OPA_ORACLE_SCRIPT)" >&2
  exit 1
fi

set +e
out="$("$script" "$version")"
status=$?
set -e
if [ $status -ne 0 ]; then exit $status; fi

bin="$(printf '%s\n' "$out" | sed -n 's/^OPA_BIN=//p')"
suite="$(printf '%s\n' "$out" | sed -n 's/^OPA_SUITE=//p')"
# From OPA v1.0 the Go module keeps its packages (and the suite) under v1/.
if [ ! -d "$suite/v1" ]; then
  module_dir="${suite%/test/cases/testdata}"
  if [ -d "$module_dir/v1/test/cases/testdata/v1" ]; then
    suite="$module_dir/v1/test/cases/testdata"
  else
    echo "oracle-env: OPA's compliance suite not found under $module_dir" >&2
    exit 1
  fi
fi
if [ ! -x "$bin" ]; then
  echo "oracle-env: $bin is not executable" >&2
  exit 1
fi
echo "OPA_VERSION=$version"
echo "OPA_BIN=$bin"
echo "OPA_SUITE=$suite"
