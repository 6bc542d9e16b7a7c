#!/usr/bin/env bash
# The role model's cost in the tagger alone, in CPU time (not wall time: the machine's other
# load does not count): parses and splits the folders' pages once, then tags them over and over
# with the rules alone and with the rules + the bundled model, alternating, and prints the CPU
# time per page of each and the difference (TaggerCpu, docs/roles.md "The role model").
#
#   bench/tagger-cpu.sh [--jar JAR] [--rounds N] [--reps N] [--warmup N] FOLDER...
#
# Default folders: the dev pages (../shared/corpus/dev/html and txt). --jar: measure another
# build (a copy of an older jar, for before/after), default target/news-archive-etl.jar. A jar
# from before TaggerCpu existed: unzip it and run the source file against its classes,
#   java -cp "X/BOOT-INF/classes:X/BOOT-INF/lib/*" TaggerCpuCopy.java FOLDER...
# (a copy of src/main/java/org/newsarchive/etl/bench/TaggerCpu.java without its package line and
# renamed; it uses only public classes).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/news-archive-etl.jar
if [ "${1:-}" = --jar ]; then JAR=$2; shift 2; fi
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
args=("$@")
has_folder=false
for a in "${args[@]}"; do [ -d "$a" ] && has_folder=true; done
$has_folder || args+=(../shared/corpus/dev/html ../shared/corpus/dev/txt)
# a copy: a rebuild during the run must not swap the jar under a running JVM
COPY=$(mktemp --suffix=.jar); cp "$JAR" "$COPY"; trap 'rm -f "$COPY"' EXIT
java -XX:+UseParallelGC -Xmx512m -cp "$COPY" -Dloader.main=org.newsarchive.etl.bench.TaggerCpu \
  org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}"
