package org.cbec.app.registry;

import java.util.List;
import java.util.Set;

/** An enterprise's filing as its people and the operator read it: never its token. */
public record EnterpriseFiling(String code, String name, Set<Role> roles, String dxpId, String webhookUrl,
                               List<CertificateOnFile> certificates) {

    /** A certificate the enterprise signs with; revoked ones stay listed. */
    public record CertificateOnFile(long id, String serialHex, String sha256, boolean revoked) {
    }

    public EnterpriseFiling {
        roles = Set.copyOf(roles);
        certificates = List.copyOf(certificates);
    }
}
