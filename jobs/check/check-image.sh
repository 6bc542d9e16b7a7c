#!/usr/bin/env bash
# Checks the container image that `./mvnw -Pimage` defines (pom.xml), where no base image can be
# pulled and no container engine runs: Jib builds the image's own layers on an empty base
# (`scratch`, no Java) into a tar, and this script
#   1. checks the image configuration: entrypoint jobs/run-nightly.sh, its environment file,
#      the working directory and a non-root user;
#   2. unpacks the layers into a folder and runs the entrypoint from there, with this machine's
#      Java, on the sample articles in input/: the image's run-nightly.sh, class path file and
#      classes must start the job and write the CSV files, the same bytes as the jar's.
# The real image is the same layers on eclipse-temurin:17-jre (docs/operations.md).
#   jobs/check/check-image.sh     (from the repository root, after ./mvnw package; about a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/news-image-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
./mvnw -q -B -Pimage jib:buildTar -Djib.from.image=scratch -Djib.outputPaths.tar="$work/image.tar"
mkdir "$work/image" "$work/root"
tar -xf "$work/image.tar" -C "$work/image"
fail() { echo "image check: $*" >&2; exit 1; }

python3 - "$work/image" <<'PY' || fail "image configuration"
import json, sys
d = sys.argv[1]
manifest = json.load(open(f"{d}/manifest.json"))[0]
config = json.load(open(f"{d}/{manifest['Config']}"))["config"]
expect = {
    "Entrypoint": ["/opt/news-archive-etl/jobs/run-nightly.sh"],
    "WorkingDir": "/opt/news-archive-etl",
    "Env": ["NEWS_ENV=/opt/news-archive-etl/jobs/image.env"],
}
bad = [f"{k}: {config.get(k)!r}, expected {v!r}" for k, v in expect.items() if config.get(k) != v]
if config.get("User", "root").split(":")[0] in ("", "0", "root"):
    bad.append(f"User: {config.get('User')!r}, expected a non-root user")
for b in bad:
    print(b, file=sys.stderr)
print(f"image: {len(manifest['Layers'])} layers, entrypoint {config['Entrypoint']}, user {config.get('User')}")
sys.exit(1 if bad else 0)
PY

for layer in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" "$work/image/manifest.json"); do
  tar -xzf "$work/image/$layer" -C "$work/root" 2>/dev/null
done
home="$work/root/opt/news-archive-etl"
[ -x "$home/jobs/run-nightly.sh" ] || fail "jobs/run-nightly.sh is missing or not executable in the image"
[ ! -e "$home/news-archive-etl.jar" ] || fail "the image holds the 200 MB jar besides its layers"
# the image's absolute paths, moved under the unpacked folder
sed -i "s|/opt/news-archive-etl|$home|g" "$home/app/jib-classpath-file"
sed -e "s|^NEWS_HOME=.*|NEWS_HOME=$home|" -e "s|^NEWS_INPUT=.*|NEWS_INPUT=$PWD/input|" \
    -e "s|^NEWS_OUTPUT=.*|NEWS_OUTPUT=$work/output|" "$home/jobs/image.env" > "$work/test.env"
grep -q '^NEWS_HOME=/opt/news-archive-etl$' "$home/jobs/image.env" || fail "image.env: NEWS_HOME is not /opt/news-archive-etl"
set +e
NEWS_ENV="$work/test.env" "$home/jobs/run-nightly.sh" --news.progress-interval=0 > "$work/run.log" 2>&1
code=$?
set -e
cat "$work/run.log"
[ "$code" -eq 0 ] || fail "the image's entrypoint exited $code"
csv=$(ls "$work"/output/run-*/articles.csv 2>/dev/null | head -1)
[ -n "$csv" ] || fail "no articles.csv written"
rows=$(($(wc -l < "$csv") - 1))
[ "$rows" -ge 1 ] || fail "articles.csv has no rows"
# the same bytes as the jar's run (a class path and a nested jar must not differ)
if [ -f target/news-archive-etl.jar ]; then
  java -jar target/news-archive-etl.jar inputDir=input outputDir="$work/jar-output" --news.progress-interval=0 > /dev/null 2>&1 \
    || fail "the jar's run failed"
  for f in articles.csv paragraphs.csv quotes.csv rejects.csv; do
    cmp -s "$(dirname "$csv")/$f" "$work"/jar-output/run-*/"$f" || fail "$f differs from the jar's"
  done
  echo "the CSV files are byte for byte those of target/news-archive-etl.jar"
fi
echo "image check passed: the image's entrypoint ran the job, $rows articles in $(basename "$(dirname "$csv")")"
