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
import java.util.Enumeration;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.DeferredFileOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook without its temporary files for the usual story. SXSSF keeps each sheet's rows in a
 * temporary file and the workbook's other parts in another; for a ten-article story that is eight files created,
 * written, read back and deleted, which cost more than the sheet XML itself. Here each sheet's rows stay in memory
 * up to {@link #IN_MEMORY_BYTES} and spill to a temporary file beyond it (a very large story still streams), and
 * the zip is compressed at the fastest level: the sheet XML is repetitive, so the file grows by about a fifth while
 * compressing takes a fraction of the time. Each sheet's part is copied as bytes when its rows are put in
 * ({@link #injectData}).
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

  private static final byte[] SHEET_DATA = "<sheetData".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  /**
   * POI's injection of each sheet's rows into the workbook's parts, with the sheet part copied as bytes: POI copies
   * it a character at a time through a decoder and an encoder, and a sheet's part holds all its hyperlinks. The
   * rows go where POI puts them (into {@code <sheetData>}, or replacing {@code <sheetData/>}); the parts are the
   * same (StreamingWorkbookTest compares them with POI's).
   */
  @Override
  protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
    ZipArchiveOutputStream zip = createArchiveOutputStream(out);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() >= 0) {
          copy.setSize(entry.getSize());
        }
        if (entry.getTime() >= 0) {
          copy.setTime(entry.getTime());
        }
        zip.putArchiveEntry(copy);
        try (InputStream in = source.getInputStream(entry)) {
          if (in instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false);
          }
          XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
          if (sheet != null && !(sheet instanceof XSSFChartSheet)) {
            inject(in.readAllBytes(), createSheetInjector(getSheet(sheet.getSheetName())), zip);
          } else {
            in.transferTo(zip);
          }
        } finally {
          zip.closeArchiveEntry();
        }
      }
    } finally {
      zip.finish();
      source.close();
    }
  }

  private static void inject(byte[] part, ISheetInjector rows, OutputStream out) throws IOException {
    for (int at = indexOf(part, SHEET_DATA, 0); at >= 0; at = indexOf(part, SHEET_DATA, at + 1)) {
      int after = at + SHEET_DATA.length;
      if (after < part.length && part[after] == '>') {
        int end = indexOf(part, SHEET_DATA_END, after + 1);
        int contentEnd = end >= 0 ? end : part.length;
        out.write(part, 0, contentEnd);
        rows.writeSheetData(out);
        out.write(SHEET_DATA_END);
        if (end >= 0) {
          out.write(part, end + SHEET_DATA_END.length, part.length - end - SHEET_DATA_END.length);
        }
        return;
      }
      if (after + 1 < part.length && part[after] == '/' && part[after + 1] == '>') {
        out.write(part, 0, at);
        writeRows(rows, out);
        out.write(part, after + 2, part.length - after - 2);
        return;
      }
    }
    out.write(part);
    writeRows(rows, out);
  }

  private static void writeRows(ISheetInjector rows, OutputStream out) throws IOException {
    out.write("<sheetData>\n".getBytes(StandardCharsets.US_ASCII));
    rows.writeSheetData(out);
    out.write(SHEET_DATA_END);
  }

  private static int indexOf(byte[] bytes, byte[] what, int from) {
    outer:
    for (int i = from; i <= bytes.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (bytes[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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
