package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import io.opadynamodb.rego.ast.Body;
import io.opadynamodb.rego.ast.Expr;
import io.opadynamodb.rego.ast.Location;
import io.opadynamodb.rego.ast.Module;
import io.opadynamodb.rego.ast.RegoVersion;
import io.opadynamodb.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Rego modules, queries and terms as OPA v1.22.2 does. Every failure is a
 * {@link CompileException} whose errors carry code {@code rego_parse_error}, OPA's message and the
 * location ({@code file:row:col}).
 */
public final class RegoParser {
  private RegoParser() {}

  /**
   * Parses a policy module.
   *
   * @param file the file name used in locations
   * @param source the module text
   * @param version the syntax version ({@link RegoVersion#V1} is OPA 1.x's default)
   */
  public static Module parseModule(String file, String source, RegoVersion version) {
    return parseDetailed(file, source, version, true).module();
  }

  /** A module with the parser's extra facts about its rules and its comments. */
  record Parsed(Module module, List<RuleDraft> drafts, List<Comment> comments) {}

  static Parsed parseDetailed(String file, String source, RegoVersion version, boolean processAnnotations) {
    String f = file == null ? "" : file;
    StatementParser p = new StatementParser(f, version, false);
    List<Object> stmts = p.parse(source);
    if (p.hasErrors()) {
      throw new ParseFailure(p.s.errors.toList(), source);
    }
    ModuleAssembler assembler = new ModuleAssembler(f, version, processAnnotations);
    List<Comment> comments = p.comments();
    Module m = assembler.assemble(stmts, comments);
    if (m == null) {
      throw new CompileException(assembler.errors());
    }
    return new Parsed(m, assembler.drafts(), comments);
  }

  /** Parses a query such as {@code data.x.p = y} or {@code x := 1; y := x + 1}. */
  public static Body parseQuery(String source, RegoVersion version) {
    return parseQuery("", source, version);
  }

  /** Parses a query; expressions are separated by {@code ;} or new lines. */
  public static Body parseQuery(String file, String source, RegoVersion version) {
    String f = file == null ? "" : file;
    StatementParser p = new StatementParser(f, version, true);
    List<Object> stmts = p.parse(source);
    if (p.hasErrors()) {
      throw new ParseFailure(p.s.errors.toList(), source);
    }
    List<Expr> exprs = new ArrayList<>();
    for (Object stmt : stmts) {
      if (stmt instanceof Body b) {
        exprs.addAll(b.exprs());
      } else {
        String kind = stmt instanceof ImportDecl ? "*ast.Import" : "*ast.Package";
        throw new CompileException(List.of(new RegoError(ParserBase.PARSE_ERR, "expected body but got " + kind,
            new Location(f, 0, 0, ""))));
      }
    }
    Location l = exprs.isEmpty() ? new Location(f, 0, 0, "") : exprs.get(0).location();
    return new Body(exprs, l);
  }

  /** Parses a single term, such as a test case's {@code input_term}. */
  public static Term parseTerm(String source) {
    return parseTerm(source, RegoVersion.V1);
  }

  /** Parses a single term in the given syntax version. */
  public static Term parseTerm(String source, RegoVersion version) {
    Body b;
    try {
      b = parseQuery("", source, version);
    } catch (CompileException e) {
      RegoError first = e.errors().get(0);
      throw new CompileException(List.of(new RegoError(first.code(), "failed to parse term: " + first.message(),
          first.location())));
    }
    if (b.size() != 1) {
      throw new CompileException(List.of(new RegoError(ParserBase.PARSE_ERR,
          "expected exactly one term but got: " + io.opadynamodb.rego.ast.TermPrinter.body(b), Location.NONE)));
    }
    if (!(b.get(0) instanceof Expr.TermExpr te) || b.get(0).negated() || !b.get(0).with().isEmpty()) {
      throw new CompileException(List.of(new RegoError(ParserBase.PARSE_ERR,
          "expected term but got " + io.opadynamodb.rego.ast.TermPrinter.expr(b.get(0)), Location.NONE)));
    }
    return te.term();
  }
}
