package org.cbec.bench;

import java.util.List;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.schema.import202205.InventoryList;
import org.cbec.ceb.schema.import202205.OrderList;

/**
 * Benchmark inputs made from the official samples: one order (CEB311) or one inventory (CEB621) with a chosen
 * number of goods lines, as bytes a sender would send. The CEB621 keeps the sample's signature element: reading
 * validates it against the XSD but does not verify it (that is the sign/verify benchmark).
 */
public final class BenchMessages {

    private static final CebReader READER = new CebReader();
    private static final CebWriter WRITER = new CebWriter();

    private BenchMessages() {
    }

    /** {@code CEB311-5}, {@code CEB621-99}, ... */
    public static byte[] bytes(String name) {
        return WRITER.write(typed(name));
    }

    public static Object typed(String name) {
        String[] parts = name.split("-");
        int items = Integer.parseInt(parts[1]);
        return switch (parts[0]) {
            case "CEB311" -> order(items);
            case "CEB621" -> inventory(items);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static CEB311Message order(int items) {
        CEB311Message message = read("311", CEB311Message.class);
        message.getOrder().subList(1, message.getOrder().size()).clear();
        List<OrderList> lines = message.getOrder().get(0).getOrderList();
        lines.clear();
        for (int i = 0; i < items; i++) {
            OrderList line = read("311", CEB311Message.class).getOrder().get(0).getOrderList().get(0);
            line.setGnum(i + 1);
            line.setItemNo("ITEM-" + (i + 1));
            lines.add(line);
        }
        return message;
    }

    private static CEB621Message inventory(int items) {
        CEB621Message message = read("621", CEB621Message.class);
        message.getInventory().subList(1, message.getInventory().size()).clear();
        List<InventoryList> lines = message.getInventory().get(0).getInventoryList();
        lines.clear();
        for (int i = 0; i < items; i++) {
            InventoryList line = read("621", CEB621Message.class).getInventory().get(0)
                    .getInventoryList().get(0);
            line.setGnum(i + 1);
            line.setItemNo("ITEM-" + (i + 1));
            lines.add(line);
        }
        return message;
    }

    private static <T> T read(String number, Class<T> type) {
        return READER.read(Samples.bytes(number)).orThrow().body(type);
    }
}
