package gr.cloudu.helpdesk.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The help desk's one JDBC driver: it hands each connection to H2 or PostgreSQL by the URL's prefix.
 *
 * <p>The server's datasource names a single driver, and WildFly does not allow an expression for
 * that name. Routing by URL lets the same provisioned server run on the embedded H2 default or, as
 * soon as {@code DB_URL} points at PostgreSQL, on PostgreSQL, with no rebuild and no second variable.
 */
public final class UrlRoutingDriver implements Driver {

    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final Driver h2 = new org.h2.Driver();
    private final Driver postgresql = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver target = targetFor(url);
        return target == null ? null : target.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) {
        return targetFor(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver target = targetFor(url);
        return target == null ? new DriverPropertyInfo[0] : target.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("UrlRoutingDriver logs through the target driver");
    }

    private Driver targetFor(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith(H2)) {
            return h2;
        }
        if (url.startsWith(POSTGRESQL)) {
            return postgresql;
        }
        return null;
    }
}
