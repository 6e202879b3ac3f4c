package org.cbec.app.shared.domain;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters of the code set
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z), the last a check character: 31 minus the weighted sum of
 * the first 17 modulo 31 (weights 3^(i-1) mod 31), 31 counting as 0.
 */
public final class UnifiedSocialCreditCode {

    /** The code set: a character's value is its place here. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private UnifiedSocialCreditCode() {
    }

    /** What is wrong with a code, naming the rule; empty when it is a valid code. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of("18 characters (GB 32100-2015)");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i) + "' is not of the code set "
                        + "0-9 and capitals without I, O, S, V, Z (GB 32100-2015)");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character '" + code.charAt(LENGTH - 1) + "' should be '" + expected
                    + "' (GB 32100-2015)");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
