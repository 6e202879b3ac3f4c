# Sourced by the PostgreSQL benchmarks: starts the packaged jar of the checkout $SRC on a fresh database $DB
# (dropped and created) on port $PORT, in the current folder, operator token "admin"; stops it when the script
# exits; returns once it answers its health check.
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"
SPRING_PROFILES_ACTIVE=postgres CBEC_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB CBEC_ADMIN_TOKEN=admin PORT=$PORT \
  java -jar "$SRC/app/target/app-0.1.0-SNAPSHOT.jar" > app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health" > /dev/null && break; sleep 1; done
