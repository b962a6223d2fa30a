package gr.cloudu.helpdesk.dispatch.web;

import gr.cloudu.helpdesk.dispatch.application.DispatchQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the forms that send an engineer somewhere (routing a visit, scheduling preventive maintenance) offer: the
 * engineers to choose from, read once per request, and the company's today as the earliest day.
 */
@Named
@RequestScoped
public class EngineerChoices {

    @Inject
    private DispatchQueries queries;

    private List<String> engineers;

    public List<String> getEngineers() {
        if (engineers == null) {
            engineers = queries.engineers();
        }
        return engineers;
    }

    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of("Europe/Athens"));
    }
}
