package dev.parallax.analysis.tone;

import dev.parallax.analysis.ChartData;
import dev.parallax.analysis.ChartSpec;
import dev.parallax.analysis.Figure;
import dev.parallax.analysis.ResultSheet;
import dev.parallax.analysis.SentenceColumn;
import dev.parallax.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tone analyzer's sheets, sentence column and charts. */
final class ToneTables {
  static final String TONE = "Tone";
  static final String ACTORS = "Actors";
  static final String MENTIONS = "Actor mentions";

  private ToneTables() {
  }

  static ResultSheet toneSheet(List<ArticleTone> articles) {
    Table table = Table.create(TONE, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Word"), StringColumn.create("Polarity"), DoubleColumn.create("Strength"),
        StringColumn.create("Voice"), StringColumn.create("Target"), DoubleColumn.create("Score"),
        StringColumn.create("Lemma"), StringColumn.create("Kind"), StringColumn.create("Modifiers"));
    for (ArticleTone article : articles) {
      for (ToneWord word : article.words()) {
        table.stringColumn("Outlet").append(article.outlet());
        table.stringColumn("Sentence").append(word.sentence().id());
        table.stringColumn("Word").append(word.word());
        table.stringColumn("Polarity").append(word.polarity());
        table.doubleColumn("Strength").append(word.strength());
        table.stringColumn("Voice").append(word.voice().label());
        table.stringColumn("Target").append(word.target());
        table.doubleColumn("Score").append(word.score());
        table.stringColumn("Lemma").append(word.entry().lemma());
        table.stringColumn("Kind").append(word.entry().kind());
        table.stringColumn("Modifiers").append(String.join(" ", word.modifiers()));
      }
    }
    return new ResultSheet(table, "One row per evaluative or loaded word occurrence: Polarity after negation, "
        + "Strength = lexicon strength x intensifiers (halved when negated), Score = signed strength, Voice "
        + "outlet or quoted, Target = the actor it qualifies",
        Map.of("Strength", Figure.Format.DECIMAL, "Score", Figure.Format.DECIMAL));
  }

  static ResultSheet actorSheet(List<ArticleTone> articles, List<String> actors) {
    Table table = Table.create(ACTORS, StringColumn.create("Actor"));
    for (ArticleTone article : articles) {
      table.addColumns(IntColumn.create(article.outlet() + " mentions"),
          IntColumn.create(article.outlet() + " quoted"), DoubleColumn.create(article.outlet() + " tone"));
    }
    for (String actor : actors) {
      table.stringColumn("Actor").append(actor);
      for (ArticleTone article : articles) {
        table.intColumn(article.outlet() + " mentions").append((int) article.mentions(actor));
        table.intColumn(article.outlet() + " quoted").append((int) article.quotedMentions(actor));
        table.doubleColumn(article.outlet() + " tone").append(actorTone(article, actor));
      }
    }
    Map<String, Figure.Format> formats = new LinkedHashMap<>();
    articles.forEach(a -> formats.put(a.outlet() + " tone", Figure.Format.DECIMAL));
    return new ResultSheet(table, "One row per actor: per outlet, its mentions, its mentions inside quotes, and "
        + "the mean score of the tone words that qualify it (0: mentioned, never qualified; blank: never mentioned; "
        + "evidence: Actor mentions and Tone, column Target)",
        formats);
  }

  static ResultSheet mentionSheet(List<ArticleTone> articles) {
    Table table = Table.create(MENTIONS, StringColumn.create("Outlet"), StringColumn.create("Sentence"),
        StringColumn.create("Actor"), StringColumn.create("Alias"), StringColumn.create("Voice"));
    for (ArticleTone article : articles) {
      for (ActorMention mention : article.mentions()) {
        table.stringColumn("Outlet").append(article.outlet());
        table.stringColumn("Sentence").append(mention.sentence().id());
        table.stringColumn("Actor").append(mention.actor());
        table.stringColumn("Alias").append(mention.alias());
        table.stringColumn("Voice").append(mention.voice().label());
      }
    }
    return new ResultSheet(table, "One row per mention of an actor (found in the story's texts), with its voice");
  }

  static SentenceColumn sentenceColumn(List<ArticleTone> articles) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ArticleTone article : articles) {
      Map<String, List<ToneWord>> bySentence = article.words().stream()
          .collect(java.util.stream.Collectors.groupingBy(w -> w.sentence().id()));
      for (Sentence sentence : article.article().sentences()) {
        values.put(sentence.id(), bySentence.getOrDefault(sentence.id(), List.of()).stream()
            .mapToDouble(ToneWord::score).sum());
      }
    }
    return new SentenceColumn(TONE, values);
  }

  static ChartSpec voiceChart(List<ArticleTone> articles) {
    Table data = ChartData.create("tone-voice");
    for (Voice voice : Voice.values()) {
      for (ArticleTone article : articles) {
        // No evaluative word in that voice: no bar (NaN), which is not the neutral 0 of words that balance out.
        ChartData.add(data, voice.category(), article.outlet(), article.tone(voice).orElse(Double.NaN));
      }
    }
    return new ChartSpec("tone-voice", "Tone per outlet: the outlet's own words against the words it quotes "
        + "(mean score per evaluative word, -3 to +3)", "Voice", "Mean tone", ChartSpec.Kind.GROUPED_BARS, data);
  }

  /**
   * The mean score of the words that qualify the actor; 0 (neutral) for an actor the outlet mentions without
   * qualifying it; missing (NaN: a blank cell, no bar) for one it never mentions, which is not the same as neutral.
   */
  private static double actorTone(ArticleTone article, String actor) {
    OptionalDouble tone = article.actorTone(actor);
    if (tone.isPresent()) {
      return tone.getAsDouble();
    }
    return article.mentions(actor) > 0 ? 0 : Double.NaN;
  }

  static ChartSpec actorChart(List<ArticleTone> articles, List<String> actors) {
    Table data = ChartData.create("tone-actors");
    for (String actor : actors) {
      for (ArticleTone article : articles) {
        ChartData.add(data, actor, article.outlet(), actorTone(article, actor));
      }
    }
    return new ChartSpec("tone-actors", "Tone towards each actor per outlet (mean score of the words that "
        + "qualify it; below zero is negative; no bar: not mentioned)", "Actor", "Mean tone",
        ChartSpec.Kind.DIVERGING_BARS, data, ACTORS);
  }


}
