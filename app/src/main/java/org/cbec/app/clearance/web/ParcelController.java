package org.cbec.app.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.clearance.application.ParcelViews;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a declarant and a platform can see of their parcels: the documents found, the comparison with its
 * reasons, and every status the inventory passed through. Each sees only its own.
 */
@RestController
public class ParcelController {

    private final ParcelViews parcels;
    private final EnterpriseCaller callers;

    public ParcelController(ParcelViews parcels, EnterpriseCaller callers) {
        this.parcels = parcels;
        this.callers = callers;
    }

    @GetMapping("/api/v1/inventories/{copNo}")
    InventoryResponse inventory(@PathVariable String copNo, HttpServletRequest request) {
        Sender caller = callers.of(request);
        return parcels.inventory(caller.code(), copNo).map(InventoryResponse::of).orElseThrow(() ->
                Refusal.notFound("no inventory copNo " + copNo + " declared by " + caller.code()));
    }

    @GetMapping("/api/v1/orders/{ebpCode}/{orderNo}")
    InventoryResponse.Order order(@PathVariable String ebpCode, @PathVariable String orderNo,
                                  HttpServletRequest request) {
        Sender caller = callers.of(request);
        return parcels.order(caller.code(), ebpCode, orderNo).map(InventoryResponse.Order::of).orElseThrow(() ->
                Refusal.notFound("no order " + orderNo + " of platform " + ebpCode + " visible to "
                        + caller.code()));
    }

}
