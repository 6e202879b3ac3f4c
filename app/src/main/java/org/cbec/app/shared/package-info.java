/**
 * What every module's application layer shares without depending on the web: {@link org.cbec.app.shared.Refusal},
 * the platform's answer to a request it will not carry out, which the web layer maps to an HTTP problem in one
 * place. A shared module: every business module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cbec.app.shared;
