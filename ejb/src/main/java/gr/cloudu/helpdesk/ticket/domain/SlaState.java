package gr.cloudu.helpdesk.ticket.domain;

/** A ticket's service-level standing at a moment, as the API and the queues show it. */
public enum SlaState { ON_TRACK, WARNING, BREACHED, PAUSED }
