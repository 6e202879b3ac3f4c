package org.cbec.app.clearance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.export.domain.ExportDocuments;
import org.junit.jupiter.api.Test;

/** A stored document reads back as it was written, and the same text is parsed once. */
class StoredTest {

    private final DeclaredRecord record = new DeclaredRecord("GUID-1", "1", "2", "ORD-1", "EBP0000001", "EBC0000001",
            null, null, null, null, null, null, "3101");
    private final ParcelDocuments.Waybill waybill = new ParcelDocuments.Waybill("LOG0000001", "WB-1", "ORD-1",
            new BigDecimal("10.00"), BigDecimal.ONE, "张三", "13800000000", "上海");

    @Test
    void aDocumentReadsBackEqualAndTheSameTextIsParsedOnce() {
        String json = new Stored<>(record, waybill).json();

        Stored<ParcelDocuments.Waybill> first = Stored.fromJson(json, ParcelDocuments.Waybill.class);
        assertThat(first.record()).isEqualTo(record);
        assertThat(first.document()).isEqualTo(waybill);
        assertThat(Stored.fromJson(new String(json), ParcelDocuments.Waybill.class)).isSameAs(first);
        assertThat(Stored.recordOf(new String(json))).isSameAs(first.record());
    }

    @Test
    void whatIsWrittenIsServedBackAndEveryDocumentTypeParsesBackEqualToIt() throws Exception {
        // the copy written is what later readers get (it is kept as if parsed): it must equal what the text parses to
        List<Class<?>> types = new ArrayList<>(List.of(ParcelDocuments.class.getDeclaredClasses()));
        types.addAll(List.of(ExportDocuments.class.getDeclaredClasses()));
        int checked = 0;
        for (Class<?> type : types) {
            if (!type.isRecord()) {
                continue;
            }
            DeclaredRecord filled = (DeclaredRecord) filled(DeclaredRecord.class, 1);
            Object document = filled(type, 2);
            Stored<?> written = new Stored<>(filled, document);
            String json = written.json();

            assertThat(Stored.parse(json, type)).as(type.getName()).isEqualTo(written);
            assertThat(Stored.fromJson(new String(json), type)).as(type.getName()).isSameAs(written);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(16);
    }

    /** A record with every component given a value, nested records and lists of them too. */
    private static Object filled(Class<?> type, int seed) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] classes = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            classes[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), seed * 31 + i);
        }
        var constructor = type.getDeclaredConstructor(classes);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Type type, int seed) throws Exception {
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            if (generic.getRawType() == Map.class) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(value(arguments[0], seed), value(arguments[1], seed + 1));
                return map;
            }
            return new ArrayList<>(List.of(value(arguments[0], seed), value(arguments[0], seed + 1)));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "值 " + seed + " <&\"";
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(seed + ".050");
        }
        if (raw == int.class || raw == Integer.class) {
            return seed;
        }
        if (raw == long.class || raw == Long.class) {
            return (long) seed;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return seed % 2 == 0;
        }
        if (raw == Instant.class) {
            return Instant.ofEpochMilli(1_764_000_000_123L + seed);
        }
        if (raw.isRecord()) {
            return filled(raw, seed);
        }
        throw new IllegalArgumentException("no value made for " + raw);
    }

    @Test
    void theRecordAloneIsReadWithoutTheDocumentAndKept() {
        String json = new Stored<>(record.withInvtNo("31012026I000000001"), List.of("not a waybill")).json();

        DeclaredRecord alone = Stored.recordOf(json);
        assertThat(alone.invtNo()).isEqualTo("31012026I000000001");
        assertThat(Stored.recordOf(new String(json))).isSameAs(alone);
    }

    @Test
    void onlyTheLastFewThousandTextsAreKept() {
        String first = new Stored<>(record, waybill).json();
        Stored<ParcelDocuments.Waybill> parsed = Stored.fromJson(first, ParcelDocuments.Waybill.class);
        for (int i = 0; i <= Stored.PARSED_KEPT; i++) {
            Stored.fromJson(new Stored<>(new DeclaredRecord("GUID-" + i, "1", "2", "ORD-" + i, "EBP0000001", null,
                    null, null, null, null, null, null, null), waybill).json(), ParcelDocuments.Waybill.class);
        }

        assertThat(Stored.fromJson(first, ParcelDocuments.Waybill.class)).isNotSameAs(parsed).isEqualTo(parsed);
    }
}
