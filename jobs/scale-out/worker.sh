#!/usr/bin/env bash
# A worker host: runs partitions from the broker until stopped (start one per host, e.g. as a
# systemd service with Restart=always). Stopping or killing it mid-partition loses nothing: the
# broker hands the partition to another worker, which resumes it from its last commit.
set -euo pipefail
. "${NEWS_ENV:-$(dirname "$0")/scale-out.env}"
cd "$NEWS_HOME"
exec java $JAVA_OPTS -jar news-archive-etl.jar --news.role=worker --spring.profiles.active=postgres \
  --spring.datasource.url="$NEWS_DB_URL" --spring.datasource.username="$NEWS_DB_USER" \
  --spring.datasource.password="$NEWS_DB_PASSWORD" --spring.artemis.broker-url="$NEWS_BROKER_URL" "$@"
