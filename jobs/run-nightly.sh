#!/usr/bin/env bash
# The nightly import: one command line, called by cron, the systemd timer and the Kubernetes CronJob.
# runDate defaults to today, so the same night launched twice runs once.
set -euo pipefail
. "${NEWS_ENV:-$(dirname "$0")/nightly.env}"
cd "$NEWS_HOME"
exec java $JAVA_OPTS -jar news-archive-etl.jar inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" "$@"
