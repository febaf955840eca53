package io.opadynamodb.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opadynamodb.spring.PolicyCheck;
import io.opadynamodb.spring.PolicyDeniedException;
import io.opadynamodb.spring.decision.DecisionListener;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.access.AccessDeniedException;

/** {@code @PolicyCheck} on a bean that is not a controller, outside any HTTP request or security context. */
class PolicyCheckOnPlainBeansTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(OpaAutoConfiguration.class, OpaMethodSecurityAutoConfiguration.class));

  /** A service whose calls are decided by the compute policies of the test classpath. */
  public static class VmService {
    @PolicyCheck(value = "compute.deny", resource = "{'cpus': #cpus, 'image': 'registry.internal/base'}")
    public String start(int cpus) {
      return "started " + cpus;
    }

    public String unchecked() {
      return "free";
    }
  }

  /** Every method checked by a group that has no policy, so every call is denied. */
  @PolicyCheck("storage.deny")
  public static class Buckets {
    public String list() {
      return "buckets";
    }

    @Override
    public String toString() {
      return "Buckets";
    }
  }

  /** A reference without a rule. */
  public static class BadReference {
    @PolicyCheck("compute")
    public void call() {}
  }

  /** A resource expression that does not parse. */
  @PolicyCheck(value = "compute.deny", resource = "#a +")
  public static class BadExpression {
    public void call() {}
  }

  @Test
  @SuppressWarnings("unchecked")
  void outsideARequestTheInputDescribesTheMethodCall() {
    AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
    runner.withBean(VmService.class).withBean(DecisionListener.class, () -> (d, input) -> seen.set(input))
        .run(context -> {
          context.getBean(VmService.class).start(1);
          Map<String, Object> input = seen.get();
          assertThat((Map<String, Object>) input.get("context")).isEqualTo(Map.of("type", "method",
              "class", VmService.class.getName(), "method", "start", "data", Map.of()));
          assertThat((Map<String, Object>) input.get("action"))
              .isEqualTo(Map.of("name", "invoke", "protocol", "method", "headers", Map.of()));
          assertThat((Map<String, Object>) input.get("subject")).containsEntry("type", "anonymous")
              .containsEntry("authenticated", false);
          assertThat((Map<String, Object>) input.get("resource")).isEqualTo(Map.of("type", "compute", "cpus", 1,
              "image", "registry.internal/base"));
        });
  }

  @Test
  void callsAreDecidedAndDenialsCarryTheDecision() {
    runner.withBean(VmService.class).run(context -> {
      VmService service = context.getBean(VmService.class);
      assertThat(AopUtils.isAopProxy(service)).isTrue();
      assertThat(service.start(2)).isEqualTo("started 2");
      assertThat(service.unchecked()).isEqualTo("free");
      assertThatThrownBy(() -> service.start(16)).isInstanceOf(AccessDeniedException.class)
          .isInstanceOfSatisfying(PolicyDeniedException.class, e -> {
            assertThat(e.decision().policy()).isEqualTo("compute.deny");
            assertThat(e.decision().reasons()).containsExactly("too many cpus: 16 > 8");
          });
    });
  }

  @Test
  void classLevelCheckCoversMethodsButNotObjectMethods() {
    runner.withBean(Buckets.class).run(context -> {
      Buckets buckets = context.getBean(Buckets.class);
      assertThat(buckets.toString()).isEqualTo("Buckets");
      assertThatThrownBy(buckets::list).isInstanceOfSatisfying(PolicyDeniedException.class,
          e -> assertThat(e.decision().reasons()).containsExactly("no policy for storage"));
    });
  }

  @Test
  void badPolicyReferenceStopsTheStartNamingTheMethod() {
    runner.withBean(BadReference.class).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(
          "@PolicyCheck on " + BadReference.class.getName() + ".call: invalid policy reference \"compute\"");
    });
  }

  @Test
  void badResourceExpressionStopsTheStart() {
    runner.withBean(BadExpression.class).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(
          "@PolicyCheck on " + BadExpression.class.getName() + ".call");
    });
  }
}
