package io.opadynamodb.rego.builtins.system;

import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.NullValue;
import io.opadynamodb.rego.value.NumberValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.StringValue;
import io.opadynamodb.rego.value.Value;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's JSON marshalling of {@code x509.Certificate} (plus OPA's {@code URIStrings}), of
 * {@code x509.CertificateRequest} and of Go key structs, as OPA returns them.
 */
final class X509Json {
  private static final Map<String, Integer> SIGNATURE_ALGORITHMS = Map.ofEntries(
      Map.entry("1.2.840.113549.1.1.2", 1), Map.entry("1.2.840.113549.1.1.4", 2),
      Map.entry("1.2.840.113549.1.1.5", 3), Map.entry("1.2.840.113549.1.1.11", 4),
      Map.entry("1.2.840.113549.1.1.12", 5), Map.entry("1.2.840.113549.1.1.13", 6),
      Map.entry("1.2.840.10040.4.3", 7), Map.entry("2.16.840.1.101.3.4.3.2", 8),
      Map.entry("1.2.840.10045.4.1", 9), Map.entry("1.2.840.10045.4.3.2", 10),
      Map.entry("1.2.840.10045.4.3.3", 11), Map.entry("1.2.840.10045.4.3.4", 12),
      Map.entry("1.2.840.113549.1.1.10", 13), Map.entry("1.3.101.112", 16));
  private static final Map<String, Integer> PUBLIC_KEY_ALGORITHMS = Map.of(
      "1.2.840.113549.1.1.1", 1, "1.2.840.10040.4.1", 2, "1.2.840.10045.2.1", 3, "1.3.101.112", 4);
  private static final Map<String, Integer> EXT_KEY_USAGES = Map.ofEntries(
      Map.entry("2.5.29.37.0", 0), Map.entry("1.3.6.1.5.5.7.3.1", 1), Map.entry("1.3.6.1.5.5.7.3.2", 2),
      Map.entry("1.3.6.1.5.5.7.3.3", 3), Map.entry("1.3.6.1.5.5.7.3.4", 4), Map.entry("1.3.6.1.5.5.7.3.5", 5),
      Map.entry("1.3.6.1.5.5.7.3.6", 6), Map.entry("1.3.6.1.5.5.7.3.7", 7), Map.entry("1.3.6.1.5.5.7.3.8", 8),
      Map.entry("1.3.6.1.5.5.7.3.9", 9), Map.entry("1.3.6.1.4.1.311.10.3.3", 10),
      Map.entry("2.16.840.1.113730.4.1", 11), Map.entry("1.3.6.1.4.1.311.2.1.22", 12),
      Map.entry("1.3.6.1.4.1.311.61.1.1", 13));
  private static final Set<String> HANDLED_EXTENSIONS = Set.of("2.5.29.15", "2.5.29.19", "2.5.29.17", "2.5.29.30",
      "2.5.29.31", "2.5.29.35", "2.5.29.14", "2.5.29.37", "2.5.29.32", "2.5.29.33", "2.5.29.36", "2.5.29.54",
      "1.3.6.1.5.5.7.1.1");

  private X509Json() {}

  private static Value b64(byte[] b) {
    return b == null ? NullValue.INSTANCE : StringValue.of(Base64.getEncoder().encodeToString(b));
  }

  private static Value strings(List<String> l) {
    if (l == null) {
      return NullValue.INSTANCE;
    }
    return ArrayValue.of(l.stream().map(s -> (Value) StringValue.of(s)).toList());
  }

  private static Value oidArray(String oid) {
    List<Value> parts = new ArrayList<>();
    for (String p : oid.split("\\.")) {
      parts.add(NumberValue.of(Long.parseLong(p)));
    }
    return ArrayValue.of(parts);
  }

  private static Value time(Instant i) {
    return StringValue.of(GoTimeFormat.format(i.atZone(java.time.ZoneId.of("UTC")),
        "2006-01-02T15:04:05.999999999Z07:00"));
  }

