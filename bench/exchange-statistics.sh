#!/bin/bash
# Statistics queries of the public service platform over 1,000,000 released inventories, on PostgreSQL
# (bench/README.md quotes them): the packaged jar of a checkout on a fresh database, its counters seeded by
# bench/exchange/statistics-seed.sql, then StatisticsBench times each query. Usage: bench/exchange-statistics.sh
# <checkout> <folder> (the checkout built with `mvn -B -q install -DskipTests`; PostgreSQL on 127.0.0.1:5432).
set -eu
SRC=$(cd "$1" && pwd); OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
PORT=${PORT:-18557}; DB=cbec_stats
. "$SRC/bench/jar-on-postgres.sh"
psql -h 127.0.0.1 -U postgres -d $DB -q -f "$SRC/bench/exchange/statistics-seed.sql"
java -cp "$SRC/bench/target/benchmarks.jar" org.cbec.bench.exchange.StatisticsBench --admin-token admin \
  --url "http://localhost:$PORT" | tee statistics.txt
