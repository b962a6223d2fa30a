#!/usr/bin/env bash
# The README's run command: the whole application with demo data on the embedded H2, plus a local mail
# server (GreenMail) that is the help-desk mailbox and the outgoing relay, with the demo people as its users.
set -euo pipefail
cd "$(dirname "$0")"

mkdir -p target/demo
mvn -B -q -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.3 \
    -DoutputDirectory=target/demo -Dmdep.stripVersion=true

# Everyone logs in to the mail server with their e-mail address and the password helpdesk-demo.
users="helpdesk:helpdesk-demo@cloud-u.gr"
users+=",g.papadopoulos:helpdesk-demo@acme.example.gr,m.konstantinou:helpdesk-demo@acme.example.gr"
users+=",n.antoniou:helpdesk-demo@acme.example.gr,e.dimitriou:helpdesk-demo@nikaia-hosp.example.gr"
# The staff: the engineer's dispatch packets, the supervisor's and manager's notices.
users+=",engineer:helpdesk-demo@cloud-u.example.gr,supervisor:helpdesk-demo@cloud-u.example.gr"
users+=",manager:helpdesk-demo@cloud-u.example.gr,agent:helpdesk-demo@cloud-u.example.gr"
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
     -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8090 \
     -Dgreenmail.users="$users" -Dgreenmail.users.login=email \
     -jar target/demo/greenmail-standalone.jar > target/demo/greenmail.log 2>&1 &
mail_server=$!
trap 'kill "$mail_server" 2>/dev/null || true' EXIT

export HELPDESK_SMTP_HOST=127.0.0.1 HELPDESK_SMTP_PORT=3025
export HELPDESK_IMAP_HOST=127.0.0.1 HELPDESK_IMAP_PORT=3143 HELPDESK_IMAP_SSL=false HELPDESK_IMAP_POLL_SECONDS=5
export HELPDESK_IMAP_USER=helpdesk@cloud-u.gr HELPDESK_IMAP_PASSWORD=helpdesk-demo
export HELPDESK_MAIL_FROM=helpdesk@cloud-u.gr
export HELPDESK_FAX_GATEWAY_SENDERS=fax-gateway@cloud-u.gr

mvn -DskipTests package wildfly:run "$@"
