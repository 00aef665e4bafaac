package dev.parallax.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  StreamingWorkbook(int rowsInMemory) {
    super(rowsInMemory);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    DeferredFileOutputStream buffer = DeferredFileOutputStream.builder()
        .setThreshold(IN_MEMORY_BYTES).setPrefix("parallax-sheet").setSuffix(".xml").get();
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
      super(new BufferedWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8)));
      this.buffer = buffer;
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
      return buffer.isInMemory() ? buffer.toInputStream() : Files.newInputStream(buffer.getPath());
    }
  }
}
