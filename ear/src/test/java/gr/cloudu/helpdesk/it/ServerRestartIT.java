package gr.cloudu.helpdesk.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Filed reports outlive the server: after a reload (every service stopped, every database connection
 * closed, the application started again) the register still holds them, on H2 and on PostgreSQL alike.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.asBuilt();
    }

    @Test
    void filedReportsSurviveAServerReload() throws Exception {
        TestMailServer.get();
        Fixtures f = Fixtures.create();
        Api.Reply filed = f.as(f.agent).post("/tickets", f.faultReport("Before the restart"));
        assertThat(filed.status()).isEqualTo(201);
        String number = filed.json().getString("filingNumber");
        String reportedAt = filed.json().getString("reportedAt");

        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        management.getControllerClient().execute(reload);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> Api.anonymous().get("/health").status() == 200 && "running".equals(serverState()));

        Api.Reply after = f.as(f.agent).get("/tickets/" + number);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().getString("reportedAt")).isEqualTo(reportedAt);
        assertThat(f.as(f.agent).get("/tickets/" + number + "/verification").json().getBoolean("intact")).isTrue();
        assertThat(f.as(f.agent).post("/tickets", f.faultReport("After the restart")).status()).isEqualTo(201);
    }

    private String serverState() throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("name").set("server-state");
        return management.getControllerClient().execute(read).get("result").asString();
    }
}
