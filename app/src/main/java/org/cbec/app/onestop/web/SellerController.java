package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.BearerToken;
import org.cbec.app.onestop.application.Products;
import org.cbec.app.onestop.application.SellerUsers;
import org.cbec.app.onestop.application.Sellers;
import org.cbec.app.onestop.domain.ProductFiling;
import org.cbec.app.onestop.domain.Review;
import org.cbec.app.onestop.domain.SellerApplication;
import org.cbec.app.onestop.domain.SellerRole;
import org.cbec.app.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comprehensive service platform's sellers and their products: anyone signs up; the platform's staff review
 * sign-ups and products; an approved seller files products and reads its own, and only its own.
 */
@RestController
class SellerController {

    private final Sellers sellers;
    private final Products products;
    private final StaffToken staff;
    private final SellerCaller callers;
    private final SellerUsers users;

    SellerController(Sellers sellers, Products products, StaffToken staff, SellerCaller callers, SellerUsers users) {
        this.sellers = sellers;
        this.products = products;
        this.staff = staff;
        this.callers = callers;
        this.users = users;
    }

    @PostMapping("/api/v1/onestop/sellers")
    ResponseEntity<Sellers.SignedUp> signUp(@RequestBody SellerApplication application) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sellers.signUp(application));
    }

    /** The calling seller's sign-up and where it stands (before approval too). */
    @GetMapping("/api/v1/onestop/sellers/me")
    Sellers.View me(HttpServletRequest request) {
        return sellers.byToken(BearerToken.of(request))
                .orElseThrow(() -> Refusal.unauthenticated("a seller's token is required"));
    }

    /** The staff's queue of sign-ups in a status (PENDING unless said). */
    @GetMapping("/api/v1/onestop/sellers")
    Map<String, List<Sellers.View>> queue(@RequestParam(defaultValue = "PENDING") String status,
                                          @RequestParam(required = false) Integer page, HttpServletRequest request) {
        staff.require(request);
        return Map.of("sellers", sellers.queue(status(status), page).rows());
    }

    @GetMapping("/api/v1/onestop/sellers/{id}")
    Sellers.View seller(@PathVariable long id, HttpServletRequest request) {
        staff.require(request);
        return sellers.view(id);
    }

    /** A new token for a seller who lost theirs: the old one stops working. */
    @PostMapping("/api/v1/onestop/sellers/{id}/token")
    Map<String, String> token(@PathVariable long id, HttpServletRequest request) {
        staff.require(request);
        return Map.of("token", sellers.newToken(id));
    }

    record Decision(String decision, String reason) {
    }

    @PostMapping("/api/v1/onestop/sellers/{id}/review")
    Sellers.View decideSeller(@PathVariable long id, @RequestBody Decision decision, HttpServletRequest request) {
        return sellers.decide(id, decision.decision(), decision.reason(), staff.require(request));
    }

    @PostMapping("/api/v1/onestop/products")
    ResponseEntity<Products.View> file(@RequestBody ProductFiling product, HttpServletRequest request) {
        long seller = callers.seller(request, SellerRole.OWNER, SellerRole.CLERK);
        return ResponseEntity.status(HttpStatus.CREATED).body(products.file(seller, product));
    }

    /** A seller's own products, newest first; the staff's queue of products in a status. */
    @GetMapping("/api/v1/onestop/products")
    Map<String, List<Products.View>> products(@RequestParam(required = false) String status,
                                              @RequestParam(required = false) Integer page,
                                              HttpServletRequest request) {
        if (staff.isStaff(request)) {
            return Map.of("products", products.queue(status(status == null ? "PENDING" : status), page).rows());
        }
        return Map.of("products", products.ofSeller(callers.seller(request, SellerCaller.ANYONE), page).rows());
    }

    @GetMapping("/api/v1/onestop/products/{id}")
    Products.View product(@PathVariable long id, HttpServletRequest request) {
        if (staff.isStaff(request)) {
            return products.view(id);
        }
        return products.ofSeller(callers.seller(request, SellerCaller.ANYONE), id);
    }

    @PostMapping("/api/v1/onestop/products/{id}/review")
    Products.View decideProduct(@PathVariable long id, @RequestBody Decision decision, HttpServletRequest request) {
        return products.decide(id, decision.decision(), decision.reason(), staff.require(request));
    }

    /** The owner files its seller's users (CLERK, FINANCE), each with a token of its own, shown once. */
    @PostMapping("/api/v1/onestop/sellers/me/users")
    ResponseEntity<SellerUsers.Filed> fileUser(@RequestBody SellerUsers.Filing filing, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.file(callers.seller(request, SellerRole.OWNER),
                filing));
    }

    @GetMapping("/api/v1/onestop/sellers/me/users")
    Map<String, List<SellerUsers.View>> users(HttpServletRequest request) {
        return Map.of("users", users.ofSeller(callers.seller(request, SellerRole.OWNER)));
    }

    /** Disables a user: its token stops working at once. */
    @PostMapping("/api/v1/onestop/sellers/me/users/{id}/disable")
    SellerUsers.View disableUser(@PathVariable long id, HttpServletRequest request) {
        return users.disable(callers.seller(request, SellerRole.OWNER), id);
    }

    @PostMapping("/api/v1/onestop/sellers/me/users/{id}/token")
    Map<String, String> userToken(@PathVariable long id, HttpServletRequest request) {
        return Map.of("token", users.newToken(callers.seller(request, SellerRole.OWNER), id));
    }

    private static Review status(String status) {
        try {
            return Review.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-status", "status: PENDING, APPROVED or RETURNED, not '" + status + "'");
        }
    }
}
