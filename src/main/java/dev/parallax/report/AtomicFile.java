package dev.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file through a temporary sibling that is moved into place only when complete, so that a failed run
 * never leaves a half-written file and an existing one survives untouched.
 */
public final class AtomicFile {
  /** Writes the file's content. */
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private AtomicFile() {
  }

  public static void write(Path target, Writer writer) {
    Path folder = target.toAbsolutePath().getParent();
    createFolder(folder);
    if (Files.isDirectory(target)) {
      throw new OutputException(target, "is a folder, not a file; left untouched");
    }
    Path lock = lockFile(target);
    if (lock != null) {
      throw new OutputException(target, "is open in another program (lock file " + lock.getFileName()
          + " beside it); close it and run again, or delete the lock file if nothing has it open; left untouched");
    }
    if (Files.exists(target) && isReadOnly(target)) {
      throw new OutputException(target, "exists and is not writable (open in another program, or read-only?); left untouched");
    }
    if (isReadOnly(folder)) {
      throw new OutputException(folder, "cannot write in this folder (read-only)");
    }
    Path temporary = temporarySibling(target);
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        writer.writeTo(out);
      }
      keepPermissions(target, temporary);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw notWritten(target, e);
    } catch (RuntimeException e) {
      // Libraries wrap the I/O failures of their own temporary files (POI: IllegalStateException(IOException)).
      IOException cause = ioCause(e);
      if (cause == null) {
        throw e;
      }
      throw notWritten(target, cause);
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * A new, empty, hidden file beside the target. Unlike {@code Files.createTempFile}, which makes the file readable
   * by its owner only, it gets the permissions any new file of this user gets (the umask), so that a workbook a
   * colleague should open is not private by accident.
   */
  private static Path temporarySibling(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      Path candidate = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw new OutputException(folder, "cannot create a temporary file in this folder");
        }
      } catch (IOException e) {
        throw new OutputException(folder, "cannot write in this folder (" + reason(e) + ")");
      }
    }
  }

  /** A file written over an earlier one keeps the earlier one's permissions (shared with a group, say). */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the new file has the folder's defaults
    }
  }

  static void createFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new OutputException(folder, "cannot create the folder: a file of that name is in the way");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      Path blocking = firstFileInTheWay(folder);
      throw new OutputException(folder, "cannot create the folder ("
          + (blocking != null ? blocking + " is a file, not a folder" : reason(e)) + ")");
    }
  }

  /**
   * Not writable for this process, or marked read-only (no write permission for anyone): a superuser, who may
   * write anything, still leaves a file or folder the analyst made read-only alone.
   */
  static boolean isReadOnly(Path path) {
    if (!Files.isWritable(path)) {
      return true;
    }
    try {
      return Files.getPosixFilePermissions(path).stream().noneMatch(WRITE::contains);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  /**
   * The lock file an office program keeps beside a document it has open: LibreOffice's {@code .~lock.<name>#},
   * Excel's {@code ~$<name>} (with the first two characters of a long name dropped). Null when there is none.
   */
  static Path lockFile(Path target) {
    if (!Files.exists(target)) {
      return null;
    }
    String name = target.getFileName().toString();
    String shortened = name.substring(Math.min(2, name.length()));
    for (String lock : List.of(".~lock." + name + "#", "~$" + name, "~$" + shortened)) {
      Path candidate = target.resolveSibling(lock);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static OutputException notWritten(Path target, IOException e) {
    return new OutputException(target, "not written (" + reason(e) + "); any earlier file is untouched");
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static Path firstFileInTheWay(Path folder) {
    for (Path path = folder.toAbsolutePath(); path != null; path = path.getParent()) {
      if (Files.exists(path) && !Files.isDirectory(path)) {
        return path;
      }
    }
    return null;
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
