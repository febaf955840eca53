package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.security.PolicyCheckAuthorizationManager;
import io.opadynamodb.spring.security.PolicyEnforcer;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Role;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * {@link PolicyCheck} on any Spring bean: an {@link AuthorizationManagerBeforeMethodInterceptor} (Spring
 * Security's method-security interceptor) with a {@link PolicyCheckAuthorizationManager}, ordered right after
 * {@code @PreAuthorize}. Works with or without {@code @EnableMethodSecurity}.
 */
@AutoConfiguration(after = OpaAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@Import(OpaMethodSecurityAutoConfiguration.AutoProxyRegistrar.class)
public class OpaMethodSecurityAutoConfiguration {

  /** The advisor's bean name; declare a bean with this name to replace it. */
  public static final String ADVISOR = "policyCheckAdvisor";

  /** Runs right after {@code @PreAuthorize}. */
  public static final int ORDER = AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() + 1;

  // Static and infrastructure-role, as Spring Security declares its own advisors: it is created before ordinary
  // beans, so it must not pull them in early; the enforcer is looked up on the first call.
  @Bean(name = ADVISOR)
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  @ConditionalOnMissingBean(name = ADVISOR)
  public static AuthorizationManagerBeforeMethodInterceptor policyCheckAdvisor(
      ObjectProvider<PolicyEnforcer> enforcer) {
    PolicyCheckAuthorizationManager manager = new PolicyCheckAuthorizationManager(enforcer::getObject);
    AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
        manager.pointcut(), manager);
    interceptor.setOrder(ORDER);
    return interceptor;
  }

  /** Makes sure an auto-proxy creator exists, as {@code @EnableMethodSecurity} does. */
  static class AutoProxyRegistrar implements ImportBeanDefinitionRegistrar {
    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
    }
  }
}
