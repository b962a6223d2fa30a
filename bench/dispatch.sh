#!/usr/bin/env bash
# Benchmark: dispatch (issue 5).
#  1. Dispatch notifications: >= 200 per second end to end (assignment commit -> message-driven bean -> mail
#     with the PDF packet accepted by the SMTP server, a local GreenMail), with no loss.
#     a. burst: the dispatch listener's delivery is stopped, N assignments are made through the API (the queue
#        fills), delivery is started: notices delivered per second until the last one;
#     b. steady: N assignments through the API by C clients: the time from each assignment to its notification.
#     Baseline in the same run: the same number of mails of the same size sent straight to the same GreenMail
#     over raw SMTP (bench/SmtpBaseline.java), same concurrency.
#  2. The approvals inbox with 10,000 pending requests: its first page (API and page) under 200 ms server time;
#     baseline GET /health.
# Usage: bench/dispatch.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run; builds and starts the server)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
burst=${BURST:-3000}
steady=${STEADY:-2000}
clients=${CLIENTS:-8}
pending=${PENDING:-10000}
source bench/lib.sh
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq "$@"; }
cli() { "$server/bin/jboss-cli.sh" --connect --command="$1" >/dev/null; }
mdb=/deployment=helpdesk.ear/subdeployment=helpdesk-ejb.jar/subsystem=ejb3/message-driven-bean=DispatchNoticeListener

fresh_database
start_mail_server
start_server
create /customers '{"code":"BENCH","name":"Bench customer"}'
create /customers/BENCH/contacts '{"name":"Bench reporter","email":"reporter@bench.example.gr","phone":"+302100000000","capacity":"Technician","unit":"IT","authorised":true,"level":"I"}'
create /customers/BENCH/contracts '{"code":"BENCH-C","signedOn":"2026-01-01","terms":[{"severity":"MAJOR","clock":"BUSINESS","responseHours":2,"onSiteHours":8,"restoreHours":16,"updateEveryHours":4}]}'
create /customers/BENCH/equipment '{"serial":"BENCH-PBX","vendor":"Unify","model":"OpenScape 4000","softwareRelease":"V10","site":"Athens","contract":"BENCH-C","modules":[{"slot":"1-1","partNumber":"S30810-Q2216-X","serial":"LT1","description":"SLMO24"},{"slot":"1-2","partNumber":"S30810-Q2217-X","serial":"LT2","description":"STMI4"}]}'
create /users '{"username":"bench-agent","password":"bench-agent-password","fullName":"Bench agent","roles":["AGENT"]}'
# NO_MAIL=1: an engineer without an e-mail address (inbox only), to see what the pipeline costs without SMTP.
engineer_email=$([ -n "${NO_MAIL:-}" ] && echo null || echo '"engineer@bench.example.gr"')
create /users '{"username":"bench-engineer","password":"bench-engineer-password","fullName":"Bench engineer","email":'"$engineer_email"',"roles":["ENGINEER"]}'
create /users '{"username":"bench-manager","password":"bench-manager-password","fullName":"Bench manager","roles":["MANAGER"]}'
customer=$(sql -c "SELECT id FROM customer WHERE code = 'BENCH'")
tickets=$((burst + steady + pending))

# Open tickets as filing leaves them, each with its FILED and SLA_STARTED entries, numbered CU-2026-000001...
# (ids far above the sequences' values, so the application's own rows never collide with them).
echo "Loading $tickets open tickets..."
sql <<SQL
INSERT INTO ticket (id, filing_number, reported_at, channel, customer_id, contract_code, reporter_name, reporter_email,
                    equipment_serial, severity, subject, description, status, tier, event_count, last_event_hash, version,
                    sla_terms_set, paused_seconds, sla_breached)
SELECT 1000000 + g, 'CU-2026-' || lpad(g::text, 6, '0'), now(), 'API', ${customer}, 'BENCH-C', 'Bench reporter',
       'reporter@bench.example.gr', 'BENCH-PBX', 'MAJOR', 'Bench fault ' || g, 'No dial tone on trunk group 3.', 'FILED',
       'HELP_DESK', 2, repeat('0', 64), 0, FALSE, 0, FALSE
FROM generate_series(1, ${tickets}) g;
INSERT INTO ticket_event (id, ticket_id, seq, occurred_at, event_type, actor, detail, hash)
SELECT 10000000 + 2 * g + s, 1000000 + g, s, now(), CASE s WHEN 1 THEN 'FILED' ELSE 'SLA_STARTED' END, 'bench', 'bench', repeat('0', 64)
FROM generate_series(1, ${tickets}) g, generate_series(1, 2) s;
ANALYZE;
SQL
assign_url="$api/tickets/CU-2026-%06d/assignments"
assign_body='{"engineer":"bench-engineer","note":"bench %d"}'
notified() { sql -c "SELECT count(*) FROM assignment WHERE notified_at IS NOT NULL"; }

