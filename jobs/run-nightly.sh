#!/usr/bin/env bash
# The nightly import: one command line, called by cron, the systemd timer and the Kubernetes CronJob.
#   jobs/run-nightly.sh                  start (or resume) tonight's run
#   jobs/run-nightly.sh runDate=2026-01-02   a given night (e.g. to finish a run that crashed before midnight)
#   jobs/run-nightly.sh list | stop | restart <id> | abandon <id>   the other commands, on the same outputDir
# runDate defaults to today, so the same night launched twice runs once; a crashed, killed or
# stopped run is resumed by launching the same command again. Exit codes: see README.
set -euo pipefail
. "${NEWS_ENV:-$(dirname "$0")/nightly.env}"
cd "$NEWS_HOME"
case "${1:-start}" in
  list|stop|abandon)
    exec java $JAVA_OPTS -jar news-archive-etl.jar "$@" outputDir="$NEWS_OUTPUT" ;;
  restart)
    if [[ "${2:-}" =~ ^[0-9]+$ ]]; then
      exec java $JAVA_OPTS -jar news-archive-etl.jar "$@" outputDir="$NEWS_OUTPUT"
    fi
    shift
    exec java $JAVA_OPTS -jar news-archive-etl.jar restart inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
  start) [[ $# -gt 0 ]] && shift
    exec java $JAVA_OPTS -jar news-archive-etl.jar start inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
  *)
    exec java $JAVA_OPTS -jar news-archive-etl.jar start inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
esac
