package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.shell.Node.Assignment;
import io.kubemu.engine.runtime.shell.Node.Redirect;
import io.kubemu.engine.runtime.shell.Node.RedirectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the POSIX shell grammar (lists, and-or lists, pipelines, simple
 * commands, {@code { }}, {@code ( )}, {@code if}, {@code while}/{@code until}, {@code for}, {@code
 * case}, functions) plus bash's {@code [[ ... ]]}. Errors use bash's messages.
 */
final class Parser {
  private static final Set<String> TERMINATORS =
      Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}");
  private static final Set<String> REDIRECT_OPS =
      Set.of(">", ">>", "<", "<>", ">&", "<&", "&>", "&>>", ">|", "<<", "<<-", "<<<");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);

  private final List<Token> tokens;
  private int index;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses a whole script. */
  static Node parse(String script) throws SyntaxError {
    Parser parser = new Parser(Lexer.tokenize(script));
    List<Node> items = parser.list();
    Token t = parser.peek();
    if (t.type != Token.Type.EOF) {
      throw SyntaxError.unexpectedToken(t.display());
    }
    return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(index);
    if (t.type != Token.Type.EOF) {
      index++;
    }
    return t;
  }

  private SyntaxError unexpected(Token t) {
    return t.type == Token.Type.EOF
        ? SyntaxError.unexpectedEof()
        : SyntaxError.unexpectedToken(t.display());
  }

  private void skipNewlines() {
    while (peek().type == Token.Type.NEWLINE) {
      index++;
    }
  }

  private boolean atListEnd(Token t) {
    return t.type == Token.Type.EOF
        || t.isOp(")")
        || t.isOp(";;")
        || (t.type == Token.Type.WORD && t.word.isPlain() && TERMINATORS.contains(t.text));
  }

  /** A possibly empty list of and-or lists, up to EOF, {@code )}, {@code ;;} or a terminator. */
  private List<Node> list() throws SyntaxError {
    List<Node> items = new ArrayList<>();
    while (true) {
      skipNewlines();
      if (atListEnd(peek())) {
        return items;
      }
      Node node = andOr();
      Token t = peek();
      if (t.isOp("&")) {
        advance();
        node = new Node.Background(node);
      } else if (t.isOp(";") || t.type == Token.Type.NEWLINE) {
        advance();
      } else if (!atListEnd(t)) {
        throw unexpected(t);
      }
      items.add(node);
    }
  }

  /** A non-empty list, as the body of a compound command must be. */
  private Node compoundList() throws SyntaxError {
    List<Node> items = list();
    if (items.isEmpty()) {
      throw unexpected(peek());
    }
    return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
  }

  private void expectReserved(String word) throws SyntaxError {
    if (!peek().isReserved(word)) {
      throw unexpected(peek());
    }
    advance();
  }

  private Node andOr() throws SyntaxError {
    Node node = pipeline();
    while (peek().isOp("&&") || peek().isOp("||")) {
      boolean and = advance().text.equals("&&");
      skipNewlines();
      node = new Node.AndOr(node, and, pipeline());
    }
    return node;
  }

  private Node pipeline() throws SyntaxError {
    boolean bang = false;
    while (peek().isReserved("!")) {
      advance();
      bang = !bang;
    }
    List<Node> commands = new ArrayList<>();
    commands.add(command());
    while (peek().isOp("|")) {
      advance();
      skipNewlines();
      commands.add(command());
    }
    Node node = commands.size() == 1 ? commands.get(0) : new Node.Pipeline(commands);
    return bang ? new Node.Not(node) : node;
  }

  private Node command() throws SyntaxError {
    Token t = peek();
    Node compound = null;
    if (t.isOp("(")) {
      advance();
      Node body = compoundList();
      if (!peek().isOp(")")) {
        throw unexpected(peek());
      }
      advance();
      compound = new Node.Subshell(body);
    } else if (t.type == Token.Type.WORD && t.word.isPlain()) {
      compound =
          switch (t.text) {
            case "if" -> ifCommand();
            case "while", "until" -> loop();
            case "for" -> forCommand();
            case "case" -> caseCommand();
            case "{" -> group();
            case "function" -> functionKeyword();
            default -> {
              if (TERMINATORS.contains(t.text)) {
                throw unexpected(t);
              }
              if (peek(1).isOp("(") && peek(2).isOp(")") && NAME.matcher(t.text).matches()) {
                yield functionDefinition();
              }
              yield null;
            }
          };
    }
    if (compound == null) {
      return simpleCommand();
    }
    List<Redirect> redirects = new ArrayList<>();
    while (isRedirect(peek())) {
      redirects.add(redirect());
    }
    return redirects.isEmpty() ? compound : new Node.Redirected(compound, redirects);
  }

  private Node ifCommand() throws SyntaxError {
    advance();
    List<Node.Branch> branches = new ArrayList<>();
    Node condition = compoundList();
    expectReserved("then");
    branches.add(new Node.Branch(condition, compoundList()));
    Node otherwise = null;
    while (true) {
      if (peek().isReserved("elif")) {
        advance();
        Node c = compoundList();
        expectReserved("then");
        branches.add(new Node.Branch(c, compoundList()));
      } else if (peek().isReserved("else")) {
        advance();
        otherwise = compoundList();
        expectReserved("fi");
        break;
      } else {
        expectReserved("fi");
        break;
      }
    }
    return new Node.If(branches, otherwise);
  }

  private Node loop() throws SyntaxError {
    boolean until = advance().text.equals("until");
    Node condition = compoundList();
    expectReserved("do");
    Node body = compoundList();
    expectReserved("done");
    return new Node.Loop(condition, until, body);
  }

  private Node forCommand() throws SyntaxError {
    advance();
    Token name = advance();
    if (name.type != Token.Type.WORD || !NAME.matcher(name.text).matches()) {
      throw unexpected(name);
    }
    skipNewlines();
    List<Word> words = null;
    if (peek().isReserved("in")) {
      advance();
      words = new ArrayList<>();
      while (peek().type == Token.Type.WORD) {
        words.add(advance().word);
      }
      if (peek().isOp(";") || peek().type == Token.Type.NEWLINE) {
        advance();
      } else {
        throw unexpected(peek());
      }
    } else if (peek().isOp(";")) {
      advance();
    }
    skipNewlines();
    expectReserved("do");
    Node body = compoundList();
    expectReserved("done");
    return new Node.For(name.text, words, body);
  }

  private Node caseCommand() throws SyntaxError {
    advance();
    Token subject = advance();
    if (subject.type != Token.Type.WORD) {
      throw unexpected(subject);
    }
    skipNewlines();
    expectReserved("in");
    skipNewlines();
    List<Node.CaseItem> items = new ArrayList<>();
    while (!peek().isReserved("esac")) {
      if (peek().isOp("(")) {
        advance();
      }
      List<Word> patterns = new ArrayList<>();
      while (true) {
        Token p = advance();
        if (p.type != Token.Type.WORD) {
          throw unexpected(p);
        }
        patterns.add(p.word);
        if (!peek().isOp("|")) {
          break;
        }
        advance();
      }
      if (!peek().isOp(")")) {
        throw unexpected(peek());
      }
      advance();
      List<Node> body = list();
      items.add(
          new Node.CaseItem(
              patterns,
              body.isEmpty() ? null : body.size() == 1 ? body.get(0) : new Node.Sequence(body)));
      if (peek().isOp(";;")) {
        advance();
        skipNewlines();
      } else if (!peek().isReserved("esac")) {
        throw unexpected(peek());
      }
    }
    advance();
    return new Node.Case(subject.word, items);
  }

  private Node group() throws SyntaxError {
    advance();
    Node body = compoundList();
    expectReserved("}");
    return new Node.Group(body);
  }

  private Node functionDefinition() throws SyntaxError {
    String name = advance().text;
    advance();
    advance();
    skipNewlines();
    return new Node.FunctionDef(name, command());
  }

  private Node functionKeyword() throws SyntaxError {
    advance();
    Token name = advance();
    if (name.type != Token.Type.WORD || !NAME.matcher(name.text).matches()) {
      throw unexpected(name);
    }
    if (peek().isOp("(") && peek(1).isOp(")")) {
      advance();
      advance();
    }
    skipNewlines();
    return new Node.FunctionDef(name.text, command());
  }

  private Node simpleCommand() throws SyntaxError {
    List<Assignment> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    if (peek().isReserved("[[")) {
      return doubleBracket();
    }
    while (true) {
      Token t = peek();
      if (isRedirect(t)) {
        redirects.add(redirect());
      } else if (t.type == Token.Type.WORD) {
        advance();
        Assignment a = words.isEmpty() ? assignment(t.word) : null;
        if (a != null) {
          assignments.add(a);
        } else {
          words.add(t.word);
        }
      } else {
        break;
      }
    }
    if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      throw unexpected(peek());
    }
    return new Node.Simple(assignments, words, redirects);
  }

  /** {@code [[ ... ]]}: operators inside are words for the test; the words are not split later. */
  private Node doubleBracket() throws SyntaxError {
    List<Word> words = new ArrayList<>();
    words.add(advance().word);
    while (true) {
      Token t = advance();
      if (t.type == Token.Type.EOF || t.type == Token.Type.NEWLINE) {
        throw unexpected(t);
      }
      if (t.type == Token.Type.OP) {
        if (!Set.of("&&", "||", "(", ")", "<", ">").contains(t.text)) {
          throw unexpected(t);
        }
        words.add(Word.literal(t.text));
        continue;
      }
      if (t.type == Token.Type.IO_NUMBER) {
        words.add(Word.literal(t.text));
        continue;
      }
      words.add(t.word);
      if (t.isReserved("]]")) {
        break;
      }
    }
    List<Redirect> redirects = new ArrayList<>();
    while (isRedirect(peek())) {
      redirects.add(redirect());
    }
    return new Node.Simple(List.of(), words, redirects);
  }

  private static Assignment assignment(Word word) {
    if (word.parts().isEmpty()
        || !(word.parts().get(0) instanceof Word.Text first)
        || first.quoted()) {
      return null;
    }
    var m = ASSIGNMENT.matcher(first.text());
    if (!m.matches()) {
      return null;
    }
    List<Word.Part> value = new ArrayList<>();
    if (!m.group(2).isEmpty()) {
      value.add(new Word.Text(m.group(2), false));
    }
    value.addAll(word.parts().subList(1, word.parts().size()));
    return new Assignment(m.group(1), new Word(value));
  }

  private static boolean isRedirect(Token t) {
    return t.type == Token.Type.IO_NUMBER
        || (t.type == Token.Type.OP && REDIRECT_OPS.contains(t.text));
  }

  private Redirect redirect() throws SyntaxError {
    int fd = -1;
    if (peek().type == Token.Type.IO_NUMBER) {
      fd = Integer.parseInt(advance().text);
    }
    String op = advance().text;
    Token target = advance();
    if (target.type == Token.Type.EOF) {
      throw SyntaxError.unexpectedToken(
          "newline"); // bash reads the end of -c text as a newline here
    }
    if (target.type != Token.Type.WORD) {
      throw unexpected(target);
    }
    RedirectKind kind =
        switch (op) {
          case ">", ">|" -> RedirectKind.OUT;
          case ">>" -> RedirectKind.APPEND;
          case "<" -> RedirectKind.IN;
          case "<>" -> RedirectKind.READ_WRITE;
          case ">&" -> RedirectKind.DUP_OUT;
          case "<&" -> RedirectKind.DUP_IN;
          case "&>" -> RedirectKind.BOTH;
          case "&>>" -> RedirectKind.BOTH_APPEND;
          case "<<<" -> RedirectKind.HERESTRING;
          default -> RedirectKind.HEREDOC;
        };
    Word word = target.word;
    if (kind == RedirectKind.HEREDOC) {
      word = target.heredoc == null ? Word.literal("") : target.heredoc;
    }
    if (kind == RedirectKind.DUP_OUT && fd < 0 && !target.text.matches("[0-9]+|-")) {
      kind = RedirectKind.BOTH; // bash: ">&file" is "&>file"
    }
    if (fd < 0) {
      fd =
          switch (kind) {
            case IN, READ_WRITE, DUP_IN, HEREDOC, HERESTRING -> 0;
            default -> 1;
          };
    }
    return new Redirect(fd, kind, word);
  }
}
