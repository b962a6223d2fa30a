#!/usr/bin/env bash
# Benchmark: e-mail intake from a mailbox holding 10,000 fault reports (issue 3: >= 300 messages/s).
# The help-desk mailbox is a local Dovecot (Debian's dovecot-imapd, installed if missing; MAILBOX=greenmail uses
# GreenMail's IMAP instead); receipts go to a local GreenMail over SMTP. The server is stopped while the mails are
# delivered into the mailbox, then started, and the time from "application up" to "every mail filed" is measured
# by counting tickets. Baselines in the same run: a plain IMAP client doing the mail-server side of the same work
# (the poller's commands: envelopes of the whole folder, then whole mails 50 at a time, flagged 50 at a time,
# expunge) on the same number of mails, and one psql session inserting ticket+event rows, one transaction each.
# Usage: bench/mail-intake.sh   (needs PostgreSQL on 127.0.0.1:5432 as in .ci/run, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
db=helpdesk_bench
mails=${MAILS:-10000}
mailbox=${MAILBOX:-dovecot}
source bench/lib.sh
dovecot_dir=$PWD/target/dovecot
maildir="$dovecot_dir/home/helpdesk@cloud-u.gr/Maildir"

start_dovecot() {
    command -v dovecot >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd; }
    id vmail >/dev/null 2>&1 || useradd -r -M -d /nonexistent -s /usr/sbin/nologin vmail
    rm -rf "$dovecot_dir" && mkdir -p "$dovecot_dir/run" "$dovecot_dir/state" "$maildir"/{new,cur,tmp}
    echo "helpdesk@cloud-u.gr:{PLAIN}helpdesk-bench" > "$dovecot_dir/users"
    cat > "$dovecot_dir/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $dovecot_dir/run
state_dir = $dovecot_dir/state
log_path = $dovecot_dir/dovecot.log
ssl = no
disable_plaintext_auth = no
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dovecot_dir/users
}
userdb {
  driver = static
  args = uid=vmail gid=vmail home=$dovecot_dir/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = 10143
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
CONF
    chown -R vmail:vmail "$dovecot_dir/home"
    dovecot -c "$dovecot_dir/dovecot.conf"
}

stop_dovecot() {
    dovecot -c "$dovecot_dir/dovecot.conf" stop 2>/dev/null || true
}

# Delivers N fault reports into the help-desk mailbox, as the mail system would: into the Maildir for Dovecot
# (what its local delivery agent does), over SMTP for GreenMail.
deliver() { # prefix count
    python3 - "$1" "$2" "$mailbox" "$maildir" <<'PY'
import os, smtplib, sys, time
from email.message import EmailMessage
from email.utils import formatdate
prefix, n, mailbox, maildir = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def mail(i):
    m = EmailMessage()
    m["From"] = "reporter@bench.example.gr"
    m["To"] = "helpdesk@cloud-u.gr"
    m["Subject"] = f"{prefix} fault #{i}"
    m["Message-ID"] = f"<{prefix.lower()}-{i}@bench.example.gr>"
    m["Date"] = formatdate(localtime=True)
    m.set_content(f"Δεν υπάρχει τόνος στη γραμμή {i}.")
    return m
if mailbox == "dovecot":
    stamp = int(time.time())
    for i in range(1, n + 1):
        name = f"{stamp}.M{i}P{os.getpid()}.{prefix.lower()}"
        with open(os.path.join(maildir, "tmp", name), "wb") as f:
            f.write(bytes(mail(i)).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        os.rename(os.path.join(maildir, "tmp", name), os.path.join(maildir, "new", name))
else:
    with smtplib.SMTP("127.0.0.1", 3025) as smtp:
        for i in range(1, n + 1):
            smtp.send_message(mail(i))
PY
    [ "$mailbox" = dovecot ] && chown -R vmail:vmail "$maildir"
    return 0
}

fresh_database
start_mail_server
if [ "$mailbox" = dovecot ]; then
    start_dovecot
    imap_port=10143
else
    imap_port=3143
fi
export HELPDESK_IMAP_HOST=127.0.0.1 HELPDESK_IMAP_PORT=$imap_port HELPDESK_IMAP_SSL=false HELPDESK_IMAP_POLL_SECONDS=1
export HELPDESK_IMAP_USER=helpdesk@cloud-u.gr HELPDESK_IMAP_PASSWORD=helpdesk-bench
start_server
# start_server's trap stops the server (and GreenMail); Dovecot too.
[ "$mailbox" = dovecot ] && trap 'stop_server; stop_dovecot' EXIT
create /customers '{"code":"BENCH","name":"Bench customer"}'
create /customers/BENCH/contacts '{"name":"Bench reporter","email":"reporter@bench.example.gr","capacity":"Technician","unit":"IT","authorised":true,"level":"I"}'
"$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null
sleep 3

echo "Putting $mails mails in the help-desk mailbox ($mailbox)..."
deliver Bench "$mails"

"$server/bin/standalone.sh" -c standalone-full.xml >> target/bench-server.log 2>&1 &
until curl -sf "$api/health" >/dev/null 2>&1; do sleep 0.2; done
start=$(date +%s.%N)
count() { psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM ticket"; }
while [ "$(count)" -lt "$mails" ]; do sleep 0.5; done
end=$(date +%s.%N)
rate=$(echo "$mails / ($end - $start)" | bc -l)
printf "intake: %d mails filed in %.1f s after the application came up: %.1f mails/s\n" "$mails" "$(echo "$end - $start" | bc -l)" "$rate"
echo "tickets: $(count), inbound mails archived: $(psql -h 127.0.0.1 -U postgres -d "$db" -tAq -c "SELECT count(*) FROM inbound_mail")"
until [ "$(python3 -c "
import imaplib; i = imaplib.IMAP4('127.0.0.1', $imap_port); i.login('helpdesk@cloud-u.gr', 'helpdesk-bench')
print(i.select('INBOX')[1][0].decode())")" = 0 ]; do sleep 0.5; done
echo "mailbox emptied: $(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc -l)") s after the application came up"
"$server/bin/jboss-cli.sh" --connect --command=:shutdown >/dev/null 2>&1 || true

echo "Baseline 1: the mail server alone — a plain IMAP client doing the poller's mail-server work on $mails mails..."
deliver Baseline "$mails"
python3 - "$mails" "$imap_port" <<'PY'
import imaplib, sys, time
n, port = int(sys.argv[1]), int(sys.argv[2])
imap = imaplib.IMAP4("127.0.0.1", port)
imap.login("helpdesk@cloud-u.gr", "helpdesk-bench")
imap.select("INBOX")
start = time.time()
imap.fetch("1:*", "(FLAGS INTERNALDATE ENVELOPE RFC822.SIZE)")
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
