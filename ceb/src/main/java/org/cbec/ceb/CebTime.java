package org.cbec.ceb;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The CEB messages' times written to the millisecond in China time, {@code yyyyMMddHHmmssSSS} (returnTime, opDate).
 * The platform writes one for every receipt it issues, about fifteen a parcel, and {@link DateTimeFormatter} with a
 * region zone was a sixtieth of the platform's CPU; so the digits are computed here. China has kept UTC+8 all
 * year since 1991: from 1992 on the offset is fixed, and earlier instants take the zone's rules.
 */
public final class CebTime {

    private static final DateTimeFormatter WITH_ZONE_RULES = DateTimeFormatter
            .ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));
    /** 1992-01-01T00:00:00+08:00. */
    private static final long FIXED_OFFSET_SINCE = 694_195_200_000L;
    /** 10000-01-01: beyond it the year takes five digits. */
    private static final long FOUR_DIGIT_YEARS_UNTIL = 253_402_272_000_000L;
    private static final long OFFSET_MILLIS = 8 * 3_600_000L;
    private static final long DAY_MILLIS = 86_400_000L;

    private CebTime() {
    }

    /** {@code at} as yyyyMMddHHmmssSSS in China time. */
    public static String millis(Instant at) {
        long epochMillis = at.toEpochMilli();
        if (epochMillis < FIXED_OFFSET_SINCE || epochMillis >= FOUR_DIGIT_YEARS_UNTIL) {
            return WITH_ZONE_RULES.format(at);
        }
        long local = epochMillis + OFFSET_MILLIS;
        long days = Math.floorDiv(local, DAY_MILLIS);
        int ofDay = (int) (local - days * DAY_MILLIS);
        byte[] digits = new byte[17];
        civilDate(days, digits);
        put(digits, 8, ofDay / 3_600_000, 2);
        put(digits, 10, ofDay / 60_000 % 60, 2);
        put(digits, 12, ofDay / 1000 % 60, 2);
        put(digits, 14, ofDay % 1000, 3);
        return new String(digits, StandardCharsets.US_ASCII);
    }

    /** Year, month and day of a day counted from 1970-01-01, in the proleptic Gregorian calendar. */
    private static void civilDate(long epochDay, byte[] digits) {
        // days from 0000-03-01, so that the leap day ends a year of 400-year eras
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        put(digits, 0, year, 4);
        put(digits, 4, month, 2);
        put(digits, 6, day, 2);
    }

    private static void put(byte[] digits, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            digits[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
