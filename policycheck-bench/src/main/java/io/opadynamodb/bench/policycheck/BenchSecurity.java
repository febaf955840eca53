package io.opadynamodb.bench.policycheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain for both endpoints (HTTP Basic, stateless, every request authenticated), so only
 * {@code @PolicyCheck} differs between them. The users are the sample app's alice and bob.
 */
@Configuration(proxyBeanMethods = false)
public class BenchSecurity {
  /** The password of both users. */
  public static final String PASSWORD = "password";

  @Bean
  SecurityFilterChain benchFilterChain(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * Plain-text passwords ({noop}) on purpose: Basic authentication runs on every request of both endpoints,
   * and a bcrypt check (tens of milliseconds) would bury the microseconds being measured. Only the lookup is
   * exposed: a bean that is also a {@code UserDetailsPasswordService} (as the in-memory manager is) gets its
   * {noop} passwords "upgraded" to bcrypt on the first login, and every later request pays for bcrypt again.
   */
  @Bean
  UserDetailsService benchUsers() {
    InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
        User.withUsername("alice").password("{noop}" + PASSWORD).roles("engineering", "webdev").build(),
        User.withUsername("bob").password("{noop}" + PASSWORD).roles("hr").build());
    return users::loadUserByUsername;
  }
}
