package io.kubemu.engine.runtime.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into {@link Token}s, parsing each word's quoting and expansions into a {@link
 * Word} as it goes (POSIX token recognition, with bash's {@code $'...'}, {@code &>} and {@code
 * <<<}). Here-document bodies are read at the newline that follows their operator and attached to
 * the delimiter's token.
 */
final class Lexer {
  private static final String[] OPERATORS = {
    "&>>", "<<<", "<<-", "&&", "||", ";;", "<<", ">>", ">&", "<&", "&>", ">|", "<>", ";", "&", "|",
    "(", ")", "<", ">"
  };

  private record PendingHeredoc(Token delimiter, String text, boolean strip, boolean quoted) {}

  private final String src;
  private int pos;
  private final List<Token> tokens = new ArrayList<>();
  private final List<PendingHeredoc> pending = new ArrayList<>();

  /**
   * Non-null right after {@code <<} ({@code TRUE}) or {@code <<-}: the next word is a delimiter.
   */
  private Boolean heredocStrip;

  private Lexer(String src) {
    this.src = src;
  }

  static List<Token> tokenize(String src) throws SyntaxError {
    Lexer lexer = new Lexer(src);
    lexer.run();
    return lexer.tokens;
  }

  /**
   * Parses text that is already one word's worth (a {@code ${name:-arg}} argument, an arithmetic
   * expression or a here-document body): blanks are literal. In {@code doubleQuoted} mode quotes
   * are literal and backslash escapes only {@code $ ` " \} and newline; {@code heredoc} leaves
   * {@code "} escapes alone too.
   */
  static Word innerWord(String text, boolean doubleQuoted, boolean heredoc) throws SyntaxError {
    Lexer lexer = new Lexer(text);
    Parts parts = new Parts();
    if (doubleQuoted) {
      lexer.doubleQuotedContent(parts, false, heredoc);
    } else {
      while (lexer.pos < text.length()) {
        lexer.wordChar(parts, lexer.pos == 0);
      }
    }
    return parts.word();
  }

