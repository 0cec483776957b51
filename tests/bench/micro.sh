#!/usr/bin/env bash
# Microbenchmarks (BenchmarkDotNet, Release) of the content hot paths: one page loaded and rendered, the whole
# bundled content loaded, the search index built, one search, one suggest. Reports (Markdown and JSON) go
# to artifacts/bench/micro/results/.
#
# Usage: bash tests/bench/micro.sh [filter] [more BenchmarkDotNet options]
#   bash tests/bench/micro.sh                       every benchmark, default job (several minutes)
#   bash tests/bench/micro.sh Search                one class or method: a filter without * or ? is taken as *Search*
#   bash tests/bench/micro.sh '*PageBenchmarks.Render*'   BenchmarkDotNet's own glob, on Namespace.Class.Method
#   MICRO_QUICK=1 bash tests/bench/micro.sh         short job (3 warm-ups, 3 iterations): checks it works, rough numbers
#   bash tests/bench/micro.sh Suggest --job short   any other option goes to BenchmarkDotNet as is
#   bash tests/bench/micro.sh --list flat           list the benchmarks without running them
# Before/after a change: MICRO_LABEL=before bash tests/bench/micro.sh Search, change the code, then
# MICRO_LABEL=after ...; each label keeps its own reports under artifacts/bench/micro/<label>/.
# Compare runs made minutes apart on a quiet machine; on 2 shared cores, numbers from different days are noise.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

filter='*'
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  filter="$1"
  shift
  case "$filter" in *[*?]*) ;; *) filter="*$filter*" ;; esac
fi

out="$root/artifacts/bench/micro${MICRO_LABEL:+/$MICRO_LABEL}"
job=()
[ "${MICRO_QUICK:-0}" = 1 ] && job=(--job short)

dotnet run -c Release --project tests/Dopamine.Benchmarks -- \
  --filter "$filter" --artifacts "$out" --exporters json "${job[@]}" "$@"

echo "== reports in ${out#"$root"/}/results/" >&2
