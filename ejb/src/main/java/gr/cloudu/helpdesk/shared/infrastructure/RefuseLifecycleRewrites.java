package gr.cloudu.helpdesk.shared.infrastructure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Statement;

/**
 * Migration 3: on PostgreSQL the database itself refuses UPDATE and DELETE on the append-only history
 * tables (ticket life-cycle, machine changes), so even a careless script cannot rewrite a filing. H2 has
 * no procedural triggers; there, as everywhere, the application simply never issues them (the columns
 * are not updatable in the mappings). A Java migration because the SQL exists for one database only.
 */
public class RefuseLifecycleRewrites implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "refuse lifecycle rewrites";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    CREATE FUNCTION refuse_history_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION '% on % refused: this history is append-only', TG_OP, TG_TABLE_NAME
                            USING ERRCODE = 'insufficient_privilege';
                    END
                    $$""");
            for (String table : new String[]{"ticket_event", "equipment_change"}) {
                sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite()");
            }
        }
    }
}
