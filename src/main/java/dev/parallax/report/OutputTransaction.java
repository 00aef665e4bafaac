package dev.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file of a run as one transaction: each is written to a hidden temporary file beside its destination, and
 * only when all are written are they moved into place. Until then no earlier file is touched; when the run fails,
 * {@link #close()} removes the temporary files and the folders the run created, so the disk is as it was. Files may
 * be written from several threads at once.
 */
public final class OutputTransaction implements AutoCloseable {
  /** Writes a file's content. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A file written to its temporary sibling, waiting to be moved into place. */
  private record Staged(Path target, Path temporary) {
  }

  /** A file moved into place, and the earlier file it replaced, kept until the whole run is in place. */
  private record Placed(Path target, Path earlier) {
  }

  private final List<Staged> staged = new ArrayList<>();
  private final Set<Path> targets = new HashSet<>();
  private final List<Path> createdFolders = new ArrayList<>();
  private boolean committed;

  /**
   * Writes the file's content to a temporary file beside it, after checking the destination; the file itself is
   * replaced only by {@link #commit()}.
   */
  public void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath().normalize();
    OutputChecks.checkFile(target);
    synchronized (this) {
      if (committed) {
        throw new IllegalStateException("transaction already committed");
      }
      if (!targets.add(absolute)) {
        throw new OutputException(target, "would be written twice by this run (two outputs of the same name)");
      }
    }
    createFolders(target, OutputChecks.folderOf(target));
    Path temporary = temporarySibling(absolute);
    synchronized (this) {
      staged.add(new Staged(absolute, temporary));
    }
    try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw notWritten(target, e);
    } catch (RuntimeException e) {
      // Libraries wrap the I/O failures of their own temporary files (POI: IllegalStateException(IOException)).
      IOException cause = ioCause(e);
      if (cause == null) {
        throw e;
      }
      throw notWritten(target, cause);
    }
  }

  /** Creates a folder the run writes in (and records it, so that a failed run removes it again). */
  public void createFolder(Path folder) {
    OutputChecks.checkFolder(folder);
    createFolders(folder, folder.toAbsolutePath().normalize());
  }

  /**
   * Moves every written file into place. Should a move fail, the files already moved are put back as they were
   * before the exception is thrown.
   */
  public synchronized List<Path> commit() {
    List<Placed> placed = new ArrayList<>();
    Path current = null;
    try {
      for (Staged file : staged) {
        current = file.target();
        Path earlier = Files.exists(current) ? keepEarlier(current) : null;
        placed.add(new Placed(current, earlier));
        keepPermissions(current, file.temporary());
        Files.move(file.temporary(), current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      putBack(placed);
      throw new OutputException(current, "not written (" + OutputChecks.reason(e)
          + "); every earlier file of the run is as it was");
    }
    committed = true;
    placed.stream().map(Placed::earlier).filter(p -> p != null).forEach(OutputTransaction::deleteQuietly);
    return staged.stream().map(Staged::target).toList();
  }

  /** Removes what a run that did not commit has left: its temporary files and the folders it created. */
  @Override
  public synchronized void close() {
    staged.forEach(file -> deleteQuietly(file.temporary()));
    if (committed) {
      return;
    }
    createdFolders.stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed())
        .forEach(OutputTransaction::deleteQuietly);
  }

  private void createFolders(Path shown, Path folder) {
    List<Path> missing = new ArrayList<>();
    for (Path path = folder; path != null && !Files.exists(path); path = path.getParent()) {
      missing.add(path);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(shown, "cannot create the folder (" + OutputChecks.reason(e) + ")");
    } finally {
      synchronized (this) {
        createdFolders.addAll(missing);
      }
    }
  }

  /** A hard link to the earlier file (a copy where links are not supported): restored if the run must be undone. */
  private static Path keepEarlier(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path earlier = siblingName(target, ".old");
      try {
        Files.createLink(earlier, target);
        return earlier;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(target, earlier, StandardCopyOption.COPY_ATTRIBUTES);
        return earlier;
      }
    }
  }

  private static void putBack(List<Placed> placed) {
    for (int i = placed.size() - 1; i >= 0; i--) {
      Placed file = placed.get(i);
      try {
        if (file.earlier() != null) {
          Files.move(file.earlier(), file.target(), StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
          // Renaming a hard link onto the file it links to does nothing: the link is still there.
          Files.deleteIfExists(file.earlier());
        } else {
          Files.deleteIfExists(file.target());
        }
      } catch (IOException ignored) {
        // nothing more can be done; the earlier file is still beside it, hidden
      }
    }
  }

  /**
   * A new, empty, hidden file beside the target. Unlike {@code Files.createTempFile}, which makes the file readable
   * by its owner only, it gets the permissions any new file of this user gets (the umask), so that a workbook a
   * colleague should open is not private by accident.
   */
  private static Path temporarySibling(Path target) {
    for (int attempt = 0; ; attempt++) {
      try {
        return Files.createFile(siblingName(target, ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw new OutputException(target.getParent(), "cannot create a temporary file in this folder");
        }
      } catch (IOException e) {
        throw new OutputException(target.getParent(), "cannot write in this folder (" + OutputChecks.reason(e) + ")");
      }
    }
  }

  private static Path siblingName(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
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

  private static OutputException notWritten(Path target, IOException e) {
    return new OutputException(target, "not written (" + OutputChecks.reason(e) + "); any earlier file is untouched");
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

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (DirectoryNotEmptyException e) {
      // a folder the run created that now holds something else: not the run's to remove
    } catch (IOException ignored) {
      // a hidden temporary file named as such; nothing else to do
    }
  }
}
