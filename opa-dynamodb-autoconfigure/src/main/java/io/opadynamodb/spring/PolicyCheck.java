package io.opadynamodb.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Decides a method call (or every method of a class) with a Rego policy before it runs.
 *
 * <p>The call is allowed when the router policy's decision for {@link #value()} allows it; otherwise a
 * {@code PolicyDeniedException} (an {@code AccessDeniedException}) is thrown, which the web layer answers with
 * 403 and an RFC 9457 problem body carrying the decision's reasons. Evaluation errors never allow.
 *
 * <pre>{@code
 * @PolicyCheck(value = "compute.deny", resource = "#body")
 * @PostMapping("/compute/vms")
 * Vm create(@RequestBody Vm body) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface PolicyCheck {

    /**
     * The policy reference {@code "<group>.<rule>"}, for example {@code "compute.deny"} or {@code "rbac.allow"}:
     * the router evaluates {@code <rule>} in every package under {@code data.policies.<group>}.
     */
    String value();

    /**
     * The action name placed at {@code input.action.name}. Empty (the default) derives it from the HTTP method:
     * GET/HEAD read, POST create, PUT/PATCH update, DELETE delete.
     */
    String action() default "";

    /**
     * A SpEL expression over the method arguments (as in {@code @PreAuthorize}, e.g. {@code "#body"} or
     * {@code "{'type':'server','id':#id}"}); the fields of the object it yields are merged into
     * {@code input.resource}. Empty (the default) adds nothing.
     */
    String resource() default "";

    /** The resource type placed at {@code input.resource.type}. Empty (the default) uses the policy group. */
    String resourceType() default "";
}
