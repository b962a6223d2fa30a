#!/usr/bin/env bash
# Benchmark: the quarterly Guaranteed Services report (issue 6).
#  1. With 1,000,000 tickets in PostgreSQL, one contract's quarter holding 50,000 of them: the report (figures, PDF
#     and CSV, archived) produced in under 5 s (POST /contracts/{code}/reports/{quarter}, timed by curl), and its
#     PDF and CSV downloaded.
#  2. The quarterly run for 200 contracts in under 5 minutes within 1 GiB of heap: the contracts appear in one
#     transaction after the tickets, the server's scheduled run finds their ended quarter and produces the 200
#     reports; time from the commit to the last report, the server's heap ceiling (-Xmx) and its peak use (jstat).
# Baseline in the same run: PostgreSQL alone reading the same 50,000 faults with their deadlines (psql COPY to
# /dev/null), i.e. the least any report of that quarter must cost.
# Data: 200 contracts signed on 2026-06-01 (quarter 1: 1 Jun - 31 Aug 2026, ended; quarter 2 running); contract
# BENCH-000 holds 50,000 faults in quarter 1, the other 950,000 are spread over the other 199 contracts and both
# quarters; each fault has its three deadlines (about 1 in 8 missed), FILED/SLA_STARTED entries, and the missed
# ones an escalation and a wait for the customer.
# Usage: bench/reports.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run; builds and starts the server)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
total=${TICKETS:-1000000}
big=${BIG:-50000}
contracts=${CONTRACTS:-200}
source bench/lib.sh
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq "$@"; }

fresh_database
start_mail_server
start_server
create /customers '{"code":"BENCH","name":"Bench customer"}'
create /customers/BENCH/contacts '{"name":"Bench manager","email":"tsm@bench.example.gr","capacity":"TSM","unit":"IT","authorised":true,"level":"II"}'
create /users '{"username":"bench-manager","password":"bench-manager-password","fullName":"Bench manager","roles":["MANAGER"]}'
customer=$(sql -c "SELECT id FROM customer WHERE code = 'BENCH'")

echo "Loading $total tickets (BENCH-000: $big in quarter 1) with deadlines and life-cycle entries..."
start_load=$(date +%s)
sql <<SQL
-- Contract of each fault: the first $big go to BENCH-000, the rest round-robin to the other contracts.
CREATE TEMP TABLE plan AS
SELECT g AS n,
       CASE WHEN g <= ${big} THEN 0 ELSE 1 + (g % (${contracts} - 1)) END AS contract_no,
       CASE WHEN g <= ${big} THEN TIMESTAMP WITH TIME ZONE '2026-06-01 06:00:00+03' + (g * (91.0 * 86400 / ${big}))::float8 * interval '1 second'
            ELSE TIMESTAMP WITH TIME ZONE '2026-06-01 06:00:00+03' + ((g::bigint * 7919) % (170 * 86400))::float8 * interval '1 second' END AS reported_at,
       (ARRAY['CRITICAL','MAJOR','MAJOR','MINOR'])[1 + g % 4] AS severity,
       (ARRAY['EMAIL','EMAIL','FAX','PHONE','WEB','API'])[1 + g % 6] AS channel,
       g % 8 = 0 AS late
FROM generate_series(1, ${total}) g;
INSERT INTO ticket (id, filing_number, reported_at, channel, customer_id, contract_code, reporter_name, reporter_email,
                    equipment_serial, severity, subject, description, status, tier, event_count, last_event_hash, version,
                    sla_terms_set, paused_seconds, sla_breached, responded_at, resolved_at, closed_at)
SELECT 1000000 + n, 'CU-2026-' || lpad(n::text, 7, '0'), reported_at, channel, ${customer},
       'BENCH-' || lpad(contract_no::text, 3, '0'), 'Bench reporter', 'reporter@bench.example.gr',
       'PBX-' || (n % 40), severity, 'Bench fault ' || n, 'No dial tone on trunk group 3.', 'CLOSED', 'HELP_DESK',
       CASE WHEN late THEN 6 ELSE 4 END, repeat('0', 64), 0, TRUE, CASE WHEN late THEN 3600 ELSE 0 END, late,
       reported_at + interval '20 minutes', reported_at + CASE WHEN late THEN interval '30 hours' ELSE interval '5 hours' END,
       reported_at + interval '3 days'
FROM plan;
INSERT INTO sla_deadline (id, ticket_id, kind, due_at, warn_at, outcome, settled_at)
SELECT 10000000 + 3 * n + k, 1000000 + n, (ARRAY['RESPONSE','ON_SITE','RESTORE'])[k + 1],
       reported_at + (ARRAY[interval '1 hour', interval '8 hours', interval '16 hours'])[k + 1],
       reported_at + (ARRAY[interval '45 minutes', interval '6 hours', interval '12 hours'])[k + 1],
       CASE WHEN k = 1 THEN 'WAIVED' WHEN late AND k = 2 THEN 'BREACHED' ELSE 'MET' END,
       CASE WHEN k = 0 THEN reported_at + interval '20 minutes' WHEN k = 2 THEN reported_at + CASE WHEN late THEN interval '30 hours' ELSE interval '5 hours' END END
