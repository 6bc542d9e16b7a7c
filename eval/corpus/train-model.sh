#!/bin/bash
# Retrain the role model (src/main/resources/tagger/role-model.tsv) on the tuning part of the
# materialised development corpus and on ../shared/corpus/dev where it is present (never on the
# validation part; docs/roles.md, "The role model").
#
# usage: eval/corpus/train-model.sh [CORPUS_DIR] [MODEL_FILE]
#   CORPUS_DIR  what materialise.py wrote (default /tmp/corpus-mat); only CORPUS_DIR/tuning is read
#   (env DEV_CORPUS: the shared dev set, default ../shared/corpus/dev beside the project; none: skip)
#   MODEL_FILE  where to write the model (default src/main/resources/tagger/role-model.tsv)
# env: JAVA_OPTS (default -Xmx1g). Compiles the project first (offline); rebuild the jar after.
# Deterministic: the same corpus and code give the same file. Takes a few minutes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-/tmp/corpus-mat}
model=${2:-$root/src/main/resources/tagger/role-model.tsv}
[ -d "$corpus/tuning" ] || { echo "no $corpus/tuning: run eval/corpus/materialise.py first" >&2; exit 2; }
dev=${DEV_CORPUS:-$root/../shared/corpus/dev}
also=()
if [ "$dev" != none ] && [ -d "$dev/gold" ]; then
  also=(--also "$dev")
else
  echo "note: no shared dev set at $dev: training on the tuning part alone (the shipped model also saw dev)" >&2
fi
cd "$root"
./mvnw -q -B -o compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime >/dev/null
java ${JAVA_OPTS:--Xmx1g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/classes:$(cat "$cp")" \
  org.newsarchive.etl.evaluation.TrainRoleModel --corpus "$corpus" --sources "$here/sources.tsv" "${also[@]}" --out "$model" \
  2>&1 | grep -v ' INFO \| WARN '
