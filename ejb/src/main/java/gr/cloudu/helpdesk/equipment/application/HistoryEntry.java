package gr.cloudu.helpdesk.equipment.application;

import java.time.Instant;

/**
 * One entry of a machine's history: a fault reported against it ({@code FAULT}, referenced by filing
 * number) or a change to the machine itself (registration, and later visits, parts and configuration).
 */
public record HistoryEntry(Instant at, String kind, String reference, String summary, String status) {
}
