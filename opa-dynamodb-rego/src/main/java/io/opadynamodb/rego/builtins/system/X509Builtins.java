package io.opadynamodb.rego.builtins.system;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import io.opadynamodb.rego.builtins.Args;
import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.builtins.go.GoBase64;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code crypto.x509.*} and {@code crypto.parse_private_keys} built-ins (OPA's crypto.go). */
public final class X509Builtins implements BuiltinFamily {
  private static final Map<String, String> KEY_USAGES = Map.ofEntries(
      Map.entry("KeyUsageAny", "2.5.29.37.0"), Map.entry("KeyUsageServerAuth", "1.3.6.1.5.5.7.3.1"),
      Map.entry("KeyUsageClientAuth", "1.3.6.1.5.5.7.3.2"), Map.entry("KeyUsageCodeSigning", "1.3.6.1.5.5.7.3.3"),
      Map.entry("KeyUsageEmailProtection", "1.3.6.1.5.5.7.3.4"),
      Map.entry("KeyUsageIPSECEndSystem", "1.3.6.1.5.5.7.3.5"), Map.entry("KeyUsageIPSECTunnel", "1.3.6.1.5.5.7.3.6"),
      Map.entry("KeyUsageIPSECUser", "1.3.6.1.5.5.7.3.7"), Map.entry("KeyUsageTimeStamping", "1.3.6.1.5.5.7.3.8"),
      Map.entry("KeyUsageOCSPSigning", "1.3.6.1.5.5.7.3.9"),
      Map.entry("KeyUsageMicrosoftServerGatedCrypto", "1.3.6.1.4.1.311.10.3.3"),
      Map.entry("KeyUsageNetscapeServerGatedCrypto", "2.16.840.1.113730.4.1"),
      Map.entry("KeyUsageMicrosoftCommercialCodeSigning", "1.3.6.1.4.1.311.2.1.22"),
      Map.entry("KeyUsageMicrosoftKernelCodeSigning", "1.3.6.1.4.1.311.61.1.1"));
  private static final ArrayValue INVALID = ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("crypto.x509.parse_certificates", (ctx, args) ->
        certificatesValue(certsFromString(Args.string(args, 0))));
    r.register("crypto.x509.parse_and_verify_certificates", (ctx, args) -> {
      String input = Args.string(args, 0);
      return parseAndVerify(input, new VerifyOptions());
    });
    r.register("crypto.x509.parse_and_verify_certificates_with_options", (ctx, args) -> {
      String input = Args.string(args, 0);
      ObjectValue options = Args.object(args, 1);
      List<X509Certificate> certs;
      try {
        certs = certsFromString(input);
      } catch (BuiltinException e) {
        return INVALID;
      }
      // Unlike the variant without options, OPA returns plain x509.Certificates here (no URIStrings).
      Value result = verified(certs, VerifyOptions.from(options));
      if (!(result instanceof ArrayValue a) || a.size() != 2 || !(a.get(1) instanceof ArrayValue chain)) {
        return result;
      }
      List<Value> plain = new ArrayList<>();
      for (Value c : chain.elements()) {
        plain.add(((ObjectValue) c).without(StringValue.of("URIStrings")));
      }
      return ArrayValue.of(a.get(0), ArrayValue.of(plain));
    });
    r.register("crypto.x509.parse_certificate_request", (ctx, args) -> certificateRequest(Args.string(args, 0)));
    r.register("crypto.x509.parse_keypair", (ctx, args) -> keyPair(Args.string(args, 0), stringOperand1(args)));
    r.register("crypto.x509.parse_rsa_private_key", (ctx, args) -> jwkFromPrivateKey(Args.string(args, 0)));
    r.register("crypto.parse_private_keys", (ctx, args) -> {
      String input = Args.string(args, 0);
      if (input.isEmpty()) {
        return NullValue.INSTANCE;
      }
      List<PrivateKey> keys = PrivateKeys.fromPem(input);
      return ArrayValue.of(keys.stream().map(X509Json::privateKey).toList());
    });
  }

  /** OPA checks the key operand of parse_keypair as "operand 1" too. */
  private static String stringOperand1(Value[] args) {
    if (!(args[1] instanceof StringValue s)) {
      throw Args.typeError(1, args[1], "string");
    }
    return s.value();
  }

  private static Value certificatesValue(List<X509Certificate> certs) {
    List<Value> out = new ArrayList<>();
    for (X509Certificate c : certs) {
      try {
        out.add(X509Json.certificate(c));
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new BuiltinException("x509: malformed certificate");
      }
    }
    return ArrayValue.of(out);
  }

  /** OPA's getX509CertsFromString: PEM, base64 PEM or base64 DER. */
  static List<X509Certificate> certsFromString(String certs) {
    if (certs.startsWith("-----BEGIN")) {
      return certsFromPem(certs);
    }
    byte[] der = GoBase64.decodeStd(certs);
    String asText = new String(der, StandardCharsets.ISO_8859_1);
    if (asText.startsWith("-----BEGIN")) {
      return certsFromPem(asText);
    }
    return parseDer(der);
  }

  private static List<X509Certificate> certsFromPem(String pem) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    String rest = pem;
    while (!rest.isEmpty()) {
      Pem.Block b = Pem.decode(rest);
      if (b == null) {
        break;
      }
      if (!b.type().equals("CERTIFICATE")) {
        throw new BuiltinException("PEM block type is '" + b.type() + "', expected CERTIFICATE");
      }
      all.writeBytes(b.bytes());
      rest = b.rest();
    }
    return parseDer(all.toByteArray());
  }

  /** Go's x509.ParseCertificates: concatenated DER certificates. */
  private static List<X509Certificate> parseDer(byte[] der) {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (Der.Tlv t : Der.sequence(der, 0, der.length)) {
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(t.encoded())));
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new BuiltinException(malformedReason(der));
    }
    return out;
  }

  /** Go's message for a well-formed DER structure that is not a certificate, as far as we can tell. */
  private static String malformedReason(byte[] der) {
    try {
      List<Der.Tlv> top = Der.read(der).children();
      List<Der.Tlv> tbs = top.get(0).children();
      int i = tbs.get(0).tag() == 0xa0 ? 1 : 0;
      if (top.size() == 3 && tbs.get(i).tag() == 0x02 && tbs.get(i + 1).tag() == 0x30
          && !java.util.Arrays.equals(tbs.get(i + 1).encoded(), top.get(1).encoded())) {
        return "x509: inner and outer signature algorithm identifiers don't match";
      }
    } catch (RuntimeException e) {
      // fall through to the generic message
    }
    return "x509: malformed certificate";
  }

  private static Value parseAndVerify(String input, VerifyOptions options) {
    List<X509Certificate> certs;
    try {
      certs = certsFromString(input);
    } catch (BuiltinException e) {
      return INVALID;
    }
    return verified(certs, options);
  }

  private static Value verified(List<X509Certificate> certs, VerifyOptions options) {
    List<X509Certificate> chain = verifyChain(certs, options);
    if (chain == null) {
      return INVALID;
    }
    return ArrayValue.of(BooleanValue.TRUE, certificatesValue(chain));
  }

  /** Go's x509 verification options that OPA exposes. */
  private static final class VerifyOptions {
    String dnsName = "";
    Date currentTime;
    List<String> keyUsages = new ArrayList<>();

    static VerifyOptions from(ObjectValue options) {
      VerifyOptions o = new VerifyOptions();
      for (int i = 0; i < options.size(); i++) {
        if (!(options.keyAt(i) instanceof StringValue k)) {
          continue;
        }
        Value v = options.valueAt(i);
        switch (k.value()) {
          case "DNSName":
            if (!(v instanceof StringValue s)) {
              throw new BuiltinException("'DNSName' should be a string");
            }
            o.dnsName = s.value();
            break;
          case "CurrentTime":
            if (!(v instanceof NumberValue n)) {
              throw new BuiltinException("'CurrentTime' should be a number");
            }
            if (n.bigIntegerValueOrNull() == null || n.bigIntegerValueOrNull().bitLength() > 63) {
              throw new BuiltinException("'CurrentTime' should be a valid int64 number");
            }
            o.currentTime = new Date(Math.floorDiv(n.longValue(), 1_000_000L));
            break;
          case "MaxConstraintComparisons":
            if (!(v instanceof NumberValue)) {
              throw new BuiltinException("'MaxConstraintComparisons' should be a number");
            }
            break;
          case "KeyUsages":
            List<Value> elems;
            if (v instanceof ArrayValue a) {
              elems = a.elements();
            } else if (v instanceof SetValue s) {
              elems = s.elements();
            } else {
              throw new BuiltinException("'KeyUsages' should be an Array or Set");
            }
            List<String> invalid = new ArrayList<>();
            for (Value e : elems) {
              if (e instanceof StringValue s) {
                String oid = KEY_USAGES.get(s.value());
                if (oid == null) {
                  invalid.add(s.value());
                } else {
                  o.keyUsages.add(oid);
                }
              }
            }
            if (!invalid.isEmpty()) {
              throw new BuiltinException("invalid entries for 'KeyUsages' found: [" + String.join(" ", invalid)
                  + "]");
            }
            break;
          default:
            throw new BuiltinException("invalid key option");
        }
      }
      return o;
    }
  }

  /** Verifies leaf (last) to root (first); returns the chain leaf first, or null when invalid. */
  private static List<X509Certificate> verifyChain(List<X509Certificate> certs, VerifyOptions options) {
    if (certs.size() < 2) {
      return null;
    }
    X509Certificate root = certs.get(0);
    List<X509Certificate> path = new ArrayList<>(certs.subList(1, certs.size()));
    Collections.reverse(path);
    try {
      PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
      params.setRevocationEnabled(false);
      params.setDate(options.currentTime != null ? options.currentTime : new Date());
      CertPathValidator.getInstance("PKIX").validate(
          CertificateFactory.getInstance("X.509").generateCertPath(path), params);
      X509Certificate leaf = path.get(0);
      List<String> usages = options.keyUsages.isEmpty() ? List.of("1.3.6.1.5.5.7.3.1") : options.keyUsages;
      if (!usages.contains("2.5.29.37.0")) {
        for (X509Certificate c : path) {
          List<String> eku = c.getExtendedKeyUsage();
          if (eku != null && !eku.contains("2.5.29.37.0") && Collections.disjoint(eku, usages)) {
            return null;
          }
        }
      }
      if (!options.dnsName.isEmpty() && !matchesDns(leaf, options.dnsName)) {
        return null;
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
    List<X509Certificate> chain = new ArrayList<>(path);
    chain.add(root);
    return chain;
  }

  private static boolean matchesDns(X509Certificate leaf, String host) throws GeneralSecurityException {
    if (leaf.getSubjectAlternativeNames() == null) {
      return false;
    }
    for (List<?> san : leaf.getSubjectAlternativeNames()) {
      if (Integer.valueOf(2).equals(san.get(0))) {
        String pattern = ((String) san.get(1)).toLowerCase();
        String h = host.toLowerCase();
        if (pattern.equals(h)) {
          return true;
        }
        if (pattern.startsWith("*.") && h.indexOf('.') > 0 && h.substring(h.indexOf('.')).equals(pattern.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Value certificateRequest(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
    if (!input.startsWith("-----BEGIN CERTIFICATE REQUEST-----")) {
      bytes = GoBase64.decodeStd(input);
    }
    Pem.Block p = Pem.decode(new String(bytes, StandardCharsets.ISO_8859_1));
    if (p != null && !p.type().equals("CERTIFICATE REQUEST")) {
      throw new BuiltinException("invalid PEM-encoded certificate signing request");
    }
    if (p != null) {
      bytes = p.bytes();
    }
    try {
      return csr(bytes);
    } catch (Der.DerException | IndexOutOfBoundsException | ClassCastException e) {
      throw new BuiltinException("asn1: structure error: " + e.getMessage());
    }
  }

  private static Value csr(byte[] der) {
    Der.Tlv top = Der.read(der);
    if (top.tag() != 0x30) {
      throw new Der.DerException("tags don't match");
    }
    List<Der.Tlv> parts = top.children();
    Der.Tlv info = parts.get(0);
    List<Der.Tlv> fields = info.children();
    Der.Tlv subject = fields.get(1);
    Der.Tlv spki = fields.get(2);
    String sigOid = parts.get(1).children().get(0).oid();
    byte[] sigBits = parts.get(2).content();
    byte[] signature = java.util.Arrays.copyOfRange(sigBits, 1, sigBits.length);
    PublicKey key = JwtKeys.publicKeyFromSpki(spki.encoded());
    String keyOid = spki.children().get(0).children().get(0).oid();
    List<Value> attributes = new ArrayList<>();
    List<Value> extensions = new ArrayList<>();
    X509Json.Extensions ext = new X509Json.Extensions();
    for (int i = 3; i < fields.size(); i++) {
      if (fields.get(i).tag() != 0xa0) {
        continue;
      }
      for (Der.Tlv attr : fields.get(i).children()) {
        List<Der.Tlv> ap = attr.children();
        if (!ap.get(0).oid().equals("1.2.840.113549.1.9.14")) {
          continue;
        }
        for (Der.Tlv extSeq : ap.get(1).children()) {
          List<Value> atvs = new ArrayList<>();
          for (Der.Tlv e : extSeq.children()) {
            List<Der.Tlv> ep = e.children();
            String oid = ep.get(0).oid();
            boolean critical = ep.size() == 3 && ep.get(1).content().length > 0 && ep.get(1).content()[0] != 0;
            byte[] value = ep.get(ep.size() - 1).content();
            Value idv = Json.parse(oidJson(oid));
            extensions.add(ObjectValue.ofStrings("Id", idv, "Critical", BooleanValue.of(critical), "Value",
                StringValue.of(Base64.getEncoder().encodeToString(value))));
            atvs.add(ObjectValue.ofStrings("Type", idv, "Value",
                StringValue.of(Base64.getEncoder().encodeToString(value))));
            ext.apply(oid, critical, value);
          }
          attributes.add(ObjectValue.ofStrings("Type", Json.parse(oidJson(ap.get(0).oid())), "Value",
              ArrayValue.of(ArrayValue.of(atvs))));
        }
      }
    }
    ObjectValue.Builder b = ObjectValue.builder();
    b.put("Raw", b64(der));
    b.put("RawTBSCertificateRequest", b64(info.encoded()));
    b.put("RawSubjectPublicKeyInfo", b64(spki.encoded()));
    b.put("RawSubject", b64(subject.encoded()));
    b.put("Version", NumberValue.of(fields.get(0).integer()));
    b.put("Signature", b64(signature));
    b.put("SignatureAlgorithm", NumberValue.of(sigAlgorithm(sigOid)));
    b.put("PublicKeyAlgorithm", NumberValue.of(Map.of("1.2.840.113549.1.1.1", 1, "1.2.840.10045.2.1", 3,
        "1.3.101.112", 4).getOrDefault(keyOid, 0)));
    b.put("PublicKey", X509Json.publicKey(key));
    b.put("Subject", X509Json.name(subject.encoded()));
    b.put("Attributes", attributes.isEmpty() ? NullValue.INSTANCE : ArrayValue.of(attributes));
    b.put("Extensions", extensions.isEmpty() ? NullValue.INSTANCE : ArrayValue.of(extensions));
    b.put("ExtraExtensions", NullValue.INSTANCE);
    b.put("DNSNames", strings(ext.dnsNames));
    b.put("EmailAddresses", strings(ext.emails));
    b.put("IPAddresses", strings(ext.ips));
    b.put("URIs", ext.uris == null ? NullValue.INSTANCE
        : ArrayValue.of(ext.uris.stream().map(X509Json::url).toList()));
    return b.build();
  }

  private static int sigAlgorithm(String oid) {
    Map<String, Integer> m = Map.of("1.2.840.113549.1.1.5", 3, "1.2.840.113549.1.1.11", 4,
        "1.2.840.113549.1.1.12", 5, "1.2.840.113549.1.1.13", 6, "1.2.840.10045.4.3.2", 10,
        "1.2.840.10045.4.3.3", 11, "1.2.840.10045.4.3.4", 12, "1.2.840.113549.1.1.10", 13, "1.3.101.112", 16,
        "1.2.840.113549.1.1.4", 2);
    return m.getOrDefault(oid, 0);
  }

  private static String oidJson(String oid) {
    return "[" + oid.replace('.', ',') + "]";
  }

  private static Value strings(List<String> l) {
    return l == null ? NullValue.INSTANCE : ArrayValue.of(l.stream().map(s -> (Value) StringValue.of(s)).toList());
  }

  private static Value b64(byte[] b) {
    return StringValue.of(Base64.getEncoder().encodeToString(b));
  }

  /** OPA's parse_keypair: Go's tls.Certificate as JSON. */
  private static Value keyPair(String certPem, String keyPem) {
    if (!certPem.startsWith("-----BEGIN ")) {
      certPem = new String(GoBase64.decodeStd(certPem), StandardCharsets.ISO_8859_1);
    }
    if (!keyPem.startsWith("-----BEGIN ")) {
      keyPem = new String(GoBase64.decodeStd(keyPem), StandardCharsets.ISO_8859_1);
    }
    List<X509Certificate> certs;
    if (certPem.startsWith("-----BEGIN ")) {
      certs = new ArrayList<>();
      String rest = certPem;
      while (!rest.isEmpty()) {
        Pem.Block b = Pem.decode(rest);
        if (b == null) {
          break;
        }
        if (b.type().equals("CERTIFICATE")) {
          certs.addAll(parseDer(b.bytes()));
        }
        rest = b.rest();
      }
    } else {
      certs = parseDer(certPem.getBytes(StandardCharsets.ISO_8859_1));
    }
    if (certs.isEmpty()) {
      throw new BuiltinException("tls: failed to find any PEM data in certificate input");
    }
    PrivateKey key;
    if (keyPem.startsWith("-----BEGIN")) {
      List<PrivateKey> keys = PrivateKeys.fromPem(keyPem);
      if (keys.isEmpty()) {
        throw new BuiltinException("tls: failed to find any PEM data in key input");
      }
      key = keys.get(0);
    } else {
      key = PrivateKeys.pkcs8(keyPem.getBytes(StandardCharsets.ISO_8859_1));
    }
    if (!matches(certs.get(0).getPublicKey(), key)) {
      throw new BuiltinException("tls: private key does not match public key");
    }
    List<Value> ders = new ArrayList<>();
    for (X509Certificate c : certs) {
      try {
        ders.add(b64(c.getEncoded()));
      } catch (GeneralSecurityException e) {
        throw new BuiltinException("x509: malformed certificate");
      }
    }
    Value leaf;
    try {
      // tls.Certificate.Leaf is a plain x509.Certificate: no OPA URIStrings field.
      leaf = X509Json.certificate(certs.get(0)).without(StringValue.of("URIStrings"));
    } catch (GeneralSecurityException e) {
      throw new BuiltinException("x509: malformed certificate");
    }
    return ObjectValue.ofStrings("Certificate", ArrayValue.of(ders), "PrivateKey", X509Json.privateKey(key),
        "SupportedSignatureAlgorithms", NullValue.INSTANCE, "OCSPStaple", NullValue.INSTANCE,
        "SignedCertificateTimestamps", NullValue.INSTANCE, "Leaf", leaf);
  }

  private static boolean matches(PublicKey pub, PrivateKey priv) {
    if (pub instanceof RSAPublicKey r) {
      return priv instanceof RSAPrivateCrtKey p && p.getModulus().equals(r.getModulus());
    }
    if (pub instanceof ECPublicKey e) {
      return priv instanceof ECPrivateKey p && PrivateKeys.publicPoint(p).equals(e.getW());
    }
    return true;
  }

  /** OPA's parse_rsa_private_key: the first private key of the PEM as a JWK. */
  private static Value jwkFromPrivateKey(String pemData) {
    if (pemData.isEmpty()) {
      throw new BuiltinException("input PEM data was empty");
    }
    if (!pemData.startsWith("-----BEGIN")) {
      pemData = new String(GoBase64.decodeStd(pemData), StandardCharsets.ISO_8859_1);
    }
    List<PrivateKey> keys = PrivateKeys.fromPem(pemData);
    if (keys.isEmpty()) {
      return NullValue.INSTANCE;
    }
    PrivateKey key = keys.get(0);
    try {
      if (key instanceof RSAPrivateCrtKey r) {
        RSAPublicKey pub = (RSAPublicKey) KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(r.getModulus(), r.getPublicExponent()));
        return Json.fromJava(new RSAKey.Builder(pub).privateKey(r).build().toJSONObject());
      }
      if (key instanceof ECPrivateKey e) {
        ECPublicKey pub = (ECPublicKey) KeyFactory.getInstance("EC")
            .generatePublic(new ECPublicKeySpec(PrivateKeys.publicPoint(e), e.getParams()));
        return Json.fromJava(new ECKey.Builder(Curve.forECParameterSpec(e.getParams()), pub).privateKey(e).build()
            .toJSONObject());
      }
    } catch (GeneralSecurityException e) {
      throw new BuiltinException(e.getMessage());
    }
    throw new BuiltinException("unsupported private key type");
  }
}
