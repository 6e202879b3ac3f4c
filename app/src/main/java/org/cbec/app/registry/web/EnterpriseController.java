package org.cbec.app.registry.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.registry.Role;
import org.cbec.app.registry.application.EnterpriseService;
import org.cbec.app.registry.domain.Enterprise;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's API for enterprise filing. Every call needs the operator token. */
@RestController
@RequestMapping("/api/v1/enterprises")
public class EnterpriseController {

    private final EnterpriseService service;
    private final OperatorToken operator;

    public EnterpriseController(EnterpriseService service, OperatorToken operator) {
        this.service = service;
        this.operator = operator;
    }


    /** An enterprise as the operator sees it: never its token. */
    public record EnterpriseJson(String code, String name, Set<Role> roles, String dxpId, String webhookUrl,
                                 List<CertificateJson> certificates) {
        static EnterpriseJson of(Enterprise e) {
            return new EnterpriseJson(e.code(), e.name(), e.roles(), e.dxpId(), e.webhookUrl(),
                    e.certificates().stream().map(CertificateJson::of).toList());
        }
    }

    public record CertificateJson(long id, String serialHex, String sha256, boolean revoked) {
        static CertificateJson of(Enterprise.Certificate c) {
            return new CertificateJson(c.id(), c.serialHex(), c.sha256(), c.revoked());
        }
    }

    public record CertificateRequest(String pem) {
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> file(@RequestBody EnterpriseService.Filing filing,
                                                    HttpServletRequest request) {
        operator.require(request);
        String token = service.file(filing);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", filing.code(), "token", token));
    }

    @GetMapping("/{code}")
    public EnterpriseJson get(@PathVariable String code, HttpServletRequest request) {
        operator.require(request);
        return EnterpriseJson.of(service.find(code));
    }

    @PutMapping("/{code}")
    public EnterpriseJson change(@PathVariable String code, @RequestBody EnterpriseService.Filing filing,
                                 HttpServletRequest request) {
        operator.require(request);
        return EnterpriseJson.of(service.change(code, filing));
    }

    @PostMapping("/{code}/token")
    public Map<String, String> newToken(@PathVariable String code, HttpServletRequest request) {
        operator.require(request);
        return Map.of("code", code, "token", service.newToken(code));
    }

    @PostMapping("/{code}/certificates")
    public ResponseEntity<CertificateJson> addCertificate(@PathVariable String code,
                                                          @RequestBody CertificateRequest body,
                                                          HttpServletRequest request) {
        operator.require(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(CertificateJson.of(service.addCertificate(code,
                body.pem())));
    }

    @DeleteMapping("/{code}/certificates/{id}")
    public ResponseEntity<Void> revokeCertificate(@PathVariable String code, @PathVariable long id,
                                                  HttpServletRequest request) {
        operator.require(request);
        service.revokeCertificate(code, id);
        return ResponseEntity.noContent().build();
    }
}
