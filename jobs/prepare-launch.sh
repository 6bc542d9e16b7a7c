#!/usr/bin/env bash
# Prepares the quick launch of the job, once per installed jar:
#   1. the jar extracted (Spring Boot's "tools" jar mode): classes load from plain jars on the
#      class path instead of from jars nested in the jar;
#   2. a class-data-sharing (CDS) archive of every class a run loads, recorded by one training
#      run on a small generated corpus, so that later runs map those classes in already parsed
#      and verified.
# Together they cut a run's fixed cost (JVM, Spring, HSQLDB and Tika start-up) by about half
# (docs/benchmark.md). run-nightly.sh uses the prepared launch while its archive is newer than the jar, and
# the plain jar otherwise: run this again after every upgrade of the jar or of Java (a Java whose
# version differs from the archive's ignores it, with a warning, and starts the slow way).
#
#   jobs/prepare-launch.sh JAR DEST [JAVA OPTIONS...]
#   e.g. jobs/prepare-launch.sh /opt/news-archive-etl/news-archive-etl.jar /opt/news-archive-etl/launch -Xmx512m -XX:+UseParallelGC
#
# DEST is emptied and filled with the extracted jar (same file name), its lib/ folder and
# news-archive-etl.jsa. The archive names the jars by their path, so it is recorded in place.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,16p' "$0" >&2; exit 2; }
jar=$(realpath "$1"); dest=$2; shift 2
[ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
rm -rf "$dest"
mkdir -p "$dest"
dest=$(realpath "$dest")
java -Djarmode=tools -jar "$jar" extract --destination "$dest" --force >/dev/null
app="$dest/$(basename "$jar")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a training corpus of every kind the generator writes (wire stories and HTML pages)
java -cp "$app" org.newsarchive.etl.bench.GenerateCorpus "$work/corpus" 50 50 >/dev/null
if ! java "$@" -XX:ArchiveClassesAtExit="$dest/news-archive-etl.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
    -jar "$app" inputDir="$work/corpus" outputDir="$work/out" --news.progress-interval=0 >"$work/training.log" 2>&1; then
  cat "$work/training.log" >&2
  rm -f "$dest/news-archive-etl.jsa"
  echo "training run failed: the launch stays the plain jar" >&2
  exit 1
fi
echo "prepared $dest: $(basename "$app"), lib/ ($(ls "$dest/lib" | wc -l) jars), news-archive-etl.jsa ($(du -m "$dest/news-archive-etl.jsa" | cut -f1) MB)"
