package org.cbec.ceb.xml;

import org.cbec.ceb.MessageType;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/** The prefixes of the official samples: {@code ceb}, {@code ds} and {@code dxp}. */
public final class CebNamespacePrefixes extends NamespacePrefixMapper {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    @Override
    public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
        return switch (namespaceUri) {
            case MessageType.CEB_NAMESPACE -> "ceb";
            case DSIG -> "ds";
            case MessageType.DXP_NAMESPACE -> "dxp";
            default -> suggestion;
        };
    }
}
