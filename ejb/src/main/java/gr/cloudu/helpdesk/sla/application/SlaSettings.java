package gr.cloudu.helpdesk.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Service-level settings from the environment (README "Configuration"). */
@ApplicationScoped
public class SlaSettings {

    @Inject
    @ConfigProperty(name = "helpdesk.sla.warning-percent", defaultValue = "75")
    private int warningPercent;

    @Inject
    @ConfigProperty(name = "helpdesk.sla.auto-close-business-days", defaultValue = "5")
    private int autoCloseBusinessDays;

    @Inject
    @ConfigProperty(name = "helpdesk.sla.watch-seconds", defaultValue = "2")
    private int watchSeconds;

    /** At what share of a deadline's allowance the warning goes out (75% unless configured). */
    public double warningShare() {
        return Math.min(99, Math.max(1, warningPercent)) / 100.0;
    }

    /** After how many business days a resolution nobody objected to closes; 0 or less: never by itself. */
    public int autoCloseBusinessDays() {
        return autoCloseBusinessDays;
    }

    public int watchSeconds() {
        return Math.max(1, watchSeconds);
    }
}
