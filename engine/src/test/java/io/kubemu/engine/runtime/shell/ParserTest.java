package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

  private static Node.Simple simple(String... words) {
    return new Node.Simple(
        List.of(), List.of(words).stream().map(ParserTest::plain).toList(), List.of());
  }

  private static Word plain(String text) {
    return new Word(List.of(new Word.Text(text, false)));
  }

  @Test
  void andOrIsLeftAssociative() throws SyntaxError {
    assertThat(Parser.parse("a && b || c"))
        .isEqualTo(
            new Node.AndOr(new Node.AndOr(simple("a"), true, simple("b")), false, simple("c")));
  }

  @Test
  void separatorsMakeASequence() throws SyntaxError {
    assertThat(Parser.parse("a; b\nc &"))
        .isEqualTo(
            new Node.Sequence(List.of(simple("a"), simple("b"), new Node.Background(simple("c")))));
  }

  @Test
  void assignmentsAndRedirectionsAreSeparated() throws SyntaxError {
    Node node = Parser.parse("X=1 echo hi 2>&1 >/dev/null");
    assertThat(node)
        .isEqualTo(
            new Node.Simple(
                List.of(new Node.Assignment("X", plain("1"))),
                List.of(plain("echo"), plain("hi")),
                List.of(
                    new Node.Redirect(2, Node.RedirectKind.DUP_OUT, plain("1")),
                    new Node.Redirect(1, Node.RedirectKind.OUT, plain("/dev/null")))));
  }

  @Test
  void quotedPartsAreMarked() throws SyntaxError {
    Node.Simple s = (Node.Simple) Parser.parse("echo a'b c'\"$X\"");
    assertThat(s.words().get(1).parts())
        .containsExactly(
            new Word.Text("a", false),
            new Word.Text("b c", true),
            new Word.Param("X", "", null, true));
  }

  @Test
  void hereDocumentBodyIsAttachedToItsRedirection() throws SyntaxError {
    Node.Simple s = (Node.Simple) Parser.parse("cat <<'END'\nline $X\nEND");
    assertThat(s.redirects())
        .containsExactly(
            new Node.Redirect(0, Node.RedirectKind.HEREDOC, Word.literal("line $X\n")));
  }

  @Test
  void doubleBracketKeepsOperatorsAsWords() throws SyntaxError {
    Node.Simple s = (Node.Simple) Parser.parse("[[ -f x && ( y < z ) ]]");
    assertThat(s.words())
        .extracting(Word::literalText)
        .containsExactly("[[", "-f", "x", "&&", "(", "y", "<", "z", ")", "]]");
  }

  @Test
  void reservedWordsOnlyCountInCommandPosition() throws SyntaxError {
    assertThat(Parser.parse("echo if then fi")).isEqualTo(simple("echo", "if", "then", "fi"));
  }
}
