/**
 * What every HTTP API of the platform shares: errors as RFC 9457 problem details, and the bearer token of a
 * request. A shared module: every business module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP API support",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cbec.app.api;
