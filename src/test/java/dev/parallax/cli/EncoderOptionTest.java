package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analysis.facts.MiniLm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --encoder DIR}: a folder it cannot use stops compare and eval with one line naming the path, exit code 2
 * and nothing written; the English test model runs through eval on the seed story.
 */
class EncoderOptionTest {
  private static final String SEED = "corpus/aes-russia-moscow-2025-04";

  @TempDir
  Path dir;

  @Test
  void aMissingFolderStopsCompareBeforeAnythingIsWritten() {
    Path nowhere = dir.resolve("nowhere");
    assertRefused(nowhere, nowhere + ": encoder folder not found");
  }

  @Test
  void aFolderWithoutModelOnnxIsNamed() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertRefused(empty, empty.resolve("model.onnx") + ": not found; the encoder folder must hold the model "
        + "exported to ONNX under this name");
  }

  @Test
  void aModelThatIsNotOnnxIsNamed() throws IOException {
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(broken.resolve("model.onnx"), "not a model");
    MiniLm.copy(MiniLm.JAR_TOKENIZER, broken.resolve("tokenizer.json"));
    Cli cli = Cli.run("compare", SEED, "-o", dir.resolve("out/comparison.xlsx").toString(), "--charts",
        dir.resolve("out/charts").toString(), "--encoder", broken.toString());
    assertThat(cli.exitCode()).isEqualTo(Failures.BAD_INPUT);
    assertThat(cli.errorLines()).singleElement().asString()
        .startsWith("parallax: " + broken.resolve("model.onnx") + ": ONNX Runtime cannot load it as a model");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void evalRefusesABadFolderToo() {
    Path nowhere = dir.resolve("nowhere");
    Cli cli = Cli.run("eval", "--brief", "--gold", "src/test/resources/gold/aes-russia-moscow-2025-04", SEED,
        "--encoder", nowhere.toString());
    assertThat(cli.exitCode()).isEqualTo(Failures.BAD_INPUT);
    assertThat(cli.errorLines()).containsExactly("parallax: " + nowhere + ": encoder folder not found");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void evalScoresTheFactsWithTheEncoder() {
    Path model = MiniLm.folder(dir.resolve("minilm"));
    Cli cli = Cli.run("eval", "--brief", "--gold", "src/test/resources/gold/aes-russia-moscow-2025-04", SEED,
        "--encoder", model.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("facts.tsv  precision");
  }

  private void assertRefused(Path encoder, String message) {
    Cli cli = Cli.run("compare", SEED, "-o", dir.resolve("out/comparison.xlsx").toString(), "--charts",
        dir.resolve("out/charts").toString(), "--encoder", encoder.toString());
    assertThat(cli.exitCode()).isEqualTo(Failures.BAD_INPUT);
    assertThat(cli.errorLines()).containsExactly("parallax: " + message);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
