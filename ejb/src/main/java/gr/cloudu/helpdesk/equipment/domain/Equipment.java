package gr.cloudu.helpdesk.equipment.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A maintained PBX: its identity (vendor, model, serial, software release) and its composition (the
 * modules in its slots), at an installation of a customer and under one of its contracts. The help desk
 * checks both before deciding what to do about a fault, and engineers get them in the dispatch packet.
 */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id
    @SequenceGenerator(name = "equipment_seq", sequenceName = "equipment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String serial;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "installation_id", nullable = false)
    private Long installationId;

    @Column(nullable = false)
    private String vendor;

    @Column(nullable = false)
    private String model;

    @Column(name = "software_release")
    private String softwareRelease;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "equipment_module", joinColumns = @JoinColumn(name = "equipment_id"))
    @OrderColumn(name = "position")
    private List<EquipmentModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Equipment() {
    }

    public Equipment(String serial, Long customerId, Long contractId, Long installationId, String vendor, String model,
                     String softwareRelease, List<EquipmentModule> modules) {
        this.serial = Require.text("serial", serial, 80);
        this.customerId = customerId;
        this.contractId = contractId;
        this.installationId = installationId;
        this.vendor = Require.text("vendor", vendor, 120);
        this.model = Require.text("model", model, 120);
        this.softwareRelease = Require.optionalText("softwareRelease", softwareRelease, 80);
        this.modules.addAll(composition(modules));
    }

    private static List<EquipmentModule> composition(List<EquipmentModule> modules) {
        Set<String> slots = new HashSet<>();
        for (EquipmentModule module : modules == null ? List.<EquipmentModule>of() : modules) {
            if (!slots.add(module.slot())) {
                throw BusinessException.invalid("modules.slot", "duplicate_slot", module.slot());
            }
        }
        return modules == null ? List.of() : modules;
    }

    /**
     * The machine's identity and composition as they are now, after a change of its configuration: a software upgrade,
     * a card added or taken out, a correction of what was registered. Answers the differences, one line each, as the
     * machine's history tells them; none when nothing changed.
     */
    public List<String> reconfigure(String vendor, String model, String softwareRelease, List<EquipmentModule> modules) {
        String newVendor = Require.text("vendor", vendor, 120);
        String newModel = Require.text("model", model, 120);
        String newRelease = Require.optionalText("softwareRelease", softwareRelease, 80);
        List<EquipmentModule> wanted = composition(modules);
        List<String> differences = new ArrayList<>();
        if (!newVendor.equals(this.vendor) || !newModel.equals(this.model)) {
            differences.add("model: " + this.vendor + " " + this.model + " -> " + newVendor + " " + newModel);
        }
        if (!Objects.equals(newRelease, this.softwareRelease)) {
            differences.add("software release: " + orDash(this.softwareRelease) + " -> " + orDash(newRelease));
        }
        differences.addAll(compositionChanges(wanted));
        this.vendor = newVendor;
        this.model = newModel;
        this.softwareRelease = newRelease;
        // Rewritten position by position, never moving a module to a position another one leaves: the composition's
        // rows are keyed by position, and EclipseLink does not order an element collection's deletes before its inserts.
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= this.modules.size()) {
                this.modules.add(wanted.get(i));
            } else if (!this.modules.get(i).sameAs(wanted.get(i))) {
                this.modules.set(i, wanted.get(i));
            }
        }
        while (this.modules.size() > wanted.size()) {
            this.modules.remove(this.modules.size() - 1);
        }
        return differences;
    }

    private List<String> compositionChanges(List<EquipmentModule> wanted) {
        Map<String, EquipmentModule> before = new LinkedHashMap<>();
        modules.forEach(m -> before.put(m.slot(), m));
        List<String> changes = new ArrayList<>();
        for (EquipmentModule now : wanted) {
            EquipmentModule was = before.remove(now.slot());
            if (was == null) {
                changes.add("slot " + now.slot() + " added: " + now.describe());
            } else if (!was.sameAs(now)) {
                changes.add("slot " + now.slot() + ": " + was.describe() + " -> " + now.describe());
            }
        }
        before.values().forEach(gone -> changes.add("slot " + gone.slot() + " removed: " + gone.describe()));
        return changes;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    /** The machine moved to another site or contract of its customer. */
    public void placeUnder(Long contractId, Long installationId) {
        this.contractId = contractId;
        this.installationId = installationId;
    }

    /**
     * A part fitted in a slot by an engineer: the module there gets the fitted part's number and serial (a
     * slot not yet known gets a new module). Answers the change as the machine's history tells it.
     */
    public String fitPart(String slot, String partNumber, String removedSerial, String fittedSerial) {
        String where = Require.text("parts.slot", slot, 40);
        String part = Require.text("parts.partNumber", partNumber, 80);
        String fitted = Require.text("parts.fittedSerial", fittedSerial, 80);
        for (int i = 0; i < modules.size(); i++) {
            EquipmentModule present = modules.get(i);
            if (present.slot().equals(where)) {
                if (removedSerial != null && !removedSerial.isBlank() && present.serial() != null
                        && !present.serial().equals(removedSerial.strip())) {
                    throw BusinessException.invalid("parts.removedSerial", "removed_serial_mismatch", where, present.serial(),
                            removedSerial.strip());
                }
                modules.set(i, new EquipmentModule(where, part, fitted, present.description()));
                return "slot=" + where + "; partNumber=" + part + "; removed=" + present.serial() + "; fitted=" + fitted;
            }
        }
        modules.add(new EquipmentModule(where, part, fitted, null));
        return "slot=" + where + "; partNumber=" + part + "; removed=; fitted=" + fitted;
    }


    public Long id() {
        return id;
    }

    public String serial() {
        return serial;
    }

    public Long customerId() {
        return customerId;
    }

    public Long contractId() {
        return contractId;
    }

    public Long installationId() {
        return installationId;
    }

    public String vendor() {
        return vendor;
    }

    public String model() {
        return model;
    }

    public String softwareRelease() {
        return softwareRelease;
    }

    public List<EquipmentModule> modules() {
        return Collections.unmodifiableList(modules);
    }
}
