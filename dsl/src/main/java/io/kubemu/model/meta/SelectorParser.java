package io.kubemu.model.meta;

import io.kubemu.model.meta.Selector.Operator;
import io.kubemu.model.meta.Selector.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The label selector lexer and recursive-descent parser (upstream {@code labels.Lexer} and {@code
 * labels.Parser}), producing requirements in input order with Kubernetes' error messages.
 */
final class SelectorParser {

  private enum Token {
    ERROR,
    END_OF_STRING,
    CLOSED_PAR,
    COMMA,
    DOES_NOT_EXIST,
    DOUBLE_EQUALS,
    EQUALS,
    GREATER_THAN,
    IDENTIFIER,
    IN,
    LESS_THAN,
    NOT_EQUALS,
    NOT_IN,
    OPEN_PAR
  }

  private record Item(Token tok, String literal) {}

  private static Token literalToken(String s) {
    return switch (s) {
      case ")" -> Token.CLOSED_PAR;
      case "," -> Token.COMMA;
      case "!" -> Token.DOES_NOT_EXIST;
      case "==" -> Token.DOUBLE_EQUALS;
      case "=" -> Token.EQUALS;
      case ">" -> Token.GREATER_THAN;
      case "in" -> Token.IN;
      case "<" -> Token.LESS_THAN;
      case "!=" -> Token.NOT_EQUALS;
      case "notin" -> Token.NOT_IN;
      case "(" -> Token.OPEN_PAR;
      default -> null;
    };
  }

  /** upstream labels.Lexer */
  private static final class Lexer {
    private final String s;
    private int pos;

    Lexer(String s) {
      this.s = s;
    }

    private static boolean whitespace(char ch) {
      return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
    }

    private static boolean specialSymbol(char ch) {
      return switch (ch) {
        case '=', '!', '(', ')', ',', '>', '<' -> true;
        default -> false;
      };
    }

    private Item scanIdOrKeyword() {
      StringBuilder buffer = new StringBuilder();
      while (true) {
        char ch = readChar();
        if (ch == 0) {
          break;
        }
        if (specialSymbol(ch) || whitespace(ch)) {
          pos--;
          break;
        }
        buffer.append(ch);
      }
      String lit = buffer.toString();
      Token tok = literalToken(lit);
      return new Item(tok != null ? tok : Token.IDENTIFIER, lit);
    }

    private Item scanSpecialSymbol() {
      Item last = null;
      StringBuilder buffer = new StringBuilder();
      while (true) {
        char ch = readChar();
        if (ch == 0) {
          break;
        }
        if (specialSymbol(ch)) {
          buffer.append(ch);
          Token tok = literalToken(buffer.toString());
          if (tok != null) {
            last = new Item(tok, buffer.toString());
          } else if (last != null) {
            pos--;
            break;
          }
        } else {
          pos--;
          break;
        }
      }
      if (last == null) {
        return new Item(Token.ERROR, "error expected: keyword found '" + buffer + "'");
      }
      return last;
    }

    /** The next character, or 0 at the end (the position then stays at the end). */
    private char readChar() {
      if (pos < s.length()) {
        return s.charAt(pos++);
      }
      return 0;
    }

    Item lex() {
      char ch = readChar();
      while (whitespace(ch)) {
        ch = readChar();
      }
      if (ch == 0) {
        return new Item(Token.END_OF_STRING, "");
      }
      pos--;
      return specialSymbol(ch) ? scanSpecialSymbol() : scanIdOrKeyword();
    }
  }

  private final List<Item> items = new ArrayList<>();
  private int position;

  SelectorParser(String selector) {
    Lexer lexer = new Lexer(selector);
    while (true) {
      Item item = lexer.lex();
      items.add(item);
      if (item.tok() == Token.END_OF_STRING) {
        break;
      }
    }
  }

  /** In a values context, 'in' and 'notin' are plain identifiers. */
  private static Item inValues(Item item) {
    if (item.tok() == Token.IN || item.tok() == Token.NOT_IN) {
      return new Item(Token.IDENTIFIER, item.literal());
    }
    return item;
  }

  private Item lookahead() {
    return inValues(items.get(position));
  }

  private Item consume(boolean values) {
    Item item = items.get(position++);
    return values ? inValues(item) : item;
  }

