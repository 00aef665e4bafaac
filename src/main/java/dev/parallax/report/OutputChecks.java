package dev.parallax.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * The checks a destination passes before anything of a run is written: its folder can be created or written in, no
 * folder sits where the file goes, the file is not read-only and not open in an office program. Nothing here changes
 * the disk.
 */
public final class OutputChecks {
  private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private OutputChecks() {
  }

  /** The file can be written (replaced, if it exists) in its folder, which exists or can be created. */
  public static void checkFile(Path target) {
    checkFolder(folderOf(target));
    if (Files.isDirectory(target)) {
      throw new OutputException(target, "is a folder, not a file; left untouched");
    }
    Path lock = lockFile(target);
    if (lock != null) {
      throw new OutputException(target, "is open in another program (lock file " + lock.getFileName()
          + " beside it); close it and run again, or delete the lock file if nothing has it open; left untouched");
    }
    if (Files.exists(target) && isReadOnly(target)) {
      throw new OutputException(target, "exists and is not writable (open in another program, or read-only?); "
          + "left untouched");
    }
  }

  /** Files can be written in the folder: it is a writable folder, or the first existing folder above it is. */
  public static void checkFolder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new OutputException(folder, "cannot create the folder: a file of that name is in the way");
    }
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new OutputException(folder, "cannot create the folder (no existing folder above it)");
    }
    if (!Files.isDirectory(existing)) {
      throw new OutputException(folder, "cannot create the folder (" + existing + " is a file, not a folder)");
    }
    if (isReadOnly(existing)) {
      throw existing.equals(absolute)
          ? new OutputException(folder, "cannot write in this folder (read-only)")
          : new OutputException(folder, "cannot create the folder (" + existing + " is read-only)");
    }
  }

  /**
   * Refuses an output inside the input folder: the next run would read the report's folder as a story folder (or
   * its files as articles) and fail.
   */
  public static void checkOutside(Path output, Path input, String what) {
    Path inputFolder = realPath(input);
    if (realPath(output).startsWith(inputFolder)) {
      throw new OutputException(output, what + " is inside the corpus folder " + input + ", where the next run "
          + "would read it as input; write it outside the corpus");
    }
  }

  /** The path with every existing folder on it resolved (symbolic links, "..") and the rest appended as it is. */
  private static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  static Path folderOf(Path target) {
    return target.toAbsolutePath().normalize().getParent();
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

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
