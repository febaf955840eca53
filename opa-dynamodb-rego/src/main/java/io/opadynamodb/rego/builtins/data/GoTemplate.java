package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.GoQuote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subset of Go's {@code text/template} (method-less, as OPA uses it) over JSON-like data:
 * text, {@code {{pipeline}}}, field chains, variables, {@code if}/{@code else if}/{@code else},
 * {@code range} (with {@code $i, $v :=}), {@code with}, comments, trim markers, parenthesised
 * pipelines and the functions {@code and or not len index print println printf eq ne lt le gt ge
 * html js urlquery}. Values print as Go's {@code fmt} prints them; a missing key prints
 * {@code <no value>}.
 */
final class GoTemplate {
  /** A JSON number decoded with UseNumber: printed as its text, a string kind for Go. */
  record Number(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** An execution error before its position is known. */
  private static final class ExecError extends RuntimeException {
    ExecError(String message) {
      super(message, null, false, false);
    }
  }

  private static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "<no value>";
    }
  };

  private final String src;
  private int pos;
  private final List<Node> root;

  private GoTemplate(String src) {
    this.src = src;
    this.root = new ArrayList<>();
  }

  private static BuiltinException error(String msg) {
    return new BuiltinException("template: template:" + msg);
  }

  /** Parses and executes the template on the data (a {@code Map<String, Object>}). */
  static String render(String template, Map<String, Object> data) {
    GoTemplate t = new GoTemplate(template);
    List<Token> tokens = t.lex();
    Parser p = new Parser(tokens);
    List<Node> nodes = p.parseList(false);
    if (p.pos < tokens.size()) {
      Token tk = tokens.get(p.pos);
      throw error(tk.line + ": unexpected " + tk.describe());
    }
    StringBuilder out = new StringBuilder();
    Exec ex = new Exec(out, template);
    ex.vars.add(new HashMap<>(Map.of("$", data)));
    try {
      ex.run(nodes, data);
    } catch (ExecError e) {
      throw error("1: " + e.getMessage());
    }
    return out.toString();
  }

  // ------------------------------------------------------------------ lexing

  /** Text or an action's words. */
  private record Token(boolean text, String value, List<String> words, List<Integer> offsets, int line) {
    String describe() {
      return text ? "text" : "{{" + String.join(" ", words) + "}}";
    }
  }

  private List<Token> lex() {
    List<Token> out = new ArrayList<>();
    int line = 1;
    while (pos < src.length()) {
      int open = src.indexOf("{{", pos);
      String text = open < 0 ? src.substring(pos) : src.substring(pos, open);
      if (open >= 0 && src.startsWith("{{- ", open)) {
        text = text.stripTrailing();
      }
      if (!text.isEmpty()) {
        out.add(new Token(true, text, null, null, line));
      }
      line += count(text, '\n');
      if (open < 0) {
        break;
      }
      int start = open + 2;
      if (src.startsWith("- ", start)) {
        start += 2;
      }
      int close = findClose(start);
      if (close < 0) {
        throw error(line + ": unclosed action");
      }
      boolean trimRight = close >= 2 && src.startsWith(" -", close - 2) && close - 2 >= start;
      String body = src.substring(start, trimRight ? close - 2 : close).trim();
      line += count(src.substring(open, close), '\n');
      pos = close + 2;
      if (trimRight) {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
          pos++;
        }
      }
      if (body.startsWith("/*")) {
        if (!body.endsWith("*/")) {
          throw error(line + ": unclosed comment");
        }
        continue;
      }
      List<Integer> offsets = new ArrayList<>();
      int bodyStart = src.indexOf(body, start);
      out.add(new Token(false, body, words(body, line, bodyStart, offsets), offsets, line));
    }
    return out;
  }

  private int findClose(int from) {
    boolean inStr = false;
    char quote = 0;
    for (int i = from; i < src.length() - 1; i++) {
      char c = src.charAt(i);
      if (inStr) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          inStr = false;
        }
      } else if (c == '"' || c == '`' || c == '\'') {
        inStr = true;
        quote = c;
      } else if (c == '}' && src.charAt(i + 1) == '}') {
        return i;
      }
    }
    return -1;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** Splits an action into words: strings, parentheses, pipes, := and = kept apart. */
  /** Splits an action into words (strings, parentheses, pipes, := and = kept apart) with their offsets. */
  private static List<String> words(String body, int line, int base, List<Integer> offsets) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      int wordStart = i;
      String word;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else if (c == '"' || c == '`' || c == '\'') {
        int j = i + 1;
        while (j < body.length() && body.charAt(j) != c) {
          if (body.charAt(j) == '\\' && c != '`') {
            j++;
          }
          j++;
        }
        if (j >= body.length()) {
          throw error(line + ": unterminated quoted string");
        }
        word = body.substring(i, j + 1);
        i = j + 1;
      } else if (c == '(' || c == ')' || c == '|' || c == ',') {
        word = String.valueOf(c);
        i++;
      } else if (c == ':' && i + 1 < body.length() && body.charAt(i + 1) == '=') {
        word = ":=";
        i += 2;
      } else if (c == '=') {
        word = "=";
        i++;
      } else {
        int j = i;
        while (j < body.length() && !Character.isWhitespace(body.charAt(j)) && "()|,=\"`'".indexOf(body.charAt(j)) < 0
            && !(body.charAt(j) == ':' && j + 1 < body.length() && body.charAt(j + 1) == '=')) {
          j++;
        }
        word = body.substring(i, j);
        i = j;
      }
      out.add(word);
      offsets.add(base + wordStart);
    }
    return out;
  }

  // ------------------------------------------------------------------ parsing

  private interface Node {}

  private record Text(String text) implements Node {}

  private record Action(List<String> declared, boolean assign, Pipe pipe) implements Node {}

  private record Branch(String kind, List<String> declared, Pipe pipe, List<Node> body, List<Node> elseBody)
      implements Node {}

  private record Pipe(List<Cmd> commands) {}

  /** A command: its operands, the offset of its first word and its text (as Go prints the node). */
  private record Cmd(List<Object> items, int offset, String text) {}

  /** A field chain or variable with fields, and the offset Go reports for it (its last field). */
  private record FieldRef(String text, int offset) {}

  private static final class Parser {
    private final List<Token> tokens;
    private int pos;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    /** Parses nodes until end/else (consumed by the caller) or the end of input. */
    List<Node> parseList(boolean nested) {
      List<Node> out = new ArrayList<>();
      while (pos < tokens.size()) {
        Token t = tokens.get(pos);
        if (t.text) {
          out.add(new Text(t.value));
          pos++;
          continue;
        }
        List<String> w = t.words;
        String first = w.isEmpty() ? "" : w.get(0);
        if (first.equals("end") || first.equals("else")) {
          if (!nested) {
            throw error(t.line + ": unexpected {{" + first + "}}");
          }
          return out;
        }
        pos++;
        switch (first) {
          case "if":
          case "range":
          case "with":
            out.add(branch(first, w.subList(1, w.size()), t.offsets.subList(1, w.size()), t.line));
            break;
          case "define":
          case "template":
          case "block":
          case "break":
          case "continue":
            throw error(t.line + ": {{" + first + "}} is not supported");
          default:
            out.add(action(w, t.offsets, t.line));
        }
      }
      if (nested) {
        throw error(tokens.isEmpty() ? "1" : tokens.get(tokens.size() - 1).line + ": unexpected EOF");
      }
      return out;
    }

    private Action action(List<String> w, List<Integer> offs, int line) {
      List<String> declared = new ArrayList<>();
      boolean assign = false;
      int i = 0;
      if (w.size() >= 2 && w.get(0).startsWith("$")) {
        if (w.get(1).equals(":=") || w.get(1).equals("=")) {
          declared.add(w.get(0));
          assign = w.get(1).equals("=");
          i = 2;
        } else if (w.size() >= 4 && w.get(1).equals(",") && w.get(2).startsWith("$") && w.get(3).equals(":=")) {
          declared.add(w.get(0));
          declared.add(w.get(2));
          i = 4;
        }
      }
      return new Action(declared, assign, pipe(w.subList(i, w.size()), offs.subList(i, w.size()), line));
    }

    private Branch branch(String kind, List<String> w, List<Integer> offs, int line) {
      Action head = action(w, offs, line);
      List<Node> body = parseList(true);
      List<Node> elseBody = null;
      Token t = tokens.get(pos);
      pos++;
      if (t.words.get(0).equals("else")) {
        if (t.words.size() > 1 && (t.words.get(1).equals("if") || t.words.get(1).equals("with"))) {
          // {{else if x}} is {{else}}{{if x}}...{{end}} sharing the outer end.
          elseBody = List.of(branch(t.words.get(1), t.words.subList(2, t.words.size()),
              t.offsets.subList(2, t.words.size()), t.line));
          return new Branch(kind, head.declared, head.pipe, body, elseBody);
        }
        elseBody = parseList(true);
        Token end = tokens.get(pos);
        pos++;
        if (!end.words.get(0).equals("end")) {
          throw error(end.line + ": expected end; found " + end.describe());
        }
      }
      return new Branch(kind, head.declared, head.pipe, body, elseBody);
    }

    private Pipe pipe(List<String> w, List<Integer> offs, int line) {
      if (w.isEmpty()) {
        throw error(line + ": missing value for command");
      }
      List<Cmd> commands = new ArrayList<>();
      List<Object> cmd = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int cmdOffset = offs.get(0);
      for (int i = 0; i < w.size(); i++) {
        String x = w.get(i);
        if (x.equals("|")) {
          if (cmd.isEmpty()) {
            throw error(line + ": missing value for command");
          }
          commands.add(new Cmd(cmd, cmdOffset, text.toString()));
          cmd = new ArrayList<>();
          text = new StringBuilder();
          cmdOffset = i + 1 < offs.size() ? offs.get(i + 1) : offs.get(i);
          continue;
        }
        if (text.length() > 0) {
          text.append(' ');
        }
        if (x.equals("(")) {
          int depth = 1;
          int j = i + 1;
          for (; j < w.size() && depth > 0; j++) {
            if (w.get(j).equals("(")) {
              depth++;
            } else if (w.get(j).equals(")")) {
              depth--;
            }
          }
          if (depth != 0) {
            throw error(line + ": unclosed left paren");
          }
          if (j - 1 <= i + 1) {
            throw error(line + ": missing value for command");
          }
          Pipe sub = pipe(w.subList(i + 1, j - 1), offs.subList(i + 1, j - 1), line);
          cmd.add(sub);
          text.append('(').append(String.join(" ", w.subList(i + 1, j - 1))).append(')');
          i = j - 1;
        } else if (x.equals(")")) {
          throw error(line + ": unexpected right paren");
        } else {
          int dot = x.lastIndexOf('.');
          boolean chain = (x.startsWith(".") && x.length() > 1) || (x.startsWith("$") && dot > 0);
          cmd.add(chain ? new FieldRef(x, offs.get(i) + Math.max(0, fieldOffset(x))) : x);
          text.append(x);
        }
      }
      if (cmd.isEmpty()) {
        throw error(line + ": missing value for command");
      }
      commands.add(new Cmd(cmd, cmdOffset, text.toString()));
      return new Pipe(commands);
    }

    /** Go reports a chain at its second item: .a.b at .b, $x.a at .a; a single .a at its start. */
    private static int fieldOffset(String x) {
      int first = x.indexOf('.');
      if (x.startsWith("$")) {
        return first;
      }
      int second = x.indexOf('.', 1);
      return second < 0 ? 0 : second;
    }
  }

  // ------------------------------------------------------------------ execution

  private static final class Exec {
    private final StringBuilder out;
    private final String src;
    private final List<Map<String, Object>> vars = new ArrayList<>();

    Exec(StringBuilder out, String src) {
      this.out = out;
      this.src = src;
    }

    /** Go's execution error: {@code template:L:C: executing "template" at <node>: msg}. */
    private BuiltinException at(int pos, String context, String msg) {
      String before = src.substring(0, Math.min(pos, src.length()));
      int nl = before.lastIndexOf('\n');
      int line = 1 + (int) before.chars().filter(ch -> ch == '\n').count();
      int col = nl < 0 ? pos : pos - (nl + 1);
      return error(line + ":" + col + ": executing \"template\" at <" + context + ">: " + msg);
    }

    void run(List<Node> nodes, Object dot) {
      for (Node n : nodes) {
        if (n instanceof Text t) {
          out.append(t.text);
        } else if (n instanceof Action a) {
          Object v = eval(a.pipe, dot);
          if (a.declared.isEmpty()) {
            out.append(print(v));
          } else if (a.assign) {
            setVar(a.declared.get(0), v);
          } else {
            vars.get(vars.size() - 1).put(a.declared.get(0), v);
          }
        } else {
          branch((Branch) n, dot);
        }
      }
    }

    private void setVar(String name, Object v) {
      for (int i = vars.size() - 1; i >= 0; i--) {
        if (vars.get(i).containsKey(name)) {
          vars.get(i).put(name, v);
          return;
        }
      }
      throw error("1: undefined variable: " + name);
    }

    private void branch(Branch b, Object dot) {
      vars.add(new HashMap<>());
      try {
        Object v = eval(b.pipe, dot);
        switch (b.kind) {
          case "if":
            declare(b, v, null);
            run(truth(v) ? b.body : orEmpty(b.elseBody), dot);
            break;
          case "with":
            declare(b, v, null);
            if (truth(v)) {
              run(b.body, v);
            } else {
              run(orEmpty(b.elseBody), dot);
            }
            break;
          default:
            range(b, v, dot);
        }
      } finally {
        vars.remove(vars.size() - 1);
      }
    }

    private static List<Node> orEmpty(List<Node> l) {
      return l == null ? List.of() : l;
    }

    private void declare(Branch b, Object v, Object key) {
      if (b.declared.size() == 1) {
        vars.get(vars.size() - 1).put(b.declared.get(0), v);
      } else if (b.declared.size() == 2) {
        vars.get(vars.size() - 1).put(b.declared.get(0), key);
        vars.get(vars.size() - 1).put(b.declared.get(1), v);
      }
    }

    private void range(Branch b, Object v, Object dot) {
      List<Object[]> items = new ArrayList<>();
      if (v instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          items.add(new Object[] {(long) i, l.get(i)});
        }
      } else if (v instanceof Map<?, ?> m) {
        new TreeMap<>(m).forEach((k, x) -> items.add(new Object[] {k, x}));
      } else if (v == null || v == MISSING) {
        // Ranging over nothing runs the else branch.
      } else {
        throw error("1: range can't iterate over " + print(v));
      }
      if (items.isEmpty()) {
        run(orEmpty(b.elseBody), dot);
        return;
      }
      for (Object[] item : items) {
        if (b.declared.size() == 1) {
          vars.get(vars.size() - 1).put(b.declared.get(0), item[1]);
        } else if (b.declared.size() == 2) {
          vars.get(vars.size() - 1).put(b.declared.get(0), item[0]);
          vars.get(vars.size() - 1).put(b.declared.get(1), item[1]);
        }
        run(b.body, item[1]);
      }
    }

    private Object eval(Pipe p, Object dot) {
      Object last = null;
      boolean hasLast = false;
      for (Cmd cmd : p.commands) {
        last = command(cmd, dot, hasLast ? new Object[] {last} : new Object[0]);
        hasLast = true;
      }
      return last;
    }

    private Object command(Cmd c, Object dot, Object[] piped) {
      List<Object> cmd = c.items;
      Object first = cmd.get(0);
      if (first instanceof String name && isFunction(name)) {
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < cmd.size(); i++) {
          args.add(operand(cmd.get(i), dot));
        }
        for (Object x : piped) {
          args.add(x);
        }
        try {
          return call(name, args);
        } catch (ExecError e) {
          throw at(c.offset, c.text, e.getMessage());
        }
      }
      if (cmd.size() > 1 || piped.length > 0) {
        throw error("1: can't give argument to non-function " + first);
      }
      return operand(first, dot);
    }

    private static boolean isFunction(String name) {
      return !name.isEmpty() && Character.isLetter(name.charAt(0)) && !name.equals("true") && !name.equals("false")
          && !name.equals("nil");
    }

    private Object operand(Object w, Object dot) {
      if (w instanceof Pipe p) {
        return eval(p, dot);
      }
      if (w instanceof FieldRef f) {
        try {
          return operand(f.text, dot);
        } catch (ExecError e) {
          throw at(f.offset, f.text, e.getMessage());
        }
      }
      String s = (String) w;
      if (s.equals(".")) {
        return dot;
      }
      if (s.startsWith(".")) {
        return fields(dot, s.substring(1), false);
      }
      if (s.startsWith("$")) {
        int dotAt = s.indexOf('.');
        String name = dotAt < 0 ? s : s.substring(0, dotAt);
        Object v = lookupVar(name);
        return dotAt < 0 ? v : fields(v, s.substring(dotAt + 1), true);
      }
      if (s.startsWith("\"")) {
        return io.opadynamodb.rego.value.Json.parse(s) instanceof io.opadynamodb.rego.value.StringValue sv
            ? sv.value() : s;
      }
      if (s.startsWith("`")) {
        return s.substring(1, s.length() - 1);
      }
      if (s.equals("true") || s.equals("false")) {
        return Boolean.parseBoolean(s);
      }
      if (s.equals("nil")) {
        throw error("1: nil is not a command");
      }
      if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '+')) {
        try {
          return Long.parseLong(s);
        } catch (NumberFormatException e) {
          try {
            return Double.parseDouble(s);
          } catch (NumberFormatException e2) {
            throw error("1: bad number syntax: \"" + s + "\"");
          }
        }
      }
      if (isFunction(s)) {
        return call(s, List.of());
      }
      throw error("1: unexpected \"" + s + "\" in operand");
    }

    private Object lookupVar(String name) {
      for (int i = vars.size() - 1; i >= 0; i--) {
        if (vars.get(i).containsKey(name)) {
          return vars.get(i).get(name);
        }
      }
      throw error("1: undefined variable \"" + name + "\"");
    }

    /** Field lookups; a receiver from a map lookup has Go type interface {}, a variable its own type. */
    private Object fields(Object v, String chain, boolean fromVariable) {
      boolean concrete = fromVariable;
      for (String f : chain.split("\\.")) {
        if (v instanceof Map<?, ?> m) {
          v = m.containsKey(f) ? m.get(f) : MISSING;
        } else if (v == MISSING) {
          return MISSING;
        } else if (v == null) {
          throw new ExecError("nil pointer evaluating interface {}." + f);
        } else {
          throw new ExecError("can't evaluate field " + f + " in type " + (concrete ? goType(v) : "interface {}"));
        }
        concrete = false;
      }
      return v;
    }

    private Object call(String name, List<Object> args) {
      switch (name) {
        case "and": {
          Object r = null;
          for (Object a : args) {
            r = a;
            if (!truth(a)) {
              return a;
            }
          }
          return r;
        }
        case "or": {
          Object r = null;
          for (Object a : args) {
            r = a;
            if (truth(a)) {
              return a;
            }
          }
          return r;
        }
        case "not":
          return !truth(args.get(0));
        case "len": {
          Object a = args.get(0);
          if (a instanceof String s) {
            return (long) GoStrings.utf8(s).length;
          }
          if (a instanceof Number n) {
            return (long) n.text.length();
          }
          if (a instanceof List<?> l) {
            return (long) l.size();
          }
          if (a instanceof Map<?, ?> m) {
            return (long) m.size();
          }
          throw new ExecError("error calling len: len of type " + goType(a));
        }
        case "index": {
          Object v = args.get(0);
          for (int i = 1; i < args.size(); i++) {
            Object k = args.get(i);
            if (v instanceof Map<?, ?> m) {
              v = m.containsKey(k) ? m.get(k) : MISSING;
            } else if (v instanceof List<?> l && k instanceof Long idx) {
              if (idx < 0 || idx >= l.size()) {
                throw new ExecError("error calling index: index out of range: " + idx);
              }
              v = l.get(idx.intValue());
            } else {
              throw new ExecError("error calling index: can't index item of type " + goType(v));
            }
          }
          return v;
        }
        case "print":
          return goSprint(args);
        case "println": {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? " " : "").append(print(args.get(i)));
          }
          return sb.append('\n').toString();
        }
        case "printf":
          return printf(args);
        case "eq": {
          Object a = args.get(0);
          for (int i = 1; i < args.size(); i++) {
            if (compare(a, args.get(i), "eq") == 0) {
              return true;
            }
          }
          return false;
        }
        case "ne":
          return compare(args.get(0), args.get(1), "ne") != 0;
        case "lt":
          return compare(args.get(0), args.get(1), "lt") < 0;
        case "le":
          return compare(args.get(0), args.get(1), "le") <= 0;
        case "gt":
          return compare(args.get(0), args.get(1), "gt") > 0;
        case "ge":
          return compare(args.get(0), args.get(1), "ge") >= 0;
        case "html":
          return goSprint(args).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
              .replace("\"", "&#34;").replace("'", "&#39;").replace("\0", "\uFFFD");
        case "js":
          return js(goSprint(args));
        case "urlquery":
          return GoUrl.queryEscape(goSprint(args));
        default:
          throw error("1: function \"" + name + "\" not defined");
      }
    }
  }

  private static String js(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '"' -> sb.append("\\\"");
        case '<' -> sb.append("\\u003C");
        case '>' -> sb.append("\\u003E");
        case '&' -> sb.append("\\u0026");
        case '=' -> sb.append("\\u003D");
        case '\n' -> sb.append("\\u000A");
        case '\r' -> sb.append("\\u000D");
        case '\t' -> sb.append("\\u0009");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Go's {@code fmt.Sprint}: spaces only between operands when neither is a string. */
  private static String goSprint(List<Object> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      boolean isString = a instanceof String || a instanceof Number;
      if (i > 0 && !isString && !(args.get(i - 1) instanceof String || args.get(i - 1) instanceof Number)) {
        sb.append(' ');
      }
      sb.append(print(a));
    }
    return sb.toString();
  }

  private static String printf(List<Object> args) {
    String format = print(args.get(0));
    StringBuilder sb = new StringBuilder();
    int arg = 1;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 >= format.length()) {
        sb.append(c);
        continue;
      }
      char verb = format.charAt(++i);
      if (verb == '%') {
        sb.append('%');
        continue;
      }
      if (arg >= args.size()) {
        sb.append("%!").append(verb).append("(MISSING)");
        continue;
      }
      Object a = args.get(arg++);
      switch (verb) {
        case 'q' -> sb.append(GoQuote.quote(print(a)));
        case 'd' -> sb.append(a instanceof Long ? a.toString() : "%!d(" + goType(a) + "=" + print(a) + ")");
        default -> sb.append(print(a));
      }
    }
    if (arg < args.size()) {
      sb.append("%!(EXTRA ");
      for (int i = arg; i < args.size(); i++) {
        sb.append(i > arg ? ", " : "").append(goType(args.get(i))).append('=').append(print(args.get(i)));
      }
      sb.append(')');
    }
    return sb.toString();
  }

  private static boolean truth(Object v) {
    if (v == null || v == MISSING) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Number n) {
      return !n.text.isEmpty();
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof Double d) {
      return d != 0;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return true;
  }

  private static int compare(Object a0, Object b0, String fn) {
    Object a = a0;
    Object b = b0;
    if (a instanceof Number na) {
      a = na.text;
    }
    if (b instanceof Number nb) {
      b = nb.text;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return io.opadynamodb.rego.value.StringValue.compareCodePoints(sa, sb);
    }
    if (a instanceof Long la && b instanceof Long lb) {
      return Long.compare(la, lb);
    }
    if ((a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)) {
      return Double.compare(((java.lang.Number) a).doubleValue(), ((java.lang.Number) b).doubleValue());
    }
    if (a instanceof Boolean ba && b instanceof Boolean bb && (fn.equals("eq") || fn.equals("ne"))) {
      return ba.equals(bb) ? 0 : 1;
    }
    if (fn.equals("eq") || fn.equals("ne")) {
      if ((a == null || a == MISSING) && (b == null || b == MISSING)) {
        return 0;
      }
      throw new ExecError("error calling " + fn + ": incompatible types for comparison: " + goType(a0) + " and "
          + goType(b0));
    }
    throw new ExecError("error calling " + fn + ": incompatible types for comparison: " + goType(a0) + " and "
        + goType(b0));
  }

  private static String goType(Object v) {
    if (v == null || v == MISSING) {
      return "<nil>";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Number) {
      return "json.Number";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof Long) {
      return "int";
    }
    if (v instanceof Double) {
      return "float64";
    }
    if (v instanceof List) {
      return "[]interface {}";
    }
    return "map[string]interface {}";
  }

  /** Go's {@code fmt} {@code %v}. */
  static String print(Object v) {
    if (v == null || v == MISSING) {
      return "<no value>";
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? " " : "").append(printNested(l.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("map[");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        sb.append(first ? "" : " ").append(e.getKey()).append(':').append(printNested(e.getValue()));
        first = false;
      }
      return sb.append(']').toString();
    }
    if (v instanceof Double d) {
      return GoStrconv.formatFloatG(d);
    }
    return v.toString();
  }

  private static String printNested(Object v) {
    return v == null || v == MISSING ? "<nil>" : print(v);
  }
}
