package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Builds test deployments from the EAR the build just packaged, so tests run against exactly what ships.
 * Black-box tests deploy it as it is; in-container tests add their own classes (and the libraries they
 * assert with) as one more library of the EAR, never by listing application classes.
 */
public final class HelpdeskDeployment {

    private static final String TEST_RUNNER_WAR = "helpdesk-test-runner.war";

    private HelpdeskDeployment() {
    }

    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("helpdesk.ear", "target/helpdesk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Package the EAR first (mvn verify does): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The shipped EAR plus the given test classes, with AssertJ and Awaitility for their assertions. The
     * test runner's servlet goes into a web module of its own: every path of the application's web module
     * needs a login, which the runner does not have.
     */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        try {
            return withTestsAndRunner(testClasses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EnterpriseArchive withTestsAndRunner(Class<?>... testClasses) throws IOException {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "helpdesk-tests.jar")
                .addClasses(testClasses)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        WebArchive runner = ShrinkWrap.create(WebArchive.class, TEST_RUNNER_WAR);
        EnterpriseArchive ear = asBuilt();
        String application = new String(ear.get("META-INF/application.xml").getAsset().openStream().readAllBytes(),
                StandardCharsets.UTF_8);
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(application.replace("</application>",
                "<module><web><web-uri>" + TEST_RUNNER_WAR + "</web-uri><context-root>/helpdesk-test-runner</context-root>"
                        + "</web></module></application>")));
        return ear.addAsModule(Testable.archiveToTest(runner))
                .addAsLibrary(tests)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibrary(jarOf(org.awaitility.Awaitility.class))
                .addAsLibrary(jarOf(org.hamcrest.Matcher.class));
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