FROM plan, generate_series(0, 2) k;
INSERT INTO ticket_event (id, ticket_id, seq, occurred_at, event_type, actor, detail, hash)
SELECT 100000000 + 8 * n + s, 1000000 + n, s + 1, reported_at + s * interval '1 minute',
       (ARRAY['FILED','SLA_STARTED','ACKNOWLEDGED','RESOLVED','ESCALATED','AWAITING_CUSTOMER'])[s + 1], 'bench',
       CASE WHEN s = 5 THEN 'comment=waiting for access to the equipment room' ELSE 'bench' END, repeat('0', 64)
FROM plan, generate_series(0, 5) s WHERE s < 4 OR late;
ANALYZE;
SQL
echo "loaded in $(( $(date +%s) - start_load )) s: $(sql -c "SELECT count(*) FROM ticket") tickets, $(sql -c "SELECT count(*) FROM sla_deadline") deadlines, $(sql -c "SELECT count(*) FROM ticket_event") life-cycle entries"

# The contracts last, in one transaction: the scheduled run (every minute) sees them all at once, with their faults.
committed=$(sql <<SQL
BEGIN;
INSERT INTO contract (id, code, customer_id, signed_on, registered_at, version)
SELECT 100000 + c, 'BENCH-' || lpad(c::text, 3, '0'), ${customer}, DATE '2026-06-01', now(), 0 FROM generate_series(0, ${contracts} - 1) c;
INSERT INTO contract_term (contract_id, severity, clock, response_hours, on_site_hours, restore_hours, update_every_hours)
SELECT 100000 + c, s, 'ALWAYS', 1, 8, 16, 4 FROM generate_series(0, ${contracts} - 1) c, unnest(ARRAY['CRITICAL','MAJOR','MINOR']) s;
COMMIT;
SELECT extract(epoch FROM clock_timestamp());
SQL
)
pid=$(pgrep -f jboss-modules.jar | head -1)
heap_max=$(jcmd "$pid" VM.flags | tr ' ' '\n' | grep MaxHeapSize | cut -d= -f2)
jstat -gc "$pid" 1000 > target/bench-reports-gc.txt &
jstat_pid=$!
echo "2. The scheduled run: waiting for $contracts reports..."
until [ "$(sql -c "SELECT count(*) FROM quarterly_report")" -ge "$contracts" ]; do sleep 1; done
kill "$jstat_pid"
sql -c "SELECT '200-contract run: ' || count(*) || ' reports, ' || sum(ticket_count) || ' faults; from the commit to the last report '
              || round((extract(epoch FROM max(generated_at)) - ${committed})::numeric, 1) || ' s, of which producing (first to last) '
              || round(extract(epoch FROM max(generated_at) - min(generated_at))::numeric, 1) || ' s (the run looks once a minute); PDF '
              || pg_size_pretty(sum(length(pdf))) || ', CSV ' || pg_size_pretty(sum(length(csv))) FROM quarterly_report"
# jstat -gc: columns S0U S1U EU OU (KB) are the used young and old generation.
awk -v max="$heap_max" 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > peak) peak = used }
     END { printf "heap: ceiling %.0f MiB (-Xmx), peak used %.0f MiB (jstat, 1 s samples)\n", max / 1048576, peak / 1024 }' \
    target/bench-reports-gc.txt

echo "1. One quarter of $big faults produced again (figures, PDF, CSV, archived), 5 times:"
for i in 1 2 3 4 5; do
    curl -s -o target/bench-reply.json -w '%{http_code} %{time_total}\n' -u bench-manager:bench-manager-password \
         -X POST "$api/contracts/BENCH-000/reports/1"
done > target/bench-produce.txt
grep -v '^201 ' target/bench-produce.txt && { echo "refused" >&2; exit 1; }
cut -d' ' -f2 target/bench-produce.txt | sort -n | awk '{ t[NR] = $1 } END { printf "produce: min %.2f s, median %.2f s, max %.2f s\n", t[1], t[3], t[5] }'
sql -c "SELECT 'report: ' || ticket_count || ' faults, PDF ' || pg_size_pretty(length(pdf)::bigint) || ', CSV ' || pg_size_pretty(length(csv)::bigint)
        FROM quarterly_report WHERE contract_code = 'BENCH-000' ORDER BY version DESC LIMIT 1"
for f in pdf csv; do
    curl -s -o "target/bench-report.$f" -w "download .$f: %{http_code} %{size_download} bytes in %{time_total} s\n" \
         -u bench-manager:bench-manager-password "$api/contracts/BENCH-000/reports/1.$f"
done
head -c 5 target/bench-report.pdf | grep -q '%PDF-' || { echo "not a PDF" >&2; exit 1; }
[ "$(($(wc -l < target/bench-report.csv) - 1))" = "$big" ] || { echo "the CSV does not have $big rows" >&2; exit 1; }

echo "Baseline: PostgreSQL alone reading the same $big faults with their deadlines (COPY to /dev/null), 5 times:"
for i in 1 2 3 4 5; do
    /usr/bin/time -f '%e' psql -h 127.0.0.1 -U postgres -d "$db" -q -c "COPY (SELECT t.*, d.kind, d.due_at, d.outcome, d.settled_at
        FROM ticket t JOIN sla_deadline d ON d.ticket_id = t.id WHERE t.contract_code = 'BENCH-000'
        AND t.reported_at >= '2026-06-01 00:00+03' AND t.reported_at < '2026-09-01 00:00+03') TO STDOUT" 2>&1 >/dev/null
done | sort -n | awk '{ t[NR] = $1 } END { printf "baseline: min %.2f s, median %.2f s, max %.2f s\n", t[1], t[3], t[5] }'
