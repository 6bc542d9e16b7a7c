#!/usr/bin/env bash
# Benchmark: the whole import job against bare single-thread Tika text extraction of the same
# files, both timed as whole processes (JVM start included), in one run.
#
#   bench/run-benchmark.sh [--wire N] [--html N] [--dir FOLDER] [--threads "1 2"] [--xmx 256m]
#                          [--java-opts "-XX:+UseParallelGC"] [--launch jar|cds]
#                          [--replicate N] [--report-cost PAIRS] [--job-args "formats=csv,xlsx"]
#
# Without --dir it generates (once, cached under bench/work/) a corpus of N short wire stories
# (~600 bytes) and N HTML news pages (~60 KB) written from fictional templates; with --dir it
# measures any folder you point it at. Prints, per corpus and thread count: articles/s, MB/s,
# paragraphs/s, peak heap (most in use at once, and most still live after a collection), and
# the ratio job time / bare-Tika time, and "cores": the process's CPU time (user + system, JIT
# and collector threads included) over its wall time. For each thread count above one it also
# times bare Tika on that many threads ("tika-2": files shared out in walk order, a parser per
# thread) and prints both speed-ups over one thread: bare Tika's is what the machine gives
# parsing alone. Both JVMs get the same --java-opts (default: the throughput collector, as in
# jobs/nightly.env; the job also gets -Xmx). --launch cds starts both from the extracted jar with
# a class-data-sharing archive of their own, recorded by a training run on a small generated
# corpus (the job's by jobs/prepare-launch.sh, as for the nightly launch); the default, jar,
# starts both from the jar itself. --job-args adds job parameters to every run of the job; with
# formats=csv,xlsx each run also prints the workbook step's time and its share of the run.
#
# --replicate N (with --dir) measures N copies of the folder's files instead (made once under
# bench/work/, e.g. the 30 dev pages x 100 = 3,000 files). --report-cost PAIRS measures what the
# review page (report.html) costs instead of the rows above: for each corpus, PAIRS pairs of job
# runs on the first --threads count, one with the page (default reportArticles) and one with
# reportArticles=0, alternating; it prints each run's seconds, the page's own time from the job's
# log, the page's size, and the ratio of the mean times with and without the page.
set -euo pipefail
cd "$(dirname "$0")/.."
WIRE=10000 HTML=1000 DIR="" THREADS="1 2" XMX=256m JOPTS="-XX:+UseParallelGC" LAUNCH=jar REPLICATE="" REPORT_COST="" JOBARGS=
while [ $# -gt 0 ]; do
  case "$1" in
    --wire) WIRE=$2; shift 2;; --html) HTML=$2; shift 2;; --dir) DIR=$2; shift 2;;
    --threads) THREADS=$2; shift 2;; --xmx) XMX=$2; shift 2;; --java-opts) JOPTS=$2; shift 2;;
    --launch) LAUNCH=$2; shift 2;;
    --replicate) REPLICATE=$2; shift 2;; --report-cost) REPORT_COST=$2; shift 2;;
    --job-args) JOBARGS=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
[ -f target/news-archive-etl.jar ] || ./mvnw -q package -DskipTests
# a copy: a rebuild during a long benchmark must not swap the jar under a running JVM
JAR=$(mktemp --suffix=.jar); cp target/news-archive-etl.jar "$JAR"; trap 'rm -f "$JAR"' EXIT
run_main() { java $JOPTS -cp "$JAR" -Dloader.main="$1" org.springframework.boot.loader.launch.PropertiesLauncher "${@:2}"; }
bare_tika() { run_main org.newsarchive.etl.bench.BareTika "$@"; }
run_job() { java -Xmx$XMX $JOPTS -jar "$JAR" "$@"; }
case "$LAUNCH" in
  jar) ;;
  cds)
    launch=bench/work/launch
    echo "preparing the CDS launch in $launch ..."
    jobs/prepare-launch.sh "$JAR" "$launch" -Xmx$XMX $JOPTS
    app="$(realpath "$launch")/$(basename "$JAR")"
    train=bench/work/corpus-w50-h50
    [ -d "$train" ] || run_main org.newsarchive.etl.bench.GenerateCorpus "$train" 50 50 >/dev/null
    java $JOPTS -XX:ArchiveClassesAtExit="$launch/bare-tika.jsa" -Xlog:cds=error -Xlog:cds+dynamic=error \
      -cp "$app" org.newsarchive.etl.bench.BareTika "$train" >/dev/null
    bare_tika() { java $JOPTS -XX:SharedArchiveFile="$launch/bare-tika.jsa" -cp "$app" org.newsarchive.etl.bench.BareTika "$@"; }
    run_job() { java -Xmx$XMX $JOPTS -XX:SharedArchiveFile="$launch/news-archive-etl.jsa" -jar "$app" "$@"; } ;;
  *) echo "--launch is jar or cds" >&2; exit 2;;
