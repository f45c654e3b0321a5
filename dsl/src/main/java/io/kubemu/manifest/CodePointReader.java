package io.kubemu.manifest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} with a window that grows geometrically. The stock reader copies
 * its whole look-ahead window for every 1 KiB it reads, so one long scalar costs time quadratic in
 * its length (a 1 MB line takes seconds); this one reads in linear time, which keeps the document
 * size limit a cheap rejection. Same contract: code points, {@code \0} past the end, line and
 * column counting, and the per-document index behind {@code LoaderOptions.codePointLimit}.
 */
final class CodePointReader extends StreamReader {
  private static final int CHUNK = 8192;

  /** Look-ahead past a document's end that the scanner may need (document markers). */
  private static final int SLACK = 64;

  private final Reader in;
  private final String name;
  private final int documentLimit;
  private final char[] chars = new char[CHUNK];
  private int pendingHigh = -1;
  private int[] window = new int[2 * CHUNK];
  private int pointer;
  private int length;
  private boolean eof;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  /**
   * @param documentLimit code points one document may hold; looking further ahead than that fails
   *     at once, so a huge scalar is never buffered (SnakeYAML checks only between tokens)
   */
  CodePointReader(Reader in, String name, int documentLimit) {
    super(new StringReader(""));
    this.in = in;
    this.name = name;
    this.documentLimit = documentLimit;
  }

  @Override
  public Mark getMark() {
    return new Mark(name, index, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && ensure(0); i++) {
      int c = window[pointer++];
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && ensure(0) && window[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensure(0) ? window[pointer] : '\0';
  }

  @Override
  public int peek(int offset) {
    return ensure(offset) ? window[pointer + offset] : '\0';
  }

  @Override
  public String prefix(int count) {
    if (count == 0) return "";
    if (ensure(count)) return new String(window, pointer, count);
    return new String(window, pointer, Math.min(count, length - pointer));
  }

  @Override
  public String prefixForward(int count) {
    String s = prefix(count);
    pointer += count;
    index += count;
    documentIndex += count;
    column += count;
    return s;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** {@return where the reader stands, 1-based} */
  Position position() {
    return new Position(line + 1, column + 1);
  }

  private boolean ensure(int offset) {
    if (pointer + offset >= length
        && (long) documentIndex + offset > (long) documentLimit + SLACK) {
      throw new SourceProblem(
          position(),
          "yaml: document exceeds the limit of "
              + documentLimit
              + " code points (ManifestOptions.maxDocumentCodePoints)");
    }
    while (!eof && pointer + offset >= length) fill();
    return pointer + offset < length;
  }

  private void fill() {
    int n;
    try {
      n = in.read(chars, 0, CHUNK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n < 0) {
      eof = true;
      if (pendingHigh >= 0) append(pendingHigh);
      return;
    }
    int live = length - pointer;
    if (length + n + 1 > window.length) {
      // A new array (never an in-place move): earlier Marks keep a consistent snapshot.
      int[] next = new int[Math.max(window.length, 2 * (live + n + 1))];
      System.arraycopy(window, pointer, next, 0, live);
      window = next;
      length = live;
      pointer = 0;
    }
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (pendingHigh >= 0) {
        int high = pendingHigh;
        pendingHigh = -1;
        if (Character.isLowSurrogate(c)) {
          append(Character.toCodePoint((char) high, c));
          continue;
        }
        append(high);
      }
      if (Character.isHighSurrogate(c)) pendingHigh = c;
      else append(c);
    }
  }

  private void append(int codePoint) {
    if (!StreamReader.isPrintable(codePoint)) {
      throw new SourceProblem(positionOf(length), "yaml: control characters are not allowed");
    }
    window[length++] = codePoint;
  }

  /** The position of the code point at window offset {@code at}, counting from the pointer. */
  private Position positionOf(int at) {
    int l = line;
    int c = column;
    for (int k = pointer; k < at; k++) {
      if (Constant.LINEBR.has(window[k])) {
        l++;
        c = 0;
      } else {
        c++;
      }
    }
    return new Position(l + 1, c + 1);
  }
}
