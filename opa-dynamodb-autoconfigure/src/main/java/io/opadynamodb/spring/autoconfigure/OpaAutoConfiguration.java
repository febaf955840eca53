package io.opadynamodb.spring.autoconfigure;

import io.opadynamodb.rego.CustomBuiltin;
import io.opadynamodb.spring.decision.DecisionListener;
import io.opadynamodb.spring.decision.DecisionLogListener;
import io.opadynamodb.spring.decision.InputMask;
import io.opadynamodb.spring.decision.PolicyDecider;
import io.opadynamodb.spring.input.ExplainSwitch;
import io.opadynamodb.spring.input.PolicyInputBuilder;
import io.opadynamodb.spring.input.PolicyInputCustomizer;
import io.opadynamodb.spring.input.SubjectAttributesProvider;
import io.opadynamodb.spring.policy.ClasspathPolicySource;
import io.opadynamodb.spring.policy.PolicyEngine;
import io.opadynamodb.spring.policy.PolicyLoadException;
import io.opadynamodb.spring.policy.PolicySetCompiler;
import io.opadynamodb.spring.policy.PolicySource;
import io.opadynamodb.spring.security.PolicyEnforcer;
import java.time.Clock;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy engine and the decision path: policy source, compiler, engine (loaded at start-up), input builder,
 * decider, enforcer and the decision log. Every bean backs off when the application declares its own.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "opa.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OpaProperties.class)
public class OpaAutoConfiguration {
  private static final Logger log = LoggerFactory.getLogger(OpaAutoConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  public PolicySource policySource(OpaProperties properties, ResourceLoader resourceLoader) {
    return new ClasspathPolicySource(properties.getPolicies().getLocation(),
        properties.getPolicies().isIncludeTests(), ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
  }

  /** The compiler; every {@link CustomBuiltin} bean (such as {@code dynamodb.get}) is known to the policies. */
  @Bean
  @ConditionalOnMissingBean
  public PolicySetCompiler policySetCompiler(OpaProperties properties, ObjectProvider<CustomBuiltin> builtins) {
    return new PolicySetCompiler(properties.getPolicies().getRegoVersion(), properties.getDecisionQuery(),
        Clock.systemUTC(), builtins.orderedStream().toList());
  }

  /**
   * The engine, with the source's policies loaded (start-up fails on bad policies unless fail-fast is off), and
   * reloading when the source reports a change.
   */
  @Bean
  @ConditionalOnMissingBean
  public PolicyEngine policyEngine(PolicySource source, PolicySetCompiler compiler, OpaProperties properties) {
    PolicyEngine engine = new PolicyEngine(source, compiler);
    try {
      engine.reload();
    } catch (PolicyLoadException e) {
      if (properties.getPolicies().isFailFast()) {
        throw e;
      }
      log.error("No policy set is active: every @PolicyCheck is refused until a reload succeeds");
    }
    engine.watchSource();
    return engine;
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "opa.decision-log.enabled", matchIfMissing = true)
  public DecisionLogListener decisionLogListener(OpaProperties properties) {
    OpaProperties.DecisionLog settings = properties.getDecisionLog();
    return new DecisionLogListener(new InputMask(settings.getMask()), settings.isIncludeInput(),
        settings.getFlushInterval(), settings.getBufferCapacity());
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicyDecider policyDecider(PolicyEngine engine, OpaProperties properties,
      ObjectProvider<DecisionListener> listeners) {
    return new PolicyDecider(engine, properties.getEvaluationTimeout(), properties.isStrictBuiltinErrors(),
        listeners.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicyInputBuilder policyInputBuilder(OpaProperties properties,
      ObjectProvider<SubjectAttributesProvider> attributeProviders, ObjectProvider<PolicyInputCustomizer> customizers,
      ObjectProvider<JsonMapper> jsonMapper) {
    OpaProperties.Explain explain = properties.getExplain();
    JsonMapper mapper = jsonMapper.getIfAvailable(JsonMapper::new);
    return new PolicyInputBuilder(new ExplainSwitch(explain.isEnabled(), explain.getParameter(), explain.getHeader()),
        new HashSet<>(properties.getInput().getExcludedHeaders()), attributeProviders.orderedStream().toList(),
        customizers.orderedStream().toList(), value -> mapper.convertValue(value, Object.class));
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicyEnforcer policyEnforcer(PolicyInputBuilder inputBuilder, PolicyDecider decider,
      OpaProperties properties) {
    return new PolicyEnforcer(inputBuilder, decider, properties.isFailClosed());
  }
}
