#!/usr/bin/env bash
# Benchmark: the deadline watch (issue 4).
#  1. 100,000 open tickets with running clocks: their response deadlines fall due over 5 minutes (333 a second);
#     each must be handled (breach recorded, ticket escalated) within 5 s of its due time at p99, exactly once,
#     with the server's heap under 1 GiB.
#  2. After a restart with 10,000 deadlines passed during the downtime: all handled within 60 s, once each.
# Baseline in the same run: one SQL statement doing the bare minimum for the same 10,000 deadlines.
# Usage: bench/deadline-watch.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run; builds and starts the server)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
tickets=${TICKETS:-100000}
spread=${SPREAD_SECONDS:-300}
downtime_tickets=${DOWNTIME_TICKETS:-10000}
source bench/lib.sh
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq "$@"; }

fresh_database
start_server
create /customers '{"code":"BENCH","name":"Bench customer"}'
customer=$(sql -c "SELECT id FROM customer WHERE code = 'BENCH'")

# Tickets as filing leaves them (status, tier, terms, summary columns), each with one pending deadline;
# the warning is already given, so what is measured is the breach and the escalation.
load() { # first_id count due_expression
    sql <<SQL
INSERT INTO ticket (id, filing_number, reported_at, channel, customer_id, reporter_name, severity, subject, status, tier,
                    event_count, last_event_hash, version, sla_terms_set, sla_round_the_clock, sla_response_minutes,
                    sla_restore_minutes, paused_seconds, sla_breached, next_due_at, next_warn_at)
SELECT $1 + g, 'CU-2026-' || lpad(($1 + g)::text, 9, '0'), now(), 'API', ${customer}, 'Bench reporter', 'MAJOR',
       'Bench fault ' || g, 'FILED', 'HELP_DESK', 0, repeat('0', 64), 0, TRUE, TRUE, 60, 480, 0, FALSE, $3, $3
FROM generate_series(1, $2) g;
INSERT INTO sla_deadline (id, ticket_id, kind, due_at, warn_at, outcome, warned_at)
SELECT $1 + g, $1 + g, 'RESPONSE', $3, $3, 'PENDING', now() FROM generate_series(1, $2) g;
-- Every real ticket's life-cycle starts with FILED and SLA_STARTED: two entries each, so the table and its
-- statistics look like production's.
INSERT INTO ticket_event (id, ticket_id, seq, occurred_at, event_type, actor, detail, hash)
SELECT 2 * ($1 + g) + s, $1 + g, s, now(), CASE s WHEN 1 THEN 'FILED' ELSE 'SLA_STARTED' END, 'bench', 'bench', repeat('0', 64)
FROM generate_series(1, $2) g, generate_series(1, 2) s;
UPDATE ticket SET event_count = 2 WHERE id > $1 AND id <= $1 + $2;
ANALYZE;
SQL
}

echo "Loading $tickets open tickets, deadlines due over ${spread} s starting in 60 s..."
load 1000000 "$tickets" "now() + interval '60 seconds' + (g * ${spread}.0 / ${tickets}) * interval '1 second'"
server_pid=$(pgrep -f 'jboss-modules.jar' | head -1)
peak=0
end=$(( $(date +%s) + 60 + spread + 30 ))
while [ "$(date +%s)" -lt "$end" ]; do
    used=$(jstat -gc "$server_pid" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    [ "$used" -gt "$peak" ] && peak=$used
    sleep 5
done
until [ "$(sql -c "SELECT count(*) FROM sla_deadline WHERE outcome = 'PENDING' AND ticket_id >= 1000000")" = 0 ]; do sleep 2; done
sql <<SQL
SELECT 'breaches handled: ' || count(*) || ', late by p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY late)::numeric, 2)
       || ' s, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY late)::numeric, 2)
       || ' s, max ' || round(max(late)::numeric, 2) || ' s'
FROM (SELECT extract(epoch FROM e.occurred_at - d.due_at) AS late
      FROM sla_deadline d JOIN ticket_event e ON e.ticket_id = d.ticket_id AND e.event_type = 'SLA_BREACHED'
      WHERE d.ticket_id >= 1000000 AND d.ticket_id < 2000000) x;
SELECT 'deadlines handled more than once: ' || count(*) FROM (SELECT ticket_id FROM ticket_event
      WHERE event_type = 'SLA_BREACHED' AND ticket_id >= 1000000 GROUP BY ticket_id HAVING count(*) > 1) x;
SELECT 'tickets escalated to TECH_SUPPORT: ' || count(*) FROM ticket WHERE id >= 1000000 AND id < 2000000 AND tier = 'TECH_SUPPORT';
SQL
echo "server heap in use, peak of 5-second samples: ${peak} MiB (ceiling as provisioned: -Xmx512m)"

echo "Stopping the server; $downtime_tickets deadlines pass during the downtime..."
"$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null
load 3000000 "$downtime_tickets" "now() - interval '30 seconds'"
"$server/bin/standalone.sh" -c standalone-full.xml >> target/bench-server.log 2>&1 &
until curl -sf "$api/health" >/dev/null 2>&1; do sleep 0.2; done
up=$(date +%s.%N)
until [ "$(sql -c "SELECT count(*) FROM sla_deadline WHERE outcome = 'PENDING' AND ticket_id >= 3000000")" = 0 ]; do sleep 0.5; done
done_at=$(date +%s.%N)
printf "after the restart: %d passed deadlines handled %.1f s after the application came up\n" "$downtime_tickets" "$(echo "$done_at - $up" | bc -l)"
sql -c "SELECT 'handled more than once: ' || count(*) FROM (SELECT ticket_id FROM ticket_event WHERE event_type = 'SLA_BREACHED'
        AND ticket_id >= 3000000 GROUP BY ticket_id HAVING count(*) > 1) x"
stop_server

echo "Baseline: one SQL statement marking $downtime_tickets deadlines breached and their tickets escalated..."
start=$(date +%s.%N)
sql <<SQL
BEGIN;
UPDATE sla_deadline SET outcome = 'PENDING' WHERE ticket_id >= 3000000;
UPDATE sla_deadline SET outcome = 'BREACHED', settled_at = due_at WHERE ticket_id >= 3000000;
UPDATE ticket SET tier = 'ON_SITE', status = 'ESCALATED', sla_breached = TRUE WHERE id >= 3000000;
COMMIT;
SQL
printf "baseline: %.2f s\n" "$(echo "$(date +%s.%N) - $start" | bc -l)"
