package io.opadynamodb.rego.builtins.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go's {@code strings.NewReplacer(old1, new1, ...)}: scanning left to right, at each position the
 * first pair (in argument order) whose old string starts there is replaced, without overlaps. An
 * empty old string matches between bytes, as in Go, so the scan runs on UTF-8 bytes then.
 */
final class GoReplacer {
  private final String[] olds;
  private final String[] news;

  GoReplacer(List<String> oldNew) {
    int n = oldNew.size() / 2;
    olds = new String[n];
    news = new String[n];
    for (int i = 0; i < n; i++) {
      olds[i] = oldNew.get(2 * i);
      news[i] = oldNew.get(2 * i + 1);
    }
  }

  String replace(String s) {
    for (String o : olds) {
      if (o.isEmpty()) {
        return replaceBytes(s);
      }
    }
    StringBuilder sb = new StringBuilder(s.length());
    int last = 0;
    int i = 0;
    while (i < s.length()) {
      int k = matchAt(s, i);
      if (k >= 0) {
        sb.append(s, last, i).append(news[k]);
        i += olds[k].length();
        last = i;
      } else {
        i++;
      }
    }
    return sb.append(s, last, s.length()).toString();
  }

  private int matchAt(String s, int i) {
    for (int k = 0; k < olds.length; k++) {
      if (s.startsWith(olds[k], i)) {
        return k;
      }
    }
    return -1;
  }

  /** Go's generic replacer loop on bytes, for patterns with an empty old string. */
  private String replaceBytes(String str) {
    byte[] s = str.getBytes(StandardCharsets.UTF_8);
    byte[][] o = new byte[olds.length][];
    byte[][] v = new byte[olds.length][];
    for (int k = 0; k < olds.length; k++) {
      o[k] = olds[k].getBytes(StandardCharsets.UTF_8);
      v[k] = news[k].getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length + 16);
    int last = 0;
    boolean prevMatchEmpty = false;
    for (int i = 0; i <= s.length; ) {
      int match = -1;
      for (int k = 0; k < o.length; k++) {
        if (o[k].length == 0 && prevMatchEmpty) {
          continue;
        }
        if (startsWith(s, i, o[k])) {
          match = k;
          break;
        }
      }
      prevMatchEmpty = match >= 0 && o[match].length == 0;
      if (match >= 0) {
        out.write(s, last, i - last);
        out.write(v[match], 0, v[match].length);
        i += o[match].length;
        last = i;
        continue;
      }
      i++;
    }
    if (last < s.length) {
      out.write(s, last, s.length - last);
    }
    return Utf8.decode(out.toByteArray());
  }

  private static boolean startsWith(byte[] s, int i, byte[] p) {
    if (i + p.length > s.length) {
      return false;
    }
    for (int j = 0; j < p.length; j++) {
      if (s[i + j] != p[j]) {
        return false;
      }
    }
    return true;
  }
}
