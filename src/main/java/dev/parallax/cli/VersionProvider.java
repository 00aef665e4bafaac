package dev.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the Maven-filtered {@code parallax-version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {

  public static String version() {
    try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream("parallax-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Parallax " + version(), "Java " + System.getProperty("java.version")};
  }
}
