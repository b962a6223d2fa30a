package gr.cloudu.helpdesk.customer.rest;

import gr.cloudu.helpdesk.customer.application.ContactView;
import gr.cloudu.helpdesk.customer.application.ContractView;
import gr.cloudu.helpdesk.customer.application.NewContract;
import gr.cloudu.helpdesk.equipment.application.EquipmentRegistryService;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.RegisterEquipment;
import gr.cloudu.helpdesk.customer.application.CustomerQueries;
import gr.cloudu.helpdesk.customer.application.CustomerRegistryService;
import gr.cloudu.helpdesk.customer.application.CustomerView;
import gr.cloudu.helpdesk.customer.domain.CommunicationLevel;
import gr.cloudu.helpdesk.customer.domain.ContactDetails;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.domain.Require;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /customers}: customers and their contacts (ADMIN, MANAGER). */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    /** The body of {@code POST /customers}. */
    public record NewCustomer(String code, String name, String language) {
    }

    /** The body of {@code POST /customers/{code}/contacts}. */
    public record NewContact(String name, String email, String fax, String phone, String capacity, String unit,
                             Boolean authorised, String level) {
    }

    @Inject
    private CustomerRegistryService registry;

    @Inject
    private EquipmentRegistryService equipmentRegistry;

    @Inject
    private CustomerQueries customers;

    @POST
    public Response register(NewCustomer body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        CustomerView created = registry.register(body.code(), body.name(), body.language());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("/{code}")
    public CustomerView customer(@PathParam("code") String code) {
        return customers.view(code);
    }

    /** Changes the customer's name and the language of its mails (the body of a registration; its code is not changed). */
    @PUT
    @Path("/{code}")
    public CustomerView revise(@PathParam("code") String code, NewCustomer body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return registry.revise(code, body.name(), body.language());
    }

    @POST
    @Path("/{code}/contracts")
    public Response registerContract(@PathParam("code") String code, NewContract body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        ContractView contract = registry.registerContract(code, body);
        return Response.created(uri.getBaseUriBuilder().path("contracts").path(contract.code()).build()).entity(contract).build();
    }

    @POST
    @Path("/{code}/equipment")
    public Response registerEquipment(@PathParam("code") String code, RegisterEquipment body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        EquipmentView machine = equipmentRegistry.register(code, body);
        return Response.created(uri.getBaseUriBuilder().path("equipment").path(machine.serial()).build()).entity(machine).build();
    }

    /** Onboarding: the customer's contacts from a CSV file, all rows or none. */
    @POST
    @Path("/{code}/contacts/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importContacts(@PathParam("code") String code, String csv) {
        return Response.status(Response.Status.CREATED).entity(registry.importContacts(code, csv)).build();
    }

    /** Onboarding: the customer's machines from a CSV file, all rows or none. */
    @POST
    @Path("/{code}/equipment/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importEquipment(@PathParam("code") String code, String csv) {
        return Response.status(Response.Status.CREATED).entity(equipmentRegistry.importEquipment(code, csv)).build();
    }

    @POST
    @Path("/{code}/contacts")
    public Response addContact(@PathParam("code") String code, NewContact body) {
        return Response.status(Response.Status.CREATED).entity(registry.addContact(code, details(body))).build();
    }

    /** Everything about the contact, as when it was added: what is left out is cleared (authorised: withdrawn). */
    @PUT
    @Path("/{code}/contacts/{id}")
    public ContactView reviseContact(@PathParam("code") String code, @PathParam("id") Long id, NewContact body) {
        return registry.reviseContact(code, id, details(body));
    }

    private static ContactDetails details(NewContact body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        CommunicationLevel level = body.level() == null || body.level().isBlank() ? CommunicationLevel.I
                : Require.oneOf("level", CommunicationLevel.class, body.level());
        return new ContactDetails(body.name(), body.email(), body.fax(), body.phone(), body.capacity(), body.unit(),
                Boolean.TRUE.equals(body.authorised()), level);
    }
}
