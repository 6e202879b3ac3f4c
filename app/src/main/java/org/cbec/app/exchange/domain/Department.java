package org.cbec.app.exchange.domain;

/** The departments the public service platform shares data with (cbec-rules.md §E). */
public enum Department {
    MARKET("市场监督管理局"),
    TAX("税务局"),
    FX("国家外汇管理局分局"),
    COMMERCE("商务局"),
    CUSTOMS("海关");

    private final String chineseName;

    Department(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
