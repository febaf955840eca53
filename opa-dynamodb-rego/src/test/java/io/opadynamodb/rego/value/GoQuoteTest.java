package io.opadynamodb.rego.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link GoQuote} against opa v1.22.2: which code points {@code strconv.Quote} keeps (recorded over
 * every code point in {@code value/goquote-printable.txt}) and the escapes of the rest.
 */
class GoQuoteTest {
  @Test
  void keepsExactlyTheCodePointsOpaKeeps() throws IOException {
    List<int[]> ranges = printableRanges();
    List<String> wrong = new ArrayList<>();
    int next = 0;
    for (int cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) {
        continue;
      }
      while (next < ranges.size() && ranges.get(next)[1] < cp) {
        next++;
      }
      boolean opaKeeps = next < ranges.size() && ranges.get(next)[0] <= cp;
      String ch = new String(Character.toChars(cp));
      boolean kept = GoQuote.quote(ch).equals("\"" + ch + "\"");
      if (kept != opaKeeps && wrong.size() < 20) {
        wrong.add(Integer.toHexString(cp) + (opaKeeps ? " escaped, OPA keeps it" : " kept, OPA escapes it"));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void escapesAsGoDoes() {
    assertThat(GoQuote.quote("\u0007\b\f\n\r\t\u000b\\\"")).isEqualTo("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"");
    assertThat(GoQuote.quote("\u0000\u001f\u007f")).isEqualTo("\"\\x00\\x1f\\x7f\"");
    assertThat(GoQuote.quote("\u00ad\u2028")).isEqualTo("\"\\u00ad\\u2028\"");
    assertThat(GoQuote.quote(new String(Character.toChars(0xE0001)))).isEqualTo("\"\\U000e0001\"");
    assertThat(GoQuote.quote("a\ud800b")).isEqualTo("\"a\ufffdb\"");
    assertThat(GoQuote.quoteToAscii("é\ud83d\ude00")).isEqualTo("\"\\u00e9\\U0001f600\"");
    assertThat(GoQuote.quoteRune('\'', false)).isEqualTo("'\\''");
  }

  private static List<int[]> printableRanges() throws IOException {
    List<int[]> ranges = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        GoQuoteTest.class.getResourceAsStream("/value/goquote-printable.txt"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] p = line.split(" ");
          ranges.add(new int[] {Integer.parseInt(p[0], 16), Integer.parseInt(p[1], 16)});
        }
      }
    }
    return ranges;
  }
}
