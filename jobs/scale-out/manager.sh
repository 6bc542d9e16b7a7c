#!/usr/bin/env bash
# The manager: the nightly command line of jobs/run-nightly.sh with the work spread over the workers
# (cron or a systemd timer calls it like run-nightly.sh). Exit codes as in the README.
#   jobs/scale-out/manager.sh [start|restart|list|...] [name=value ...]
# With EMBEDDED_BROKER=1 the broker runs inside the manager and listens on port 61616 of this
# host (workers then use NEWS_BROKER_URL=tcp://<this host>:61616); it lives only while a run does.
set -euo pipefail
. "${NEWS_ENV:-$(dirname "$0")/scale-out.env}"
cd "$NEWS_HOME"
broker=(--spring.artemis.broker-url="$NEWS_BROKER_URL")
if [ "${EMBEDDED_BROKER:-0}" = 1 ]; then
  broker=(--spring.artemis.mode=embedded --news.broker.listen=tcp://0.0.0.0:61616)
fi
cmd="${1:-start}"; [[ $# -gt 0 ]] && shift
case "$cmd" in
  list|stop|abandon) args=("$cmd" "$@" outputDir="$NEWS_OUTPUT") ;;
  restart) if [[ "${1:-}" =~ ^[0-9]+$ ]]; then args=("$cmd" "$@" outputDir="$NEWS_OUTPUT");
           else args=("$cmd" inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" "$@"); fi ;;
  *) args=("$cmd" inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" "$@") ;;
esac
exec java $JAVA_OPTS -jar news-archive-etl.jar --news.role=manager --spring.profiles.active=postgres \
  --spring.datasource.url="$NEWS_DB_URL" --spring.datasource.username="$NEWS_DB_USER" \
  --spring.datasource.password="$NEWS_DB_PASSWORD" "${broker[@]}" --news.partitions="$NEWS_PARTITIONS" "${args[@]}"
