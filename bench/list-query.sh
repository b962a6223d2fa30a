#!/usr/bin/env bash
# Benchmark: GET /tickets filtered by customer and status with 1,000,000 tickets in PostgreSQL.
# Target (issue 3): p95 under 100 ms server time. Baseline in the same run: GET /health (no query, no login).
# Usage: bench/list-query.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run; builds and starts the server)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
tickets=${TICKETS:-1000000}
customers=${CUSTOMERS:-200}
samples=${SAMPLES:-200}
source bench/lib.sh

fresh_database
start_server
create /users '{"username":"bench-agent","password":"bench-agent-password","fullName":"Bench","roles":["AGENT"]}'

echo "Loading ${customers} customers and ${tickets} tickets..."
start=$(date +%s)
psql -h 127.0.0.1 -U postgres -d "$db" -q <<SQL
INSERT INTO customer (id, code, name, registered_at, version)
SELECT 1000000 + g, 'BENCH-' || g, 'Bench customer ' || g, now(), 0 FROM generate_series(1, ${customers}) g;
INSERT INTO ticket (id, filing_number, reported_at, channel, customer_id, reporter_name, severity, subject, status, tier,
                    event_count, last_event_hash, version)
SELECT 10000000 + g, 'CU-2026-' || lpad((100000000 + g)::text, 9, '0'),
       now() - (g || ' seconds')::interval, 'EMAIL', 1000000 + (g % ${customers}) + 1, 'Bench reporter',
       (ARRAY['CRITICAL','MAJOR','MINOR'])[1 + g % 3], 'Bench fault ' || g, 'FILED', 'HELP_DESK', 0, repeat('0', 64), 0
FROM generate_series(1, ${tickets}) g;
ANALYZE;
SQL
echo "Loaded in $(( $(date +%s) - start )) s"

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[int(NR*0.99)]*1000}'; }
measure() { for _ in $(seq 1 "$samples"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done; }

measure "$api/health" > /dev/null   # warm-up
measure -u bench-agent:bench-agent-password "$api/tickets?customer=BENCH-7&status=FILED&size=20" > /dev/null
health=$(measure "$api/health" | percentiles)
list=$(measure -u bench-agent:bench-agent-password "$api/tickets?customer=BENCH-7&status=FILED&size=20" | percentiles)
deep=$(measure -u bench-agent:bench-agent-password "$api/tickets?customer=BENCH-7&status=FILED&size=20&page=200" | percentiles)
single=$(measure -u bench-agent:bench-agent-password "$api/tickets/CU-2026-100000007" | percentiles)
total=$(curl -s -u bench-agent:bench-agent-password "$api/tickets?customer=BENCH-7&status=FILED&size=1" | grep -o '"total":[0-9]*')

echo "baseline GET /health: ${health}"
echo "GET /tickets/{n} (one ticket by filing number: login + primary lookup): ${single}"
echo "GET /tickets?customer&status (first page, ${total}): ${list}"
echo "GET /tickets?customer&status (page 200): ${deep}"
