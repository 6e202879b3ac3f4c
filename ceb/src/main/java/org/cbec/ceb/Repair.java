package org.cbec.ceb;

/**
 * What lenient reading changed in a message that breaks its XSD where the spec's intent is clear
 * (CEB-SPEC.md §12.5): the element path and what was done.
 */
public record Repair(String path, String description) {
    @Override
    public String toString() {
        return path + ": " + description;
    }
}
