package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule while it is being parsed, shaped like OPA's mutable {@code Rule}/{@code Head} so the
 * parser's decisions port one to one; {@link ModuleAssembler} turns it into an AST {@code Rule}.
 */
final class RuleDraft {
  boolean isDefault;
  Body body;
  boolean generatedBody;
  RuleDraft elseRule;
  Location location;
  int offset;

  // head
  String name;
  List<Term> reference = new ArrayList<>();
  List<Term> args;
  Term key;
  Term value;
  boolean assign;
  boolean generatedValue;
  /** OPA leaves the generated {@code true} value of some heads without a location. */
  boolean valueLocationless;
  Set<Token> keywords = EnumSet.noneOf(Token.class);
  Location headLocation;

  RuleDraft copyHead() {
    RuleDraft c = new RuleDraft();
    c.name = name;
    c.reference = new ArrayList<>(reference);
    c.args = args == null ? null : new ArrayList<>(args);
    c.key = key;
    c.value = value;
    c.assign = assign;
    c.generatedValue = generatedValue;
    c.valueLocationless = valueLocationless;
    c.headLocation = headLocation;
    return c;
  }

  boolean isFunction() {
    return args != null && !args.isEmpty();
  }

  boolean isMultiValue() {
    return key != null && value == null;
  }
}
