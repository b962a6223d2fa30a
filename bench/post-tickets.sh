#!/usr/bin/env bash
# Benchmark: POST /tickets, 16 concurrent clients for 60 s (issue 3: >= 1,000 reports/s sustained, p99 < 50 ms),
# each request filing a ticket with its FILED event and its FaultReported message (the receipt then goes out
# through JMS to a local GreenMail). Baseline in the same run: pgbench with 16 clients inserting the same two
# rows (ticket + event) per transaction straight into PostgreSQL (synchronous commit, as the server uses).
# Reference points in the same run, before the load: requests refused before any filing work; after it, the
# filing with the Java client of earlier sessions.
# Usage: [RECEIPTS_PAUSED=1] bench/post-tickets.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run; builds and starts the server)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
clients=${CLIENTS:-16}
seconds=${SECONDS_MEASURED:-60}
source bench/lib.sh

fresh_database
start_mail_server
start_server
create /customers '{"code":"BENCH","name":"Bench customer"}'
create /customers/BENCH/contacts '{"name":"Bench reporter","email":"reporter@bench.example.gr","capacity":"Technician","unit":"IT","authorised":true,"level":"I"}'
create /customers/BENCH/contracts '{"code":"BENCH-C","signedOn":"2026-01-01","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"onSiteHours":8,"restoreHours":16,"updateEveryHours":4}]}'
create /customers/BENCH/equipment '{"serial":"BENCH-PBX","vendor":"Unify","model":"OpenScape 4000","softwareRelease":"V10","site":"Athens","contract":"BENCH-C","modules":[]}'
create /users '{"username":"bench-api","password":"bench-api-password","fullName":"Bench monitoring","roles":["API"],"customer":"BENCH"}'

body='{"customer":"BENCH","reporterEmail":"reporter@bench.example.gr","equipmentSerial":"BENCH-PBX","severity":"MAJOR","subject":"Load fault %d","description":"No dial tone on trunk group 3."}'
# The measuring client is wrk (Debian's, installed if missing): a C client with $clients connections, each a closed
# loop, costs the two shared cores far less than a JVM client would (session 8: 850 against 2,350 refused requests a
# second on the same server). The Java client of earlier sessions runs after the measurement, as a reference.
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
auth=$(printf 'bench-api:bench-api-password' | base64)
wrk_post() { # URL BODY_TEMPLATE SECONDS: wrk with $clients connections; "%d" in the body becomes a running number
    cat > target/bench-wrk.lua <<LUA
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $auth"
request = function()
    n = n + 1
    return wrk.format(nil, nil, nil, string.format('$2', n))
end
LUA
    wrk -t2 -c"$clients" -d"$3"s --latency -s target/bench-wrk.lua "$1" | grep -E '^ +(50|90|99)%|Requests/sec|requests in|Non-2xx|Socket errors'
}
# Reference points on the same server, before any ticket exists (so no receipts are being sent): what a request
# costs before any filing work. POST /health is refused by RESTEasy (405) after Undertow; POST /tickets with an empty
# object is refused (400) after authentication and JSON parsing. Each is warmed up for 10 s first.
for target in health tickets; do
    echo "Reference: POST /$target with {}, $clients connections, 20 s..."
    wrk_post "$api/$target" '{}' 10 >/dev/null
    wrk_post "$api/$target" '{}' 20
done
echo "Warm-up (15 s)..."
wrk_post "$api/tickets" "$body" 15 >/dev/null
# RECEIPTS_PAUSED=1: what the filing costs alone. The receipt sender's delivery is stopped from the warm-up on, so no
# receipt mail is sent while the filing is measured (the FaultReported messages wait on the queue); it resumes after.
receipts_mdb=/deployment=helpdesk.ear/subdeployment=helpdesk-ejb.jar/subsystem=ejb3/message-driven-bean=FaultReportedListener
if [ -n "${RECEIPTS_PAUSED:-}" ]; then
    "$server/bin/jboss-cli.sh" --connect --command="$receipts_mdb:stop-delivery" >/dev/null
    sleep 20 # the receipt being sent when delivery stopped goes out, and the server settles
fi
before=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket")
echo "Measuring POST /tickets, $clients connections, $seconds s..."
wrk_post "$api/tickets" "$body" "$seconds"
filed=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket")
events=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket_event WHERE event_type = 'FILED'")
echo "tickets filed during the measurement: $((filed - before)); in the database: $filed, FILED events: $events"
[ -n "${RECEIPTS_PAUSED:-}" ] && "$server/bin/jboss-cli.sh" --connect --command="$receipts_mdb:start-delivery" >/dev/null
sleep 20
receipts=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket WHERE receipt_sent_at IS NOT NULL")
echo "receipts sent 20 s after the load stopped: $receipts of $filed"
echo "Reference: the Java client of earlier sessions, $clients clients, 20 s (the receipts above still going out)..."
java bench/LoadClient.java "$api/tickets" bench-api bench-api-password "$clients" 20 "$body"
stop_server

echo "Baseline: pgbench, $clients clients, $seconds s, one ticket row + one event row per transaction..."
psql -h 127.0.0.1 -U postgres -d "$db" -q -c "CREATE TABLE bench_ticket (LIKE ticket INCLUDING DEFAULTS)" \
     -c "CREATE TABLE bench_event (LIKE ticket_event INCLUDING DEFAULTS)" \
     -c "CREATE SEQUENCE bench_seq"
cat > target/bench-insert.sql <<'SQL'
BEGIN;
INSERT INTO bench_ticket (id, filing_number, reported_at, channel, customer_id, reporter_name, severity, subject, status, tier, event_count, last_event_hash, version)
  VALUES (nextval('bench_seq'), 'CU-2026-' || currval('bench_seq'), now(), 'API', 1, 'Bench reporter', 'MAJOR', 'Load fault', 'FILED', 'HELP_DESK', 1, repeat('0', 64), 0);
INSERT INTO bench_event (id, ticket_id, seq, occurred_at, event_type, actor, detail, hash)
  VALUES (currval('bench_seq'), currval('bench_seq'), 1, now(), 'FILED', 'bench', 'channel=API', repeat('0', 64));
COMMIT;
SQL
/usr/lib/postgresql/*/bin/pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j 2 -T "$seconds" -f target/bench-insert.sql "$db" \
    | grep -E 'tps|latency'
