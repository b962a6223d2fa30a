package gr.cloudu.helpdesk.customer.rest;

import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /contracts/{code}}: a contract with its SLA terms. */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractsResource {

    @Inject
    private CustomerQueries customers;

    @GET
    @Path("/{code}")
    public ContractView contract(@PathParam("code") String code) {
        return customers.contract(code);
    }
}
