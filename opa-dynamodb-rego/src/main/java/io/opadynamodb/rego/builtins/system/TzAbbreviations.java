package io.opadynamodb.rego.builtins.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zone abbreviations as Go prints them ("MST" layout element): read from the system's TZif
 * files (where Go reads them too), since the JDK's CLDR names differ ("GST" for Go's "+04").
 */
final class TzAbbreviations {
  private static final Path ZONEINFO = Path.of("/usr/share/zoneinfo");
  private static final Map<String, Optional<TzFile>> FILES = new ConcurrentHashMap<>();

  private TzAbbreviations() {}

  /** The abbreviation in effect at the instant, or null when the zone's TZif file is unavailable. */
  static String at(ZoneId zone, Instant instant) {
    Optional<TzFile> f = FILES.computeIfAbsent(zone.getId(), TzAbbreviations::load);
    return f.map(t -> t.abbreviation(zone, instant)).orElse(null);
  }

  private static Optional<TzFile> load(String id) {
    if (id.contains("..")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(TzFile.parse(Files.readAllBytes(ZONEINFO.resolve(id))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The parts of a TZif file needed for abbreviations. */
  private record TzFile(long[] transitions, int[] indices, boolean[] isDst, String[] names, String stdName,
      String dstName) {

    static TzFile parse(byte[] data) {
      ByteBuffer b = ByteBuffer.wrap(data);
      if (data.length < 44 || b.getInt(0) != 0x545a6966) {
        return null;
      }
      int version = data[4];
      int[] counts = counts(b, 20);
      int pos = 44;
      boolean wide = version >= '2';
      if (wide) {
        pos += counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0];
        counts = counts(b, pos + 20);
        pos += 44;
      }
      int timeSize = wide ? 8 : 4;
      long[] transitions = new long[counts[3]];
      for (int i = 0; i < transitions.length; i++) {
        transitions[i] = wide ? b.getLong(pos + i * 8) : b.getInt(pos + i * 4);
      }
      pos += counts[3] * timeSize;
      int[] indices = new int[counts[3]];
      for (int i = 0; i < indices.length; i++) {
        indices[i] = data[pos + i] & 0xff;
      }
      pos += counts[3];
      boolean[] isDst = new boolean[counts[4]];
      int[] nameIdx = new int[counts[4]];
      for (int i = 0; i < counts[4]; i++) {
        isDst[i] = data[pos + i * 6 + 4] != 0;
        nameIdx[i] = data[pos + i * 6 + 5] & 0xff;
      }
      pos += counts[4] * 6;
      String chars = new String(data, pos, counts[5], StandardCharsets.ISO_8859_1);
      String[] names = new String[counts[4]];
      for (int i = 0; i < names.length; i++) {
        int end = chars.indexOf('\0', nameIdx[i]);
        names[i] = chars.substring(nameIdx[i], end < 0 ? chars.length() : end);
      }
      pos += counts[5] + counts[2] * (timeSize + 4) + counts[1] + counts[0];
      String std = null;
      String dst = null;
      if (wide && pos < data.length && data[pos] == '\n') {
        String footer = new String(data, pos + 1, data.length - pos - 1, StandardCharsets.ISO_8859_1).strip();
        String[] parsed = footerNames(footer);
        std = parsed[0];
        dst = parsed[1];
      }
      return new TzFile(transitions, indices, isDst, names, std, dst);
    }

    private static int[] counts(ByteBuffer b, int at) {
      int[] c = new int[6];
      for (int i = 0; i < 6; i++) {
        c[i] = b.getInt(at + i * 4);
      }
      return c;
    }

    /** The std and dst names of a POSIX TZ string such as "PST8PDT,M3.2.0,M11.1.0" or "<+1030>-10:30<+11>-11,...". */
    private static String[] footerNames(String tz) {
      String[] out = new String[2];
      int[] pos = {0};
      out[0] = name(tz, pos);
      while (pos[0] < tz.length() && "+-0123456789:".indexOf(tz.charAt(pos[0])) >= 0) {
        pos[0]++;
      }
      if (pos[0] < tz.length() && tz.charAt(pos[0]) != ',') {
        out[1] = name(tz, pos);
      }
      return out;
    }

    private static String name(String tz, int[] pos) {
      int p = pos[0];
      if (p < tz.length() && tz.charAt(p) == '<') {
        int end = tz.indexOf('>', p);
        if (end < 0) {
          return null;
        }
        pos[0] = end + 1;
        return tz.substring(p + 1, end);
      }
      int start = p;
      while (p < tz.length() && Character.isLetter(tz.charAt(p))) {
        p++;
      }
      pos[0] = p;
      return p > start ? tz.substring(start, p) : null;
    }

    String abbreviation(ZoneId zone, Instant instant) {
      long sec = instant.getEpochSecond();
      if (transitions.length == 0 || sec < transitions[0]) {
        return names.length == 0 ? null : names[firstZone()];
      }
      int lo = 0;
      int hi = transitions.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (transitions[mid] <= sec) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      if (lo == transitions.length - 1 && stdName != null) {
        // After the last transition Go applies the TZ string rule.
        boolean dst = dstName != null && zone.getRules().isDaylightSavings(instant);
        return dst ? dstName : stdName;
      }
      return names[indices[lo]];
    }

    /** Go's lookupFirstZone. */
    private int firstZone() {
      boolean firstUsed = false;
      for (int idx : indices) {
        if (idx == 0) {
          firstUsed = true;
          break;
        }
      }
      if (!firstUsed) {
        return 0;
      }
      if (indices.length > 0 && isDst[indices[0]]) {
        for (int zi = indices[0] - 1; zi >= 0; zi--) {
          if (!isDst[zi]) {
            return zi;
          }
        }
      }
      for (int zi = 0; zi < isDst.length; zi++) {
        if (!isDst[zi]) {
          return zi;
        }
      }
      return 0;
    }
  }
}
