package gr.cloudu.helpdesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The intake's configuration (API.md "Configuration"), read from the environment. */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "helpdesk.mail.from", defaultValue = "helpdesk@cloud-u.gr")
    private String helpDeskAddress;

    @Inject
    @ConfigProperty(name = "helpdesk.fax.gateway.senders")
    private Optional<String> faxGatewaySenders;

    @Inject
    @ConfigProperty(name = "helpdesk.attachment.max-bytes", defaultValue = "10485760")
    private long attachmentMaxBytes;

    public String helpDeskAddress() {
        return helpDeskAddress.strip().toLowerCase(Locale.ROOT);
    }

    public Set<String> faxGatewaySenders() {
        return faxGatewaySenders.map(list -> Arrays.stream(list.split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }
}
