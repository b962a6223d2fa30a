package gr.cloudu.helpdesk.ticket.application;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.ticket.domain.TicketAction;
import gr.cloudu.helpdesk.ticket.domain.Tier;

import java.util.Locale;

/**
 * A request to move a ticket ({@code POST /tickets/{n}/transitions}): the action, why, to whom or which tier,
 * and optionally the version the requester saw, so a change made on a stale screen is refused.
 */
public record Transition(TicketAction action, String comment, String assignee, Tier tier, Long expectedVersion) {

    public static Transition of(String action, String comment, String assignee, String tier, Long expectedVersion) {
        return new Transition(parse(TicketAction.class, "action", action, true), comment, assignee,
                parse(Tier.class, "tier", tier, false), expectedVersion);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw BusinessException.invalid(field, "required", field);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "unknown_value", field, value);
        }
    }
}
