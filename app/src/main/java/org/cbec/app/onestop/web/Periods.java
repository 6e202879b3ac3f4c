package org.cbec.app.onestop.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.cbec.app.shared.Refusal;

/** A month (yyyy-MM) or a day (yyyy-MM-dd) a request names: a 400 naming the field when it is not one. */
final class Periods {

    private Periods() {
    }

    static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusal.invalid("invalid-month", field + ": yyyy-MM, not '" + value + "'");
        }
    }

    static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusal.invalid("invalid-day", field + ": yyyy-MM-dd, not '" + value + "'");
        }
    }
}
