#!/bin/sh
# Run the job on the materialised dev corpus (tuning and validation parts, HTML and text
# renditions) and print score_roles.py's tables for each.
#
# usage: eval/corpus/score.sh [CORPUS_DIR] [WORK_DIR]
#   CORPUS_DIR  what materialise.py wrote (default /tmp/corpus-mat)
#   WORK_DIR    scratch for the job's output (default /tmp/corpus-score); emptied first
# env: JAR (default target/news-archive-etl.jar), SCORE (default ../shared/tools/score_roles.py),
#      JAVA_OPTS (default -Xmx512m), PARTS (default "tuning validation")
# Build the jar first: ./mvnw -q -B -o package -DskipTests
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-/tmp/corpus-mat}
work=${2:-/tmp/corpus-score}
jar=${JAR:-$root/target/news-archive-etl.jar}
score=${SCORE:-$root/../shared/tools/score_roles.py}
parts=${PARTS:-tuning validation}
[ -f "$jar" ] || { echo "no jar at $jar: ./mvnw -q -B -o package -DskipTests" >&2; exit 2; }
[ -f "$score" ] || { echo "no score_roles.py at $score (set SCORE=)" >&2; exit 2; }
rm -rf "$work"
for part in $parts; do
  for r in html txt; do
    [ -d "$corpus/$part/$r" ] || { echo "== $part $r: not materialised"; continue; }
    gold=gold; [ "$r" = txt ] && gold=gold-txt
    out="$work/$part-$r"
    mkdir -p "$out"
    java ${JAVA_OPTS:--Xmx512m} -jar "$jar" inputDir="$corpus/$part/$r" outputDir="$out" \
      >"$work/$part-$r.log" 2>&1 || { echo "job failed on $part $r, see $work/$part-$r.log" >&2; exit 1; }
    echo "== $part, $r rendition ($corpus/$part/$r)"
    python3 "$score" --out "$out" --gold "$corpus/$part/$gold"
    echo
  done
done
