/**
 * Registry: the enterprises filed with the platform (customs code, name, roles, DXP id, certificates, webhook,
 * API token). Other modules use only this package: {@link org.cbec.app.registry.Registry} answers who a token
 * belongs to, which roles a code holds and which certificates it may sign with;
 * {@link org.cbec.app.registry.EnterpriseCaller} is the enterprise behind a request.
 *
 * <p>Owns: the tables of {@code db/migration/registry}. Publishes {@link org.cbec.app.registry.DemoEnterprisesFiled}
 * (with the demo option). Listens to (defines, for the public service platform to publish)
 * {@link org.cbec.app.registry.EnterpriseApproved}: customs approved an enterprise's filing, which it files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.cbec.app.registry;
