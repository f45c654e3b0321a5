package io.kubemu.engine.runtime.shell;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Shell arithmetic ({@code $((...))}) on 64-bit integers with C's operators and precedence: {@code
 * , = += -= *= /= %= <<= >>= &= ^= |= ?: || && | ^ & == != < <= > >= << >> + - * / % **}, unary
 * {@code ! ~ - + ++ --} and postfix {@code ++ --}. Names are variables (unset or empty is 0).
 */
final class Arithmetic {
  /** An expression that does not evaluate; the message is bash's. */
  static final class Error extends Exception {
    private static final long serialVersionUID = 1L;

    Error(String message) {
      super(message);
    }
  }

  private final String src;
  private final Function<String, String> get;
  private final BiConsumer<String, String> set;
  private final int depth;
  private int pos;

  /** While greater than zero, operands are parsed but not evaluated (short-circuit). */
  private int skip;

  private Arithmetic(
      String src, Function<String, String> get, BiConsumer<String, String> set, int depth) {
    this.src = src;
    this.get = get;
    this.set = set;
    this.depth = depth;
  }

  static long evaluate(
      String expression, Function<String, String> get, BiConsumer<String, String> set)
      throws Error {
    return evaluate(expression, get, set, 0);
  }

  private static long evaluate(
      String expression, Function<String, String> get, BiConsumer<String, String> set, int depth)
      throws Error {
    Arithmetic a = new Arithmetic(expression, get, set, depth);
    a.blank();
    if (a.pos >= expression.length()) {
      return 0;
    }
    long value = a.comma();
    a.blank();
    if (a.pos < expression.length()) {
      throw a.error(
          "syntax error in expression (error token is \""
              + expression.substring(a.pos).trim()
              + "\")");
    }
    return value;
  }

  private Error error(String message) {
    return new Error(src.trim() + ": " + message);
  }

  private void blank() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private boolean eat(String op) {
    blank();
    if (src.startsWith(op, pos)) {
      pos += op.length();
      return true;
    }
    return false;
  }

  /** Eats {@code op} unless it is the start of a longer operator in {@code longer}. */
  private boolean eatOnly(String op, String... longer) {
    blank();
    for (String l : longer) {
      if (src.startsWith(l, pos)) {
        return false;
      }
    }
    return eat(op);
  }

  private long comma() throws Error {
    long v = assignment();
    while (eat(",")) {
      v = assignment();
    }
    return v;
  }

  private static final String[] ASSIGN_OPS = {
    "<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "="
  };

  private long assignment() throws Error {
    blank();
    int start = pos;
    String name = name();
    if (name != null) {
      blank();
      for (String op : ASSIGN_OPS) {
        if (src.startsWith(op, pos) && !(op.equals("=") && src.startsWith("==", pos))) {
          pos += op.length();
          long rhs = assignment();
          long value =
              op.equals("=") ? rhs : binary(op.substring(0, op.length() - 1), variable(name), rhs);
          if (skip == 0) {
            set.accept(name, Long.toString(value));
          }
          return value;
        }
      }
      pos = start;
    }
    return conditional();
  }

  private long conditional() throws Error {
    long c = logicalOr();
    if (eat("?")) {
      if (c == 0) {
        skip++;
      }
      long a = assignment();
      if (c == 0) {
        skip--;
      }
      if (!eat(":")) {
        throw error("`:' expected for conditional expression");
      }
      if (c != 0) {
        skip++;
      }
      long b = assignment();
      if (c != 0) {
        skip--;
      }
      return c != 0 ? a : b;
    }
    return c;
  }

  private long logicalOr() throws Error {
    long v = logicalAnd();
    while (eat("||")) {
      boolean known = v != 0;
      if (known) {
        skip++;
      }
      long r = logicalAnd();
      if (known) {
        skip--;
      }
      v = (known || r != 0) ? 1 : 0;
    }
    return v;
  }

  private long logicalAnd() throws Error {
    long v = bitOr();
    while (eat("&&")) {
      boolean known = v == 0;
      if (known) {
        skip++;
      }
      long r = bitOr();
      if (known) {
        skip--;
      }
      v = (!known && r != 0) ? 1 : 0;
    }
    return v;
  }

  private long bitOr() throws Error {
    long v = bitXor();
    while (eatOnly("|", "||", "|=")) {
      v |= bitXor();
    }
    return v;
  }

  private long bitXor() throws Error {
    long v = bitAnd();
    while (eatOnly("^", "^=")) {
      v ^= bitAnd();
    }
    return v;
  }

  private long bitAnd() throws Error {
    long v = equality();
    while (eatOnly("&", "&&", "&=")) {
      v &= equality();
    }
    return v;
  }

