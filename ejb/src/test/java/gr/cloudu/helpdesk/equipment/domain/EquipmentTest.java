package gr.cloudu.helpdesk.equipment.domain;

import gr.cloudu.helpdesk.shared.domain.BusinessException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EquipmentTest {

    private static Equipment pbx() {
        return new Equipment("PBX-1", 1L, 2L, 3L, "Unify", "OpenScape 4000", "V10",
                List.of(new EquipmentModule("1-1", "S30810-Q2216-X", "LT1", "SLMO24")));
    }

    @Test
    void aFittedPartTakesTheSlotsSerialAndKeepsItsDescription() {
        Equipment machine = pbx();
        String change = machine.fitPart("1-1", "S30810-Q2216-X", "LT1", "NEW1");

        assertThat(change).contains("removed=LT1").contains("fitted=NEW1");
        assertThat(machine.modules()).singleElement().satisfies(m -> {
            assertThat(m.serial()).isEqualTo("NEW1");
            assertThat(m.description()).isEqualTo("SLMO24");
        });
    }

    @Test
    void aPartInANewSlotAddsAModuleAndAWrongRemovedSerialIsRefused() {
        Equipment machine = pbx();
        machine.fitPart("2-1", "S30810-Q2217-X", null, "NEW2");
        assertThat(machine.modules()).extracting(EquipmentModule::slot).containsExactly("1-1", "2-1");

        assertThatThrownBy(() -> machine.fitPart("1-1", "S30810-Q2216-X", "OTHER", "NEW3"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("removed_serial_mismatch"));
    }

    @Test
    void aReconfigurationNamesEveryDifferenceAndKeepsTheOtherModulesInTheirPositions() {
        Equipment machine = new Equipment("PBX-1", 1L, 2L, 3L, "Unify", "OpenScape 4000", "V10", List.of(
                new EquipmentModule("1-1", "S30810-Q2216-X", "LT1", "SLMO24"),
                new EquipmentModule("1-2", "S30810-Q2217-X", "LT2", null),
                new EquipmentModule("1-3", "S30810-Q2218-X", "LT3", null)));

        List<String> differences = machine.reconfigure("Unify", "OpenScape 4000", "V11", List.of(
                new EquipmentModule("1-1", "S30810-Q2216-X", "LT1", "SLMO24"),
                new EquipmentModule("1-3", "S30810-Q2218-X", "LT9", null),
                new EquipmentModule("2-1", "S30810-Q2300-X", null, "STMI4")));

        assertThat(differences).containsExactly("software release: V10 -> V11",
                "slot 1-3: partNumber=S30810-Q2218-X; serial=LT3 -> partNumber=S30810-Q2218-X; serial=LT9",
                "slot 2-1 added: partNumber=S30810-Q2300-X; serial=; description=STMI4",
                "slot 1-2 removed: partNumber=S30810-Q2217-X; serial=LT2");
        assertThat(machine.softwareRelease()).isEqualTo("V11");
        assertThat(machine.modules()).extracting(EquipmentModule::slot).containsExactly("1-1", "1-3", "2-1");
        assertThat(machine.reconfigure("Unify", "OpenScape 4000", "V11", List.copyOf(machine.modules()))).isEmpty();
        assertThatThrownBy(() -> machine.reconfigure("Unify", "OpenScape 4000", "V11", List.of(
                new EquipmentModule("1-1", "A", null, null), new EquipmentModule("1-1", "B", null, null))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("duplicate_slot"));
    }
}
