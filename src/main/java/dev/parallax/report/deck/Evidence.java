package dev.parallax.report.deck;

/**
 * One line of a finding's evidence: the outlet, the sentence id as the workbook shows it, the words (a sentence, a
 * quote, a shared passage), and what the line shows about it when that is not the words alone (a hedge cue, a status).
 */
record Evidence(String outlet, String sentenceId, String words, String note) {

  /** The line as the speaker notes give it, whole. */
  String whole() {
    return outlet + " (" + sentenceId + (note.isEmpty() ? "" : ", " + note) + "): " + quoted();
  }

  /** The words between quotation marks, unless they open with one of their own. */
  String quoted() {
    return words.matches("^[«“„\"‘].*") ? words : "“" + words + "”";
  }

  /** The line's heading on a slide: the sentence id (which names the outlet) and the note. */
  String heading() {
    String where = sentenceId.startsWith(outlet + "#") ? sentenceId : outlet + " · " + sentenceId;
    return where + (note.isEmpty() ? "" : " · " + note);
  }
}