echo "1a. Burst: $burst assignments with the dispatch listener stopped, then delivery started..."
cli "$mdb:stop-delivery"
java bench/LoadClient.java "$assign_url" bench-agent bench-agent-password "$clients" 600 "$assign_body" "$burst"
[ "$(sql -c "SELECT count(*) FROM assignment")" = "$burst" ] || { echo "assignments missing" >&2; exit 1; }
started=$(date +%s.%N)
# PROFILE=1 records where the server's time goes while the queue drains (target/dispatch.jfr).
[ -n "${PROFILE:-}" ] && jcmd "$(pgrep -f jboss-modules.jar | head -1)" JFR.start settings=profile filename=target/dispatch.jfr >/dev/null
cli "$mdb:start-delivery"
until [ "$(notified)" = "$burst" ]; do sleep 0.2; done
drained=$(date +%s.%N)
[ -n "${PROFILE:-}" ] && jcmd "$(pgrep -f jboss-modules.jar | head -1)" JFR.stop filename=target/dispatch.jfr >/dev/null
burst_rate=$(echo "$burst / ($drained - $started)" | bc -l)
printf 'burst: %d notices delivered in %.1f s: %.1f notices/s\n' "$burst" "$(echo "$drained - $started" | bc -l)" "$burst_rate"

echo "1b. Steady: $steady assignments by $clients clients while delivery runs..."
java bench/LoadClient.java "$assign_url" bench-agent bench-agent-password "$clients" 600 "$assign_body" "$((burst + steady))" \
    "$((burst + 1))"
until [ "$(sql -c "SELECT count(*) FROM assignment WHERE notified_at IS NULL")" = 0 ]; do sleep 0.5; done
sql <<SQL
SELECT 'steady: ' || count(*) || ' notices; assignment -> notified p50 ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric * 1000)
       || ' ms, p99 ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY s)::numeric * 1000) || ' ms, max '
       || round(max(s)::numeric * 1000) || ' ms; rate ' || round(count(*) / extract(epoch FROM max(n) - min(a))::numeric, 1) || ' notices/s'
FROM (SELECT extract(epoch FROM notified_at - assigned_at) AS s, notified_at AS n, assigned_at AS a
      FROM assignment WHERE ticket_id > 1000000 + ${burst}) x;
SQL
echo "no loss: assignments $(sql -c "SELECT count(*) FROM assignment"), notified $(notified), DISPATCH_NOTIFIED entries $(sql -c "SELECT count(*) FROM ticket_event WHERE event_type = 'DISPATCH_NOTIFIED'"), inbox entries (written with the assignments) $(sql -c "SELECT count(*) FROM inbox_entry"), deliveries recorded $(sql -c "SELECT count(*) FROM dispatch_delivery")"
pdf=$(sql -c "SELECT substring(detail FROM 'packet=([0-9]+) bytes') FROM ticket_event WHERE event_type = 'DISPATCH_NOTIFIED' LIMIT 1")
echo "packet PDF size: $pdf bytes"

echo "Baseline: $burst mails of the same size straight to GreenMail over raw SMTP, $clients connections..."
java bench/SmtpBaseline.java 127.0.0.1 3025 "$clients" "$burst" "$pdf"

echo "2. Approvals inbox with $pending visits waiting for approval..."
first=$((burst + steady))
sql <<SQL
INSERT INTO visit_request (id, ticket_id, filing_number, equipment_serial, requested_by, requested_at, reason, status,
                           routed_by, routed_at, engineer, visit_date, window_from, window_to, version)
SELECT 1000000 + g, 1000000 + g, 'CU-2026-' || lpad(g::text, 6, '0'), 'BENCH-PBX', 'bench-engineer', now() - (${pending} - g + ${first}) * interval '1 second',
       'bench', 'ROUTED', 'bench-supervisor', now(), 'bench-engineer', current_date + 1, '09:00', '12:00', 0
FROM generate_series(${first} + 1, ${first} + ${pending}) g;
INSERT INTO visit_part (visit_id, position, part_number, quantity, reason, slot, known_to_model)
SELECT 1000000 + g, 0, 'S30810-Q2216-X', 1, 'bench', '1-1', TRUE FROM generate_series(${first} + 1, ${first} + ${pending}) g;
ANALYZE;
SQL
time_it() { # label url user password
    for i in $(seq 1 50); do curl -s -o /dev/null -u "$3:$4" "$2"; done
    for i in $(seq 1 200); do curl -s -o /dev/null -w '%{time_total}\n' -u "$3:$4" "$2"; done | sort -n \
        | awk -v label="$1" '{a[NR]=$1} END {printf "%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", label, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[int(NR*0.99)]*1000}'
}
time_it "baseline GET /health" "$api/health" x x
time_it "GET /approvals (first page of $pending)" "$api/approvals?size=20" bench-manager bench-manager-password
# The page as the manager sees it, fully rendered (the pages accept HTTP Basic too).
page=http://localhost:8080/helpdesk/dispatch/approvals.xhtml
curl -s -u bench-manager:bench-manager-password "$page" > target/bench-page.html
grep -q "CU-2026-" target/bench-page.html || { echo "the approvals page shows no request" >&2; exit 1; }
time_it "dispatch/approvals.xhtml (first page, rendered)" "$page" bench-manager bench-manager-password
