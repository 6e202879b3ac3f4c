package org.cbec.app.clearance.intake;

import org.cbec.app.shared.RecentlyUsed;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declared document as it is stored: its record, which its later receipts need, and its compared fields, as
 * JSON in one column. A parcel's documents are read back several times on their way (its comparison, the look
 * again after commit, customs, each receipt's sender), each time as the same text: what was written or parsed is
 * kept, by the text itself, for the last few thousand documents. Records and documents are records that no reader
 * changes (their lists could be changed, and nothing does), so one copy serves every reader.
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

    /**
     * The text to store. What is written is kept as if parsed from it: the parcel's next arrival reads the text
     * back and finds this copy, which reads back equal (StoredTest) and is changed by no one.
     */
    public String json() {
        String json = JSON.writeValueAsString(this);
        DOCUMENTS.put(json, this);
        return json;
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
            parsed = parse(json, documentClass);
            DOCUMENTS.put(json, parsed);
        }
        @SuppressWarnings("unchecked")
        Stored<T> typed = (Stored<T>) parsed;
        return typed;
    }

    /** The text parsed, whatever is kept. */
    static <T> Stored<T> parse(String json, Class<T> documentClass) {
        JavaType type = JSON.getTypeFactory().constructParametricType(Stored.class, documentClass);
        return JSON.readValue(json, type);
    }
}
