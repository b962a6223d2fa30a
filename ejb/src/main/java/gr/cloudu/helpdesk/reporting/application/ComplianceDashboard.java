package gr.cloudu.helpdesk.reporting.application;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.customer.domain.Customer;
import gr.cloudu.helpdesk.reporting.domain.ContractQuarter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager's dashboard: every contract's service-level standing in its current quarter so far, by the same
 * rules as the quarterly report, in two aggregate queries per contract.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "SUPERVISOR"})
public class ComplianceDashboard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerQueries customers;

    public List<ContractStanding> standings(Instant now) {
        List<ContractStanding> standings = new ArrayList<>();
        for (Contract contract : customers.allContracts()) {
            ContractQuarter quarter = ContractQuarter.containing(contract.signedOn(), now.atZone(ContractQuarter.ZONE).toLocalDate());
            Object[] d = (Object[]) em.createNativeQuery("SELECT COUNT(DISTINCT t.id),"
                            + " SUM(CASE WHEN d.outcome = 'MET' THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN d.outcome = 'BREACHED'"
                            + " OR (d.outcome = 'PENDING' AND d.due_at < ?4 AND t.paused_since IS NULL) THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN d.outcome = 'PENDING' AND (d.due_at >= ?4 OR t.paused_since IS NOT NULL) THEN 1 ELSE 0 END)"
                            + " FROM ticket t LEFT JOIN sla_deadline d ON d.ticket_id = t.id"
                            + " WHERE t.contract_code = ?1 AND t.reported_at >= ?2 AND t.reported_at < ?3")
                    .setParameter(1, contract.code())
                    .setParameter(2, quarter.start().atOffset(ZoneOffset.UTC))
                    .setParameter(3, quarter.end().atOffset(ZoneOffset.UTC))
                    .setParameter(4, now.atOffset(ZoneOffset.UTC))
                    .getSingleResult();
            Number open = (Number) em.createNativeQuery("SELECT COUNT(*) FROM ticket t WHERE t.contract_code = ?1"
                            + " AND t.status NOT IN ('RESOLVED', 'CLOSED')")
                    .setParameter(1, contract.code()).getSingleResult();
            Customer customer = em.find(Customer.class, contract.customerId());
            standings.add(new ContractStanding(contract.code(), customer.name(), quarter, count(d[0]), count(d[1]), count(d[2]),
                    count(d[3]), open.intValue()));
        }
        return standings;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
