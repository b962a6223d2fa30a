package gr.cloudu.helpdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Pages and REST resources are thin: they talk to application services, never to the database. */
class WebLayerTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("helpdesk-ejb"))
            .importPackages("gr.cloudu.helpdesk");

    @Test
    void pagesAndResourcesNeverUseTheEntityManagerOrInfrastructure() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "..infrastructure..", "javax.sql..")
                .check(WEB);
    }
}