  private long equality() throws Error {
    long v = relational();
    while (true) {
      if (eat("==")) {
        v = v == relational() ? 1 : 0;
      } else if (eat("!=")) {
        v = v != relational() ? 1 : 0;
      } else {
        return v;
      }
    }
  }

  private long relational() throws Error {
    long v = shift();
    while (true) {
      if (eat("<=")) {
        v = v <= shift() ? 1 : 0;
      } else if (eat(">=")) {
        v = v >= shift() ? 1 : 0;
      } else if (eatOnly("<", "<<")) {
        v = v < shift() ? 1 : 0;
      } else if (eatOnly(">", ">>")) {
        v = v > shift() ? 1 : 0;
      } else {
        return v;
      }
    }
  }

  private long shift() throws Error {
    long v = additive();
    while (true) {
      if (eatOnly("<<", "<<=")) {
        v = v << additive();
      } else if (eatOnly(">>", ">>=")) {
        v = v >> additive();
      } else {
        return v;
      }
    }
  }

  private long additive() throws Error {
    long v = multiplicative();
    while (true) {
      if (eatOnly("+", "++", "+=")) {
        v += multiplicative();
      } else if (eatOnly("-", "--", "-=")) {
        v -= multiplicative();
      } else {
        return v;
      }
    }
  }

  private long multiplicative() throws Error {
    long v = power();
    while (true) {
      if (eatOnly("*", "**", "*=")) {
        v *= power();
      } else if (eatOnly("/", "/=")) {
        v = binary("/", v, power());
      } else if (eatOnly("%", "%=")) {
        v = binary("%", v, power());
      } else {
        return v;
      }
    }
  }

  private long power() throws Error {
    long base = unary();
    if (eat("**")) {
      long exp = power();
      if (exp < 0) {
        throw error("exponent less than 0");
      }
      long r = 1;
      long b = base;
      for (long e = exp; e > 0; e >>= 1) { // square-and-multiply; wraps like bash on overflow
        if ((e & 1) != 0) {
          r *= b;
        }
        b *= b;
      }
      return r;
    }
    return base;
  }

  private long unary() throws Error {
    if (eat("++") || eat("--")) {
      boolean inc = src.charAt(pos - 1) == '+';
      blank();
      String name = name();
      if (name == null) {
        throw error("syntax error: operand expected");
      }
      long v = variable(name) + (inc ? 1 : -1);
      if (skip == 0) {
        set.accept(name, Long.toString(v));
      }
      return v;
    }
    if (eat("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (eat("~")) {
      return ~unary();
    }
    if (eat("-")) {
      return -unary();
    }
    if (eat("+")) {
      return unary();
    }
    return postfix();
  }

  private long postfix() throws Error {
    blank();
    if (eat("(")) {
      long v = comma();
      if (!eat(")")) {
        throw error("missing `)'");
      }
      return v;
    }
    if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      return number();
    }
    String name = name();
    if (name == null) {
      throw error(
          "syntax error: operand expected (error token is \""
              + src.substring(Math.min(pos, src.length())).trim()
              + "\")");
    }
    long v = variable(name);
    if (eat("++") || eat("--")) {
      boolean inc = src.charAt(pos - 1) == '+';
      if (skip == 0) {
        set.accept(name, Long.toString(v + (inc ? 1 : -1)));
      }
    }
    return v;
  }

  private long number() throws Error {
    int start = pos;
    while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
      pos++;
    }
    return literal(src.substring(start, pos));
  }

  private long literal(String text) throws Error {
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Long.parseLong(text.substring(2), 16);
      }
      if (text.length() > 1 && text.startsWith("0")) {
        return Long.parseLong(text.substring(1), 8);
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error("value too great for base (error token is \"" + text + "\")");
    }
  }

  private String name() {
    int start = pos;
    if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
      return src.substring(start, pos);
    }
    return null;
  }

  private long variable(String name) throws Error {
    String value = get.apply(name);
    if (value == null || value.isBlank()) {
      return 0;
    }
    String v = value.trim();
    if (v.matches("-?[0-9]+")) {
      return literal(v);
    }
    if (depth > 10) {
      throw error("expression recursion level exceeded");
    }
    return evaluate(v, get, set, depth + 1);
  }

  private long binary(String op, long a, long b) throws Error {
    return switch (op) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/", "%" -> {
        if (b == 0) {
          if (skip > 0) {
            yield 0;
          }
          throw error("division by 0 (error token is \"" + b + "\")");
        }
        yield op.equals("/") ? a / b : a % b;
      }
      case "<<" -> a << b;
      case ">>" -> a >> b;
      case "&" -> a & b;
      case "^" -> a ^ b;
      case "|" -> a | b;
      default -> throw error("unknown operator " + op);
    };
  }
}
