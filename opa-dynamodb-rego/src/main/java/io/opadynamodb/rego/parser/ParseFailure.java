package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.CompileException;
import io.opadynamodb.rego.RegoError;
import java.util.ArrayList;
import java.util.List;

/**
 * A syntax error found by the parser proper. Besides the errors it keeps the source, so that
 * {@link #opaMessage()} can print OPA's error text with the offending line and a caret.
 */
public final class ParseFailure extends CompileException {
  private final transient String source;

  ParseFailure(List<RegoError> errors, String source) {
    super(errors);
    this.source = source;
  }

  /** The errors as OPA's {@code ast.Errors.Error()} prints them, with the source line and caret of each. */
  public String opaMessage() {
    List<String> parts = new ArrayList<>();
    for (RegoError e : errors()) {
      StringBuilder sb = new StringBuilder(OpaErrors.prefix(e));
      for (String line : detailLines(e)) {
        sb.append("\n\t").append(line);
      }
      parts.add(sb.toString());
    }
    return OpaErrors.join(parts);
  }

  /** OPA's ParserErrorDetail: the line holding the error (leading tabs dropped) and a caret under it. */
  private List<String> detailLines(RegoError e) {
    if (source == null || source.isEmpty() || e.location().row() == 0) {
      return List.of();
    }
    int offset = offsetOf(e.location().row(), e.location().col());
    if (offset >= source.length()) {
      offset = source.length() - 1;
    } else if (offset < 0) {
      offset = 0;
    }
    while (offset > 0 && Character.isWhitespace(source.charAt(offset))) {
      offset--;
    }
    int begin = offset;
    while (begin > 0 && !isNewline(source.charAt(begin))) {
      begin--;
    }
    if (isNewline(source.charAt(begin))) {
      begin++;
    }
    int end = offset;
    while (end < source.length() && !isNewline(source.charAt(end))) {
      end++;
    }
    if (begin > end) {
      begin = end;
    }
    String line = source.substring(begin, end);
    int index = offset - begin;
    String trimmed = line.replaceFirst("^\\t+", "");
    int tabs = line.length() - trimmed.length();
    return List.of(trimmed, " ".repeat(Math.max(index - tabs, 0)) + "^");
  }

  private int offsetOf(int row, int col) {
    int r = 1;
    int i = 0;
    while (r < row && i < source.length()) {
      if (source.charAt(i) == '\n') {
        r++;
      }
      i++;
    }
    return i + Math.max(col - 1, 0);
  }

  private static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }
}
