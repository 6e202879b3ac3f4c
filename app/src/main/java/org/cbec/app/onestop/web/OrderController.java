package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.Orders;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.SellerRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import static org.cbec.app.onestop.domain.SellerRole.CLERK;
import static org.cbec.app.onestop.domain.SellerRole.OWNER;

/** An approved seller's export orders: one by JSON, many by CSV (UTF-8, or GBK when the request says so). */
@RestController
class OrderController {

    private final Orders orders;
    private final SellerCaller sellers;

    OrderController(Orders orders, SellerCaller sellers) {
        this.orders = orders;
        this.sellers = sellers;
    }

    @PostMapping(path = "/api/v1/onestop/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Orders.View> take(@RequestBody ExportOrder order, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(orders.take(seller(request, OWNER, CLERK), order));
    }

    /** A CSV file of orders (the layout in the README), taken whole or refused whole. */
    @PostMapping(path = "/api/v1/onestop/orders", consumes = "text/csv")
    ResponseEntity<Map<String, Object>> upload(@RequestHeader("Content-Type") String contentType,
                                               HttpServletRequest request) throws IOException {
        long seller = seller(request, OWNER, CLERK);
        Charset charset = charset(contentType);
        List<String> taken = orders.upload(seller, new InputStreamReader(request.getInputStream(), charset
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("orders", taken.size(), "orderNos", taken));
    }

    @GetMapping("/api/v1/onestop/orders")
    Map<String, List<Orders.View>> mine(@RequestParam(required = false) Integer page, HttpServletRequest request) {
        return Map.of("orders", orders.ofSeller(seller(request, SellerCaller.ANYONE), page).rows());
    }

    @GetMapping("/api/v1/onestop/orders/{orderNo}")
    Orders.View order(@PathVariable String orderNo, HttpServletRequest request) {
        return orders.view(seller(request, SellerCaller.ANYONE), orderNo);
    }

    private long seller(HttpServletRequest request, SellerRole... roles) {
        return sellers.seller(request, roles);
    }

    /**
     * UTF-8 unless the request names another (GBK, GB18030: what spreadsheets in China save); a charset Java does
     * not know is refused 415 before this runs.
     */
    private static Charset charset(String contentType) {
        Charset named = MediaType.parseMediaType(contentType).getCharset();
        return named == null ? StandardCharsets.UTF_8 : named;
    }
}
