package org.cbec.app.registry.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cbec.app.registry.DemoEnterprisesFiled;
import org.cbec.app.registry.Role;
import org.cbec.app.registry.application.EnterpriseService;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The demo option ({@code --cbec.demo=true}): files a platform, a payment company, a carrier and a declarant, each
 * with a fresh self-signed SM2 key and certificate stored as PKCS#12 under {@code cbec.demo.keys}
 * ({@code ./data/demo}, password {@code demo}), and prints their API tokens. Enterprises already on file get a new
 * token; their certificates stay.
 */
@Component
@ConditionalOnProperty(name = "cbec.demo", havingValue = "true")
class DemoEnterprises implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnterprises.class);
    static final char[] PASSWORD = "demo".toCharArray();

    private record Demo(String code, String name, List<Role> roles) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("1101110325", "演示电商平台", List.of(Role.EBP, Role.EBC)),
            new Demo("1101110323", "演示支付企业", List.of(Role.PAY)),
            new Demo("1101180326", "演示物流企业", List.of(Role.LOGISTICS)),
            new Demo("1105910159", "演示报关企业", List.of(Role.AGENT)));

    private final EnterpriseService enterprises;
    private final Path keys;
    private final ApplicationEventPublisher events;

    DemoEnterprises(EnterpriseService enterprises, @Value("${cbec.demo.keys:./data/demo}") Path keys,
                    ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.keys = keys;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Files.createDirectories(keys);
        StringBuilder report = new StringBuilder("demo enterprises (keys: PKCS#12, password 'demo'):");
        for (Demo demo : DEMOS) {
            String token;
            Path p12 = keys.resolve(demo.code() + ".p12");
            if (enterprises.exists(demo.code())) {
                token = enterprises.newToken(demo.code());
            } else {
                KeyMaterial key = SelfSignedKeys.sm2(demo.name());
                SelfSignedKeys.writePkcs12(key, p12, PASSWORD);
                token = enterprises.file(new EnterpriseService.Filing(demo.code(), demo.name(),
                        java.util.Set.copyOf(demo.roles()), "DXPENT0000000001",
                        List.of(Certificates.toPem(key.certificate())), null));
            }
            report.append(String.format("%n  %s %-6s %s token %s key %s", demo.code(), demo.roles(), demo.name(),
                    token, p12));
        }
        LOG.warn("{}", report);
        events.publishEvent(new DemoEnterprisesFiled(DEMOS.stream().map(d -> new DemoEnterprisesFiled.Filed(d.code(),
                java.util.Set.copyOf(d.roles()))).toList()));
    }
}
