package io.opadynamodb.test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the module and data files below a {@link PolicyRoot}, in path order. */
final class PolicyFileReader {
  private PolicyFileReader() {}

  static List<PolicyFile> read(PolicyRoot root) throws IOException {
    if (!root.inJar()) {
      return readTree(root, Path.of(root.location()));
    }
    // jar:file:/app/lib/x.jar!/policies -> the jar file and the folder inside it
    String uri = root.location().toString();
    int sep = uri.indexOf("!/");
    Path jarFile = Path.of(URI.create(uri.substring("jar:".length(), sep)));
    // a private zip file system (not the provider's shared one), closed when read
    try (FileSystem jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null)) {
      return readTree(root, jar.getPath(uri.substring(sep + 1)));
    }
  }

  private static List<PolicyFile> readTree(PolicyRoot root, Path dir) throws IOException {
    List<PolicyFile> files = new ArrayList<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : paths) {
      String relative = dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
      PolicyFile file = new PolicyFile(root, relative, "");
      if (file.isModule() || file.isData()) {
        files.add(new PolicyFile(root, relative, utf8(p, file.name())));
      }
    }
    return files;
  }

  private static String utf8(Path p, String name) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(name + ": not UTF-8 text", e);
    }
  }
}
