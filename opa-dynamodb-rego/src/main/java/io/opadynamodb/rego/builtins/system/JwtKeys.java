package io.opadynamodb.rego.builtins.system;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Keys and JWS signature primitives for the {@code io.jwt.*} built-ins: parsing verification keys
 * from a PEM certificate, PEM public key or JWK (set), and signing/verifying per JWS algorithm.
 */
final class JwtKeys {
  /** The JWS algorithms OPA knows. */
  static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256",
      "ES384", "ES512", "HS256", "HS384", "HS512", "EdDSA");

  /** A verification key: a {@link PublicKey} or the bytes of a symmetric key, with JWK alg/kid ("" when absent). */
  record VerificationKey(String alg, String kid, Object key) {}

  private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] ED25519_PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

  private JwtKeys() {}

  /** OPA's parseKeysFromCertOrJWK, with its error messages. */
  static List<VerificationKey> parse(String certificate) {
    Pem.Block block = Pem.decode(certificate);
    if (block != null) {
      if (!block.rest().isEmpty()) {
        throw new BuiltinException("extra data after a PEM certificate block");
      }
      if (block.type().equals("CERTIFICATE")) {
        try {
          X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(block.bytes()));
          return List.of(new VerificationKey("", "", cert.getPublicKey()));
        } catch (GeneralSecurityException | RuntimeException e) {
          throw new BuiltinException("failed to parse a PEM certificate: " + e.getMessage());
        }
      }
      if (block.type().equals("PUBLIC KEY")) {
        PublicKey key = publicKeyFromSpki(block.bytes());
        if (key == null) {
          throw new BuiltinException("failed to parse a PEM public key: x509: failed to parse public key");
        }
        return List.of(new VerificationKey("", "", key));
      }
      throw new BuiltinException("failed to extract a Key from the PEM certificate");
    }
    List<JWK> jwks;
    try {
      jwks = parseJwks(certificate);
    } catch (java.text.ParseException | RuntimeException e) {
      throw new BuiltinException("failed to parse a JWK key (set): " + e.getMessage());
    }
    List<VerificationKey> keys = new ArrayList<>();
    for (JWK k : jwks) {
      String alg = k.getAlgorithm() == null ? "" : k.getAlgorithm().getName();
      if (!alg.isEmpty() && !ALGORITHMS.contains(alg)) {
        continue;
      }
      keys.add(new VerificationKey(alg, k.getKeyID() == null ? "" : k.getKeyID(), publicKeyOf(k)));
    }
    return keys;
  }

  /** A JWK or JWK set (as lestrrat-go/jwx's jwk.Parse accepts both). */
  static List<JWK> parseJwks(String text) throws java.text.ParseException {
    Value v;
    try {
      v = Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw new java.text.ParseException(e.getMessage(), 0);
    }
    if (v instanceof ObjectValue o && o.get("keys") != null) {
      return JWKSet.parse(text).getKeys();
    }
    return List.of(JWK.parse(text));
  }

  private static Object publicKeyOf(JWK k) {
    try {
      if (k instanceof com.nimbusds.jose.jwk.RSAKey r) {
        return r.toRSAPublicKey();
      }
      if (k instanceof com.nimbusds.jose.jwk.ECKey e) {
        return e.toECPublicKey();
      }
      if (k instanceof OctetKeyPair okp) {
        return ed25519Public(okp.getDecodedX());
      }
      if (k instanceof OctetSequenceKey oct) {
        return oct.toByteArray();
      }
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new BuiltinException(e.getMessage());
    }
    throw new BuiltinException("unsupported JWK key type");
  }

  /** The private (or symmetric) signing key of a JWK. */
  static Object signingKeyOf(JWK k) {
    try {
      if (k instanceof com.nimbusds.jose.jwk.RSAKey r && r.isPrivate()) {
        return r.toRSAPrivateKey();
      }
      if (k instanceof com.nimbusds.jose.jwk.ECKey e && e.isPrivate()) {
        return e.toECPrivateKey();
      }
      if (k instanceof OctetKeyPair okp && okp.isPrivate()) {
        return KeyFactory.getInstance("Ed25519")
            .generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, okp.getDecodedD())));
      }
      if (k instanceof OctetSequenceKey oct) {
        return oct.toByteArray();
      }
      return publicKeyOf(k);
    } catch (com.nimbusds.jose.JOSEException | GeneralSecurityException e) {
      throw new BuiltinException(e.getMessage());
    }
  }

  static PublicKey ed25519Public(byte[] x) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(ED25519_X509_PREFIX, x)));
    } catch (GeneralSecurityException e) {
      throw new BuiltinException("invalid Ed25519 key: " + e.getMessage());
    }
  }

  /** A public key from SubjectPublicKeyInfo DER (RSA, EC or Ed25519), or null. */
  static PublicKey publicKeyFromSpki(byte[] der) {
    for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // try the next algorithm
      }
    }
    return null;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  /**
   * True when {@code signature} is a valid {@code alg} signature of {@code input} under {@code key}.
   * With {@code strictJws} (io.jwt.decode_verify, verified by jwx) ECDSA signatures must be exactly
   * twice the curve size and PSS salts as long as the hash; otherwise (io.jwt.verify_*, verified by
   * Go's crypto directly) any split of r||s and any PSS salt length are accepted.
   */
  static boolean verify(Object key, String alg, byte[] input, byte[] signature, boolean strictJws) {
    try {
      switch (alg) {
        case "HS256":
        case "HS384":
        case "HS512":
          if (!(key instanceof byte[] secret)) {
            return false;
          }
          return MessageDigest.isEqual(CryptoBuiltins.hmacBytes("HmacSHA" + alg.substring(2), secret, input),
              signature);
        case "RS256":
        case "RS384":
        case "RS512": {
          if (!(key instanceof RSAPublicKey pk)) {
            return false;
          }
          return verifyWith(Signature.getInstance("SHA" + alg.substring(2) + "withRSA"), pk, input, signature);
        }
        case "PS256":
        case "PS384":
        case "PS512": {
          if (!(key instanceof RSAPublicKey pk)) {
            return false;
          }
          if (!strictJws) {
            return RsaPss.verifyAutoSalt(pk, "SHA-" + alg.substring(2), input, signature);
          }
          return verifyWith(pss(alg), pk, input, signature);
        }
        case "ES256":
        case "ES384":
        case "ES512": {
          if (!(key instanceof ECPublicKey pk)) {
            return false;
          }
          int n = signature.length / 2;
          int keySize = (pk.getParams().getOrder().bitLength() + 7) / 8;
          if (strictJws && signature.length != 2 * keySize) {
            return false;
          }
          BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 0, n));
          BigInteger sv = new BigInteger(1, java.util.Arrays.copyOfRange(signature, n, signature.length));
          Signature s = Signature.getInstance("SHA" + alg.substring(2) + "withECDSA");
          return verifyWith(s, pk, input, derSignature(r, sv));
        }
        case "EdDSA": {
          if (!(key instanceof PublicKey pk) || !pk.getAlgorithm().equals("EdDSA") && !pk.getAlgorithm()
              .equals("Ed25519")) {
            return false;
          }
          return verifyWith(Signature.getInstance("Ed25519"), pk, input, signature);
        }
        default:
          return false;
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static boolean verifyWith(Signature s, PublicKey key, byte[] input, byte[] signature)
      throws GeneralSecurityException {
    s.initVerify(key);
    s.update(input);
    return s.verify(signature);
  }

  /** Signs {@code input} with {@code alg}; ECDSA signatures in JWS (r||s) form. */
  static byte[] sign(Object key, String alg, byte[] input) {
    try {
      switch (alg) {
        case "HS256":
        case "HS384":
        case "HS512":
          if (!(key instanceof byte[] secret)) {
            throw new BuiltinException("invalid key type for " + alg);
          }
          return CryptoBuiltins.hmacBytes("HmacSHA" + alg.substring(2), secret, input);
        case "RS256":
        case "RS384":
        case "RS512":
          return signWith(Signature.getInstance("SHA" + alg.substring(2) + "withRSA"), key, input);
        case "PS256":
        case "PS384":
        case "PS512":
          return signWith(pss(alg), key, input);
        case "ES256":
        case "ES384":
        case "ES512":
          return signWith(Signature.getInstance("SHA" + alg.substring(2) + "withECDSAinP1363Format"), key, input);
        case "EdDSA":
          return signWith(Signature.getInstance("Ed25519"), key, input);
        default:
          throw new BuiltinException("unknown JWS algorithm: " + alg);
      }
    } catch (GeneralSecurityException e) {
      throw new BuiltinException("failed to sign payload: " + e.getMessage());
    }
  }

  private static byte[] signWith(Signature s, Object key, byte[] input) throws GeneralSecurityException {
    if (!(key instanceof PrivateKey pk)) {
      throw new BuiltinException("failed to sign payload: invalid key type");
    }
    s.initSign(pk);
    s.update(input);
    return s.sign();
  }

  private static Signature pss(String alg) throws GeneralSecurityException {
    String hash = "SHA-" + alg.substring(2);
    int saltLen = Integer.parseInt(alg.substring(2)) / 8;
    Signature s = Signature.getInstance("RSASSA-PSS");
    s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLen, 1));
    return s;
  }

  private static byte[] derSignature(BigInteger r, BigInteger s) {
    byte[] rb = r.toByteArray();
    byte[] sb = s.toByteArray();
    int len = 2 + rb.length + 2 + sb.length;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(0x30);
    writeLength(out, len);
    out.write(0x02);
    writeLength(out, rb.length);
    out.writeBytes(rb);
    out.write(0x02);
    writeLength(out, sb.length);
    out.writeBytes(sb);
    return out.toByteArray();
  }

  private static void writeLength(java.io.ByteArrayOutputStream out, int len) {
    if (len < 128) {
      out.write(len);
    } else if (len < 256) {
      out.write(0x81);
      out.write(len);
    } else {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len);
    }
  }
}
