package io.opadynamodb.sample.security;

import java.util.List;
import java.util.Map;

/**
 * A user of the demo.
 *
 * @param name the login
 * @param roles Spring Security roles (authorities {@code ROLE_<role>}), which the RBAC policy reads
 * @param attributes what the ABAC policy reads at {@code input.subject.attributes}
 */
public record DemoUser(String name, List<String> roles, Map<String, Object> attributes) {}
