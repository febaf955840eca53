package io.opadynamodb.spring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
@org.springframework.test.context.TestPropertySource(properties = "opa.evaluation-timeout=20ms")
@SuppressWarnings("unchecked")
class PolicyCheckWebTest {
  @Autowired
  MockMvc mvc;

  @Test
  void allowedCallProceeds() throws Exception {
    mvc.perform(post("/compute/vms").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"a\",\"image\":\"registry.internal/base\",\"cpus\":4}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.cpus").value(4));
  }

  @Test
  void deniedCallAnswers403WithProblemBody() throws Exception {
    mvc.perform(post("/compute/vms").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"a\",\"image\":\"docker.io/x\",\"cpus\":16}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.title").value("Forbidden"))
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.policy").value("compute.deny"))
        .andExpect(jsonPath("$.reasons[0]").value("image docker.io/x is not from registry.internal/"))
        .andExpect(jsonPath("$.reasons[1]").value("too many cpus: 16 > 8"))
        .andExpect(jsonPath("$.decision_id").isString())
        .andExpect(jsonPath("$.explain").doesNotExist());
  }

  @Test
  void pathVariableIdAndHttpMethodReachThePolicy() throws Exception {
    mvc.perform(get("/servers/server123").with(user("alice"))).andExpect(status().isOk());
    mvc.perform(get("/servers/server123").with(user("bob")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[0]").value("policies.rbac.allow is false"));
  }

  @Test
  void explainOnQueryParameterOrHeader() throws Exception {
    mvc.perform(post("/compute/vms?explain=true").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"a\",\"image\":\"registry.internal/x\",\"cpus\":9}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.explain['policies.compute.cpus'][0]").value("too many cpus: 9 > 8"))
        .andExpect(jsonPath("$.explain['policies.compute.images']").isEmpty());
    mvc.perform(get("/servers/server123").with(user("bob")).header("X-Policy-Explain", "true"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.explain['policies.rbac'][0]").value(false));
  }

  @Test
  void groupWithoutPolicyIsDenied() throws Exception {
    mvc.perform(get("/buckets").with(user("alice")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[0]").value("no policy for storage"));
  }

  @Test
  void evaluationErrorAnswers403NeverAllows() throws Exception {
    mvc.perform(get("/servers/conflict").with(user("alice")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[0]").value("policy evaluation failed"));
  }

  @Test
  void malformedBodyIsA400() throws Exception {
    mvc.perform(post("/compute/vms").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void resourceExpressionFailingOnTheRequestIsA400WithTheReason() throws Exception {
    mvc.perform(post("/compute/specs").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"other\": 1}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
            "the resource expression \"#body['spec']['cpus']\" of compute.deny failed on this request")))
        .andExpect(jsonPath("$.trace").doesNotExist());
  }

  @Test
  void scalarResourceBecomesTheId() throws Exception {
    mvc.perform(post("/compute/specs").with(user("alice")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"spec\": {\"cpus\": 3}}"))
        .andExpect(status().isOk());
    assertThat((Map<String, Object>) TestApplication.lastInput.get().get("resource"))
        .containsEntry("type", "compute").containsEntry("id", 3);
  }

  @Test
  void timeoutAnswers403() throws Exception {
    mvc.perform(get("/slow").with(user("alice")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.reasons[0]").value("policy evaluation failed"));
    assertThat(TestApplication.lastDecision.get().error()).contains("eval_cancel_error");
  }

  @Test
  void serviceBeanWithClassLevelPolicyCheck() throws Exception {
    mvc.perform(get("/audit").with(user("carol").roles("AUDITOR"))).andExpect(status().isOk());
    assertThat((Map<String, Object>) TestApplication.lastInput.get().get("action")).containsEntry("name", "audit");
    mvc.perform(get("/audit").with(user("bob")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.policy").value("audit.allow"))
        .andExpect(jsonPath("$.reasons[0]").value("allow is undefined in every package of audit"));
  }

  @Test
  void preAuthorizeRunsBeforePolicyCheck() throws Exception {
    TestApplication.lastDecision.set(null);
    mvc.perform(get("/admin/servers/server123").with(user("alice"))).andExpect(status().isForbidden());
    assertThat(TestApplication.lastDecision.get()).as("no policy decision after @PreAuthorize denied").isNull();
    mvc.perform(get("/admin/servers/server123").with(user("alice").roles("ADMIN")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.policy").value("rbac.allow"));
  }

  @Test
  void requestLevelPolicyInAuthorizeHttpRequests() throws Exception {
    mvc.perform(get("/reports/q1").with(user("alice"))).andExpect(status().isOk());
    mvc.perform(get("/reports/secret").with(user("alice")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.policy").value("reports.allow"))
        .andExpect(jsonPath("$.reasons[0]").value("policies.reports.allow is false"));
    assertThat((Map<String, Object>) TestApplication.lastInput.get().get("resource"))
        .containsEntry("id", "secret").containsEntry("type", "reports");
  }

  @Test
  void requestLevelCheckOnAMalformedQueryIsA400() throws Exception {
    mvc.perform(get("/reports/q1").with(user("alice")).with(request -> {
      request.setQueryString("x=%zz");
      return request;
    }))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("malformed query parameter encoding")));
  }

  @Test
  void unannotatedEndpointIsNotChecked() throws Exception {
    mvc.perform(get("/open").with(user("bob"))).andExpect(status().isOk());
  }
}
