package dev.parallax.report;

import java.nio.file.Path;

/**
 * Writes one file through a temporary sibling that is moved into place only when complete: a run of one file as an
 * {@link OutputTransaction}.
 */
public final class AtomicFile {
  private AtomicFile() {
  }

  public static void write(Path target, OutputTransaction.Content content) {
    try (OutputTransaction outputs = new OutputTransaction()) {
      outputs.write(target, content);
      outputs.commit();
    }
  }
}
