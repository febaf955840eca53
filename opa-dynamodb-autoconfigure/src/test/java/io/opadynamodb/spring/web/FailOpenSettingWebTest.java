package io.opadynamodb.spring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With opa.fail-closed=false an evaluation error is a 503, still never a 200. */
@SpringBootTest(classes = TestApplication.class, properties = "opa.fail-closed=false")
@AutoConfigureMockMvc
class FailOpenSettingWebTest {
  @Autowired
  MockMvc mvc;

  @Test
  void evaluationErrorIs503() throws Exception {
    mvc.perform(get("/servers/conflict").with(user("alice")))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.status").value(503))
        .andExpect(jsonPath("$.policy").value("rbac.allow"))
        .andExpect(jsonPath("$.decision_id").isString());
  }

  @Test
  void ordinaryDenialIsStill403() throws Exception {
    mvc.perform(get("/servers/server123").with(user("bob"))).andExpect(status().isForbidden());
  }
}
