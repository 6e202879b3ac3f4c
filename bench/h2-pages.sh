#!/bin/bash
# What the embedded database writes a parcel, table by table and index by index (bench/README.md, "Throughput",
# fifteenth step): starts the packaged jar on a fresh embedded database that reuses no chunk of its file, warms it
# up, runs the open loop at the rate given, copies the file and sums the pages written during the loop by map.
#
#   bench/h2-pages.sh [rate, 250 unless given]
#
# Needs the jar and bench/target/benchmarks.jar built (mvn -B -q install -DskipTests). Port 18090. The copy of the
# file is about 1 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/app/target/app-0.1.0-SNAPSHOT.jar
bench=$PWD/bench/target/benchmarks.jar
rate=${1:-250}
source "$PWD/bench/platform.sh"
parcels=3000
dir=$(mktemp -d)
cd "$dir"
url="jdbc:h2:file:./data/cbec;$h2_settings;WRITE_DELAY=1000;AUTO_COMPACT_FILL_RATE=0;RETENTION_TIME=36000000"
SPRING_DATASOURCE_URL="$url" start_platform -XX:-TieredCompilation
trap 'kill $pid 2>/dev/null || true; sleep 1; rm -rf "$dir"' EXIT
warm_up 2 0
from=$(date +%s%3N)
sim --rate "$rate" --parcels "$parcels" | grep -E 'achieved|latency from'
to=$(date +%s%3N)
sleep 2
cp data/cbec.mv.db copy.mv.db
java -cp "$bench" org.cbec.bench.H2PagesWritten copy.mv.db "$from" "$to" "$parcels"
