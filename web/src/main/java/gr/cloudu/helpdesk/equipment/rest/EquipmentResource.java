package gr.cloudu.helpdesk.equipment.rest;

import gr.cloudu.helpdesk.equipment.application.ChangeEquipment;
import gr.cloudu.helpdesk.equipment.application.EquipmentQueries;
import gr.cloudu.helpdesk.equipment.application.EquipmentRegistryService;
import gr.cloudu.helpdesk.equipment.application.EquipmentView;
import gr.cloudu.helpdesk.equipment.application.HistoryEntry;
import gr.cloudu.helpdesk.shared.domain.BusinessException;
import gr.cloudu.helpdesk.shared.rest.ApiTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code /equipment/{serial}}: a maintained PBX and its history. */
@Path("/equipment")
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentResource {

    /** One entry of {@code GET /equipment/{serial}/history}. */
    public record HistoryJson(OffsetDateTime at, String kind, String reference, String summary, String status) {
    }

    @Inject
    private EquipmentQueries equipment;

    @Inject
    private EquipmentRegistryService registry;

    @GET
    @Path("/{serial}")
    public EquipmentView machine(@PathParam("serial") String serial) {
        return equipment.view(serial);
    }

    /** A change of the machine's configuration, entered in its history with the reason given. */
    @PUT
    @Path("/{serial}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EquipmentView change(@PathParam("serial") String serial, ChangeEquipment body) {
        if (body == null) {
            throw BusinessException.invalid("body", "required", "body");
        }
        return registry.change(serial, body);
    }

    @GET
    @Path("/{serial}/history")
    public List<HistoryJson> history(@PathParam("serial") String serial) {
        return equipment.history(serial).stream()
                .map((HistoryEntry h) -> new HistoryJson(ApiTime.of(h.at()), h.kind(), h.reference(), h.summary(), h.status()))
                .toList();
    }
}
