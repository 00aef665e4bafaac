package dev.parallax.analysis.facts;

/** One side of a conflicting detail: the outlet's wording of it and, in the note, what it conflicts with. */
public record Conflict(String factId, String outlet, String sentenceId, String detail, Detail.Kind kind, String note) {
}
