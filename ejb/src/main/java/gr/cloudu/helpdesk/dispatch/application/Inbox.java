package gr.cloudu.helpdesk.dispatch.application;

import gr.cloudu.helpdesk.dispatch.domain.InboxEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The staff's in-app inbox, as the steps of the work that post to it see it. */
@Stateless
@PermitAll
public class Inbox {

    @PersistenceContext
    private EntityManager em;

    /**
     * The step an entry asked for was taken (a visit routed or decided, a maintenance visit moved): every unread
     * entry of that kind about that visit, whoever it was posted to, is settled as read.
     */
    public void settle(InboxEntry.Kind kind, Long referenceId, Instant at) {
        em.createQuery("UPDATE InboxEntry e SET e.readAt = :at WHERE e.referenceId = :ref AND e.kind = :kind AND e.readAt IS NULL")
                .setParameter("at", at).setParameter("ref", referenceId).setParameter("kind", kind)
                .executeUpdate();
    }
}
