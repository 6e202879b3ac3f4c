package org.cbec.app.registry;

import java.util.List;
import java.util.Set;

/** The demo option filed these enterprises: other modules set up what a demo of them needs. */
public record DemoEnterprisesFiled(List<Filed> enterprises) {

    /** A demo enterprise: its code and roles. */
    public record Filed(String code, Set<Role> roles) {
    }
}
