package io.opadynamodb.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The input document a policy sees, built from a real request. */
@SpringBootTest(classes = TestApplication.class)
@AutoConfigureMockMvc
@SuppressWarnings("unchecked")
class InputDocumentWebTest {
  @Autowired
  MockMvc mvc;

  private static Map<String, Object> part(String name) {
    return (Map<String, Object>) TestApplication.lastInput.get().get(name);
  }

  @Test
  void everyPartOfTheInput() throws Exception {
    mvc.perform(put(java.net.URI.create("/servers/server123?explain=false&tag=a&tag=b%20c")).with(user("alice").roles("ENG"))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"size\": 5, \"ignored\": 1}")
            .header("X-Trace", "t1").header("Authorization", "Bearer secret")
            .header("Cookie", "session=1").header("Proxy-Authorization", "x"))
        .andExpect(status().isForbidden());
    Map<String, Object> input = TestApplication.lastInput.get();
    // The customizer set policy to storage.deny: the annotation's policy wins.
    assertThat(input).containsEntry("policy", "rbac.allow").containsEntry("explain", false);
    assertThat(part("subject")).containsEntry("type", "user").containsEntry("id", "alice")
        .containsEntry("authenticated", true).containsEntry("authorities", List.of("ROLE_ENG"))
        .containsEntry("attributes", Map.of("tenure", 15));
    assertThat(part("resource")).isEqualTo(Map.of("type", "server", "id", "server123", "size", 5));
    assertThat(part("action")).containsEntry("name", "write").containsEntry("protocol", "HTTP/1.1");
    Map<String, Object> headers = (Map<String, Object>) part("action").get("headers");
    assertThat(headers).containsEntry("x-trace", "t1")
        .doesNotContainKeys("authorization", "cookie", "proxy-authorization", "X-Trace");
    assertThat(part("context")).containsEntry("type", "http").containsEntry("method", "PUT")
        .containsEntry("path", "/servers/server123").containsEntry("segments", List.of("servers", "server123"))
        .containsEntry("query", Map.of("explain", List.of("false"), "tag", List.of("a", "b c")))
        .containsEntry("data", Map.of("tenant", "t1")).containsKeys("host", "ip", "port");
  }

  @Test
  void actionComesFromTheHttpMethodByDefault() throws Exception {
    mvc.perform(get("/servers/s1").with(user("alice"))).andExpect(status().isOk());
    assertThat(part("action")).containsEntry("name", "read");
    assertThat(part("resource")).isEqualTo(Map.of("type", "server", "id", "s1"));
  }

  @Test
  void clientCannotChooseThePolicy() throws Exception {
    mvc.perform(get("/servers/s1?policy=compute.deny").with(user("bob")).header("X-Policy", "compute.deny"))
        .andExpect(status().isForbidden());
    assertThat(TestApplication.lastInput.get()).containsEntry("policy", "rbac.allow");
  }

  @Test
  void explainOnlyWhenAskedWithTrue() throws Exception {
    mvc.perform(get("/servers/s1").with(user("alice")).header("X-Policy-Explain", "yes"))
        .andExpect(status().isOk());
    assertThat(TestApplication.lastInput.get()).containsEntry("explain", false);
    mvc.perform(get("/servers/s1?explain=TRUE").with(user("alice"))).andExpect(status().isOk());
    assertThat(TestApplication.lastInput.get()).containsEntry("explain", true);
  }
}
