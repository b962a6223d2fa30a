package gr.cloudu.helpdesk.intake.application;

import gr.cloudu.helpdesk.intake.domain.InboundMailStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The help-desk mailbox as staff see it: what arrived and what became of it, newest first. */
@Stateless
@RolesAllowed({"ADMIN", "AGENT", "SUPERVISOR", "MANAGER"})
public class InboundMailQueries {

    @PersistenceContext
    private EntityManager em;

    public List<InboundMailRow> withStatus(InboundMailStatus status, int first, int size) {
        return em.createQuery("SELECT NEW gr.cloudu.helpdesk.intake.application.InboundMailRow(m.id, m.receivedAt,"
                        + " m.senderDate, m.fromAddress, m.subject, m.status, m.ticketFilingNumber, m.reason)"
                        + " FROM InboundMail m WHERE m.status = :status ORDER BY m.receivedAt DESC, m.id DESC", InboundMailRow.class)
                .setParameter("status", status)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList();
    }
}
