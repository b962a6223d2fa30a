package gr.cloudu.helpdesk.equipment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a machine's own history: its registration and every later change: an engineer's visit, a part
 * replaced (the module's serial before and after), naming the fault report it was done for.
 */
@Entity
@Table(name = "equipment_change")
public class EquipmentChange {

    /** What changed on the machine. */
    public enum Kind { REGISTERED, VISIT, PART_REPLACED, CONFIGURATION_CHANGED }

    @Id
    @SequenceGenerator(name = "equipment_change_seq", sequenceName = "equipment_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_change_seq")
    private Long id;

    @Column(name = "equipment_id", nullable = false, updatable = false)
    private Long equipmentId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "kind", nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "detail", length = 20000, updatable = false)
    private String detail;

    @Column(name = "reference", length = 40, updatable = false)
    private String reference;

    protected EquipmentChange() {
    }

    public EquipmentChange(Long equipmentId, Instant at, Kind kind, String actor, String detail) {
        this.equipmentId = equipmentId;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
    }

    public EquipmentChange(Long equipmentId, Instant at, Kind kind, String actor, String detail, String reference) {
        this(equipmentId, at, kind, actor, detail);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }

    public Instant at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
