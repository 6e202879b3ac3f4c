package org.cbec.ceb;

/** The two published versions of the CEB schemas. */
public enum SchemaVersion {
    /** The 202205 specification: the current one, and the one messages are written in. */
    V202205("2022-05", "import202205", "export202205"),
    /** The 2018 trial specification of announcements 2018 No.56 / No.113: read only. */
    V2018("2018-trial", "import2018", "export2018");

    private final String folder;
    private final String importPackage;
    private final String exportPackage;

    SchemaVersion(String folder, String importPackage, String exportPackage) {
        this.folder = folder;
        this.importPackage = importPackage;
        this.exportPackage = exportPackage;
    }

    /** Folder of the XSDs under {@code org/cbec/ceb/xsd}. */
    public String folder() {
        return folder;
    }

    /** Java package of the generated binding for a side. */
    public String bindingPackage(Side side) {
        return "org.cbec.ceb.schema." + switch (side) {
            case IMPORT -> importPackage;
            case EXPORT -> exportPackage;
            case DXP -> "dxp";
        };
    }
}
