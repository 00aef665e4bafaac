package dev.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling that is moved into place only when complete, so that a failed run
 * never leaves a half-written file and an existing one survives untouched.
 */
public final class AtomicFile {
  /** Writes the file's content. */
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {
  }

  public static void write(Path target, Writer writer) {
    Path folder = target.toAbsolutePath().getParent();
    createFolder(folder);
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new OutputException(target, "exists and is not writable (open in another program, or read-only?); left untouched");
    }
    Path temporary;
    try {
      temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new OutputException(folder, "cannot write in this folder (" + reason(e) + ")");
    }
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        writer.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException(target, "not written (" + reason(e) + "); any earlier file is untouched");
    } finally {
      deleteQuietly(temporary);
    }
  }

  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(folder, "cannot create the folder (" + reason(e) + ")");
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the temporary file is hidden and named as such; nothing else to do
    }
  }
}
