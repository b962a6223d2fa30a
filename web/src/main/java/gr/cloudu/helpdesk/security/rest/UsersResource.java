package gr.cloudu.helpdesk.security.rest;

import gr.cloudu.helpdesk.security.application.NewUser;
import gr.cloudu.helpdesk.security.application.UserAdministrationService;
import gr.cloudu.helpdesk.security.application.UserChange;
import gr.cloudu.helpdesk.security.application.UserView;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
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

import java.util.List;

/** {@code /users}: logins of staff, customer contacts and customer systems. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    private UserAdministrationService users;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        UserView created = users.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    public List<UserView> all() {
        return users.all();
    }

    @GET
    @Path("/{username}")
    public UserView user(@PathParam("username") String username) {
        return users.view(username);
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView revise(@PathParam("username") String username, UserChange body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return users.revise(username, body);
    }

    /** {@code {"password": "..."}}: the login's new password. */
    @PUT
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPassword(@PathParam("username") String username, NewPassword body) {
        users.setPassword(username, body == null ? null : body.password());
        return Response.noContent().build();
    }

    public record NewPassword(String password) {
    }
}
