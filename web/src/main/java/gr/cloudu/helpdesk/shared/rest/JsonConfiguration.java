package gr.cloudu.helpdesk.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The API writes every field, null ones too, so clients see the whole shape of each answer; an instant in
 * any answer is written with the offset of Athens (API.md), and read from any ISO-8601 timestamp with offset.
 * A yes-or-no field takes {@code true} or {@code false} only.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withAdapters(new AthensInstants())
            .withDeserializers(new StrictBooleans()));

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

    /**
     * Yasson reads any string into a Boolean, and every string but "true" as false: {@code "authorised":"yes"} would
     * withdraw a contact's authorisation. A yes-or-no field takes the JSON literals only; anything else is refused,
     * with the field named.
     */
    public static final class StrictBooleans implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE || value == JsonValue.NULL) {
                return value == JsonValue.NULL ? null : value == JsonValue.TRUE;
            }
            // The value is not repeated: it is the caller's text, and the message is read for the field's name.
            throw new JsonbException("a yes-or-no value must be true or false");
        }
    }
}
