package io.opadynamodb.dynamodb.store;

import io.opadynamodb.rego.value.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 digests of module sources and of a whole bundle's content. The bundle checksum lets a
 * loader prove it read every item of a revision and nothing else.
 */
public final class BundleChecksum {
  private BundleChecksum() {}

  public static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
    }
  }

  /** The digest of modules (path and source digest) and data (path and canonical JSON), in path order. */
  public static String of(PolicyBundle bundle) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> m : bundle.modules().entrySet()) {
      sb.append("module\0").append(m.getKey()).append('\0').append(sha256(m.getValue())).append('\n');
    }
    bundle.data().forEach((path, value) ->
        sb.append("data\0").append(path).append('\0').append(Json.write(value)).append('\n'));
    return sha256(sb.toString());
  }
}
