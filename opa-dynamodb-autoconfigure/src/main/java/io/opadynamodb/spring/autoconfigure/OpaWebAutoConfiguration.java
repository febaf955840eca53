package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.spring.security.PolicyAuthorizationManagers;
import io.opadynamodb.spring.security.PolicyEnforcer;
import io.opadynamodb.spring.web.PolicyAccessDeniedHandler;
import io.opadynamodb.spring.web.PolicyExceptionHandler;
import io.opadynamodb.spring.web.PolicyProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side in servlet applications: problem bodies (403 denial, 400 bad input, 503 failed evaluation) for
 * {@code @PolicyCheck} on controllers, and, with Spring Security's web module, request-level policy checks for
 * {@code authorizeHttpRequests} with their access-denied handler.
 */
@AutoConfiguration(after = OpaAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RestControllerAdvice.class)
public class OpaWebAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public PolicyProblems policyProblems(OpaProperties properties) {
    return new PolicyProblems(properties.getProblem().getType(), properties.getProblem().isExposeReasons());
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicyExceptionHandler policyExceptionHandler(PolicyProblems problems) {
    return new PolicyExceptionHandler(problems);
  }

  /** Request-level checks, with Spring Security's web module. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(RequestAuthorizationContext.class)
  static class RequestAuthorization {

    @Bean
    @ConditionalOnMissingBean
    PolicyAuthorizationManagers policyAuthorizationManagers(PolicyEnforcer enforcer) {
      return new PolicyAuthorizationManagers(enforcer);
    }

    @Bean
    @ConditionalOnMissingBean
    PolicyAccessDeniedHandler policyAccessDeniedHandler(PolicyProblems problems,
        ObjectProvider<JsonMapper> jsonMapper) {
      return new PolicyAccessDeniedHandler(problems, jsonMapper.getIfAvailable(JsonMapper::new));
    }
  }
}
