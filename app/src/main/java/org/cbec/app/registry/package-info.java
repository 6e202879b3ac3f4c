/**
 * Registry: the enterprises filed with the platform (customs code, name, roles, DXP id, certificates, webhook,
 * API token). Other modules use only this package: {@link org.cbec.app.registry.Registry} answers who a token
 * belongs to, which roles a code holds and which certificates it may sign with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.cbec.app.registry;
