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

/** Reasons hidden and explanations disabled by configuration. */
@SpringBootTest(classes = TestApplication.class, properties = {"opa.problem.expose-reasons=false",
    "opa.explain.enabled=false", "opa.problem.type=urn:example:denied"})
@AutoConfigureMockMvc
class ProblemSettingsWebTest {
  @Autowired
  MockMvc mvc;

  @Test
  void reasonsAndExplanationAreHidden() throws Exception {
    mvc.perform(get("/servers/server123?explain=true").with(user("bob")).header("X-Policy-Explain", "true"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:example:denied"))
        .andExpect(jsonPath("$.reasons").isEmpty())
        .andExpect(jsonPath("$.explain").doesNotExist())
        .andExpect(jsonPath("$.decision_id").isString());
  }
}
