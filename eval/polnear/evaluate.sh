#!/bin/sh
# Quotation and speaker evaluation on PolNeAR train/dev (not part of the test suite).
#   eval/polnear/evaluate.sh SNAPSHOT [train|dev ...]
# SNAPSHOT: a checkout (or bare git directory) of github:networkdynamics/PolNeAR; POLNEAR may
# name it. Materialises the compartments under $POLNEAR_OUT (default /tmp/quotes-polnear), runs
# the job (target/news-archive-etl.jar; built when missing) on each and scores its quotes.csv.
# Label files eval/polnear/resolved-labeller*.tsv are used for the dev compartment when present,
# eval/polnear/resolved-train-labeller*.tsv for train (the sample the resolution is tuned on).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
snap=${1:-${POLNEAR:-}}
[ -n "$snap" ] || { echo "usage: $0 POLNEAR_SNAPSHOT [train|dev ...]" >&2; exit 2; }
[ $# -gt 0 ] && shift
comps=${*:-"train dev"}
out=${POLNEAR_OUT:-/tmp/quotes-polnear}
for c in $comps; do
  case $c in train|dev) ;; *) echo "refused: compartment $c (only train and dev; test is kept for independent measurement)" >&2; exit 2;; esac
done
[ -f "$repo/target/news-archive-etl.jar" ] || (cd "$repo" && ./mvnw -q -B package -DskipTests)
python3 "$here/materialise.py" "$snap" "$out" --compartments="$(echo $comps | tr ' ' ,)"
for c in $comps; do
  rm -rf "$out/$c/run"
  java -jar "$repo/target/news-archive-etl.jar" inputDir="$out/$c/input" outputDir="$out/$c/run" > "$out/$c/run.log" 2>&1
  labels=""
  if [ "$c" = dev ]; then
    labels=$(ls "$here"/resolved-labeller*.tsv 2>/dev/null | head -2 | tr '\n' , | sed 's/,$//')
  else
    labels=$(ls "$here"/resolved-train-labeller*.tsv 2>/dev/null | head -2 | tr '\n' , | sed 's/,$//')
  fi
  echo "== $c"
  python3 "$here/score.py" "$out/$c" "$out/$c/run" ${labels:+--labels=$labels} ${SCORE_ERRORS:+--errors=$SCORE_ERRORS}
done
