package io.opadynamodb.rego.builtins.data;

import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * OPA's {@code topdown/parse_units.go} and {@code parse_bytes.go}: {@code units.parse} (exact
 * rationals; non-integers printed with 10 decimals, as OPA does) and {@code units.parse_bytes}
 * (64-bit binary floats, truncated).
 */
public final class UnitsFamily implements BuiltinFamily {
  private static final int MAX_EXPONENT_DIGITS = 6;
  /** Go's {@code big.Rat.SetFloat64(0.001)}: the exact binary value of the double 0.001. */
  private static final BigDecimal SI_MILLI = new BigDecimal(0.001);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("units.parse", (ctx, a) -> parseUnits(Args.string(a, 0)));
    r.register("units.parse_bytes", (ctx, a) -> parseBytes(Args.string(a, 0)));
  }

  private static BuiltinException unitsError(String msg) {
    return new BuiltinException("units.parse: " + msg);
  }

  private static BuiltinException bytesError(String msg) {
    return new BuiltinException("units.parse_bytes: " + msg);
  }

  private static Value parseUnits(String raw) {
    String s = raw.replace("\"", "");
    if (s.contains(" ")) {
      throw unitsError("spaces not allowed in resource strings");
    }
    String[] nu = extractNumAndUnit(s);
    if (nu == null) {
      throw unitsError("exponent too large");
    }
    String num = nu[0];
    String unit = nu[1];
    if (num.isEmpty()) {
      throw unitsError("no amount provided");
    }
    if (unit.length() > 1) {
      unit = unit.charAt(0) + unit.substring(1).toLowerCase(Locale.ROOT);
    }
    BigDecimal x;
    switch (unit) {
      case "m": x = SI_MILLI; break;
      case "": x = BigDecimal.ONE; break;
      case "k": case "K": x = BigDecimal.TEN.pow(3); break;
      case "ki": case "Ki": x = pow2(10); break;
      case "M": x = BigDecimal.TEN.pow(6); break;
      case "mi": case "Mi": x = pow2(20); break;
      case "g": case "G": x = BigDecimal.TEN.pow(9); break;
      case "gi": case "Gi": x = pow2(30); break;
      case "t": case "T": x = BigDecimal.TEN.pow(12); break;
      case "ti": case "Ti": x = pow2(40); break;
      case "p": case "P": x = BigDecimal.TEN.pow(15); break;
      case "pi": case "Pi": x = pow2(50); break;
      case "e": case "E": x = BigDecimal.TEN.pow(18); break;
      case "ei": case "Ei": x = pow2(60); break;
      default: throw unitsError("unit " + unit + " not recognized");
    }
    BigDecimal n = parseDecimal(num);
    if (n == null) {
      throw unitsError("could not parse amount to a number");
    }
    BigDecimal product = n.multiply(x);
    if (product.signum() == 0 || product.stripTrailingZeros().scale() <= 0) {
      return NumberValue.parse(product.toBigInteger().toString());
    }
    // big.Rat.FloatString(10): rounded to nearest, halves away from zero.
    return NumberValue.parse(product.setScale(10, RoundingMode.HALF_UP).toPlainString());
  }

  private static BigDecimal pow2(int n) {
    return new BigDecimal(BigInteger.ONE.shiftLeft(n));
  }

  private static BigDecimal parseDecimal(String num) {
    try {
      return new BigDecimal(num);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Value parseBytes(String raw) {
    String s = raw.toLowerCase(Locale.ROOT).replace("\"", "");
    if (s.contains(" ")) {
      throw bytesError("spaces not allowed in resource strings");
    }
    String[] nu = extractNumAndUnit(s);
    if (nu == null) {
      throw bytesError("exponent too large");
    }
    String num = nu[0];
    String unit = nu[1];
    if (num.isEmpty()) {
      throw bytesError("no byte amount provided");
    }
    BigDecimal m;
    switch (unit) {
      case "": m = BigDecimal.ONE; break;
      case "kb": case "k": m = BigDecimal.TEN.pow(3); break;
      case "kib": case "ki": m = pow2(10); break;
      case "mb": case "m": m = BigDecimal.TEN.pow(6); break;
      case "mib": case "mi": m = pow2(20); break;
      case "gb": case "g": m = BigDecimal.TEN.pow(9); break;
      case "gib": case "gi": m = pow2(30); break;
      case "tb": case "t": m = BigDecimal.TEN.pow(12); break;
      case "tib": case "ti": m = pow2(40); break;
      case "pb": case "p": m = BigDecimal.TEN.pow(15); break;
      case "pib": case "pi": m = pow2(50); break;
      case "eb": case "e": m = BigDecimal.TEN.pow(18); break;
      case "eib": case "ei": m = pow2(60); break;
      default: throw bytesError("byte unit " + unit + " not recognized");
    }
    BigDecimal n = parseDecimal(num);
    if (n == null) {
      throw bytesError("could not parse byte amount to a number");
    }
    // big.Float with 64-bit mantissas: the parsed amount and the product are both rounded.
    BigDecimal product = roundToBinary(roundToBinary(n, 64).multiply(m), 64);
    return NumberValue.of(product.toBigInteger());
  }

  /** Rounds to the nearest value with a {@code bits}-bit binary mantissa, ties to even. */
  static BigDecimal roundToBinary(BigDecimal v, int bits) {
    if (v.signum() == 0) {
      return v;
    }
    BigDecimal abs = v.abs();
    // Find e with 2^(bits-1) <= abs * 2^e < 2^bits.
    int e = bits - 1 - approxLog2(abs);
    BigDecimal scaled = scaleBy2(abs, e);
    BigDecimal lo = new BigDecimal(BigInteger.ONE.shiftLeft(bits - 1));
    BigDecimal hi = new BigDecimal(BigInteger.ONE.shiftLeft(bits));
    while (scaled.compareTo(lo) < 0) {
      e++;
      scaled = scaled.multiply(BigDecimal.valueOf(2));
    }
    while (scaled.compareTo(hi) >= 0) {
      e--;
      scaled = scaleBy2(scaled, -1);
    }
    BigDecimal rounded = scaled.setScale(0, RoundingMode.HALF_EVEN);
    BigDecimal result = scaleBy2(rounded, -e);
    return v.signum() < 0 ? result.negate() : result;
  }

  private static int approxLog2(BigDecimal abs) {
    BigInteger unscaled = abs.unscaledValue();
    return (int) Math.floor(unscaled.bitLength() - 1 - abs.scale() * (Math.log(10) / Math.log(2)));
  }

  private static BigDecimal scaleBy2(BigDecimal v, int e) {
    if (e >= 0) {
      return v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(e)));
    }
    // Dividing by a power of two is exact in decimal: multiply by 5^-e and shift the scale.
    return v.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-e))).movePointLeft(-e);
  }

  /** OPA's {@code extractNumAndUnit}; null when the exponent has too many digits. */
  static String[] extractNumAndUnit(String s) {
    int firstNonNum = -1;
    for (int idx = 0; idx < s.length(); idx++) {
      char r = s.charAt(idx);
      boolean isNum = (r >= '0' && r <= '9') || r == '.';
      if (!isNum && r != 'e' && r != 'E' && r != '+' && r != '-') {
        firstNonNum = idx;
        break;
      }
      if (r == 'e' || r == 'E') {
        if (idx == s.length() - 1 || (!isDigit(s.charAt(idx + 1)) && s.charAt(idx + 1) != '+' && s.charAt(idx + 1) != '-')) {
          firstNonNum = idx;
          break;
        }
        if (idx + 1 < s.length() && (s.charAt(idx + 1) == '+' || s.charAt(idx + 1) == '-')) {
          idx++;
        }
        int expStart = idx + 1;
        int expEnd = expStart;
        while (expEnd < s.length() && isDigit(s.charAt(expEnd))) {
          expEnd++;
        }
        if (expEnd - expStart > MAX_EXPONENT_DIGITS) {
          return null;
        }
      }
    }
    if (firstNonNum == -1) {
      return new String[] {s, ""};
    }
    if (firstNonNum == 0) {
      return new String[] {"", s};
    }
    return new String[] {s.substring(0, firstNonNum), s.substring(firstNonNum)};
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
