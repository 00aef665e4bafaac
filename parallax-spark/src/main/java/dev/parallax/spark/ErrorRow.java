package dev.parallax.spark;

import java.io.Serializable;

/** One row of the {@code errors} table: a story left out, with the one-line message naming the file and problem. */
public final class ErrorRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String story;
  private String message;

  public ErrorRow() {
  }

  ErrorRow(String story, String message) {
    this.story = story;
    this.message = message;
  }

  public String getStory() {
    return story;
  }

  public void setStory(String story) {
    this.story = story;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
