package gr.cloudu.helpdesk.ticket.domain;

/** What happened to a ticket; each is one entry of its life-cycle. */
public enum LifecycleEventType { FILED, RECEIPT_SENT, CUSTOMER_MESSAGE, WRITTEN_CONFIRMATION, DOCUMENT_FILED }
