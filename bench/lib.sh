# Shared by the benchmark scripts: a fresh PostgreSQL database, the built server started on it, an API user.
# Source it from the project root after setting $db.
export PGPASSWORD=${PGPASSWORD:-postgres}
export DB_URL="jdbc:postgresql://127.0.0.1:5432/${db}" DB_USER=postgres DB_PASSWORD=postgres
export HELPDESK_ADMIN_PASSWORD=bench-admin-password
api=http://localhost:8080/helpdesk/api/v1
server=wildfly-config/target/wildfly-39.0.1.Final

fresh_database() {
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" -c "CREATE DATABASE ${db}"
}

start_server() {
    mkdir -p target
    mvn -B -q -DskipTests install
    # Messages an earlier run (a test, another benchmark) left in the broker's journal name tickets of another
    # database: each would fail all its deliveries, with stack traces, on this run's time.
    rm -rf "$server/standalone/data/activemq"
    "$server/bin/standalone.sh" -c standalone-full.xml > target/bench-server.log 2>&1 &
    trap 'stop_server' EXIT
    until curl -sf localhost:9990/health/ready >/dev/null 2>&1; do sleep 1; done
    "$server/bin/jboss-cli.sh" --connect --command="deploy ear/target/helpdesk.ear --force" >/dev/null
    until curl -sf "$api/health" >/dev/null; do sleep 1; done
}

stop_server() {
    # Undeploy first: a deployment left in the server's configuration would stop the test suite's server booting.
    "$server/bin/jboss-cli.sh" --connect --commands="undeploy helpdesk.ear,:shutdown" >/dev/null 2>&1 || true
    [ -n "${mail_server:-}" ] && kill "$mail_server" 2>/dev/null || true
}

# A local SMTP/IMAP server (GreenMail) so receipts have somewhere to go, as in the demo run.
start_mail_server() {
    mvn -B -q -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.3 \
        -DoutputDirectory=target/demo -Dmdep.stripVersion=true
    java -Xmx2g -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
         -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8090 \
         -Dgreenmail.users="helpdesk:helpdesk-bench@cloud-u.gr" -Dgreenmail.users.login=email \
         -jar target/demo/greenmail-standalone.jar > target/bench-greenmail.log 2>&1 &
    mail_server=$!
    until curl -sf localhost:8090/api/service/readiness >/dev/null 2>&1; do sleep 1; done
    export HELPDESK_SMTP_HOST=127.0.0.1 HELPDESK_SMTP_PORT=3025 HELPDESK_MAIL_FROM=helpdesk@cloud-u.gr
}

# POSTs JSON as the bench admin and fails loudly unless the answer is 201.
create() {
    local status
    status=$(curl -s -o target/bench-reply.json -w '%{http_code}' -u admin:bench-admin-password \
                  -H 'Content-Type: application/json' -d "$2" "$api$1")
    [ "$status" = 201 ] || { echo "POST $1 answered $status: $(cat target/bench-reply.json)" >&2; exit 1; }
}
