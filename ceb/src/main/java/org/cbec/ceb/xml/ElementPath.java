package org.cbec.ceb.xml;

/**
 * The path of the element being parsed, kept as SAX events arrive so that an error can name where it is
 * ({@code /CEB621Message/Inventory[2]/InventoryList[3]/qty[1]}). Reuses its arrays: no allocation per element once
 * warmed up, since it runs on every element of every message.
 */
final class ElementPath {

    private Level[] levels = new Level[16];
    private int depth;

    void reset() {
        depth = 0;
    }

    int depth() {
        return depth;
    }

    void push(String localName) {
        int position = depth == 0 ? 1 : levels[depth - 1].countChild(localName);
        if (depth == levels.length) {
            levels = java.util.Arrays.copyOf(levels, depth * 2);
        }
        Level level = levels[depth];
        if (level == null) {
            level = new Level();
            levels[depth] = level;
        }
        level.enter(localName, position);
        depth++;
    }

    void pop() {
        depth--;
    }

    /** Root without a position, every other step with its 1-based position among same-named siblings. */
    String render() {
        if (depth == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append('/').append(levels[i].name);
            if (i > 0) {
                sb.append('[').append(levels[i].position).append(']');
            }
        }
        return sb.toString();
    }

    private static final class Level {
        String name;
        int position;
        String[] childNames = new String[8];
        int[] childCounts = new int[8];
        int children;

        void enter(String localName, int pos) {
            name = localName;
            position = pos;
            children = 0;
        }

        int countChild(String localName) {
            for (int i = 0; i < children; i++) {
                if (childNames[i].equals(localName)) {
                    return ++childCounts[i];
                }
            }
            if (children == childNames.length) {
                childNames = java.util.Arrays.copyOf(childNames, children * 2);
                childCounts = java.util.Arrays.copyOf(childCounts, children * 2);
            }
            childNames[children] = localName;
            childCounts[children] = 1;
            children++;
            return 1;
        }
    }
}
