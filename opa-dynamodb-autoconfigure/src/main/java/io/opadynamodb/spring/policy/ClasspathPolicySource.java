package io.opadynamodb.spring.policy;

import io.opadynamodb.rego.value.Json;
import io.opadynamodb.rego.value.JsonFormatException;
import io.opadynamodb.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads policies from a resource folder (default {@code classpath:policies/}) as an OPA bundle: every
 * {@code .rego} file is a module, and every {@code .json}/{@code .yaml}/{@code .yml} file is a data document
 * placed at its folder path relative to the root ({@code rbac/data.json} goes to {@code data.rbac},
 * {@code data.json} at the root is merged into {@code data}). The revision is a hash of the content, so it only
 * changes when a file does.
 */
public final class ClasspathPolicySource implements PolicySource {
  private static final String TEST_SUFFIX = "_test.rego";

  private final String location;
  private final boolean includeTests;
  private final ResourcePatternResolver resolver;

  /**
   * @param location a Spring resource folder such as {@code classpath:policies/}, {@code classpath*:policies/}
   *     (every classpath root) or {@code file:/etc/policies/}
   * @param includeTests whether {@code *_test.rego} modules are loaded too
   * @param resolver resolves the location (the application context, or a default resolver)
   */
  public ClasspathPolicySource(String location, boolean includeTests, ResourcePatternResolver resolver) {
    this.location = location.endsWith("/") ? location : location + "/";
    this.includeTests = includeTests;
    this.resolver = resolver;
  }

  public ClasspathPolicySource(String location) {
    this(location, false, new PathMatchingResourcePatternResolver());
  }

  @Override
  public String description() {
    return location;
  }

  @Override
  public PolicyBundle load() {
    // Sorted by relative path so that the load order, and so the revision, does not depend on the file system.
    Map<String, Resource> files = new TreeMap<>();
    try {
      for (Resource root : roots()) {
        collect(root, files);
      }
    } catch (IOException e) {
      throw new PolicyLoadException(location + ": cannot list policy files: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    MessageDigest digest = sha256();
    Map<String, String> texts = new TreeMap<>();
    for (Map.Entry<String, Resource> file : files.entrySet()) {
      try {
        String text = read(file.getValue());
        texts.put(file.getKey(), text);
        digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      } catch (IOException e) {
        problems.add(location + file.getKey() + ": cannot read: " + e.getMessage());
      }
    }
    String revision = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    PolicyBundle.Builder bundle = PolicyBundle.builder(revision);
    for (Map.Entry<String, String> file : texts.entrySet()) {
      String path = file.getKey();
      String name = location + path;
      try {
        if (path.endsWith(".rego")) {
          bundle.module(name, file.getValue());
        } else {
          bundle.data(name, folderPath(path), parseData(name, file.getValue()));
        }
      } catch (PolicyLoadException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return bundle.build();
  }

  private List<Resource> roots() throws IOException {
    if (location.startsWith(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX)) {
      return List.of(resolver.getResources(location));
    }
    return List.of(resolver.getResource(location));
  }

  private void collect(Resource root, Map<String, Resource> files) throws IOException {
    if (!root.exists()) {
      return;
    }
    String rootUrl = root.getURL().toString();
    rootUrl = rootUrl.endsWith("/") ? rootUrl : rootUrl + "/";
    for (String extension : List.of("rego", "json", "yaml", "yml")) {
      for (Resource file : resolver.getResources(rootUrl + "**/*." + extension)) {
        String url = file.getURL().toString();
        if (!file.isReadable() || !url.startsWith(rootUrl)) {
          continue;
        }
        String relative = url.substring(rootUrl.length());
        if (!includeTests && relative.endsWith(TEST_SUFFIX)) {
          continue;
        }
        files.putIfAbsent(relative, file);
      }
    }
  }

  /** {@code rbac/data.json} to {@code [rbac]}; {@code data.json} to {@code []}. */
  static List<String> folderPath(String relativePath) {
    List<String> parts = new ArrayList<>(List.of(relativePath.split("/")));
    parts.remove(parts.size() - 1);
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static Value parseData(String name, String text) {
    if (name.endsWith(".json")) {
      try {
        return Json.parse(text);
      } catch (JsonFormatException e) {
        throw new PolicyLoadException(name + ": invalid JSON: " + e.getMessage());
      }
    }
    try {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      return Json.fromJava(doc);
    } catch (RuntimeException e) {
      throw new PolicyLoadException(name + ": invalid YAML: " + firstLine(e.getMessage()));
    }
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not a YAML document";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
