package gr.cloudu.helpdesk.shared.infrastructure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A migration whose SQL exists for PostgreSQL only (procedural triggers): on H2 it is recorded as applied and does
 * nothing. A Java migration because Flyway's SQL migrations cannot be skipped by database. The checksum is the version:
 * the SQL of an applied one never changes.
 */
abstract class PostgresOnlyMigration implements JavaMigration {

    private final int version;
    private final String description;

    PostgresOnlyMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    /** The statements, run in the migration's transaction. */
    abstract void onPostgres(Statement sql) throws SQLException;

    /** A trigger function that refuses the statement firing it, naming the statement, the table and {@code why}. */
    static void createRefusal(Statement sql, String function, String why) throws SQLException {
        sql.execute("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "    RAISE EXCEPTION '% on % refused: " + why + "', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';\n"
                + "END\n"
                + "$$");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            onPostgres(sql);
        }
    }
}
