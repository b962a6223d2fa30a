package gr.cloudu.helpdesk.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The API writes every field, null ones too, so clients see the whole shape of each answer; an instant in
 * any answer is written with the offset of Athens (API.md), and read from any ISO-8601 timestamp with offset.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withAdapters(new AthensInstants()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Instants as Athens timestamps with their offset. */
    public static final class AthensInstants implements JsonbAdapter<Instant, OffsetDateTime> {

        @Override
        public OffsetDateTime adaptToJson(Instant instant) {
            return ApiTime.of(instant);
        }

        @Override
        public Instant adaptFromJson(OffsetDateTime time) {
            return time == null ? null : time.toInstant();
        }
    }
}
