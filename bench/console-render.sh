#!/bin/bash
# Page render times of the console with 100,000 inventories stored, on PostgreSQL (bench/README.md quotes them).
# The packaged jar of a checkout on a fresh database; the simulator's 200 parcels, grown 500-fold by
# bench/console/seed.sql; then ConsoleRender times each page. Usage: bench/console-render.sh <checkout> <folder>
# (the checkout built with `mvn -B -q install -DskipTests`; PostgreSQL on 127.0.0.1:5432 with trust auth).
set -eu
SRC=$(cd "$1" && pwd); OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
PORT=${PORT:-18556}; DB=cbec_render
. "$SRC/bench/jar-on-postgres.sh"
java -cp "$SRC/bench/target/benchmarks.jar" org.cbec.bench.sim.TrafficSimulator --admin-token admin \
  --url "http://localhost:$PORT" --parcels 200 --seed 7 > simulator.txt 2>&1
AGENT=$(grep -o 'sim\.[a-z0-9]*' simulator.txt | sed -n 1p | cut -c5- | tr a-z A-Z)
PLATFORM=$(grep -o 'sim\.[a-z0-9]*' simulator.txt | sed -n 2p | cut -c5- | tr a-z A-Z)
psql -h 127.0.0.1 -U postgres -d $DB -q -v agent="$AGENT" -v copies=499 -f "$SRC/bench/console/seed.sql"
SQL="select cop_no, order_no, reason from inventory_state where agent_code = '$AGENT' and status = 'REJECTED'"
read -r COPNO ORDERNO REASON < <(psql -h 127.0.0.1 -U postgres -d $DB -tA -F ' ' -c "$SQL order by cop_no limit 1")
java -cp "$SRC/bench/target/benchmarks.jar" org.cbec.bench.console.ConsoleRender --admin-token admin \
  --url "http://localhost:$PORT" --agent "$AGENT" --platform "$PLATFORM" --copNo "$COPNO" --orderNo "$ORDERNO" \
  --reason "$REASON" | tee render.txt
