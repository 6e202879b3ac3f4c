package org.cbec.app.onestop.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.app.onestop.domain.ExportTariff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The export tariff: {@code cbec.onestop.tariff-file} when set, else the sample inside the jar. */
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
}
