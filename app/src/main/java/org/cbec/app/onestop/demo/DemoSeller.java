package org.cbec.app.onestop.demo;

import java.util.List;
import org.cbec.app.onestop.application.Products;
import org.cbec.app.onestop.application.Sellers;
import org.cbec.app.onestop.domain.ProductFiling;
import org.cbec.app.onestop.domain.SellerApplication;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo option ({@code --cbec.demo=true}): a demo seller of the comprehensive service platform, approved, with
 * three approved products, filed at the first start and given a new token (printed) at every start.
 */
@Component
@ConditionalOnProperty(name = "cbec.demo", havingValue = "true")
class DemoSeller {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeller.class);
    private static final String FIRST_17 = "91330782MA2D3M0X1";
    static final String USCC = FIRST_17 + UnifiedSocialCreditCode.checkCharacter(FIRST_17);
    private static final List<ProductFiling> PRODUCTS = List.of(
            new ProductFiling("纯棉针织T恤", "DEMO-TS-01", "品牌:无|成分:棉100%|针织|男式", "6109100000", "义乌演示制衣厂",
                    USCC, null, null),
            new ProductFiling("运动鞋", "DEMO-SH-02", "品牌:无|鞋面:纺织材料|外底:橡胶", "6404110000", "晋江演示鞋厂", USCC, null,
                    null),
            new ProductFiling("尼龙手提包", "DEMO-BG-03", "品牌:无|面料:尼龙|手提", "4202221000", "白沟演示箱包厂", USCC, null,
                    null));

    private final Sellers sellers;
    private final Products products;

    DemoSeller(Sellers sellers, Products products) {
        this.sellers = sellers;
        this.products = products;
    }

    @EventListener(ApplicationReadyEvent.class)
    void file() {
        long id = sellers.byIdentity(USCC).map(Sellers.View::id).orElseGet(() -> {
            long filed = sellers.signUp(new SellerApplication(SellerApplication.Kind.COMPANY, USCC, null,
                    "演示跨境出口卖家有限公司", "演示联系人", "13900000000", null, "中国银行义乌分行", "6216610100009999999",
                    SellerApplication.AGREEMENT_VERSION)).id();
            sellers.decide(filed, "APPROVE", null, "demo");
            for (ProductFiling product : PRODUCTS) {
                try {
                    products.decide(products.file(filed, product).id(), "APPROVE", null, "demo");
                } catch (Refusal filedAlready) {
                    // another node of the demo filed it at the same moment
                }
            }
            return filed;
        });
        LOG.warn("demo seller of the comprehensive service platform: {} (seller {}), token {} (new at each start)",
                USCC, id, sellers.newToken(id));
    }
}
