package io.opadynamodb.spring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
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
  void unannotatedEndpointIsNotChecked() throws Exception {
    mvc.perform(get("/open").with(user("bob"))).andExpect(status().isOk());
  }
}
