/**
 * The console: the platforms' people in a browser (server-rendered with Thymeleaf and htmx, scripts from WebJars).
 * Sign-in with a password (Argon2id hashes, lockout after repeated failures), sessions, CSRF on every form; the
 * API keeps its bearer tokens and no session. Every page checks the same access rules as the API: an enterprise's
 * person sees only what that enterprise declared.
 *
 * <p>Owns no tables (people are the registry's). Uses the registry's {@code People} and {@code Registry},
 * clearance's {@code InventoryLookup}, {@code ParcelSearch}, {@code ClearanceFigures} and {@code ReceiptStream}.
 * Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package org.cbec.app.web;
