package org.cbec.app.onestop.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.app.onestop.domain.ExchangeRates;
import org.cbec.app.onestop.domain.ExportTariff;
import org.cbec.app.onestop.domain.TradeCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's reference tables: the export tariff ({@code cbec.onestop.tariff-file} when set, else the sample
 * inside the jar) and the customs codes of countries and currencies.
 */
@Configuration
class TariffConfiguration {

    @Bean
    ExportTariff exportTariff(@Value("${cbec.onestop.tariff-file:}") String file) throws IOException {
        try (InputStream in = file.isBlank() ? TariffConfiguration.class.getResourceAsStream(
                "/onestop/export-tariff.csv") : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IOException("the export tariff onestop/export-tariff.csv is not in the jar");
            }
            return ExportTariff.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** The monthly customs exchange rates ({@code cbec.onestop.rates-file} when set, else the sample in the jar). */
    @Bean
    ExchangeRates exchangeRates(@Value("${cbec.onestop.rates-file:}") String file) throws IOException {
        try (InputStream in = file.isBlank() ? TariffConfiguration.class.getResourceAsStream(
                "/onestop/exchange-rates.csv") : Files.newInputStream(Path.of(file))) {
            return ExchangeRates.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Bean
    TradeCodes tradeCodes() throws IOException {
        try (InputStream countries = TariffConfiguration.class.getResourceAsStream("/onestop/countries.csv");
             InputStream currencies = TariffConfiguration.class.getResourceAsStream("/onestop/currencies.csv");
             InputStream units = TariffConfiguration.class.getResourceAsStream("/onestop/units.csv")) {
            return TradeCodes.read(new InputStreamReader(countries, StandardCharsets.UTF_8),
                    new InputStreamReader(currencies, StandardCharsets.UTF_8),
                    new InputStreamReader(units, StandardCharsets.UTF_8));
        }
    }
}
