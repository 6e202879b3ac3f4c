package org.cbec.app.customs.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.app.customs.domain.TariffTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the tariff table at start: the sample shipped in {@code customs/tariff.csv}, or the file
 * {@code cbec.customs.tariff-file} names (the full official table in the same columns).
 */
@Configuration(proxyBeanMethods = false)
class Tariffs {

    private static final Logger LOG = LoggerFactory.getLogger(Tariffs.class);

    @Bean
    TariffTable tariffTable(@Value("${cbec.customs.tariff-file:}") String file) throws IOException {
        try (Reader csv = file.isBlank()
                ? new InputStreamReader(Tariffs.class.getResourceAsStream("/customs/tariff.csv"),
                        StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            TariffTable table = TariffTable.read(csv);
            LOG.info("tariff table: {} HS lines from {}", table.size(), file.isBlank() ? "the sample" : file);
            return table;
        }
    }
}
