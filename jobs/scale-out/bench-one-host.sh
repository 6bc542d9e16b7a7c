#!/usr/bin/env bash
# Measures the scale-out roles on one machine: a manager (with the broker embedded, listening on
# loopback) and 1, 2, 3 worker JVMs sharing a PostgreSQL database, over a generated corpus of
# fictional news (GenerateCorpus: 2000 wire stories and 400 HTML pages by default). Prints, for
# each worker count, the partition phase (first partition start to last partition end, from the
# job repository) and the manager's whole job. The figures of docs/scale-out.md come from this script.
#
#   jobs/scale-out/bench-one-host.sh            # after ./mvnw package; PostgreSQL from .ci/start-postgres.sh
#   WORKERS="1 2" WIRE=4000 HTML=800 jobs/scale-out/bench-one-host.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="${JAR:-target/news-archive-etl.jar}"
WORK="${WORK:-/tmp/news-archive-etl-bench}"
CORPUS="$WORK/corpus-${WIRE:-2000}-${HTML:-400}"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5433}" PG_USER="${PG_USER:-postgres}"
PARTITIONS="${PARTITIONS:-12}"
BROKER_PORT="${BROKER_PORT:-61616}"
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  java -Dloader.main=org.newsarchive.etl.bench.GenerateCorpus -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher \
    "$CORPUS" "${WIRE:-2000}" "${HTML:-400}"
fi
files=$(find "$CORPUS" -type f | wc -l)
sql() { psql -q -t -A -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$@"; }
printf '%-8s %8s %14s %12s %14s\n' workers files "partitions s" "files/s" "whole job s"
for n in ${WORKERS:-1 2 3}; do
  db="news_bench_$n"
  sql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  out="$WORK/out-$n"
  rm -rf "$out"
  shared=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$db"
          "--spring.datasource.username=$PG_USER")
  java -jar "$JAR" --news.role=manager "${shared[@]}" --spring.artemis.mode=embedded \
    "--news.broker.listen=tcp://127.0.0.1:$BROKER_PORT" "--news.partitions=$PARTITIONS" --news.progress-interval=0 \
    "inputDir=$CORPUS" "outputDir=$out" runDate=2026-06-01 > "$WORK/manager-$n.log" 2>&1 &
  manager=$!
  workers=()
  for i in $(seq "$n"); do
    java -jar "$JAR" --news.role=worker "${shared[@]}" "--spring.artemis.broker-url=tcp://127.0.0.1:$BROKER_PORT" \
      > "$WORK/worker-$n-$i.log" 2>&1 &
    workers+=($!)
  done
  status=0
  wait "$manager" || status=$?
  kill "${workers[@]}" 2>/dev/null || true
  wait "${workers[@]}" 2>/dev/null || true
  if [ "$status" != 0 ]; then
    echo "manager exited with $status; see $WORK/manager-$n.log" >&2
    exit 1
  fi
  span=$(sql -d "$db" -c "SELECT EXTRACT(EPOCH FROM MAX(end_time) - MIN(start_time)) FROM batch_step_execution
                          WHERE step_name LIKE 'importPartition:%'")
  job=$(sed -n 's/^  duration: \([0-9.]*\) s$/\1/p' "$WORK/manager-$n.log")
  printf '%-8s %8s %14.1f %12.1f %14s\n' "$n" "$files" "$span" "$(echo "$files / $span" | bc -l)" "$job"
done
