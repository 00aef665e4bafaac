package dev.parallax.analysis.facts;

import dev.parallax.text.ParsedArticle;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into claims. A sentence is one claim unless a semicolon joins independent clauses, each with
 * its own verb; headings are not claims (they announce, they do not report).
 */
final class ClaimSplitter {
  private static final String CLAUSE_BREAK = ";";

  List<Claim> claims(ParsedArticle article) {
    List<Claim> claims = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (!sentence.heading()) {
        claims.addAll(split(sentence));
      }
    }
    return claims;
  }

  List<Claim> split(Sentence sentence) {
    List<List<Token>> clauses = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (token.text().equals(CLAUSE_BREAK) && !token.quoted()) {
        clauses.add(current);
        current = new ArrayList<>();
      } else {
        current.add(token);
      }
    }
    clauses.add(current);
    List<List<Token>> independent = clauses.stream().filter(c -> c.stream().anyMatch(Token::isVerb)).toList();
    if (independent.size() < 2 || independent.size() != clauses.size()) {
      return List.of(claim(sentence.id(), sentence, sentence.tokens()));
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < independent.size(); i++) {
      claims.add(claim(sentence.id() + "." + (i + 1), sentence, independent.get(i)));
    }
    return claims;
  }

  private static Claim claim(String id, Sentence sentence, List<Token> tokens) {
    int start = tokens.isEmpty() ? sentence.start() : tokens.get(0).start();
    int end = tokens.isEmpty() ? sentence.end() : tokens.get(tokens.size() - 1).end();
    return new Claim(id, sentence, start, end, sentence.slice(start, end), voice(tokens), tokens);
  }

  private static Claim.Voice voice(List<Token> tokens) {
    long words = tokens.stream().filter(Token::isWord).count();
    long quoted = tokens.stream().filter(t -> t.isWord() && t.quoted()).count();
    if (quoted == 0) {
      return Claim.Voice.AUTHOR;
    }
    return quoted == words ? Claim.Voice.QUOTED : Claim.Voice.MIXED;
  }
}
