package org.cbec.ceb;

/**
 * Which official schema a message belongs to. Import and export share one namespace but define the same names
 * differently, so the side decides which binding and which validator read a message.
 */
public enum Side {
    IMPORT("DXPEDCCEB0000002"),
    EXPORT("DXPEDCCEB0000003"),
    /** The DXP transport envelopes (DxpMsg, DxpMsgSv, DxpRep), namespace {@code http://www.chinaport.gov.cn/dxp}. */
    DXP(null);

    private final String customsDxpId;

    Side(String customsDxpId) {
        this.customsDxpId = customsDxpId;
    }

    /**
     * The DXP id of the customs unified system for this side. Taken from public implementations, not from the spec
     * (CEB-SPEC.md §12.10): confirm it with the E-Port data centre when a DXP account is opened.
     */
    public String customsDxpId() {
        return customsDxpId;
    }
}
