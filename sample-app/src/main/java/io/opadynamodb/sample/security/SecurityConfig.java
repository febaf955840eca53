package io.opadynamodb.sample.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic with the {@link DemoUsers}; the actuator is for ADMIN only, every other endpoint needs a login and
 * is then decided by its {@code @PolicyCheck}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        // a stateless JSON API authenticated on every call: no session, so no CSRF token to carry
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /**
   * The demo users, their password hashed with bcrypt; {@code demo.plain-passwords=true} stores it as
   * {@code {noop}} instead, for measurements that call the app in a tight loop (bcrypt costs tens of milliseconds
   * of CPU per request and would be what they measure).
   */
  @Bean
  UserDetailsService users(@Value("${demo.plain-passwords:false}") boolean plainPasswords) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    String hash = plainPasswords ? "{noop}" + DemoUsers.PASSWORD : encoder.encode(DemoUsers.PASSWORD);
    return new InMemoryUserDetailsManager(DemoUsers.ALL.stream()
        .map(u -> User.withUsername(u.name()).password(hash).roles(u.roles().toArray(String[]::new)).build())
        .toList());
  }
}
