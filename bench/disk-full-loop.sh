#!/usr/bin/env bash
# The disk-full path of issue 21, N times in a row, with the built jar (not part of the test suite):
#
#   bench/disk-full-loop.sh [--runs 20] [--input DIR] [--limits "64"] [--chunk-size 10] [--work DIR]
#
# Once: an uninterrupted run of the input. Then per round: the job under a file-size limit
# (`ulimit -f <KiB>`, SIGXFSZ ignored, so a write past it fails with EFBIG as on a full disk),
# which must fail with exit 1 and one "error: cannot write the output ..." line; then the same
# command without the limit, which must resume ("resuming the run"), exit 0, and leave a run
# folder whose files are byte-identical to the uninterrupted run's (report.html aside: it tells
# the duration). The limits (KiB) are
# used in turn, so that the failure strikes different files at different points of a chunk.
# Prints one line per round and "passed P/N"; exits 1 unless every round passed.
# Default input: the Reuters dev corpus beside the repository (../shared/corpus/reuters-dev/txt).
set -uo pipefail
cd "$(dirname "$0")/.."
RUNS=20 INPUT=../shared/corpus/reuters-dev/txt LIMITS="64" CHUNK=10 WORK=/tmp/disk-full-loop
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2;; --input) INPUT=$2; shift 2;; --limits) LIMITS=$2; shift 2;;
    --chunk-size) CHUNK=$2; shift 2;; --work) WORK=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=${JAR:-$PWD/target/news-archive-etl.jar} # JAR=... to test another build
[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -B -o package -DskipTests)" >&2; exit 2; }
[ -d "$INPUT" ] || { echo "no input folder $INPUT" >&2; exit 2; }
INPUT=$(cd "$INPUT" && pwd)
rm -rf "$WORK" && mkdir -p "$WORK"
RUN_DATE=2026-06-01
job() { # outputDir, then any java options
  local out=$1; shift
  java "$@" -jar "$JAR" inputDir="$INPUT" outputDir="$out" runDate=$RUN_DATE --news.chunk-size="$CHUNK" \
    --news.progress-interval=0
}
run_folder() { ls -d "$1"/run-$RUN_DATE-* 2>/dev/null | grep -v '\.p' ; }

job "$WORK/clean" > "$WORK/clean.log" 2>&1 || { echo "the uninterrupted run failed: $WORK/clean.log" >&2; exit 1; }
CLEAN=$(run_folder "$WORK/clean")
echo "uninterrupted: $(ls "$CLEAN" | tr '\n' ' ')"
read -r -a limits <<< "$LIMITS"
passed=0
for ((i = 1; i <= RUNS; i++)); do
  limit=${limits[$(( (i - 1) % ${#limits[@]} ))]}
  out=$WORK/round-$i
  # the limit is the job's alone: its log goes through cat, which writes the file unlimited (a log
  # written under the limit was cut at the limit, the job's closing error line with it)
  (ulimit -f "$limit"; trap '' XFSZ; job "$out") 2>&1 | cat > "$out.full.log"
  full=${PIPESTATUS[0]}
  job "$out" > "$out.relaunch.log" 2>&1
  relaunch=$?
  verdict=ok
  if [ $full -ne 1 ] || ! grep -q '^error: cannot write the output' "$out.full.log"; then
    verdict="limited run: exit $full, not a disk-full failure"
  elif [ $relaunch -ne 0 ] || ! grep -q 'resuming the run' "$out.relaunch.log"; then
    verdict="relaunch: exit $relaunch: $(grep -m1 -E '^error|Cannot|smaller' "$out.relaunch.log")"
  elif ! diff -r -x report.html "$CLEAN" "$(run_folder "$out")" > "$out.diff" 2>&1; then
    verdict="output differs: $out.diff"
  fi
  [ "$verdict" = ok ] && passed=$((passed + 1))
  echo "round $i (ulimit -f $limit): $verdict"
  [ "$verdict" = ok ] && rm -rf "$out"
done
echo "passed $passed/$RUNS"
[ $passed -eq "$RUNS" ]
