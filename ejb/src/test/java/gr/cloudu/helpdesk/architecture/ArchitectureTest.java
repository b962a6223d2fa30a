package gr.cloudu.helpdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
        String[] contexts = {"customer", "ticket", "security"};
        for (String context : contexts) {
            String[] others = java.util.Arrays.stream(contexts).filter(c -> !c.equals(context))
                    .map(c -> "gr.cloudu.helpdesk." + c + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("gr.cloudu.helpdesk." + context + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(HELPDESK);
        }
    }

    @Test
    void applicationServicesDoNotDependOnInfrastructure() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(HELPDESK);
    }
}
