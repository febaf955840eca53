package io.opadynamodb.spring.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {
  private final AtomicReference<PolicyBundle> current = new AtomicReference<>();
  private final PolicyEngine engine = new PolicyEngine(current::get, new PolicySetCompiler());

  private static PolicyBundle bundle(String revision, String module) {
    return PolicyBundle.builder(revision).module("policies/p.rego", module).build();
  }

  @Test
  void noPolicySetBeforeTheFirstLoad() {
    assertThat(engine.active()).isEmpty();
    assertThat(engine.revision()).isEmpty();
    assertThat(engine.moduleCount()).isZero();
  }

  @Test
  void reloadActivatesTheSourcesBundle() {
    current.set(bundle("r1", "package policies.p\nallow := true\n"));
    engine.reload();
    assertThat(engine.revision()).contains("r1");
    assertThat(engine.moduleCount()).isEqualTo(1);
  }

  @Test
  void aSetThatDoesNotCompileIsRejectedWithFileRowColAndThePreviousStaysActive() {
    engine.activate(bundle("r1", "package policies.p\nallow := true\n"));
    ActivePolicies before = engine.active().orElseThrow();
    assertThatThrownBy(() -> engine.activate(bundle("r2", "package policies.p\nallow if input.x == unknown_var\n")))
        .isInstanceOf(PolicyLoadException.class)
        .hasMessageContaining("policies/p.rego:2:10: rego_unsafe_var_error: var unknown_var is unsafe");
    assertThat(engine.active()).containsSame(before);
  }

  @Test
  void parseErrorsOfEveryModuleAreListed() {
    PolicyBundle broken = PolicyBundle.builder("r1")
        .module("a.rego", "package policies.a\nallow if {\n").module("b.rego", "package\n").build();
    assertThatThrownBy(() -> engine.activate(broken)).isInstanceOf(PolicyLoadException.class)
        .satisfies(e -> assertThat(((PolicyLoadException) e).problems()).hasSize(2)
            .anySatisfy(p -> assertThat(p).startsWith("a.rego:"))
            .anySatisfy(p -> assertThat(p).startsWith("b.rego:")));
  }

  @Test
  void aWatchedSourceTriggersReloadsAndABadOneKeepsThePrevious() {
    AtomicReference<Runnable> callback = new AtomicReference<>();
    PolicySource watched = new PolicySource() {
      @Override
      public PolicyBundle load() {
        return current.get();
      }

      @Override
      public void watch(Runnable changed) {
        callback.set(changed);
      }
    };
    PolicyEngine watching = new PolicyEngine(watched, new PolicySetCompiler());
    current.set(bundle("r1", "package policies.p\nallow := true\n"));
    watching.reload();
    watching.watchSource();
    current.set(bundle("r2", "package policies.p\nallow := false\n"));
    callback.get().run();
    assertThat(watching.revision()).contains("r2");
    current.set(bundle("r3", "package policies.p\nallow if {\n"));
    callback.get().run();
    assertThat(watching.revision()).contains("r2");
  }

  @Test
  void conflictingDataNamesBothSources() {
    PolicyBundle conflicting = PolicyBundle.builder("r1")
        .dataJson("one/data.json", List.of("x"), "{\"a\": 1}")
        .dataJson("data.json", List.of(), "{\"x\": {\"a\": 2}}")
        .build();
    assertThatThrownBy(() -> engine.activate(conflicting)).isInstanceOf(PolicyLoadException.class)
        .hasMessage("data.json: data conflict at data.x.a (also written by one/data.json)");
  }

  @Test
  void dataMayNotTakeTheStartersIndexPath() {
    PolicyBundle clash = PolicyBundle.builder("r1")
        .dataJson("data.json", List.of("opadynamodb"), "{\"packages\": 1}").build();
    assertThatThrownBy(() -> engine.activate(clash)).isInstanceOf(PolicyLoadException.class)
        .hasMessageContaining("data conflict at data.opadynamodb.packages");
  }

  @Test
  void rootDataMustBeAnObject() {
    PolicyBundle scalar = PolicyBundle.builder("r1").dataJson("data.json", List.of(), "[1]").build();
    assertThatThrownBy(() -> engine.activate(scalar)).hasMessage(
        "data.json: a data document at the root of data must be an object, found array");
  }
}