  /** Go's pkix.Name from a DER RDNSequence. */
  static Value name(byte[] rdnSequence) {
    Map<String, String> single = Map.of("2.5.4.3", "CommonName", "2.5.4.5", "SerialNumber");
    Map<String, String> multi = Map.of("2.5.4.6", "Country", "2.5.4.10", "Organization", "2.5.4.11",
        "OrganizationalUnit", "2.5.4.7", "Locality", "2.5.4.8", "Province", "2.5.4.9", "StreetAddress",
        "2.5.4.17", "PostalCode");
    Map<String, List<String>> lists = new java.util.HashMap<>();
    String cn = "";
    String serial = "";
    List<Value> names = new ArrayList<>();
    for (Der.Tlv rdn : Der.read(rdnSequence).children()) {
      for (Der.Tlv atv : rdn.children()) {
        List<Der.Tlv> parts = atv.children();
        String oid = parts.get(0).oid();
        String value = parts.get(1).string();
        names.add(ObjectValue.ofStrings("Type", oidArray(oid), "Value", StringValue.of(value)));
        if (single.containsKey(oid)) {
          if (oid.equals("2.5.4.3")) {
            cn = value;
          } else {
            serial = value;
          }
        } else if (multi.containsKey(oid)) {
          lists.computeIfAbsent(multi.get(oid), k -> new ArrayList<>()).add(value);
        }
      }
    }
    ObjectValue.Builder b = ObjectValue.builder();
    for (String f : multi.values()) {
      b.put(f, strings(lists.get(f)));
    }
    b.put("CommonName", StringValue.of(cn));
    b.put("SerialNumber", StringValue.of(serial));
    b.put("Names", names.isEmpty() ? NullValue.INSTANCE : ArrayValue.of(names));
    b.put("ExtraNames", NullValue.INSTANCE);
    return b.build();
  }

  static Value publicKey(PublicKey key) {
    if (key instanceof RSAPublicKey r) {
      return ObjectValue.ofStrings("N", NumberValue.of(r.getModulus()), "E", NumberValue.of(r.getPublicExponent()));
    }
    if (key instanceof ECPublicKey e) {
      return ObjectValue.ofStrings("Curve", ObjectValue.EMPTY, "X", NumberValue.of(e.getW().getAffineX()), "Y",
          NumberValue.of(e.getW().getAffineY()));
    }
    if (key != null && (key.getAlgorithm().equals("EdDSA") || key.getAlgorithm().equals("Ed25519"))) {
      byte[] enc = key.getEncoded();
      return b64(java.util.Arrays.copyOfRange(enc, enc.length - 32, enc.length));
    }
    return NullValue.INSTANCE;
  }

  /** Go's JSON of rsa.PrivateKey / ecdsa.PrivateKey / ed25519.PrivateKey. */
  static Value privateKey(java.security.PrivateKey key) {
    if (key instanceof RSAPrivateCrtKey r) {
      return ObjectValue.ofStrings("N", NumberValue.of(r.getModulus()), "E", NumberValue.of(r.getPublicExponent()),
          "D", NumberValue.of(r.getPrivateExponent()),
          "Primes", ArrayValue.of(NumberValue.of(r.getPrimeP()), NumberValue.of(r.getPrimeQ())),
          "Precomputed", ObjectValue.ofStrings("Dp", NumberValue.of(r.getPrimeExponentP()),
              "Dq", NumberValue.of(r.getPrimeExponentQ()), "Qinv", NumberValue.of(r.getCrtCoefficient()),
              "CRTValues", ArrayValue.EMPTY));
    }
    if (key instanceof ECPrivateKey e) {
      java.security.spec.ECPoint w = PrivateKeys.publicPoint(e);
      return ObjectValue.ofStrings("Curve", ObjectValue.EMPTY, "X", NumberValue.of(w.getAffineX()), "Y",
          NumberValue.of(w.getAffineY()), "D", NumberValue.of(e.getS()));
    }
    if (key != null && key.getFormat().equals("PKCS#8")) {
      byte[] enc = key.getEncoded();
      return b64(java.util.Arrays.copyOfRange(enc, enc.length - 32, enc.length));
    }
    return NullValue.INSTANCE;
  }

