package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.Carriers;
import org.cbec.app.onestop.domain.CarrierFiling;
import org.cbec.app.onestop.domain.RateCard;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform's carriers: filed by the staff; read, and asked for quotes, by approved sellers and the staff. */
@RestController
class CarrierController {

    private final Carriers carriers;
    private final SellerCaller sellers;
    private final StaffToken staff;

    CarrierController(Carriers carriers, SellerCaller sellers, StaffToken staff) {
        this.carriers = carriers;
        this.sellers = sellers;
        this.staff = staff;
    }

    @PostMapping("/api/v1/onestop/carriers")
    ResponseEntity<Carriers.View> file(@RequestBody CarrierFiling filing, HttpServletRequest request) {
        staff.require(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(carriers.file(filing));
    }

    @GetMapping("/api/v1/onestop/carriers")
    Map<String, List<Carriers.View>> all(HttpServletRequest request) {
        sellerOrStaff(request);
        return Map.of("carriers", carriers.all());
    }

    @GetMapping("/api/v1/onestop/carriers/{id}")
    Carriers.View carrier(@PathVariable long id, HttpServletRequest request) {
        sellerOrStaff(request);
        return carriers.view(id);
    }

    /** Every carrier's price for a parcel to a country, cheapest first, naming the cheapest and the fastest. */
    @GetMapping("/api/v1/onestop/quote")
    Carriers.Quote quote(@RequestParam String country, @RequestParam BigDecimal weightKg,
                         @RequestParam(required = false) BigDecimal lengthCm,
                         @RequestParam(required = false) BigDecimal widthCm,
                         @RequestParam(required = false) BigDecimal heightCm, HttpServletRequest request) {
        sellerOrStaff(request);
        return carriers.quote(country, new RateCard.Parcel(weightKg, lengthCm, widthCm, heightCm));
    }

    private void sellerOrStaff(HttpServletRequest request) {
        if (!staff.isStaff(request)) {
            sellers.seller(request, SellerCaller.ANYONE);
        }
    }
}
