package gr.cloudu.helpdesk.shared.infrastructure;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration 16: on PostgreSQL the database also refuses to rewrite or remove the originals a fault was reported with:
 * the mails as they arrived, the files that came with them and the documents filed with a ticket. Of a mail's record
 * only what became of it may change (filed, quarantined, rejected); what arrived, when and from whom may not. Their
 * hashes are in the life-cycle as well, so a change made with the trigger switched off still shows at verification.
 */
public class RefuseEvidenceRewrites extends PostgresOnlyMigration {

    public RefuseEvidenceRewrites() {
        super(16, "refuse evidence rewrites");
    }

    @Override
    void onPostgres(Statement sql) throws SQLException {
        createRefusal(sql, "refuse_evidence_rewrite", "originals are kept as they arrived");
        for (String table : new String[]{"inbound_mail_raw", "mail_attachment", "ticket_document"}) {
            sql.execute("CREATE TRIGGER " + table + "_kept BEFORE UPDATE OR DELETE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION refuse_evidence_rewrite()");
        }
        sql.execute("CREATE TRIGGER inbound_mail_kept BEFORE DELETE OR UPDATE OF content_sha256, identity_sha256, message_id,"
                + " received_at, sender_date, from_address, subject, body_text ON inbound_mail"
                + " FOR EACH ROW EXECUTE FUNCTION refuse_evidence_rewrite()");
    }
}