  /** The certificate as OPA returns it. */
  static ObjectValue certificate(X509Certificate cert) throws java.security.cert.CertificateEncodingException {
    byte[] raw = cert.getEncoded();
    List<Der.Tlv> top = Der.read(raw).children();
    Der.Tlv tbs = top.get(0);
    List<Der.Tlv> fields = tbs.children();
    int i = 0;
    if (fields.get(0).tag() == 0xa0) {
      i++;
    }
    Der.Tlv issuer = fields.get(i + 2);
    Der.Tlv subject = fields.get(i + 4);
    Der.Tlv spki = fields.get(i + 5);
    List<Der.Tlv> extensions = List.of();
    for (int j = i + 6; j < fields.size(); j++) {
      if (fields.get(j).tag() == 0xa3) {
        extensions = fields.get(j).children().get(0).children();
      }
    }
    ObjectValue.Builder b = ObjectValue.builder();
    b.put("Raw", b64(raw));
    b.put("RawTBSCertificate", b64(tbs.encoded()));
    b.put("RawSubjectPublicKeyInfo", b64(spki.encoded()));
    b.put("RawSubject", b64(subject.encoded()));
    b.put("RawIssuer", b64(issuer.encoded()));
    b.put("Signature", b64(cert.getSignature()));
    b.put("SignatureAlgorithm", NumberValue.of(SIGNATURE_ALGORITHMS.getOrDefault(cert.getSigAlgOID(), 0)));
    String keyOid = spki.children().get(0).children().get(0).oid();
    b.put("PublicKeyAlgorithm", NumberValue.of(PUBLIC_KEY_ALGORITHMS.getOrDefault(keyOid, 0)));
    b.put("PublicKey", publicKey(cert.getPublicKey()));
    b.put("Version", NumberValue.of(cert.getVersion()));
    b.put("SerialNumber", NumberValue.of(cert.getSerialNumber()));
    b.put("Issuer", name(issuer.encoded()));
    b.put("Subject", name(subject.encoded()));
    b.put("NotBefore", time(cert.getNotBefore().toInstant()));
    b.put("NotAfter", time(cert.getNotAfter().toInstant()));
    int keyUsage = 0;
    boolean[] ku = cert.getKeyUsage();
    if (ku != null) {
      for (int k = 0; k < ku.length && k < 9; k++) {
        if (ku[k]) {
          keyUsage |= 1 << k;
        }
      }
    }
    b.put("KeyUsage", NumberValue.of(keyUsage));
    Extensions ext = new Extensions();
    List<Value> extValues = new ArrayList<>();
    for (Der.Tlv e : extensions) {
      List<Der.Tlv> parts = e.children();
      String oid = parts.get(0).oid();
      boolean critical = parts.size() == 3 && parts.get(1).content().length > 0 && parts.get(1).content()[0] != 0;
      byte[] value = parts.get(parts.size() - 1).content();
      extValues.add(ObjectValue.ofStrings("Id", oidArray(oid), "Critical", BooleanValue.of(critical), "Value",
          b64(value)));
      ext.apply(oid, critical, value);
    }
    b.put("Extensions", extValues.isEmpty() ? NullValue.INSTANCE : ArrayValue.of(extValues));
    b.put("ExtraExtensions", NullValue.INSTANCE);
    b.put("UnhandledCriticalExtensions", ext.unhandled.isEmpty() ? NullValue.INSTANCE
        : ArrayValue.of(ext.unhandled.stream().map(X509Json::oidArray).toList()));
    b.put("ExtKeyUsage", ext.extKeyUsage == null ? NullValue.INSTANCE
        : ArrayValue.of(ext.extKeyUsage.stream().map(n -> (Value) NumberValue.of(n)).toList()));
    b.put("UnknownExtKeyUsage", ext.unknownExtKeyUsage == null ? NullValue.INSTANCE
        : ArrayValue.of(ext.unknownExtKeyUsage.stream().map(X509Json::oidArray).toList()));
    b.put("BasicConstraintsValid", BooleanValue.of(ext.basicConstraintsValid));
    b.put("IsCA", BooleanValue.of(ext.isCa));
    b.put("MaxPathLen", NumberValue.of(ext.maxPathLen));
    b.put("MaxPathLenZero", BooleanValue.of(ext.basicConstraintsValid && ext.maxPathLen == 0));
    b.put("SubjectKeyId", b64(ext.subjectKeyId));
    b.put("AuthorityKeyId", b64(ext.authorityKeyId));
    b.put("OCSPServer", strings(ext.ocsp));
    b.put("IssuingCertificateURL", strings(ext.issuingUrls));
    b.put("DNSNames", strings(ext.dnsNames));
    b.put("EmailAddresses", strings(ext.emails));
    b.put("IPAddresses", strings(ext.ips));
    b.put("URIs", ext.uris == null ? NullValue.INSTANCE : ArrayValue.of(ext.uris.stream().map(X509Json::url).toList()));
    b.put("URIStrings", strings(ext.uris));
    b.put("PermittedDNSDomainsCritical", BooleanValue.FALSE);
    for (String f : new String[] {"PermittedDNSDomains", "ExcludedDNSDomains", "PermittedIPRanges",
        "ExcludedIPRanges", "PermittedEmailAddresses", "ExcludedEmailAddresses", "PermittedURIDomains",
        "ExcludedURIDomains", "PolicyMappings"}) {
      b.put(f, NullValue.INSTANCE);
    }
    b.put("CRLDistributionPoints", strings(ext.crls));
    b.put("PolicyIdentifiers", ext.policies == null ? NullValue.INSTANCE
        : ArrayValue.of(ext.policies.stream().map(X509Json::oidArray).toList()));
    b.put("Policies", strings(ext.policies));
    b.put("InhibitAnyPolicy", NumberValue.of(0));
    b.put("InhibitAnyPolicyZero", BooleanValue.FALSE);
    b.put("InhibitPolicyMapping", NumberValue.of(0));
    b.put("InhibitPolicyMappingZero", BooleanValue.FALSE);
    b.put("RequireExplicitPolicy", NumberValue.of(0));
    b.put("RequireExplicitPolicyZero", BooleanValue.FALSE);
    return b.build();
  }

