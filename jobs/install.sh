#!/usr/bin/env bash
# Installs the nightly import in the layout that jobs/ assumes (docs/operations.md, "Installing"):
#   /opt/news-archive-etl/news-archive-etl.jar       the jar
#   /opt/news-archive-etl/jobs/                      run-nightly.sh, prepare-launch.sh, nightly.env, crontab
#   /srv/news-archive/incoming, /srv/news-archive/output   the folders nightly.env names (NEWS_INPUT, NEWS_OUTPUT)
#   /var/log/news-archive-etl/                       the cron line's log files
#   /etc/systemd/system/news-archive-etl.{service,timer}
# and the system user the job runs as (newsetl), who owns the data and log folders.
#
#   jobs/install.sh [--jar FILE] [--schedule systemd|cron|none] [--prefix DIR] [--dry-run]
#
#   --jar FILE     the jar to install (default: target/news-archive-etl.jar)
#   --schedule     systemd (default): install the service and timer and enable the timer;
#                  cron: install jobs/crontab as the user's crontab; none: only the files
#   --prefix DIR   install below DIR instead of /: no user is created, nothing is chowned and
#                  neither systemctl nor crontab is called (a test, or a package's staging folder)
#   --dry-run      print what would be done and change nothing
#
# Run it again to upgrade: it is idempotent. An existing nightly.env is kept (the new one is
# written beside it as nightly.env.new when they differ); the jar is replaced only when it
# differs, so that a launch prepared by prepare-launch.sh stays valid for an unchanged jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../target/news-archive-etl.jar
schedule=systemd
prefix=/
dry=0
user=newsetl
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar=$2; shift 2 ;;
    --schedule) schedule=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    --dry-run) dry=1; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$schedule" in systemd|cron|none) ;; *) echo "install.sh: --schedule is systemd, cron or none" >&2; exit 2 ;; esac
[ -f "$jar" ] || { echo "install.sh: no jar at $jar: build it with ./mvnw -q package -DskipTests, or give --jar" >&2; exit 2; }
prefix=${prefix%/}
real=0; [ -z "$prefix" ] && real=1    # installing on this system, not below a prefix
if [ "$real" = 1 ] && [ "$dry" = 0 ] && [ "$(id -u)" != 0 ]; then
  echo "install.sh: run as root (or give --prefix DIR or --dry-run)" >&2; exit 2
fi

run() {  # prints the command; runs it unless --dry-run
  echo "+ $*"
  [ "$dry" = 1 ] || "$@"
}
home=/opt/news-archive-etl
# the data folders are those of the nightly.env in use (the installed one, when there is one)
env=$here/nightly.env
[ -f "$prefix$home/jobs/nightly.env" ] && env=$prefix$home/jobs/nightly.env
input=$(. "$env" && echo "$NEWS_INPUT")
output=$(. "$env" && echo "$NEWS_OUTPUT")
logs=/var/log/news-archive-etl

# the user: a system account without a login shell, whose home is the installation
if [ "$real" = 1 ]; then
  if id "$user" >/dev/null 2>&1; then
    echo "user $user exists"
  else
    run useradd --system --user-group --home-dir "$home" --no-create-home --shell /usr/sbin/nologin "$user"
  fi
fi

# programs: owned by root, readable by all
run install -d -m 0755 "$prefix$home" "$prefix$home/jobs"
if [ -f "$prefix$home/news-archive-etl.jar" ] && cmp -s "$jar" "$prefix$home/news-archive-etl.jar"; then
  echo "the jar is unchanged"
else
  run install -m 0644 "$jar" "$prefix$home/news-archive-etl.jar"
  if [ -f "$prefix$home/launch/news-archive-etl.jsa" ]; then
    echo "note: the prepared launch is older than the jar now; run-nightly.sh starts from the jar until"
    echo "      jobs/prepare-launch.sh $home/news-archive-etl.jar $home/launch -Xmx512m -XX:+UseParallelGC runs again"
  fi
fi
for f in run-nightly.sh prepare-launch.sh; do
  run install -m 0755 "$here/$f" "$prefix$home/jobs/$f"
done
run install -m 0644 "$here/crontab" "$prefix$home/jobs/crontab"
if [ ! -f "$prefix$home/jobs/nightly.env" ]; then
  run install -m 0644 "$here/nightly.env" "$prefix$home/jobs/nightly.env"
elif ! cmp -s "$here/nightly.env" "$prefix$home/jobs/nightly.env"; then
  echo "keeping the installed nightly.env; the new one is nightly.env.new"
  run install -m 0644 "$here/nightly.env" "$prefix$home/jobs/nightly.env.new"
fi

# data and logs: owned by the user; the output folder holds the database, owner-only
run install -d -m 0755 "$prefix$input"
run install -d -m 0750 "$prefix$output" "$prefix$logs"
if [ "$real" = 1 ]; then
  run chown "$user:$user" "$prefix$input" "$prefix$output" "$prefix$logs"
fi

# the schedule
units=/etc/systemd/system
if [ "$schedule" = systemd ]; then
  run install -d -m 0755 "$prefix$units"
  run install -m 0644 "$here/news-archive-etl.service" "$here/news-archive-etl.timer" "$prefix$units/"
  if [ "$real" = 1 ]; then
    if [ -d /run/systemd/system ]; then
      run systemctl daemon-reload
      run systemctl enable --now news-archive-etl.timer
    else
      echo "systemd is not running here: enable the timer with 'systemctl enable --now news-archive-etl.timer' where it is"
    fi
  fi
elif [ "$schedule" = cron ]; then
  if [ "$real" = 1 ]; then
    run crontab -u "$user" "$home/jobs/crontab"
  else
    echo "with --prefix the crontab is not installed; on the system: crontab -u $user $home/jobs/crontab"
  fi
fi
echo "installed in ${prefix:-/}: $home, $input, $output, $logs${schedule:+ (schedule: $schedule)}"
