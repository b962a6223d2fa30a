package gr.cloudu.helpdesk.ticket.domain;

import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The help desk's diagnosis of a fault after checking the machine: the symptom, the module or card it points
 * at (its slot), the checks done and their result. Engineers read it first in the dispatch packet.
 */
@Embeddable
public class Diagnosis {

    @Column(name = "diag_symptom", length = 2000)
    private String symptom;

    @Column(name = "diag_module", length = 40)
    private String module;

    @Column(name = "diag_checks", length = 4000)
    private String checks;

    @Column(name = "diag_result", length = 4000)
    private String result;

    protected Diagnosis() {
    }

    public Diagnosis(String symptom, String module, String checks, String result) {
        this.symptom = Require.text("symptom", symptom, 2000);
        this.module = Require.optionalText("module", module, 40);
        this.checks = Require.text("checks", checks, 4000);
        this.result = Require.optionalText("result", result, 4000);
    }

    public String symptom() {
        return symptom;
    }

    public String module() {
        return module;
    }

    public String checks() {
        return checks;
    }

    public String result() {
        return result;
    }

    @Override
    public String toString() {
        return "symptom=" + symptom + (module == null ? "" : "; module=" + module) + "; checks=" + checks
                + (result == null ? "" : "; result=" + result);
    }
}
