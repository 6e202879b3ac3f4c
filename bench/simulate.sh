#!/bin/bash
# The simulator's standard measurement, as bench/README.md quotes it: the packaged jar of a checkout started on a
# fresh embedded database in a new folder, six import runs of 2,000 parcels (seeds 1..6), then five export runs
# (seeds 12..16), then the application's CPU time. Usage: bench/simulate.sh <checkout> <output folder>
# (the checkout built with `mvn -B -q install -DskipTests`). Prints one throughput line per run.
set -u
SRC=$(cd "$1" && pwd); OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
PORT=${PORT:-18555}
CBEC_ADMIN_TOKEN=admin PORT=$PORT java -jar "$SRC/app/target/app-0.1.0-SNAPSHOT.jar" > app.log 2>&1 &
APP=$!
for i in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 1; done
SIM="java -cp $SRC/bench/target/benchmarks.jar org.cbec.bench.sim.TrafficSimulator --admin-token admin"
SIM="$SIM --url http://localhost:$PORT"
for s in 1 2 3 4 5 6; do $SIM --parcels 2000 --seed "$s" > "import-$s.txt" 2>&1; done
for s in 2 3 4 5 6; do $SIM --parcels 2000 --seed "1$s" --mode export > "export-$s.txt" 2>&1; done
echo "application CPU: $(ps -o cputime= -p $APP)" > cpu.txt
kill $APP; wait $APP
grep -h throughput import-*.txt export-*.txt
cat cpu.txt
