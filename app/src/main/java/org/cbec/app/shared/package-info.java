/**
 * What every module shares without depending on the web: {@link org.cbec.app.shared.Refusal}, the platform's
 * answer to a request it will not carry out, which the web layer maps to an HTTP problem in one place, and
 * {@link org.cbec.app.shared.Incident} for its own failures; how events between modules are published
 * ({@link org.cbec.app.shared.BatchedEvents}, one batch per transaction) and delivered
 * ({@link org.cbec.app.shared.EventDelivery}); {@link org.cbec.app.shared.Retries} of transactions that met
 * concurrent work. A shared module: every business module may use it; it uses none. It owns the event publication
 * registry's table ({@code db/migration/shared}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cbec.app.shared;
