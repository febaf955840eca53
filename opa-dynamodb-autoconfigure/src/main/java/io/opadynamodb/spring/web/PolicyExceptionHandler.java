package io.opadynamodb.spring.web;

import io.opadynamodb.spring.PolicyDeniedException;
import io.opadynamodb.spring.decision.PolicyEvaluationException;
import io.opadynamodb.spring.input.PolicyInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers policy outcomes thrown from controllers with problem bodies: {@link PolicyDeniedException} 403,
 * {@link PolicyInputException} 400, {@link PolicyEvaluationException} 503. It runs before other advice so that a
 * generic {@code AccessDeniedException} handler of the application does not hide the decision.
 */
@RestControllerAdvice
public class PolicyExceptionHandler implements Ordered {
  private static final MediaType PROBLEM = MediaType.parseMediaType(PolicyProblems.MEDIA_TYPE);

  private final PolicyProblems problems;

  public PolicyExceptionHandler(PolicyProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(PolicyDeniedException.class)
  public ResponseEntity<Map<String, Object>> denied(PolicyDeniedException e, HttpServletRequest request) {
    return ResponseEntity.status(403).contentType(PROBLEM)
        .body(problems.denied(e.decision(), request.getRequestURI()));
  }

  @ExceptionHandler(PolicyInputException.class)
  public ResponseEntity<Map<String, Object>> badInput(PolicyInputException e, HttpServletRequest request) {
    return ResponseEntity.status(400).contentType(PROBLEM)
        .body(problems.badInput(e.getMessage(), request.getRequestURI()));
  }

  @ExceptionHandler(PolicyEvaluationException.class)
  public ResponseEntity<Map<String, Object>> failed(PolicyEvaluationException e, HttpServletRequest request) {
    return ResponseEntity.status(503).contentType(PROBLEM)
        .body(problems.unavailable(e.decision(), request.getRequestURI()));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 100;
  }
}
