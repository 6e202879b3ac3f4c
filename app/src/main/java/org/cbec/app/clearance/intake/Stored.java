package org.cbec.app.clearance.intake;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declared document as it is stored: its record, which its later receipts need, and its compared fields, as
 * JSON in one column.
 */
public record Stored<T>(DeclaredRecord record, T document) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String json() {
        return JSON.writeValueAsString(this);
    }

    public static <T> Stored<T> fromJson(String json, Class<T> documentClass) {
        JavaType type = JSON.getTypeFactory().constructParametricType(Stored.class, documentClass);
        return JSON.readValue(json, type);
    }
}
