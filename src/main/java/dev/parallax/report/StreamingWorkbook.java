package dev.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook without its temporary files for the usual story. SXSSF keeps each sheet's rows in a
 * temporary file and the workbook's other parts in another; for a ten-article story that is eight files created,
 * written, read back and deleted, which cost more than the sheet XML itself. Here each sheet's rows stay in memory
 * up to {@link #IN_MEMORY_BYTES} and spill to a temporary file beyond it (a very large story still streams), and
 * the zip is compressed at the fastest level: the sheet XML is repetitive, so the file grows by about a fifth while
 * compressing takes a fraction of the time.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;

  private final List<DeferredFileOutputStream> sheetBuffers = new ArrayList<>();
  private final int inMemoryBytes;

  StreamingWorkbook(int rowsInMemory) {
    this(rowsInMemory, IN_MEMORY_BYTES);
  }

  StreamingWorkbook(int rowsInMemory, int inMemoryBytes) {
    super(rowsInMemory);
    this.inMemoryBytes = inMemoryBytes;
  }

  /** The temporary files of sheets that outgrew memory, until {@link #dispose()} deletes them. */
  List<Path> spilled() {
    return sheetBuffers.stream().filter(b -> !b.isInMemory()).map(DeferredFileOutputStream::getPath).toList();
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    DeferredFileOutputStream buffer = DeferredFileOutputStream.builder()
        .setThreshold(inMemoryBytes).setPrefix("parallax-sheet").setSuffix(".xml").get();
    sheetBuffers.add(buffer);
    return new BufferedSheetData(buffer);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  /** Writes the workbook with the template parts in memory rather than in a temporary file. */
  @Override
  public void write(OutputStream stream) throws IOException {
    writeAvoidingTempFiles(stream);
  }

  /**
   * A buffered writer without BufferedWriter's lock on every call: SXSSF writes each sheet from one thread, in
   * many small pieces (an attribute, a tag), and the lock cost more than the copying.
   */
  private static final class CharBuffer extends Writer {
    private final Writer out;
    private final char[] chars = new char[1 << 16];
    private int size;

    CharBuffer(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (size == chars.length) {
        flushChars();
      }
      chars[size++] = (char) c;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      while (length > 0) {
        if (size == chars.length) {
          flushChars();
        }
        int n = Math.min(length, chars.length - size);
        text.getChars(offset, offset + n, chars, size);
        size += n;
        offset += n;
        length -= n;
      }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      while (length > 0) {
        if (size == chars.length) {
          flushChars();
        }
        int n = Math.min(length, chars.length - size);
        System.arraycopy(text, offset, chars, size, n);
        size += n;
        offset += n;
        length -= n;
      }
    }

    private void flushChars() throws IOException {
      out.write(chars, 0, size);
      size = 0;
    }

    @Override
    public void flush() throws IOException {
      flushChars();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flushChars();
      out.close();
    }
  }

  /** Deletes the sheets that outgrew memory, as SXSSF deletes its own temporary files. */
  @Override
  public boolean dispose() {
    boolean disposed = super.dispose();
    for (DeferredFileOutputStream buffer : sheetBuffers) {
      try {
        buffer.close();
        if (!buffer.isInMemory()) {
          Files.deleteIfExists(buffer.getPath());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    sheetBuffers.clear();
    return disposed;
  }

  /** One sheet's rows as SXSSF writes them, kept in a buffer that spills to a file when large. */
  private static final class BufferedSheetData extends SheetDataWriter {
    private final DeferredFileOutputStream buffer;

    BufferedSheetData(DeferredFileOutputStream buffer) throws IOException {
      super(new CharBuffer(new OutputStreamWriter(buffer, StandardCharsets.UTF_8)));
      this.buffer = buffer;
    }

    /**
     * POI's escaping, written run by run instead of a character at a time (the text of a story's sheets is most of
     * their XML): the same five entities, the same character references for tab, line feed, carriage return and
     * no-break space, and the same '?' for other control characters and the non-characters U+FFFE and U+FFFF.
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
      if (s == null) {
        return;
      }
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        String escape = escape(s.charAt(i));
        if (escape != null) {
          _out.write(s, run, i - run);
          _out.write(escape);
          run = i + 1;
        }
      }
      _out.write(s, run, s.length() - run);
    }

    private static String escape(char c) {
      return switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\n' -> "&#xa;";
        case '\r' -> "&#xd;";
        case '\t' -> "&#x9;";
        case '\u00A0' -> "&#xa0;";
        default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
      };
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
      return buffer.isInMemory() ? buffer.toInputStream() : Files.newInputStream(buffer.getPath());
    }
  }
}
