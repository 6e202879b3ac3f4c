package org.cbec.app.registry;

import java.util.Set;

/** The enterprise behind an API token: what the clearance platform needs to know of a sender. */
public record Sender(String code, String name, Set<Role> roles, String dxpId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
