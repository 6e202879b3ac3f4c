package org.cbec.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;

/** Filings of the public service platform as the tests make them: a fresh credit code and customs code each. */
final class ExchangeFixtures {

    private ExchangeFixtures() {
    }

    static String uscc() {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91330106");
        for (int i = 0; i < 9; i++) {
            code.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    static Map<String, Object> filing(String uscc, String customsCode) {
        Map<String, Object> filing = new HashMap<>(Map.of("uscc", uscc, "customsCode", customsCode, "name",
                "杭州跨境测试贸易有限公司", "legalRepresentative", "周志远", "address", "浙江省杭州市西湖区文三路 1 号",
                "businessScope", "货物进出口；跨境电子商务", "roles", List.of("EBC", "AGENT"), "contactName", "李四",
                "contactPhone", "13812345678"));
        filing.put("refundBank", "中国银行杭州分行");
        filing.put("refundAccount", "6216610100001234567");
        return filing;
    }

    static String customsCode() {
        return "33019" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

}
