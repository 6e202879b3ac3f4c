# Sourced by bench/throughput.sh and bench/h2-pages.sh: the packaged jar ($jar) on port 18090 and the traffic
# simulator ($bench) against it.

# the embedded default's settings (app/src/main/resources/application.yml), for the URLs the scripts give the jar
# instead of its own: a file that reuses no chunk (h2-pages.sh), a database in memory (--in-memory)
h2_settings="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0"
h2_settings="$h2_settings;OPTIMIZE_REUSE_RESULTS=0"
# H2 with nothing on disk: what the platform costs when its database writes no file (bench/README.md, seventeenth step)
in_memory_url="jdbc:h2:mem:cbec;$h2_settings;DB_CLOSE_DELAY=-1"

# Starts the jar in the current directory with the JVM options given (the caller's environment passed on), its log in
# app.log, its process id in $pid; returns once it answers.
start_platform() {
    CBEC_ADMIN_TOKEN=tp PORT=18090 java "$@" -jar "$jar" > app.log 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18090/actuator/health > /dev/null && break; sleep 1; done
}

# the load generator shares the two cores: C1 alone, its compilations cheap and done early, leaves the platform more of
# them (twelfth step: 1.6 ms of CPU a parcel with the default tiers, 0.85 to 0.95 with C1 alone)
sim() {
    java -XX:TieredStopAtLevel=1 -cp "$bench" org.cbec.bench.sim.TrafficSimulator --url http://127.0.0.1:18090 \
        --admin-token tp "$@"
}

# Warms the platform up: IMPORT closed loops of 3,000 import parcels, then EXPORT of export parcels, each loop with a
# seed of its own (101 up for import, 201 up for export; the measured runs use 11 to 13 and 21 to 23): on two cores
# the JIT compiles for the first twenty to thirty thousand parcels (bench/README.md, "How it is measured").
warm_up() {
    local import=$1 export=$2 w
    for w in $(seq 1 "$import"); do
        sim --parcels 3000 --seed $((100 + w)) > /dev/null
    done
    for w in $(seq 1 "$export"); do
        sim --mode export --parcels 3000 --seed $((200 + w)) > /dev/null
    done
}
