package io.opadynamodb.rego.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch command runs each line as a command line and answers one JSON line per line. */
class BatchCommandTest {

  @Test
  void eachLineIsRunAndAnsweredWithStatusAndOutput() throws Exception {
    List<List<String>> seen = new ArrayList<>();
    BatchCommand.Runner runner = (args, out, err) -> {
      seen.add(args);
      out.println("out of " + args.get(0));
      err.print("<err>");
      return args.size();
    };
    String lines = "[\"eval\", \"x\"]\n\nnot json\n[\"test\"]\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchCommand batch = new BatchCommand(runner, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

    int status = batch.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

    assertThat(status).isZero();
    assertThat(seen).containsExactly(List.of("eval", "x"), List.of("test"));
    List<String> answers = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(answers).hasSize(3);
    assertThat(answers.get(0)).isEqualTo("{\"status\":2,\"stderr\":\"\\u003cerr\\u003e\",\"stdout\":\"out of eval\\n\"}");
    assertThat(answers.get(1)).startsWith("{\"status\":2,\"stderr\":\"batch: each line must be a JSON array of strings");
    assertThat(answers.get(2)).isEqualTo("{\"status\":1,\"stderr\":\"\\u003cerr\\u003e\",\"stdout\":\"out of test\\n\"}");
  }
}
