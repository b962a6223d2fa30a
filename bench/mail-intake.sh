#!/usr/bin/env bash
# Benchmark: e-mail intake from a mailbox holding 10,000 fault reports (issue 3: >= 300 messages/s).
# A local GreenMail is the help-desk mailbox; the server is stopped while the mails are put in it over SMTP,
# then started, and the time from "application up" to "every mail filed" is measured by counting tickets.
# Baseline in the same run: the same number of ticket+event rows inserted by one psql session in one loop.
# Usage: bench/mail-intake.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run, python3 for the SMTP loader)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
mails=${MAILS:-10000}
source bench/lib.sh

fresh_database
start_mail_server
export HELPDESK_IMAP_HOST=127.0.0.1 HELPDESK_IMAP_PORT=3143 HELPDESK_IMAP_SSL=false HELPDESK_IMAP_POLL_SECONDS=1
export HELPDESK_IMAP_USER=helpdesk@cloud-u.gr HELPDESK_IMAP_PASSWORD=helpdesk-bench
start_server
create /customers '{"code":"BENCH","name":"Bench customer"}'
create /customers/BENCH/contacts '{"name":"Bench reporter","email":"reporter@bench.example.gr","capacity":"Technician","unit":"IT","authorised":true,"level":"I"}'
"$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null
sleep 3

echo "Putting $mails mails in the help-desk mailbox..."
python3 - "$mails" <<'PY'
import smtplib, sys
from email.message import EmailMessage
n = int(sys.argv[1])
with smtplib.SMTP("127.0.0.1", 3025) as smtp:
    for i in range(1, n + 1):
        m = EmailMessage()
        m["From"] = "reporter@bench.example.gr"
        m["To"] = "helpdesk@cloud-u.gr"
        m["Subject"] = f"Bench fault #{i}"
        m["Message-ID"] = f"<bench-{i}@bench.example.gr>"
        m.set_content(f"Δεν υπάρχει τόνος στη γραμμή {i}.")
        smtp.send_message(m)
PY

"$server/bin/standalone.sh" -c standalone-full.xml >> target/bench-server.log 2>&1 &
until curl -sf "$api/health" >/dev/null 2>&1; do sleep 0.2; done
start=$(date +%s.%N)
count() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket"; }
while [ "$(count)" -lt "$mails" ]; do sleep 0.5; done
end=$(date +%s.%N)
rate=$(echo "$mails / ($end - $start)" | bc -l)
printf "intake: %d mails filed in %.1f s after the application came up: %.1f mails/s\n" "$mails" "$(echo "$end - $start" | bc -l)" "$rate"
echo "tickets: $(count), inbound mails archived: $(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM inbound_mail")"
"$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null 2>&1 || true

echo "Baseline 1: the mail server alone — a plain IMAP client fetching and flagging $mails mails the same way..."
python3 - "$mails" <<'PY'
import imaplib, smtplib, sys, time
from email.message import EmailMessage
n = int(sys.argv[1])
with smtplib.SMTP("127.0.0.1", 3025) as smtp:
    for i in range(1, n + 1):
        m = EmailMessage()
        m["From"] = "reporter@bench.example.gr"; m["To"] = "helpdesk@cloud-u.gr"
        m["Subject"] = f"Baseline fault #{i}"; m["Message-ID"] = f"<baseline-{i}@bench.example.gr>"
        m.set_content(f"Δεν υπάρχει τόνος στη γραμμή {i}.")
        smtp.send_message(m)
imap = imaplib.IMAP4("127.0.0.1", 3143)
imap.login("helpdesk@cloud-u.gr", "helpdesk-bench")
imap.select("INBOX")
start = time.time()
typ, data = imap.fetch("1:*", "(FLAGS INTERNALDATE ENVELOPE)")
# Whole mails fetched 50 at a time and flagged 50 at a time, as the help desk's poller does.
for first in range(1, n + 1, 50):
    last = min(n, first + 49)
    imap.fetch(f"{first}:{last}", "(BODY.PEEK[])")
    imap.store(f"{first}:{last}", "+FLAGS", "\\Deleted")
imap.expunge()
elapsed = time.time() - start
print(f"baseline IMAP client: {n} mails fetched and flagged in {elapsed:.1f} s: {n / elapsed:.1f} mails/s")
PY
stop_server

echo "Baseline 2: one psql session inserting $mails ticket+event rows, one transaction each..."
psql -h 127.0.0.1 -U postgres -d "$db" -q -c "CREATE TABLE bench_ticket (LIKE ticket INCLUDING DEFAULTS)" \
     -c "CREATE TABLE bench_event (LIKE ticket_event INCLUDING DEFAULTS)"
start=$(date +%s.%N)
psql -h 127.0.0.1 -U postgres -d "$db" -q <<SQL
DO \$\$
BEGIN
  FOR i IN 1..${mails} LOOP
    INSERT INTO bench_ticket (id, filing_number, reported_at, channel, customer_id, reporter_name, severity, subject, status, tier, event_count, last_event_hash, version)
      VALUES (i, 'CU-2026-' || i, now(), 'EMAIL', 1, 'Bench reporter', 'MAJOR', 'Bench fault', 'FILED', 'HELP_DESK', 1, repeat('0', 64), 0);
    INSERT INTO bench_event (id, ticket_id, seq, occurred_at, event_type, actor, detail, hash)
      VALUES (i, i, 1, now(), 'FILED', 'mailbox', 'channel=EMAIL', repeat('0', 64));
    COMMIT;
  END LOOP;
END \$\$;
SQL
end=$(date +%s.%N)
printf "baseline database: %.1f ticket+event transactions/s\n" "$(echo "$mails / ($end - $start)" | bc -l)"
