#!/bin/bash
# Statistics queries of the public service platform over 1,000,000 released inventories, on PostgreSQL
# (bench/README.md quotes them): the packaged jar of a checkout on a fresh database, its counters seeded by
# bench/exchange/statistics-seed.sql, then StatisticsBench times each query. Usage: bench/exchange-statistics.sh
# <checkout> <folder> (the checkout built with `mvn -B -q install -DskipTests`; PostgreSQL on 127.0.0.1:5432).
set -eu
SRC=$(cd "$1" && pwd); OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
PORT=${PORT:-18557}; DB=cbec_stats
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"
SPRING_PROFILES_ACTIVE=postgres CBEC_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CBEC_ADMIN_TOKEN=admin PORT=$PORT \
  java -jar "$SRC/app/target/app-0.1.0-SNAPSHOT.jar" > app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 1; done
psql -h 127.0.0.1 -U postgres -d $DB -q -f "$SRC/bench/exchange/statistics-seed.sql"
java -cp "$SRC/bench/target/benchmarks.jar" org.cbec.bench.exchange.StatisticsBench --admin-token admin \
  --url "http://localhost:$PORT" | tee statistics.txt
