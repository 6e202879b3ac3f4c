package org.cbec.app.clearance.application;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.Locale;

/**
 * The id a message is taken in under (its intakeId): a guid of the spec (36 characters, upper case) whose first 48
 * bits are the time of its arrival in milliseconds, the layout of RFC 9562's version 7, the other 74 bits random
 * (counted on within one millisecond). Ids given together sort together: {@code raw_message}'s primary key and
 * {@code declared_record}'s index of its foreign key add each new id at the end of their b-trees, where a random
 * id put it in a leaf of its own that the embedded store wrote again whole (bench/README.md, "Throughput",
 * sixteenth step).
 */
final class IntakeIds {

    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    private IntakeIds() {
    }

    static String next() {
        return IDS.generate().toString().toUpperCase(Locale.ROOT);
    }
}