  /** Go's url.URL struct as JSON. */
  static Value url(String s) {
    String scheme = "";
    String opaque = "";
    String host = "";
    String path = "";
    String rawQuery = "";
    String fragment = "";
    try {
      URI u = new URI(s);
      scheme = u.getScheme() == null ? "" : u.getScheme();
      if (u.isOpaque()) {
        opaque = u.getRawSchemeSpecificPart();
      } else {
        host = u.getRawAuthority() == null ? "" : u.getRawAuthority();
        path = u.getPath() == null ? "" : u.getPath();
        rawQuery = u.getRawQuery() == null ? "" : u.getRawQuery();
      }
      fragment = u.getFragment() == null ? "" : u.getFragment();
    } catch (java.net.URISyntaxException e) {
      path = s;
    }
    return ObjectValue.ofStrings("Scheme", StringValue.of(scheme), "Opaque", StringValue.of(opaque),
        "User", NullValue.INSTANCE, "Host", StringValue.of(host), "Path", StringValue.of(path),
        "RawPath", StringValue.of(""), "OmitHost", BooleanValue.FALSE, "ForceQuery", BooleanValue.FALSE,
        "RawQuery", StringValue.of(rawQuery), "Fragment", StringValue.of(fragment),
        "RawFragment", StringValue.of(""));
  }

