package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.go.GoBase64;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Private keys from PEM: PKCS#1 RSA, SEC 1 EC and PKCS#8 blocks (OPA's getPrivateKeysFromPEMData). */
final class PrivateKeys {
  private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("300d06092a864886f70d0101010500");
  private static final byte[] EC_OID = HexFormat.of().parseHex("06072a8648ce3d0201");
  private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};

  private PrivateKeys() {}

  /** Every private key of the PEM text (base64-encoded PEM accepted), in order. */
  static List<PrivateKey> fromPem(String pemData) {
    String text = pemData;
    try {
      text = new String(GoBase64.decodeStd(pemData), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (BuiltinException e) {
      // not base64: use as is
    }
    List<PrivateKey> keys = new ArrayList<>();
    String rest = text;
    while (!rest.isEmpty()) {
      Pem.Block block = Pem.decode(rest);
      if (block == null) {
        break;
      }
      rest = block.rest();
      switch (block.type()) {
        case "RSA PRIVATE KEY":
          keys.add(pkcs1(block.bytes()));
          break;
        case "PRIVATE KEY":
          keys.add(pkcs8(block.bytes()));
          break;
        case "EC PRIVATE KEY":
          keys.add(sec1(block.bytes()));
          break;
        default:
          break;
      }
    }
    return keys;
  }

  static PrivateKey pkcs1(byte[] der) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
          Der.encode(0x30, VERSION_0, RSA_ALGORITHM, Der.encode(0x04, der))));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new BuiltinException("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this"
          + " key format)");
    }
  }

  static PrivateKey sec1(byte[] der) {
    try {
      byte[] curve = null;
      for (Der.Tlv t : Der.read(der).children()) {
        if (t.tag() == 0xa0) {
          curve = t.children().get(0).encoded();
        }
      }
      if (curve == null) {
        throw new BuiltinException("x509: failed to parse EC private key: missing curve");
      }
      return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
          Der.encode(0x30, VERSION_0, Der.encode(0x30, EC_OID, curve), Der.encode(0x04, der))));
    } catch (GeneralSecurityException | Der.DerException e) {
      throw new BuiltinException("x509: failed to parse EC private key: " + e.getMessage());
    }
  }

  static PrivateKey pkcs8(byte[] der) {
    for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // try the next algorithm
      }
    }
    throw new BuiltinException("x509: failed to parse private key");
  }

  /** The public point s*G of an EC private key (affine double-and-add over the prime field). */
  static ECPoint publicPoint(ECPrivateKey key) {
    ECParameterSpec spec = key.getParams();
    BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
    BigInteger a = spec.getCurve().getA();
    ECPoint result = ECPoint.POINT_INFINITY;
    ECPoint addend = spec.getGenerator();
    BigInteger k = key.getS();
    for (int i = 0; i < k.bitLength(); i++) {
      if (k.testBit(i)) {
        result = add(result, addend, p, a);
      }
      addend = add(addend, addend, p, a);
    }
    return result;
  }

  private static ECPoint add(ECPoint q, ECPoint r, BigInteger p, BigInteger a) {
    if (q.equals(ECPoint.POINT_INFINITY)) {
      return r;
    }
    if (r.equals(ECPoint.POINT_INFINITY)) {
      return q;
    }
    BigInteger x1 = q.getAffineX();
    BigInteger y1 = q.getAffineY();
    BigInteger x2 = r.getAffineX();
    BigInteger y2 = r.getAffineY();
    BigInteger lambda;
    if (x1.equals(x2)) {
      if (!y1.equals(y2) || y1.signum() == 0) {
        return ECPoint.POINT_INFINITY;
      }
      lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a)
          .multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
    } else {
      lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
    }
    BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
    BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
    return new ECPoint(x3, y3);
  }
}
