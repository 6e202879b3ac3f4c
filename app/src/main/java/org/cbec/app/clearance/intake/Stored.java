package org.cbec.app.clearance.intake;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declared document as it is stored: its record, which its later receipts need, and its compared fields, as
 * JSON in one column.
 */
public record Stored<T>(DeclaredRecord record, T document) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Only the record of a stored document: its fields are skipped, not bound. */
    private record RecordOnly(DeclaredRecord record) {
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }

    /** The record of a stored document, for its receipts, without reading the document. */
    public static DeclaredRecord recordOf(String json) {
        return JSON.readValue(json, RecordOnly.class).record();
    }

    public static <T> Stored<T> fromJson(String json, Class<T> documentClass) {
        JavaType type = JSON.getTypeFactory().constructParametricType(Stored.class, documentClass);
        return JSON.readValue(json, type);
    }
}
