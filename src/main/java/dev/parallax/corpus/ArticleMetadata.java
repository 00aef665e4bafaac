package dev.parallax.corpus;

import java.time.LocalDate;
import java.util.Optional;

/** What the front matter (or the file name) says about an article. Absent values are empty, never invented. */
public record ArticleMetadata(
    String outlet,
    Optional<String> title,
    Optional<String> author,
    Optional<LocalDate> date,
    Optional<String> url,
    Optional<String> language) {
}
