package io.opadynamodb.rego.ast;

/**
 * A position in a policy source: file, 1-based row and column, and the source text of the node.
 *
 * @param file the file name (may be empty for queries)
 * @param row 1-based line
 * @param col 1-based column (in characters, as OPA counts bytes for ASCII)
 * @param text the node's source text, or empty when unknown
 */
public record Location(String file, int row, int col, String text) {
  public static final Location NONE = new Location("", 0, 0, "");

  /** {@code file:row:col} when there is a file, {@code row:col} otherwise. */
  @Override
  public String toString() {
    return file == null || file.isEmpty() ? row + ":" + col : file + ":" + row + ":" + col;
  }
}
