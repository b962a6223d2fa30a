package gr.cloudu.helpdesk.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration API, version 1 (see shared/API.md); resources are found by scanning. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
