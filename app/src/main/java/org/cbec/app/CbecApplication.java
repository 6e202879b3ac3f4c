package org.cbec.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The cbec platforms in one application: each top-level package below this one is a business module (Spring
 * Modulith): {@code registry} (enterprises, roles, certificates, tokens) and {@code clearance} (intake of CEB
 * messages, the raw message store, receipts).
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class CbecApplication {

    public static void main(String[] args) {
        // H2 interns every string it reads or binds through a cache keyed by its hash: for receipt XML and parcel
        // documents that hashing cost more than it saved (profile in bench/README.md)
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        SpringApplication.run(CbecApplication.class, args);
    }
}
