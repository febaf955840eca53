package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An engine that records what the CLI gives it and answers with canned rows or errors. */
final class FakeEngine implements Engine {
  Map<String, String> modules;
  ObjectValue data;
  boolean v0;
  String query;
  Value input;
  boolean strict;
  List<QueryRow> rows = List.of();
  RegoException compileError;
  RegoException evalError;

  @Override
  public Compiled compile(Map<String, String> modules, ObjectValue data, boolean v0, Capabilities capabilities) {
    this.modules = modules;
    this.data = data;
    this.v0 = v0;
    if (compileError != null) {
      throw compileError;
    }
    return new Compiled() {
      @Override
      public List<QueryRow> eval(String q, Value in, boolean strictBuiltinErrors, Duration timeout,
          Consumer<String> printer) {
        query = q;
        input = in;
        strict = strictBuiltinErrors;
        if (evalError != null) {
          throw evalError;
        }
        return rows;
      }

      @Override
      public List<Module> modules() {
        return new ArrayList<>();
      }
    };
  }
}
