package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.RegoException;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the commands need from the engine, kept in one place so that the commands read as opa's do and the
 * engine's public API is used by exactly one class ({@link CoreEngine}).
 */
interface Engine {

  /**
   * Parses and compiles the modules with the data.
   *
   * @param modules module source text by file name
   * @param data the base document
   * @param v0 parse the modules as Rego v0 (opa's {@code --v0-compatible})
   * @param capabilities the built-ins and hosts allowed (opa's {@code --capabilities}), or null for all
   * @throws RegoException with every parse or compile error
   */
  Compiled compile(Map<String, String> modules, ObjectValue data, boolean v0, Capabilities capabilities);

  /** Compiled policies, ready for queries. */
  interface Compiled {

    /**
     * Evaluates a query.
     *
     * @param query the query text
     * @param input the input document, or null for none
     * @param strictBuiltinErrors stop at the first built-in error instead of making the call undefined
     * @param timeout the evaluation time limit, or null for none
     * @param printer receives the lines of the policies' {@code print()} calls
     * @return the results; empty when the query is undefined
     * @throws RegoException for parse, compile and evaluation errors of the query
     */
    List<QueryRow> eval(String query, Value input, boolean strictBuiltinErrors, Duration timeout,
        Consumer<String> printer);

    /** The parsed modules, in the order they were given. */
    List<Module> modules();
  }
}
