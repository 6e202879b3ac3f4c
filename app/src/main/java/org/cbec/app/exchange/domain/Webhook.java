package org.cbec.app.exchange.domain;

/**
 * A webhook of the exchange and where its feed stands: its subscriber ({@code D:department:dataset} or
 * {@code E:enterprise}, an inbox), its URL, the last cursor delivered, failed attempts in a row, the last error.
 */
public record Webhook(String subscriber, String url, long deliveredCursor, int attempts, String lastError) {
}
