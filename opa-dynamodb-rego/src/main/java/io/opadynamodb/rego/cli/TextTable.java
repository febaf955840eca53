package io.opadynamodb.rego.cli;

import java.util.List;

/** A box-drawn table as opa draws results: centred header, left-aligned cells, one space of padding. */
final class TextTable {
  private TextTable() {}

  static String render(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    rule(sb, widths, '┌', '┬', '┐');
    sb.append('│');
    for (int c = 0; c < widths.length; c++) {
      String h = header.get(c);
      int space = widths[c] - width(h);
      int left = space / 2;
      sb.append(' ').append(" ".repeat(left)).append(h).append(" ".repeat(space - left)).append(" │");
    }
    sb.append('\n');
    rule(sb, widths, '├', '┼', '┤');
    for (List<String> row : rows) {
      sb.append('│');
      for (int c = 0; c < widths.length; c++) {
        String cell = row.get(c);
        sb.append(' ').append(cell).append(" ".repeat(widths[c] - width(cell))).append(" │");
      }
      sb.append('\n');
    }
    rule(sb, widths, '└', '┴', '┘');
    return sb.substring(0, sb.length() - 1);
  }

  private static void rule(StringBuilder sb, int[] widths, char left, char middle, char right) {
    sb.append(left);
    for (int c = 0; c < widths.length; c++) {
      sb.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : middle);
    }
    sb.append('\n');
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
