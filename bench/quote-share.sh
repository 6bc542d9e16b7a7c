#!/usr/bin/env bash
# The quote step's share of the job's CPU, by sampling: runs the job once under Java Flight
# Recorder on a folder of articles and counts the execution samples whose stack is inside the
# quote step (QuoteExtractor, SpeakerResolver, RoleTagger.extractQuotes) against all samples
# of the job's worker threads. Also prints articles/s of the whole run (JVM start included).
#
#   bench/quote-share.sh [--wire N] [--dir FOLDER [--replicate N]] [--jar FILE]
#
# Without --dir it generates (once, cached under bench/work/) N short wire stories (default
# 5000) with GenerateCorpus, the same fictional templates as run-benchmark.sh: every one of
# them quotes someone. --dir measures a folder of real articles instead, --replicate N copies
# of its files (made once under bench/work/, as run-benchmark.sh does) for a run long enough
# to sample: e.g. --dir ../shared/corpus/reuters-dev/txt --replicate 10, real wire stories.
set -euo pipefail
cd "$(dirname "$0")/.."
WIRE=5000 DIR="" REPLICATE="" SRC=target/news-archive-etl.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --wire) WIRE=$2; shift 2;; --dir) DIR=$2; shift 2;; --replicate) REPLICATE=$2; shift 2;; --jar) SRC=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
[ -f "$SRC" ] || ./mvnw -q package -DskipTests
JAR=$(mktemp --suffix=.jar); cp "$SRC" "$JAR"
WORK=${KEEP_WORK:-$(mktemp -d)}; mkdir -p "$WORK"; trap 'rm -f "$JAR"; [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
if [ -z "$DIR" ]; then
  DIR=bench/work/corpus-w$WIRE-h0
  [ -d "$DIR" ] || java -cp "$JAR" -Dloader.main=org.newsarchive.etl.bench.GenerateCorpus \
    org.springframework.boot.loader.launch.PropertiesLauncher "$DIR" "$WIRE" 0 >/dev/null
fi
if [ -n "$REPLICATE" ]; then
  [ -d "$DIR" ] || { echo "no folder $DIR" >&2; exit 2; }
  copies="bench/work/$(basename "$(dirname "$DIR")")-$(basename "$DIR")-x$REPLICATE"
  if [ ! -d "$copies" ]; then
    mkdir -p "$copies.tmp"
    for i in $(seq -w 1 "$REPLICATE"); do
      find "$DIR" -maxdepth 1 -type f -exec sh -c 'd=$0 i=$1; shift; for f; do cp "$f" "$d/c$i-${f##*/}"; done' "$copies.tmp" "$i" {} +
    done
    mv "$copies.tmp" "$copies"
  fi
  DIR=$copies
fi
files=$(find "$DIR" -type f | wc -l)
rm -rf "$WORK/out"
start=$(date +%s.%N)
# execution samples every millisecond (the "profile" preset takes one every 10-20 ms: a few hundred samples in a
# run, too few to tell two jars apart)
cat > "$WORK/sample.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
</configuration>
JFC
java -Xmx256m -XX:+UseParallelGC -XX:StartFlightRecording=filename="$WORK/run.jfr",settings="$WORK/sample.jfc" \
  -jar "$JAR" inputDir="$DIR" outputDir="$WORK/out" --news.threads=1 > "$WORK/job.log" 2>&1
end=$(date +%s.%N)
jfr print --events jdk.ExecutionSample --stack-depth 200 "$WORK/run.jfr" > "$WORK/samples.txt"
awk -v files="$files" -v secs="$(echo "$end - $start" | bc)" '
  /jdk.ExecutionSample/ { if (n++) tally(); inside = 0; job = 0; next }
  /QuoteExtractor|SpeakerResolver|RoleTagger\.extractQuotes/ { inside = 1 }
  /org\.newsarchive\.etl\./ { job = 1 }
  function tally() { all++; if (inside) quote++; if (job) ours++ }
  END { tally(); printf "files %d  seconds %.1f  articles/s %.1f\n", files, secs, files / secs
        printf "samples %d (%d with the project'"'"'s code on the stack)  in the quote step %d\n", all, ours, quote
        printf "quote step share of all samples %.3f, of samples in the project'"'"'s code %.3f\n",
               all ? quote / all : 0, ours ? quote / ours : 0 }' "$WORK/samples.txt"
