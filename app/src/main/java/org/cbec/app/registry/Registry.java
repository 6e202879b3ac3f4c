package org.cbec.app.registry;

import java.security.cert.X509Certificate;
import java.util.Optional;

/** What other modules may ask the registry. */
public interface Registry {

    /** The enterprise an API token belongs to. */
    Optional<Sender> authenticate(String token);

    /** Whether a code is filed for a role (the comparison checks ebpCode, payCode, ... this way). */
    boolean isRegistered(String code, Role role);

    /** Enterprise code to webhook URL, for every enterprise that has one. */
    java.util.Map<String, String> webhooks();

    /** Whether the certificate is one of the enterprise's, and not revoked. */
    boolean holdsCertificate(String code, X509Certificate certificate);

    /** An enterprise's filing with its certificates. */
    Optional<EnterpriseFiling> filing(String code);

    /** The filed enterprises by code, a page of them. */
    java.util.List<EnterpriseFiling> filings(int offset, int limit);
}
