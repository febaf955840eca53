package io.opadynamodb.rego.builtins.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random vectors produced by Go's own {@code math/big} (go1.26): parse, add, sub, mul and quo of
 * decimal strings at the default precision, printed as OPA's {@code FloatToNumber} prints them.
 * Set {@code -Dgofloat.vectors=/path} to run a larger generated file.
 */
class GoFloatTest {
  @Test
  void emulationMatchesGoMathBig() throws Exception {
    String external = System.getProperty("gofloat.vectors");
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (InputStream raw = external != null ? Files.newInputStream(Path.of(external))
            : getClass().getResourceAsStream("/bi-coll/gofloat-vectors.tsv");
        BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t", -1);
        count++;
        GoFloat x = GoFloat.parse(f[1]);
        GoFloat y = GoFloat.parse(f[2]);
        GoFloat z;
        switch (f[0]) {
          case "add" -> z = x.add(y);
          case "sub" -> z = x.sub(y);
          case "mul" -> z = x.mul(y);
          case "quo" -> z = x.quo(y);
          default -> z = x;
        }
        String got = z.isInt() ? z.textF() : z.textG();
        if (!got.equals(f[3])) {
          failures.add(line + " -> " + got);
        }
      }
    }
    assertThat(count).isGreaterThan(1000);
    assertThat(failures).as("%d failures", failures.size()).isEmpty();
  }

  @Test
  void shortestFormatting() {
    assertThat(GoFloat.parse("1").quo(GoFloat.parse("3")).textG()).isEqualTo("0.33333333333333333334");
    assertThat(GoFloat.parse("1e-10").quo(GoFloat.parse("3")).textG()).isEqualTo("3.3333333333333333333e-11");
    assertThat(GoFloat.parse("0.1").mul(GoFloat.parse("3")).textG()).isEqualTo("0.3");
    assertThat(GoFloat.parse("-0").textF()).isEqualTo("-0");
  }
}
