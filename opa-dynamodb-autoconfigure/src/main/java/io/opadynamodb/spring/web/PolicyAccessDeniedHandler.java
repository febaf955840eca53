package io.opadynamodb.spring.web;

import io.opadynamodb.spring.PolicyDeniedException;
import io.opadynamodb.spring.decision.Decision;
import io.opadynamodb.spring.decision.PolicyEvaluationException;
import io.opadynamodb.spring.security.PolicyAuthorizationDecision;
import io.opadynamodb.spring.security.PolicyRequestRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the problem body for denials decided in the filter chain ({@code authorizeHttpRequests} with a
 * {@link io.opadynamodb.spring.security.PolicyRequestAuthorizationManager}): 403 for a denial, 400 for a request
 * that cannot become an input, 503 for a failed evaluation with fail-closed off. Other denials go to Spring
 * Security's default handler. Register it with {@code http.exceptionHandling(e -> e.accessDeniedHandler(...))}.
 */
public class PolicyAccessDeniedHandler implements AccessDeniedHandler {
  private final PolicyProblems problems;
  private final JsonMapper json;
  private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

  public PolicyAccessDeniedHandler(PolicyProblems problems, JsonMapper json) {
    this.problems = problems;
    this.json = json;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, jakarta.servlet.ServletException {
    if (response.isCommitted()) {
      fallback.handle(request, response, denied);
      return;
    }
    String instance = request.getRequestURI();
    if (denied instanceof PolicyRequestRefusedException refused) {
      if (refused.getCause() instanceof PolicyEvaluationException failed) {
        write(response, 503, problems.unavailable(failed.decision(), instance));
      } else {
        write(response, 400, problems.badInput(refused.getMessage(), instance));
      }
      return;
    }
    Decision decision = decisionOf(denied);
    if (decision == null) {
      fallback.handle(request, response, denied);
      return;
    }
    write(response, 403, problems.denied(decision, instance));
  }

  private void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
    response.setStatus(status);
    response.setContentType(PolicyProblems.MEDIA_TYPE);
    // Bytes, not a writer: JSON is UTF-8 by definition and the content type carries no charset.
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }

  private static Decision decisionOf(AccessDeniedException denied) {
    if (denied instanceof PolicyDeniedException p) {
      return p.decision();
    }
    if (denied instanceof AuthorizationDeniedException a
        && a.getAuthorizationResult() instanceof PolicyAuthorizationDecision d) {
      return d.decision();
    }
    return null;
  }
}
