#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests that need one (the shared-database tests of
# the scale-out roles): a private data folder, loopback only, port 5433, user postgres without a
# password. Installs PostgreSQL from the Debian packages when it is missing. Idempotent: does
# nothing when the server already answers. The tests skip themselves when no server answers.
set -euo pipefail
PORT="${NEWS_TEST_PG_PORT:-5433}"
DATA="${NEWS_TEST_PG_DATA:-/tmp/news-archive-etl-pg}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  exit 0
fi
# PostgreSQL refuses to run as root: CI runs as root, so the server runs as the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; fi
  as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# fsync off: a test server, thrown away with its data folder
as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-k /tmp -h 127.0.0.1 -p $PORT -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DATA)"
