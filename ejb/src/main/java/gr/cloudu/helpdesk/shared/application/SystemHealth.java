package gr.cloudu.helpdesk.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/** Whether the application can reach what it needs to serve requests. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

    private static final Logger LOG = Logger.getLogger(SystemHealth.class.getName());

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource database;

    public boolean databaseReachable() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.warning(() -> "Database not reachable: " + e.getMessage());
            return false;
        }
    }
}
