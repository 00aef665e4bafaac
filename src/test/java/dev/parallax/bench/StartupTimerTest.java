package dev.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench times start-up with the options the ./parallax launcher gives a compare run, not a stale copy of them. */
class StartupTimerTest {

  @Test
  void everyLauncherOptionOfACompareRunIsTimed() throws IOException {
    String launcher = Files.readString(Path.of("parallax"));
    for (String option : StartupTimer.LAUNCHER_OPTIONS) {
      assertThat(launcher).as("./parallax gives " + option).contains(option);
    }
    assertThat(StartupTimer.LAUNCHER_OPTIONS).contains("-XX:NewRatio=1", "-XX:TieredStopAtLevel=1");
  }
}
