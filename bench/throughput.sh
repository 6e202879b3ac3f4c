#!/bin/bash
# The throughput protocol of issue 15 (bench/README.md, "Throughput"): starts the packaged jar on a fresh embedded
# database (or on PostgreSQL with --postgres URL), warms it up, then runs the open loop at each rate given and the
# closed loops of import and export, printing for each open-loop run the application's CPU per parcel by thread
# (from /proc: request threads, the JIT's compiler threads, H2's writer).
#
#   bench/throughput.sh [--postgres jdbc:postgresql://127.0.0.1:5432/tp] [--warm-up 3] [--jvm "-XX:..."] 100 150 200
#
# --in-memory runs it on an H2 database in memory instead of the embedded default's file: not durable, not a way to
# run the platform, the measure of what the platform costs when its database writes nothing (seventeenth step).
# --jvm passes options to the platform's JVM (bench/README.md, eleventh step: -XX:-TieredCompilation on two cores).
#
# Needs the jar and bench/target/benchmarks.jar built (mvn -B -q install -DskipTests). Port 18090.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/app/target/app-0.1.0-SNAPSHOT.jar
bench=$PWD/bench/target/benchmarks.jar
postgres=""
in_memory=""
warmups=3
jvm=""
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --postgres) postgres=$2; shift 2 ;;
        --in-memory) in_memory=yes; shift ;;
        --warm-up) warmups=$2; shift 2 ;;
        --jvm) jvm=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
source "$PWD/bench/platform.sh"
dir=$(mktemp -d)
cd "$dir"
if [[ -n $postgres ]]; then
    # $jvm unquoted: the JVM's options, one word each
    SPRING_PROFILES_ACTIVE=postgres CBEC_DB_URL=$postgres start_platform $jvm
elif [[ -n $in_memory ]]; then
    SPRING_DATASOURCE_URL=$in_memory_url start_platform $jvm
else
    start_platform $jvm
fi
trap 'kill $pid 2>/dev/null || true' EXIT
# user + system ticks of each thread, by thread name (digits folded: http-nio-8080-exec-12 -> http-nio-#-exec-#)
ticks() {
    for stat in /proc/$pid/task/*/stat; do
        cat "$stat" 2> /dev/null || true
    done | sed -E 's/^[0-9]+ \((.*)\) [A-Z] (.*)$/\1|\2/' \
        | awk -F'|' '{ split($2, f, " "); name = $1; gsub(/[0-9]+/, "#", name); t[name] += f[11] + f[12] }
                     END { for (n in t) print n "|" t[n] }'
}
# measured once the JIT has settled; a seed's enterprises are filed for one mode, so warm-ups have seeds of their own
warm_up "$warmups" 2
hz=$(getconf CLK_TCK)
for rate in "$@"; do
    # at least 20 s of arrivals: a loop shorter than its documents' 3 s spread never reaches a steady load, and reads
    # a rate it could not sustain as kept up (seventeenth step)
    n=$((rate * 20 > 3000 ? rate * 20 : 3000))
    ticks > before.txt
    sim --rate "$rate" --parcels "$n" > open.txt
    ticks > after.txt
    echo "open loop offered $rate/s, $n parcels: $(grep -o 'achieved.*' open.txt | head -1)"
    echo "  $(grep 'latency from' open.txt)"
    echo "  $(grep 'load generator CPU' open.txt)"
    awk -F'|' -v hz="$hz" -v p="$n" 'NR == FNR { b[$1] = $2; next }
        { d = $2 - b[$1]; total += d; if (d > 0) by[$1] = d }
        END { printf "  CPU per parcel: %.2f ms in all;", total * 1000 / hz / p;
              for (t in by) if (by[t] * 1000 / hz / p >= 0.05) printf " %s %.2f;", t, by[t] * 1000 / hz / p;
              print "" }' before.txt after.txt
done
# the platform's CPU a parcel over one closed loop (user + system ticks of the whole process, the JVM's start of the
# simulator included): on two cores that are full, what a parcel costs tells goal 5 more steadily than the
# throughput, which moves with whatever else the machine does (bench/README.md, sixteenth step)
closed() {
    local mode=$1 seed=$2 before out
    before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    out=$(sim --mode "$mode" --parcels 3000 --seed "$seed" | grep -E 'throughput|latency to|load generator' \
        | tr '\n' ' ')
    awk -v b="$before" -v hz="$hz" -v mode="$mode" -v out="$out" \
        '{ printf "closed loop %s: %s CPU per parcel: %.2f ms\n", mode, out, ($14 + $15 - b) * 1000 / hz / 3000 }' \
        "/proc/$pid/stat"
}
# the closed loops of import and export alternate: with one kind's three run after the other's, the first of each
# read low and goal 5 compared them unevenly (bench/README.md, thirteenth step: 74 % so, 88 % alternating)
for seed in 1 2 3; do
    closed import "1$seed"
    closed export "2$seed"
done