  /** The extension fields Go decodes. */
  static final class Extensions {
    final List<String> unhandled = new ArrayList<>();
    List<Integer> extKeyUsage;
    List<String> unknownExtKeyUsage;
    boolean basicConstraintsValid;
    boolean isCa;
    int maxPathLen;
    byte[] subjectKeyId;
    byte[] authorityKeyId;
    List<String> ocsp;
    List<String> issuingUrls;
    List<String> dnsNames;
    List<String> emails;
    List<String> ips;
    List<String> uris;
    List<String> crls;
    List<String> policies;

    void apply(String oid, boolean critical, byte[] value) {
      if (critical && !HANDLED_EXTENSIONS.contains(oid)) {
        unhandled.add(oid);
      }
      Der.Tlv v = Der.read(value);
      switch (oid) {
        case "2.5.29.19": {
          basicConstraintsValid = true;
          maxPathLen = -1;
          for (Der.Tlv c : v.children()) {
            if (c.tag() == 0x01) {
              isCa = c.content().length > 0 && c.content()[0] != 0;
            } else if (c.tag() == 0x02) {
              maxPathLen = c.integer().intValue();
            }
          }
          break;
        }
        case "2.5.29.14":
          subjectKeyId = v.content();
          break;
        case "2.5.29.35":
          for (Der.Tlv c : v.children()) {
            if (c.tag() == 0x80) {
              authorityKeyId = c.content();
            }
          }
          break;
        case "2.5.29.37":
          for (Der.Tlv c : v.children()) {
            Integer known = EXT_KEY_USAGES.get(c.oid());
            if (known != null) {
              extKeyUsage = extKeyUsage == null ? new ArrayList<>() : extKeyUsage;
              extKeyUsage.add(known);
            } else {
              unknownExtKeyUsage = unknownExtKeyUsage == null ? new ArrayList<>() : unknownExtKeyUsage;
              unknownExtKeyUsage.add(c.oid());
            }
          }
          break;
        case "2.5.29.17":
          for (Der.Tlv c : v.children()) {
            switch (c.tag()) {
              case 0x81:
                emails = add(emails, c.string());
                break;
              case 0x82:
                dnsNames = add(dnsNames, c.string());
                break;
              case 0x86:
                uris = add(uris, c.string());
                break;
              case 0x87:
                try {
                  ips = add(ips, NetLookupBuiltin.format(InetAddress.getByAddress(c.content())));
                } catch (UnknownHostException e) {
                  // Go rejects such certificates; keep the rest
                }
                break;
              default:
                break;
            }
          }
          break;
        case "1.3.6.1.5.5.7.1.1":
          for (Der.Tlv ad : v.children()) {
            List<Der.Tlv> p = ad.children();
            if (p.size() == 2 && p.get(1).tag() == 0x86) {
              if (p.get(0).oid().equals("1.3.6.1.5.5.7.48.1")) {
                ocsp = add(ocsp, p.get(1).string());
              } else if (p.get(0).oid().equals("1.3.6.1.5.5.7.48.2")) {
                issuingUrls = add(issuingUrls, p.get(1).string());
              }
            }
          }
          break;
        case "2.5.29.31":
          for (Der.Tlv dp : v.children()) {
            for (Der.Tlv f : dp.children()) {
              if (f.tag() == 0xa0) {
                for (Der.Tlv full : f.children()) {
                  if (full.tag() == 0xa0) {
                    for (Der.Tlv gn : full.children()) {
                      if (gn.tag() == 0x86) {
                        crls = add(crls, gn.string());
                      }
                    }
                  }
                }
              }
            }
          }
          break;
        case "2.5.29.32":
          for (Der.Tlv pi : v.children()) {
            policies = add(policies, pi.children().get(0).oid());
          }
          break;
        default:
          break;
      }
    }

    private static List<String> add(List<String> l, String s) {
      List<String> r = l == null ? new ArrayList<>() : l;
      r.add(s);
      return r;
    }
  }

}
