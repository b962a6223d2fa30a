package gr.cloudu.helpdesk.sla.application;

/** The company calendar was edited; running deadlines are recounted on it. {@code what} says how, for the life-cycle. */
public record CalendarChanged(String what) {
}
