package org.cbec.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The cbec platforms in one application: each top-level package below this one is a business module (Spring
 * Modulith): {@code registry} (enterprises, roles, certificates, tokens) and {@code clearance} (intake of CEB
 * messages, the raw message store, receipts).
 */
@SpringBootApplication
@EnableScheduling
public class CbecApplication {

    public static void main(String[] args) {
        SpringApplication.run(CbecApplication.class, args);
    }
}
