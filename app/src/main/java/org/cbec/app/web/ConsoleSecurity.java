package org.cbec.app.web;

import org.cbec.app.registry.People;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. The console ({@code /console/**}) needs a signed-in person: a form sign-in, a session, CSRF
 * tokens on every form, sign-out. Everything else (the API, health, OpenAPI) is left to the platform's own bearer
 * tokens: no session, no CSRF, no sign-in page.
 */
@Configuration
class ConsoleSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return http.securityMatcher("/console/**", "/login", "/logout")
                .authorizeHttpRequests(requests -> requests
                        // the sign-in page's style sheet is the console's, and scripts hold no data
                        .requestMatchers("/login", "/console/*.css", "/console/*.js").permitAll()
                        .requestMatchers("/console/operator/**").hasAuthority("KIND_OPERATOR")
                        .requestMatchers("/console/customs/**").hasAuthority("KIND_CUSTOMS")
                        .requestMatchers("/console/department/**").hasAuthority("KIND_DEPARTMENT")
                        .requestMatchers("/console/exchange/**").hasAuthority("KIND_ENTERPRISE")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** A person as Spring Security signs them in: locked while the registry says so. */
    @Bean
    UserDetailsService people(People people, java.time.Clock clock) {
        return login -> people.find(login).map(person -> User.withUsername(person.login())
                        .password(person.passwordHash())
                        .authorities("KIND_" + person.kind().name(), "ROLE_" + person.role())
                        .accountLocked(person.lockedAt(clock.instant()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no person " + login));
    }

    /** Counts the sign-in attempts (a wrong password; a success starts again). */
    @Configuration
    static class Attempts {

        private final People people;

        Attempts(People people) {
            this.people = people;
        }

        @EventListener
        void on(AuthenticationFailureBadCredentialsEvent failure) {
            people.failed(failure.getAuthentication().getName());
        }

        @EventListener
        void on(AuthenticationSuccessEvent success) {
            people.signedIn(success.getAuthentication().getName());
        }
    }
}
