package gr.cloudu.helpdesk.shared.infrastructure;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Migration 3: on PostgreSQL the database itself refuses UPDATE and DELETE on the append-only history
 * tables (ticket life-cycle, machine changes), so even a careless script cannot rewrite a filing. H2 has
 * no procedural triggers; there, as everywhere, the application simply never issues them (the columns
 * are not updatable in the mappings).
 */
public class RefuseLifecycleRewrites extends PostgresOnlyMigration {

    public RefuseLifecycleRewrites() {
        super(3, "refuse lifecycle rewrites");
    }

    @Override
    void onPostgres(Statement sql) throws SQLException {
        createRefusal(sql, "refuse_history_rewrite", "this history is append-only");
        for (String table : new String[]{"ticket_event", "equipment_change"}) {
            sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite()");
        }
    }
}
