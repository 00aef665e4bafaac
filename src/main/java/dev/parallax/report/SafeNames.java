package dev.parallax.report;

import java.util.regex.Pattern;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Names made from data (an outlet, a table, a chart) before they become a sheet name or a file name: outlets are
 * called things like "Le Monde: Afrique/Sahel?*[1]", which neither Excel nor a file system accepts as they are.
 * Sheet names and the links pointing at them both go through {@link #sheet}, so links stay right.
 */
final class SafeNames {
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern ILLEGAL_IN_FILE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
  private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
  private static final int MAX_FILE_NAME = 120;

  private SafeNames() {
  }

  /**
   * A legal sheet name: none of : \ / ? * [ ] or control characters, no leading or trailing apostrophe, at most
   * 31 characters, not Excel's reserved "History".
   */
  static String sheet(String name) {
    String safe = WorkbookUtil.createSafeSheetName(
        name == null ? "" : CONTROL.matcher(name).replaceAll("_").strip(), '_');
    return safe.equalsIgnoreCase("history") ? safe + "_" : safe;
  }

  /** A file name (without extension) legal on Linux, macOS and Windows: never a path, never empty. */
  static String file(String name) {
    String safe = ILLEGAL_IN_FILE.matcher(name == null ? "" : name).replaceAll("_").strip();
    safe = safe.replaceAll("^\\.+", "_").replaceAll("[. ]+$", "");
    if (safe.length() > MAX_FILE_NAME) {
      safe = safe.substring(0, MAX_FILE_NAME);
    }
    if (safe.isEmpty()) {
      return "_";
    }
    return WINDOWS_RESERVED.matcher(safe).matches() ? "_" + safe : safe;
  }
}
