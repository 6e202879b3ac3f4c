package org.cbec.app.clearance.intake;

import org.cbec.app.shared.RecentlyUsed;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declared document as it is stored: its record, which its later receipts need, and its compared fields, as
 * JSON in one column. A parcel's documents are read back several times on their way (its comparison, the look
 * again after commit, customs, each receipt's sender), each time as the same text: what was parsed is kept, by
 * the text itself, for the last few thousand documents. Records and documents are records that no reader changes
 * (their lists, parsed by Jackson, could be changed, and nothing does), so one parsed copy serves every reader.
 */
public record Stored<T>(DeclaredRecord record, T document) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** About the documents of the parcels in flight at the national peak's rate over a few seconds. */
    static final int PARSED_KEPT = 8192;
    private static final RecentlyUsed<String, Stored<?>> DOCUMENTS = new RecentlyUsed<>(PARSED_KEPT);
    private static final RecentlyUsed<String, DeclaredRecord> RECORDS = new RecentlyUsed<>(PARSED_KEPT);

    /** Only the record of a stored document: its fields are skipped, not bound. */
    private record RecordOnly(DeclaredRecord record) {
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }

    /** The record of a stored document, for its receipts, without reading the document. */
    public static DeclaredRecord recordOf(String json) {
        Stored<?> whole = DOCUMENTS.get(json);
        if (whole != null) {
            return whole.record();
        }
        return RECORDS.computeIfAbsent(json, j -> JSON.readValue(j, RecordOnly.class).record());
    }

    public static <T> Stored<T> fromJson(String json, Class<T> documentClass) {
        Stored<?> parsed = DOCUMENTS.get(json);
        if (parsed == null || !documentClass.isInstance(parsed.document())) {
            JavaType type = JSON.getTypeFactory().constructParametricType(Stored.class, documentClass);
            parsed = JSON.readValue(json, type);
            DOCUMENTS.put(json, parsed);
        }
        @SuppressWarnings("unchecked")
        Stored<T> typed = (Stored<T>) parsed;
        return typed;
    }
}
