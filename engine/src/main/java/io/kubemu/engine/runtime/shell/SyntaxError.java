package io.kubemu.engine.runtime.shell;

/** A script that does not parse; the message is bash's ({@code syntax error: ...}). */
final class SyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  SyntaxError(String message) {
    super(message);
  }

  static SyntaxError unexpectedEof() {
    return new SyntaxError("syntax error: unexpected end of file");
  }

  static SyntaxError unexpectedToken(String token) {
    return new SyntaxError("syntax error near unexpected token `" + token + "'");
  }
}
