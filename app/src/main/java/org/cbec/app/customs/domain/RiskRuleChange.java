package org.cbec.app.customs.domain;

import java.time.Instant;

/** One audited change of a risk rule: who, what it was, what it became, why, when. */
public record RiskRuleChange(String officer, boolean enabledBefore, String parameterBefore, boolean enabledAfter,
                             String parameterAfter, String reason, Instant changedAt) {
}
