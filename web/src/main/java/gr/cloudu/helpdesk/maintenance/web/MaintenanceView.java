package gr.cloudu.helpdesk.maintenance.web;

import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.domain.Contract;
import gr.cloudu.helpdesk.maintenance.application.MaintenanceRecord;
import gr.cloudu.helpdesk.maintenance.application.MaintenanceService;
import gr.cloudu.helpdesk.maintenance.application.MaintenanceVisitView;
import gr.cloudu.helpdesk.maintenance.application.NewPlan;
import gr.cloudu.helpdesk.maintenance.application.PlanRevision;
import gr.cloudu.helpdesk.maintenance.application.PlanView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.web.FacesFeedback;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code maintenance.xhtml}: a contract's preventive-maintenance plans (managers and supervisors add them), its
 * maintenance visits, scheduling a visit (supervisors) and recording it with the checklist (the engineer).
 */
@Named
@ViewScoped
public class MaintenanceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @Inject
    private MaintenanceService maintenance;

    @Inject
    private CustomerQueries customers;


    private String contract;
    private List<String> contracts;
    private List<PlanView> plans;
    private List<MaintenanceVisitView> visits;
    private MaintenanceVisitView selected;

    /** The plan the plan form changes; null while it adds a new one. */
    private PlanView revising;
    private String equipmentSerial;
    private Integer everyMonths = 6;
    private LocalDate firstDue;
    private Integer leadDays = 14;
    private String checklist;

    private String engineer;
    private LocalDate date;
    private String from = "09:00";
    private String to = "13:00";

    private LocalDateTime arrivedAt;
    private LocalDateTime leftAt;
    private String summary;
    private List<CheckRow> checks = new ArrayList<>();

    /** One checklist item as the engineer fills it in. */
    public static class CheckRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int position;
        private final String item;
        private boolean ok = true;
        private String remark;

        CheckRow(int position, String item) {
            this.position = position;
            this.item = item;
        }

        public int getPosition() {
            return position;
        }

        public String getItem() {
            return item;
        }

        public boolean isOk() {
            return ok;
        }

        public void setOk(boolean ok) {
            this.ok = ok;
        }

        public String getRemark() {
            return remark;
        }

        public void setRemark(String remark) {
            this.remark = remark;
        }
    }

    public List<String> getContracts() {
        if (contracts == null) {
            contracts = customers.allContracts().stream().map(Contract::code).toList();
        }
        return contracts;
    }

    public List<PlanView> getPlans() {
        if (plans == null) {
            plans = getContract() == null ? List.of() : maintenance.plans(getContract());
        }
        return plans;
    }

    public List<MaintenanceVisitView> getVisits() {
        if (visits == null) {
            visits = getContract() == null ? List.of() : maintenance.visits(getContract(), null);
        }
        return visits;
    }

    public void chosen() {
        clearPlanForm();
        plans = null;
        visits = null;
        selected = null;
    }

    public void select(MaintenanceVisitView visit) {
        selected = visit;
        engineer = visit.engineer();
        date = visit.visitDate();
        checks = new ArrayList<>();
        visit.checklist().forEach(c -> checks.add(new CheckRow(c.position(), c.item())));
        arrivedAt = null;
        leftAt = null;
        summary = null;
    }

    /** Adds the plan in the form, or saves the changes to the plan it holds. */
    public void savePlan() {
        List<String> items = checklist == null ? List.of() : Arrays.asList(checklist.split("\\R"));
        try {
            if (revising == null) {
                maintenance.createPlan(getContract(), new NewPlan(equipmentSerial, everyMonths, firstDue, leadDays, items));
                FacesFeedback.message(FacesMessage.SEVERITY_INFO, "maintenance.planAdded");
            } else {
                maintenance.revisePlan(getContract(), revising.id(), new PlanRevision(everyMonths, firstDue, leadDays, items));
                FacesFeedback.message(FacesMessage.SEVERITY_INFO, "maintenance.planRevised");
            }
            clearPlanForm();
            chosen();
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("equipmentSerial", "plan:equipmentSerial", "everyMonths", "plan:everyMonths",
                    "firstDue", "plan:firstDue", "nextDue", "plan:firstDue", "leadDays", "plan:leadDays", "checklist", "plan:checklist"));
        }
    }

    /** Opens the plan in the plan form, to change how it goes on. */
    public void revise(PlanView plan) {
        revising = plan;
        equipmentSerial = plan.equipmentSerial();
        everyMonths = plan.everyMonths();
        firstDue = plan.nextDue();
        leadDays = plan.leadDays();
        checklist = String.join("\n", plan.checklist());
    }

    public void clearPlanForm() {
        revising = null;
        equipmentSerial = null;
        everyMonths = 6;
        firstDue = null;
        leadDays = 14;
        checklist = null;
    }

    public void endPlan(PlanView plan) {
        try {
            maintenance.endPlan(getContract(), plan.id());
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "maintenance.planEnded");
            if (revising != null && revising.id().equals(plan.id())) {
                clearPlanForm();
            }
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of());
        }
        plans = null;
    }

    public void schedule() {
        try {
            selected = maintenance.schedule(selected.id(), engineer, date, time("from", from), time("to", to));
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "maintenance.scheduled");
            visits = null;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("engineer", "schedule:engineer", "date", "schedule:date", "from", "schedule:from", "to", "schedule:to"));
        }
    }

    public void record() {
        try {
            selected = maintenance.record(selected.id(), new MaintenanceRecord(
                    arrivedAt == null ? null : arrivedAt.atZone(ATHENS).toInstant(),
                    leftAt == null ? null : leftAt.atZone(ATHENS).toInstant(), summary,
                    checks.stream().map(c -> new MaintenanceRecord.Result(c.getPosition(), c.isOk(), c.getRemark())).toList()));
            FacesFeedback.message(FacesMessage.SEVERITY_INFO, "maintenance.recorded");
            visits = null;
        } catch (BusinessException e) {
            FacesFeedback.refused(e, Map.of("arrivedAt", "recordForm:arrivedAt", "leftAt", "recordForm:leftAt", "results", "recordForm:checks"));
        }
    }

    private static LocalTime time(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid(field, "invalid_time", field, value);
        }
    }

    public LocalDateTime getNow() {
        return LocalDateTime.now(ATHENS);
    }

    public String getContract() {
        if (contract == null && !getContracts().isEmpty()) {
            contract = getContracts().get(0);
        }
        return contract;
    }

    public void setContract(String contract) {
        this.contract = contract == null || contract.isBlank() ? null : contract;
        chosen();
    }

    /** Opens one visit (from the engineer's inbox): its contract is chosen and the visit selected. */
    public void setVisit(Long id) {
        if (id != null) {
            MaintenanceVisitView visit = maintenance.visit(id);
            setContract(visit.contract());
            select(visit);
        }
    }

    public Long getVisit() {
        return selected == null ? null : selected.id();
    }

    public PlanView getRevising() {
        return revising;
    }

    public MaintenanceVisitView getSelected() {
        return selected;
    }

    public String getEquipmentSerial() {
        return equipmentSerial;
    }

    public void setEquipmentSerial(String equipmentSerial) {
        this.equipmentSerial = equipmentSerial;
    }

    public Integer getEveryMonths() {
        return everyMonths;
    }

    public void setEveryMonths(Integer everyMonths) {
        this.everyMonths = everyMonths;
    }

    public LocalDate getFirstDue() {
        return firstDue;
    }

    public void setFirstDue(LocalDate firstDue) {
        this.firstDue = firstDue;
    }

    public Integer getLeadDays() {
        return leadDays;
    }

    public void setLeadDays(Integer leadDays) {
        this.leadDays = leadDays;
    }

    public String getChecklist() {
        return checklist;
    }

    public void setChecklist(String checklist) {
        this.checklist = checklist;
    }

    public String getEngineer() {
        return engineer;
    }

    public void setEngineer(String engineer) {
        this.engineer = engineer;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public LocalDateTime getLeftAt() {
        return leftAt;
    }

    public void setLeftAt(LocalDateTime leftAt) {
        this.leftAt = leftAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<CheckRow> getChecks() {
        return checks;
    }
}
