package gr.cloudu.helpdesk.maintenance.application;

import java.time.Instant;
import java.util.List;

/** The engineer's record of a maintenance visit: each checklist item (numbered from 1) in order or not. */
public record MaintenanceRecord(Instant arrivedAt, Instant leftAt, String summary, List<Result> results) {

    public record Result(Integer position, Boolean ok, String remark) {
    }
}
