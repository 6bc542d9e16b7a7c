#!/usr/bin/env bash
# The nightly import: one command line, called by cron, the systemd timer and the Kubernetes CronJob.
#   jobs/run-nightly.sh                  start (or resume) tonight's run
#   jobs/run-nightly.sh runDate=2026-01-02   a given night (e.g. to finish a run that crashed before midnight)
#   jobs/run-nightly.sh list | stop | restart <id> | abandon <id>   the other commands, on the same outputDir
# runDate defaults to today, so the same night launched twice runs once; a crashed, killed or
# stopped run is resumed by launching the same command again. Exit codes: see README.md.
# The JVM starts from the launch prepared by jobs/prepare-launch.sh (in $NEWS_HOME/launch) while
# its class-data archive is newer than the jar, else from the jar itself; in the container image
# (no jar), from the classes and libraries under $NEWS_HOME/app.
set -euo pipefail
. "${NEWS_ENV:-$(dirname "$0")/nightly.env}"
cd "$NEWS_HOME"
launch=(-jar news-archive-etl.jar)
if [ -f launch/news-archive-etl.jsa ] && [ launch/news-archive-etl.jsa -nt news-archive-etl.jar ]; then
  # a Java other than the archive's warns and starts without it: the warning goes to stderr
  JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=launch/news-archive-etl.jsa -Xlog:disable -Xlog:all=warning:stderr"
  launch=(-jar launch/news-archive-etl.jar)
elif [ ! -f news-archive-etl.jar ] && [ -f app/jib-classpath-file ]; then
  # the container image (pom.xml profile "image"): Jib's class path and main class, no jar
  launch=(-cp @app/jib-classpath-file @app/jib-main-class-file)
fi
case "${1:-start}" in
  list|stop|abandon)
    exec java $JAVA_OPTS "${launch[@]}" "$@" outputDir="$NEWS_OUTPUT" ;;
  restart)
    if [[ "${2:-}" =~ ^[0-9]+$ ]]; then
      exec java $JAVA_OPTS "${launch[@]}" "$@" outputDir="$NEWS_OUTPUT"
    fi
    shift
    exec java $JAVA_OPTS "${launch[@]}" restart inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
  start) [[ $# -gt 0 ]] && shift
    exec java $JAVA_OPTS "${launch[@]}" start inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
  *)
    exec java $JAVA_OPTS "${launch[@]}" start inputDir="$NEWS_INPUT" outputDir="$NEWS_OUTPUT" ${NEWS_SELECT:-} "$@" ;;
esac