esac
now() { date +%s.%N; }
# CPU=user + system CPU seconds of the finished child processes so far (bash's times, second
# line; run in this shell, not in a $(...) subshell, which has children of its own)
TIMES=$(mktemp); trap 'rm -f "$JAR" "$TIMES"' EXIT
cpu() { times > "$TIMES"; CPU=$(tail -1 "$TIMES" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] } print s }'); }

corpora=()
if [ -n "$DIR" ] && [ -n "$REPLICATE" ]; then
  copies="bench/work/$(basename "$DIR")-x$REPLICATE"
  if [ ! -d "$copies" ]; then
    echo "copying the files of $DIR $REPLICATE times into $copies ..."
    mkdir -p "$copies.tmp"
    for i in $(seq -w 1 "$REPLICATE"); do
      find "$DIR" -maxdepth 1 -type f -exec sh -c 'd=$0 i=$1; shift; for f; do cp "$f" "$d/c$i-${f##*/}"; done' "$copies.tmp" "$i" {} +
    done
    mv "$copies.tmp" "$copies"
  fi
  corpora=("$copies")
elif [ -n "$DIR" ]; then
  corpora=("$DIR")
else
  base="bench/work/corpus-w$WIRE-h$HTML"
  if [ ! -d "$base" ]; then
    echo "generating $WIRE wire stories and $HTML HTML pages in $base ..."
    run_main org.newsarchive.etl.bench.GenerateCorpus "$base" "$WIRE" "$HTML"
  fi
  [ "$WIRE" -gt 0 ] && corpora+=("$base/wire")
  [ "$HTML" -gt 0 ] && corpora+=("$base/html")
fi

# the review page's cost: job runs with and without it, alternating
report_cost() {
  local corpus=$1 t=${THREADS%% *} with=0 without=0 i mode work out t0 t1 secs page size
  for i in $(seq 1 "$REPORT_COST"); do
    for mode in with without; do
      work=$(mktemp -d)
      local extra=(); [ "$mode" = without ] && extra=(reportArticles=0)
      t0=$(now)
      out=$(run_job inputDir="$corpus" outputDir="$work" --news.threads="$t" --news.progress-interval=0 "${extra[@]}" 2>&1) \
        || { echo "$out" >&2; exit 1; }
      t1=$(now)
      secs=$(echo "$t1 - $t0" | bc -l)
      page=$(echo "$out" | sed -nE 's/.*review page: .* written in ([0-9]+) ms.*/\1/p')
      size=$(find "$work" -name report.html -printf '%s' | head -c 20)
      printf '%-34s %7s %6s %9.1f %10s %10s\n' "$corpus" "$t" "$mode" "$secs" "${page:--}" "${size:+$((size / 1024))}"
      if [ "$mode" = with ]; then with=$(echo "$with + $secs" | bc -l); else without=$(echo "$without + $secs" | bc -l); fi
      rm -rf "$work"
    done
  done
  printf '%-34s %7s   with the page / without: %.3f (means of %s runs each)\n' "$corpus" "$t" \
    "$(echo "$with / $without" | bc -l)" "$REPORT_COST"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), JVM options: $JOPTS, launch: $LAUNCH"
if [ -n "$REPORT_COST" ]; then
  printf '%-34s %7s %6s %9s %10s %10s\n' corpus threads page seconds page-ms page-KB
  for corpus in "${corpora[@]}"; do report_cost "$corpus"; done
  exit 0
