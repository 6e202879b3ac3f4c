package org.cbec.app.shared.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The citizen identity number (公民身份号码) of GB 11643-1999: 17 digits (address code, date of birth YYYYMMDD,
 * sequence) and a check character: the weighted sum of the 17 (weights 2^(18-i) mod 11) modulo 11 mapped to
 * {@code 1 0 X 9 8 7 6 5 4 3 2}.
 */
public final class ResidentIdNumber {

    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECK = "10X98765432";
    public static final int LENGTH = 18;
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ResidentIdNumber() {
    }

    /** What is wrong with a number, naming the rule; empty when it is a valid number. */
    public static Optional<String> problem(String number) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return Optional.of("18 characters, 17 digits and a digit or X (GB 11643-1999)");
        }
        try {
            LocalDate born = LocalDate.parse(number.substring(6, 14), BIRTH);
            if (born.isBefore(LocalDate.of(1900, 1, 1)) || born.isAfter(LocalDate.now())) {
                return Optional.of("date of birth " + born + " is not a plausible one (GB 11643-1999)");
            }
        } catch (DateTimeParseException e) {
            return Optional.of("characters 7 to 14 '" + number.substring(6, 14) + "' are not a date of birth "
                    + "YYYYMMDD (GB 11643-1999)");
        }
        char expected = checkCharacter(number.substring(0, 17));
        if (number.charAt(17) != expected) {
            return Optional.of("check character '" + number.charAt(17) + "' should be '" + expected
                    + "' (GB 11643-1999)");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
