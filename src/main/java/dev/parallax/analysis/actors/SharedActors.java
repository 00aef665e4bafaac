package dev.parallax.analysis.actors;

import dev.parallax.text.ParsedStory;

/**
 * The actors of the story last asked about, found once for the analyzers that share this object: the tone and the
 * facts' conflicts both need them, and run side by side on different threads. Stories are compared by identity; one
 * object serves the analyzers of one run of {@code Analyzers.all()}, so no story outlives its analysis here.
 */
public final class SharedActors {
  private ParsedStory story;
  private StoryActors actors;

  public synchronized StoryActors of(ParsedStory story) {
    if (story != this.story) {
      actors = StoryActors.of(story);
      this.story = story;
    }
    return actors;
  }
}