fi
printf '%-34s %7s %9s %6s %8s %9s %10s %8s %8s %8s\n' corpus threads seconds cores art/s MB/s para/s peakMB liveMB ratio
for corpus in "${corpora[@]}"; do
  mb=$(du -sm "$corpus" | cut -f1)
  cpu; c0=$CPU; t0=$(now); out=$(bare_tika "$corpus"); t1=$(now); cpu; c1=$CPU
  tika=$(echo "$t1 - $t0" | bc -l)
  files=$(echo "$out" | sed -E 's/bare-tika: ([0-9]+) files.*/\1/')
  peak=$(echo "$out" | sed -E 's/.*peak heap ([0-9.]+) MB.*/\1/')
  live=$(echo "$out" | sed -E 's/.*live after GC ([0-9.]+) MB.*/\1/')
  printf '%-34s %7s %9.1f %6.2f %8.0f %9.1f %10s %8.0f %8.0f %8s\n' "$corpus" tika "$tika" "$(echo "($c1 - $c0) / $tika" | bc -l)" \
    "$(echo "$files / $tika" | bc -l)" \
    "$(echo "$mb / $tika" | bc -l)" - "$peak" "$live" 1.00
  # bare Tika on more threads: what a second thread gains for parsing alone on this machine
  declare -A tikas=() jobs=()
  tikas[1]=$tika
  for t in $THREADS; do
    [ "$t" -gt 1 ] || continue
    cpu; c0=$CPU; t0=$(now); out=$(bare_tika "$corpus" "$t"); t1=$(now); cpu; c1=$CPU
    tikas[$t]=$(echo "$t1 - $t0" | bc -l)
    peak=$(echo "$out" | sed -E 's/.*peak heap ([0-9.]+) MB.*/\1/')
    live=$(echo "$out" | sed -E 's/.*live after GC ([0-9.]+) MB.*/\1/')
    printf '%-34s %7s %9.1f %6.2f %8.0f %9.1f %10s %8.0f %8.0f %8.2f\n' "$corpus" "tika-$t" "${tikas[$t]}" \
      "$(echo "($c1 - $c0) / ${tikas[$t]}" | bc -l)" \
      "$(echo "$files / ${tikas[$t]}" | bc -l)" "$(echo "$mb / ${tikas[$t]}" | bc -l)" - "$peak" "$live" \
      "$(echo "${tikas[$t]} / $tika" | bc -l)"
  done
  for t in $THREADS; do
    work=$(mktemp -d)
    cpu; c0=$CPU; t0=$(now)
    # shellcheck disable=SC2086 # JOBARGS: name=value words
    out=$(run_job inputDir="$corpus" outputDir="$work" $JOBARGS --news.threads="$t" --news.progress-interval=0 2>&1) \
      || { echo "$out" >&2; exit 1; }
    t1=$(now); cpu; c1=$CPU
    job=$(echo "$t1 - $t0" | bc -l)
    articles=$(echo "$out" | sed -nE 's/^importArticles [A-Z]+: .* ([0-9]+) articles.*/\1/p' | tail -1)
    paras=$(echo "$out" | sed -nE 's/.*paragraphs:(.*)/\1/p' | tr ' ' '\n' | sed -nE 's/[A-Z_]+=([0-9]+)/\1/p' | paste -sd+ | bc)
    jpeak=$(echo "$out" | sed -nE 's/.*peak heap: ([0-9.]+) MB.*/\1/p')
    jlive=$(echo "$out" | sed -nE 's/.*live after GC ([0-9.]+) MB.*/\1/p')
    printf '%-34s %7s %9.1f %6.2f %8.0f %9.1f %10.0f %8.0f %8.0f %8.2f\n' "$corpus" "$t" "$job" "$(echo "($c1 - $c0) / $job" | bc -l)" \
      "$(echo "$articles / $job" | bc -l)" \
      "$(echo "$mb / $job" | bc -l)" "$(echo "$paras / $job" | bc -l)" "${jpeak:-0}" "${jlive:-0}" "$(echo "$job / $tika" | bc -l)"
    jobs[$t]=$job
    wb=$(echo "$out" | sed -nE 's/^workbook: .* in ([0-9.]+) s$/\1/p')
    if [ -n "$wb" ]; then
      printf '%-34s %7s   %s: %.1f s, %.1f%% of the run; news.xlsx %s MB\n' "$corpus" workbook \
        "$(echo "$out" | sed -nE 's/^workbook: (.*) in [0-9.]+ s$/\1/p')" "$wb" "$(echo "100 * $wb / $job" | bc -l)" \
        "$(du -m "$work"/run-*/news.xlsx | cut -f1)"
    fi
    rm -rf "$work"
  done
  # speed-up over one thread, the job's beside bare Tika's (the most this machine gives parsing alone)
  if [ -n "${jobs[1]:-}" ]; then
    for t in $THREADS; do
      [ "$t" -gt 1 ] || continue
      printf '%-34s %7s   job %.2fx, bare Tika %.2fx (%s threads vs 1)\n' "$corpus" "speed-up" \
        "$(echo "${jobs[1]} / ${jobs[$t]}" | bc -l)" "$(echo "$tika / ${tikas[$t]}" | bc -l)" "$t"
    done
  fi
  unset tikas jobs
done
