package gr.cloudu.helpdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The layering rules of STYLE.md, kept honest. */
class ArchitectureTest {

    private static final JavaClasses HELPDESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gr.cloudu.helpdesk");

    @Test
    void theDomainDependsOnlyOnSharedDomainJpaAndTheJdk() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "..domain..", "java..", "jakarta.persistence..", "jakarta.validation..")
                .check(HELPDESK);
    }

    @Test
    void aContextsDomainDoesNotReachIntoAnotherContext() {
        String[] contexts = {"customer", "ticket", "security", "sla", "equipment", "intake", "dispatch", "reporting", "maintenance"};
        for (String context : contexts) {
            String[] others = java.util.Arrays.stream(contexts).filter(c -> !c.equals(context))
                    .map(c -> "gr.cloudu.helpdesk." + c + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("gr.cloudu.helpdesk." + context + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(HELPDESK);
        }
    }

    @Test
    void noConfigPropertyDefaultsToTheEmptyString() {
        // MicroProfile Config reads "" as "not set" and then fails the whole deployment; use Optional instead.
        List<String> offenders = HELPDESK.stream()
                .flatMap(c -> c.getFields().stream())
                .filter(f -> f.isAnnotatedWith(ConfigProperty.class))
                .filter(f -> f.getAnnotationOfType(ConfigProperty.class).defaultValue().isEmpty())
                .map(f -> f.getFullName())
                .toList();
        assertThat(offenders).isEmpty();
    }

    @Test
    void applicationServicesDoNotDependOnInfrastructure() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(HELPDESK);
    }
}
