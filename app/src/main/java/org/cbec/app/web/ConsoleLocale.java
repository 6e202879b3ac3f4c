package org.cbec.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English too: the console's texts come from {@code messages*.properties} (zh-CN the default),
 * {@code ?lang=en} or {@code ?lang=zh-CN} switches and a cookie remembers; times are shown in China time.
 */
@Configuration
class ConsoleLocale implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cbec-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change).addPathPatterns("/console/**", "/login");
    }

    /** Times as the console shows them: China time, {@code yyyy-MM-dd HH:mm:ss}. */
    @Bean
    ChinaTime chinaTime() {
        return new ChinaTime();
    }

    /** Formats instants in China time for the templates ({@code ${@chinaTime.format(at)}}). */
    static final class ChinaTime {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.of("Asia/Shanghai"));

        public String format(Instant at) {
            return at == null ? "" : FORMAT.format(at);
        }
    }
}
