package org.cbec.app.registry;

import java.util.Set;

/**
 * Customs approved an enterprise's filing with the public service platform: the registry files it with these
 * roles (or updates its name and roles when it is filed already). Defined here, published by the public service
 * platform (module exchange), so that the registry depends on no one. Its API token is issued by the operator, as
 * for any enterprise.
 */
public record EnterpriseApproved(String code, String name, Set<Role> roles, String uscc) {

    public EnterpriseApproved {
        roles = Set.copyOf(roles);
    }
}