  List<Requirement> parse() {
    List<Requirement> requirements = new ArrayList<>();
    while (true) {
      Item next = lookahead();
      switch (next.tok()) {
        case IDENTIFIER, DOES_NOT_EXIST -> {
          Requirement r;
          try {
            r = parseRequirement();
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unable to parse requirement: " + e.getMessage(), e);
          }
          requirements.add(r);
          Item t = consume(true);
          switch (t.tok()) {
            case END_OF_STRING -> {
              return requirements;
            }
            case COMMA -> {
              Item t2 = lookahead();
              if (t2.tok() != Token.IDENTIFIER && t2.tok() != Token.DOES_NOT_EXIST) {
                throw fail("found '" + t2.literal() + "', expected: identifier after ','");
              }
            }
            default -> throw fail("found '" + t.literal() + "', expected: ',' or 'end of string'");
          }
        }
        case END_OF_STRING -> {
          return requirements;
        }
        default ->
            throw fail(
                "found '" + next.literal() + "', expected: !, identifier, or 'end of string'");
      }
    }
  }

  private Requirement parseRequirement() {
    Item first = consume(true);
    Operator operator = null;
    if (first.tok() == Token.DOES_NOT_EXIST) {
      operator = Operator.DOES_NOT_EXIST;
      first = consume(true);
    }
    if (first.tok() != Token.IDENTIFIER) {
      throw fail("found '" + first.literal() + "', expected: identifier");
    }
    String key = first.literal();
    List<String> keyErrs = LabelSyntax.qualifiedNameErrors(key);
    if (!keyErrs.isEmpty()) {
      // upstream validates with the parser's (nil) path, which prints as "<nil>"
      throw fail(FieldErrors.invalid("<nil>", FieldErrors.quote(key), String.join("; ", keyErrs)));
    }
    Token after = lookahead().tok();
    if (after == Token.END_OF_STRING || after == Token.COMMA) {
      if (operator != Operator.DOES_NOT_EXIST) {
        operator = Operator.EXISTS;
      }
    }
    if (operator == Operator.EXISTS || operator == Operator.DOES_NOT_EXIST) {
      return Selector.newRequirement(key, operator, List.of(), false);
    }
    operator = parseOperator();
    List<String> values =
        switch (operator) {
          case IN, NOT_IN -> parseValues();
          default -> parseExactValue();
        };
    return Selector.newRequirement(key, operator, values, false);
  }

  private Operator parseOperator() {
    Item item = consume(false);
    return switch (item.tok()) {
      case IN -> Operator.IN;
      case EQUALS -> Operator.EQUALS;
      case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
      case GREATER_THAN -> Operator.GREATER_THAN;
      case LESS_THAN -> Operator.LESS_THAN;
      case NOT_IN -> Operator.NOT_IN;
      case NOT_EQUALS -> Operator.NOT_EQUALS;
      default ->
          throw fail("found '" + item.literal() + "', expected: in, notin, =, ==, !=, gt, lt");
    };
  }

  private List<String> parseValues() {
    Item item = consume(true);
    if (item.tok() != Token.OPEN_PAR) {
      throw fail("found '" + item.literal() + "' expected: '('");
    }
    Item next = lookahead();
    switch (next.tok()) {
      case IDENTIFIER, COMMA -> {
        List<String> s = parseIdentifiersList();
        if (consume(true).tok() != Token.CLOSED_PAR) {
          throw fail("found '" + next.literal() + "', expected: ')'");
        }
        return s;
      }
      case CLOSED_PAR -> {
        consume(true);
        return List.of("");
      }
      default -> throw fail("found '" + next.literal() + "', expected: ',', ')' or identifier");
    }
  }

  private List<String> parseIdentifiersList() {
    TreeSet<String> s = new TreeSet<>();
    while (true) {
      Item item = consume(true);
      switch (item.tok()) {
        case IDENTIFIER -> {
          s.add(item.literal());
          Item next = lookahead();
          switch (next.tok()) {
            case COMMA -> {
              continue;
            }
            case CLOSED_PAR -> {
              return new ArrayList<>(s);
            }
            default -> throw fail("found '" + next.literal() + "', expected: ',' or ')'");
          }
        }
        case COMMA -> {
          if (s.isEmpty()) {
            s.add(""); // to handle (,
          }
          Token next = lookahead().tok();
          if (next == Token.CLOSED_PAR) {
            s.add(""); // to handle ,)
            return new ArrayList<>(s);
          }
          if (next == Token.COMMA) {
            s.add(""); // to handle ,,
          }
        }
        default -> throw fail("found '" + item.literal() + "', expected: ',', or identifier");
      }
    }
  }

  private List<String> parseExactValue() {
    Token next = lookahead().tok();
    if (next == Token.END_OF_STRING || next == Token.COMMA) {
      return List.of("");
    }
    Item item = consume(true);
    if (item.tok() == Token.IDENTIFIER) {
      return List.of(item.literal());
    }
    throw fail("found '" + item.literal() + "', expected: identifier");
  }

  private static IllegalArgumentException fail(String message) {
    return new IllegalArgumentException(message);
  }
}
