package io.kubemu.engine.runtime.shell;

import java.util.List;

/** The shell's syntax tree: commands as parsed, before compilation to {@link Instr}uctions. */
sealed interface Node {

  /** Commands separated by {@code ;} or newlines, run one after another. */
  record Sequence(List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** {@code body &}: runs as a background job. */
  record Background(Node body) implements Node {}

  /** {@code left && right} ({@code and}) or {@code left || right}. */
  record AndOr(Node left, boolean and, Node right) implements Node {}

  /** {@code ! body}: negates the status. */
  record Not(Node body) implements Node {}

  /** {@code a | b | c}: stdout of each feeds stdin of the next. */
  record Pipeline(List<Node> commands) implements Node {
    public Pipeline {
      commands = List.copyOf(commands);
    }
  }

  /** A simple command: assignments, words and redirections as written. */
  record Simple(List<Assignment> assignments, List<Word> words, List<Redirect> redirects)
      implements Node {
    public Simple {
      assignments = List.copyOf(assignments);
      words = List.copyOf(words);
      redirects = List.copyOf(redirects);
    }
  }

  /** {@code { body; }}. */
  record Group(Node body) implements Node {}

  /** {@code ( body )}: runs in a copy of the shell's state. */
  record Subshell(Node body) implements Node {}

  /** {@code if c1; then b1; elif c2; then b2; else e; fi}; {@code otherwise} may be null. */
  record If(List<Branch> branches, Node otherwise) implements Node {
    public If {
      branches = List.copyOf(branches);
    }
  }

  /** One {@code if}/{@code elif} condition and its body. */
  record Branch(Node condition, Node body) {}

  /** {@code while c; do b; done}, or {@code until} when {@code until}. */
  record Loop(Node condition, boolean until, Node body) implements Node {}

  /** {@code for name in words; do b; done}; {@code words} null means {@code "$@"}. */
  record For(String name, List<Word> words, Node body) implements Node {}

  /** {@code case subject in pattern|pattern) body;; ... esac}. */
  record Case(Word subject, List<CaseItem> items) implements Node {
    public Case {
      items = List.copyOf(items);
    }
  }

  /** One {@code case} item; {@code body} may be null (an empty item). */
  record CaseItem(List<Word> patterns, Node body) {
    public CaseItem {
      patterns = List.copyOf(patterns);
    }
  }

  /** {@code name() { body; }}: defines a function. */
  record FunctionDef(String name, Node body) implements Node {}

  /** A compound command with redirections: {@code while ...; done > log}. */
  record Redirected(Node body, List<Redirect> redirects) implements Node {
    public Redirected {
      redirects = List.copyOf(redirects);
    }
  }

  /** {@code name=value} before a command (or alone). */
  record Assignment(String name, Word value) {}

  /**
   * A redirection.
   *
   * @param fd the file descriptor redirected (defaults: 0 for input forms, 1 for output forms)
   * @param kind the operator
   * @param target the file name, descriptor number or here-document body
   */
  record Redirect(int fd, RedirectKind kind, Word target) {}

  /** Redirection operators. */
  enum RedirectKind {
    /** {@code >} and {@code >|}. */
    OUT,
    /** {@code >>}. */
    APPEND,
    /** {@code <}. */
    IN,
    /** {@code <>} (opened for reading). */
    READ_WRITE,
    /** {@code n>&m}. */
    DUP_OUT,
    /** {@code n<&m}. */
    DUP_IN,
    /** {@code &>} (stdout and stderr to a file). */
    BOTH,
    /** {@code &>>}. */
    BOTH_APPEND,
    /** {@code <<} and {@code <<-}; the target is the body. */
    HEREDOC,
    /** {@code <<<} (bash here-string). */
    HERESTRING
  }
}
