package io.kubemu.engine.runtime.shell;

/** A lexical token of a script. */
final class Token {
  enum Type {
    WORD,
    /** Digits directly before a redirection operator: {@code 2>}. */
    IO_NUMBER,
    OP,
    NEWLINE,
    EOF
  }

  final Type type;

  /** The operator, or the word as written (quotes included). */
  final String text;

  /** The parsed word, for WORD tokens. */
  final Word word;

  /** For the delimiter word after {@code <<}: the here-document's body, set at the next newline. */
  Word heredoc;

  Token(Type type, String text, Word word) {
    this.type = type;
    this.text = text;
    this.word = word;
  }

  boolean isOp(String op) {
    return type == Type.OP && text.equals(op);
  }

  /** Whether this is an unquoted word spelling {@code reserved}. */
  boolean isReserved(String reserved) {
    return type == Type.WORD && word.isPlain() && text.equals(reserved);
  }

  /** How bash names this token in "unexpected token" errors. */
  String display() {
    return switch (type) {
      case NEWLINE -> "newline";
      case EOF -> "end of file";
      default -> text;
    };
  }

  @Override
  public String toString() {
    return type + "(" + text + ")";
  }
}