  private void run() throws SyntaxError {
    while (true) {
      skipBlanks();
      if (pos >= src.length()) {
        for (PendingHeredoc h : pending) {
          h.delimiter.heredoc = Word.literal("");
        }
        tokens.add(new Token(Token.Type.EOF, "", null));
        return;
      }
      char c = src.charAt(pos);
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        pos++;
        tokens.add(new Token(Token.Type.NEWLINE, "\n", null));
        readHeredocs();
        continue;
      }
      String op = operatorAt(pos);
      if (op != null) {
        pos += op.length();
        tokens.add(new Token(Token.Type.OP, op, null));
        if (op.equals("<<") || op.equals("<<-")) {
          heredocStrip = op.equals("<<-");
        }
        continue;
      }
      word();
    }
  }

  private void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  private String operatorAt(int at) {
    for (String op : OPERATORS) {
      if (src.startsWith(op, at)) {
        return op;
      }
    }
    return null;
  }

  private static boolean endsWord(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
        || c == '(' || c == ')' || c == '<' || c == '>';
  }

  private void word() throws SyntaxError {
    int start = pos;
    Parts parts = new Parts();
    while (pos < src.length() && !endsWord(src.charAt(pos))) {
      wordChar(parts, pos == start);
    }
    String raw = src.substring(start, pos);
    if (!raw.isEmpty()
        && raw.chars().allMatch(Character::isDigit)
        && pos < src.length()
        && (src.charAt(pos) == '<' || src.charAt(pos) == '>')) {
      tokens.add(new Token(Token.Type.IO_NUMBER, raw, null));
      return;
    }
    Word word = parts.word();
    Token token = new Token(Token.Type.WORD, raw, word);
    tokens.add(token);
    if (heredocStrip != null) {
      pending.add(
          new PendingHeredoc(token, word.literalText(), heredocStrip, word.hasQuotedPart()));
      heredocStrip = null;
    }
  }

  /** Consumes one character (or quoted run, or expansion) of an unquoted word. */
  private void wordChar(Parts parts, boolean atWordStart) throws SyntaxError {
    char c = src.charAt(pos);
    switch (c) {
      case '\\' -> {
        if (pos + 1 >= src.length()) {
          parts.text("\\", false);
          pos++;
        } else if (src.charAt(pos + 1) == '\n') {
          pos += 2;
        } else {
          parts.text(String.valueOf(src.charAt(pos + 1)), true);
          pos += 2;
        }
      }
      case '\'' -> {
        int end = src.indexOf('\'', pos + 1);
        if (end < 0) {
          throw SyntaxError.unexpectedEof();
        }
        parts.text(src.substring(pos + 1, end), true);
        pos = end + 1;
      }
      case '"' -> {
        pos++;
        if (!doubleQuotedContent(parts, true, false)) {
          parts.text("", true); // "" is an empty field, not nothing
        }
      }
      case '$' -> dollar(parts, false);
      case '`' -> backtick(parts, false);
      case '~' -> {
        if (atWordStart
            && (pos + 1 >= src.length()
                || src.charAt(pos + 1) == '/'
                || endsWord(src.charAt(pos + 1)))) {
          parts.add(new Word.Param("HOME", "", null, true));
        } else {
          parts.text("~", false);
        }
        pos++;
      }
      default -> {
        parts.text(String.valueOf(c), false);
        pos++;
      }
    }
  }

  /**
   * Consumes double-quoted content from {@code pos}: up to and including the closing quote when
   * {@code closed}, else to the end of the text.
   *
   * @return whether there was any content
   */
  private boolean doubleQuotedContent(Parts parts, boolean closed, boolean heredoc)
      throws SyntaxError {
    int start = pos;
    while (true) {
      if (pos >= src.length()) {
        if (closed) {
          throw SyntaxError.unexpectedEof();
        }
        return pos > start;
      }
      char c = src.charAt(pos);
      if (c == '"' && closed) {
        pos++;
        return pos - 1 > start;
      }
      switch (c) {
        case '\\' -> {
          char next = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
          if (next == '\n') {
            pos += 2;
          } else if (next == '$' || next == '`' || next == '\\' || (next == '"' && !heredoc)) {
            parts.text(String.valueOf(next), true);
            pos += 2;
          } else {
            parts.text("\\", true);
            pos++;
          }
        }
        case '$' -> dollar(parts, true);
        case '`' -> backtick(parts, true);
        default -> {
          parts.text(String.valueOf(c), true);
          pos++;
        }
      }
    }
  }

  private void dollar(Parts parts, boolean quoted) throws SyntaxError {
    if (pos + 1 >= src.length()) {
      parts.text("$", quoted);
      pos++;
      return;
    }
    char n = src.charAt(pos + 1);
    if (n == '{') {
      int end = matching(pos + 2, '{', '}');
      String body = src.substring(pos + 2, end);
      pos = end + 1;
      parts.add(braceParam(body, quoted));
    } else if (n == '(') {
      int arithEnd = pos + 2 < src.length() && src.charAt(pos + 2) == '(' ? arithEnd(pos + 3) : -1;
      if (arithEnd >= 0) {
        String expr = src.substring(pos + 3, arithEnd);
        pos = arithEnd + 2;
        parts.add(new Word.Arith(innerWord(expr, true, true), quoted));
      } else {
        int end = matching(pos + 2, '(', ')');
        String body = src.substring(pos + 2, end);
        pos = end + 1;
        parts.add(new Word.CommandSub(Parser.parse(body), quoted));
      }
    } else if (n == '\'' && !quoted) {
      pos += 2;
      parts.text(ansiC(), true);
    } else if (n == '"' && !quoted) {
      pos += 2;
      if (!doubleQuotedContent(parts, true, false)) {
        parts.text("", true);
      }
    } else if (Character.isLetter(n) || n == '_') {
      int start = pos + 1;
      int end = start;
      while (end < src.length()
          && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) {
        end++;
      }
      parts.add(new Word.Param(src.substring(start, end), "", null, quoted));
      pos = end;
    } else if (Character.isDigit(n) || "?#@*$!-".indexOf(n) >= 0) {
      parts.add(new Word.Param(String.valueOf(n), "", null, quoted));
      pos += 2;
    } else {
      parts.text("$", quoted);
      pos++;
    }
  }

  /** {@code $'...'}: bash's ANSI-C quoting; {@code pos} is after the opening quote. */
  private String ansiC() throws SyntaxError {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw SyntaxError.unexpectedEof();
      }
      char c = src.charAt(pos++);
      if (c == '\'') {
        return sb.toString();
      }
      if (c != '\\' || pos >= src.length()) {
        sb.append(c);
        continue;
      }
      pos = Escapes.decode(src, pos, sb);
    }
  }

  private void backtick(Parts parts, boolean quoted) throws SyntaxError {
    StringBuilder body = new StringBuilder();
    int i = pos + 1;
    while (true) {
      if (i >= src.length()) {
        throw SyntaxError.unexpectedEof();
      }
      char c = src.charAt(i);
      if (c == '`') {
        break;
      }
      if (c == '\\' && i + 1 < src.length() && "$`\\".indexOf(src.charAt(i + 1)) >= 0) {
        body.append(src.charAt(i + 1));
        i += 2;
      } else {
        body.append(c);
        i++;
      }
    }
    pos = i + 1;
    parts.add(new Word.CommandSub(Parser.parse(body.toString()), quoted));
  }

  /** The index of the {@code close} matching an already-consumed {@code open}, skipping quotes. */
  private int matching(int from, char open, char close) throws SyntaxError {
    int depth = 1;
    int i = from;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\'') {
        int end = src.indexOf('\'', i + 1);
        if (end < 0) {
          break;
        }
        i = end + 1;
        continue;
      }
      if (c == '"' || c == '`') {
        i = skipQuoted(i, c);
        continue;
      }
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i;
      }
      i++;
    }
    throw SyntaxError.unexpectedEof();
  }

  private int skipQuoted(int at, char quote) throws SyntaxError {
    int i = at + 1;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    throw SyntaxError.unexpectedEof();
  }

  /** The index of the first {@code )} of the {@code ))} closing {@code $((}, or -1. */
  private int arithEnd(int from) {
    int depth = 0;
    for (int i = from; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i + 1 < src.length() && src.charAt(i + 1) == ')' ? i : -1;
        }
        depth--;
      }
    }
    return -1;
  }

  private static final String[] PARAM_OPS = {
    ":-", ":=", ":+", ":?", "##", "%%", "-", "=", "+", "?", "#", "%"
  };

  private static Word.Param braceParam(String body, boolean quoted) throws SyntaxError {
    if (body.length() > 1 && body.charAt(0) == '#') {
      String name = body.substring(1);
      if (name.length() == nameLength(name)) {
        return new Word.Param(name, "len", null, quoted);
      }
    }
    int len = nameLength(body);
    if (len == 0) {
      return new Word.Param(body, "bad", null, quoted);
    }
    String name = body.substring(0, len);
    String rest = body.substring(len);
    if (rest.isEmpty()) {
      return new Word.Param(name, "", null, quoted);
    }
    for (String op : PARAM_OPS) {
      if (rest.startsWith(op)) {
        Word arg = innerWord(rest.substring(op.length()), false, false);
        return new Word.Param(name, op, arg, quoted);
      }
    }
    return new Word.Param(body, "bad", null, quoted);
  }

  /** The length of the parameter name at the start of {@code s}: identifier, digits or special. */
  private static int nameLength(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    char c = s.charAt(0);
    int i = 0;
    if (Character.isLetter(c) || c == '_') {
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
      return i;
    }
    if (Character.isDigit(c)) {
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      return i;
    }
    return "?#@*$!-".indexOf(c) >= 0 ? 1 : 0;
  }

  private void readHeredocs() throws SyntaxError {
    for (PendingHeredoc h : pending) {
      StringBuilder body = new StringBuilder();
      while (pos < src.length()) {
        int lineEnd = src.indexOf('\n', pos);
        if (lineEnd < 0) {
          lineEnd = src.length();
        }
        String line = src.substring(pos, lineEnd);
        pos = Math.min(lineEnd + 1, src.length());
        if (h.strip) {
          line = line.replaceFirst("^\t+", "");
        }
        if (line.equals(h.text)) {
          break;
        }
        body.append(line).append('\n');
      }
      h.delimiter.heredoc =
          h.quoted ? Word.literal(body.toString()) : innerWord(body.toString(), true, true);
    }
    pending.clear();
  }

  /** Accumulates word parts, merging adjacent literal text of the same quoting. */
  static final class Parts {
    private final List<Word.Part> parts = new ArrayList<>();

    void text(String s, boolean quoted) {
      if (!parts.isEmpty()
          && parts.get(parts.size() - 1) instanceof Word.Text t
          && t.quoted() == quoted) {
        parts.set(parts.size() - 1, new Word.Text(t.text() + s, quoted));
      } else {
        parts.add(new Word.Text(s, quoted));
      }
    }

    void add(Word.Part part) {
      parts.add(part);
    }

    Word word() {
      return new Word(parts);
    }
  }
}
