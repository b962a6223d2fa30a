package gr.cloudu.helpdesk.maintenance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One checklist item of a maintenance visit and what the engineer found: in order or not, with a remark. */
@Embeddable
public class CheckResult {

    @Column(name = "item", nullable = false, length = 500)
    private String item;

    @Column(name = "ok")
    private Boolean ok;

    @Column(name = "remark", length = 2000)
    private String remark;

    protected CheckResult() {
    }

    CheckResult(String item) {
        this.item = item;
    }

    void found(boolean inOrder, String note) {
        ok = inOrder;
        remark = note == null || note.isBlank() ? null : note.strip();
    }

    public String item() {
        return item;
    }

    /** Null until the visit is recorded. */
    public Boolean ok() {
        return ok;
    }

    public String remark() {
        return remark;
    }
}
