#!/bin/bash
# Where the platform's CPU goes (bench/README.md, "Throughput", seventeenth step): starts the packaged jar with a
# flight recording from its start and C2 alone (a recording started later makes such a JVM fall behind, twelfth
# step), warms it up as bench/throughput.sh does, runs the open loop at the rate given, and counts the recording's
# samples of that loop by whose code was running, by thread and by the listed methods each includes.
#
#   bench/profile.sh [--in-memory] [rate, 250 unless given]
#
# --in-memory: on an H2 database in memory, as bench/throughput.sh --in-memory. Needs the jar and
# bench/target/benchmarks.jar built (mvn -B -q install -DskipTests). Port 18090; the recording is left in rec.jfr
# in the directory printed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/app/target/app-0.1.0-SNAPSHOT.jar
bench=$PWD/bench/target/benchmarks.jar
source "$PWD/bench/platform.sh"
if [[ ${1:-} == --in-memory ]]; then
    export SPRING_DATASOURCE_URL=$in_memory_url
    shift
fi
rate=${1:-250}
parcels=3000
dir=$(mktemp -d)
cd "$dir"
echo "recording in $dir/rec.jfr"
start_platform -XX:-TieredCompilation -XX:StartFlightRecording=filename=$dir/rec.jfr,settings=profile
trap 'kill $pid 2>/dev/null || true' EXIT
warm_up 3 1
hz=$(getconf CLK_TCK)
before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
from=$(date +%s%3N)
sim --rate "$rate" --parcels "$parcels" | grep -E 'achieved|latency from'
to=$(date +%s%3N)
awk -v b="$before" -v hz="$hz" -v n="$parcels" \
    '{ printf "CPU per parcel: %.2f ms\n", ($14 + $15 - b) * 1000 / hz / n }' "/proc/$pid/stat"
jcmd "$pid" JFR.dump filename="$dir/rec.jfr" > /dev/null
java -cp "$bench" org.cbec.bench.SampleShares "$dir/rec.jfr" "$from" "$to" MessageIntake.receive \
    CustomsDecisions.on Decisions.on Feeds.on TaxFeeds.on JdbcEventPublicationRepository org.h2.mvstore. \
    org.h2.mvstore.FileStore org.h2.command.Parser CebReader org.bouncycastle. Receipt
