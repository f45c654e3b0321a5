package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.shell.Node.AndOr;
import io.kubemu.engine.runtime.shell.Node.Background;
import io.kubemu.engine.runtime.shell.Node.Case;
import io.kubemu.engine.runtime.shell.Node.For;
import io.kubemu.engine.runtime.shell.Node.FunctionDef;
import io.kubemu.engine.runtime.shell.Node.Group;
import io.kubemu.engine.runtime.shell.Node.If;
import io.kubemu.engine.runtime.shell.Node.Loop;
import io.kubemu.engine.runtime.shell.Node.Not;
import io.kubemu.engine.runtime.shell.Node.Pipeline;
import io.kubemu.engine.runtime.shell.Node.Redirected;
import io.kubemu.engine.runtime.shell.Node.Sequence;
import io.kubemu.engine.runtime.shell.Node.Simple;
import io.kubemu.engine.runtime.shell.Node.Subshell;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Compiles a {@link Node} tree to {@link Code}. Command substitutions are hoisted: each runs (in
 * its own frame, output captured into a slot) right before the instruction whose words use it, so
 * an expansion never has to stop half-way. One consequence: a substitution inside {@code
 * ${x:-$(cmd)}} runs even when {@code x} is set.
 */
final class Compiler {
  private final List<Instr> out = new ArrayList<>();
  private final IdentityHashMap<Word.CommandSub, Integer> slots = new IdentityHashMap<>();

  private Compiler() {}

  static Code compile(Node node) {
    Compiler c = new Compiler();
    c.node(node, false);
    return c.build();
  }

  static Code of(List<Instr> instructions) {
    return new Code(instructions, new IdentityHashMap<>());
  }

  private Code build() {
    return new Code(out, slots);
  }

  private int here() {
    return out.size();
  }

  private int placeholder() {
    out.add(null);
    return out.size() - 1;
  }

  /**
   * Emits code for {@code node}; {@code condition}: its status is tested, so errexit ignores it.
   */
  private void node(Node node, boolean condition) {
    if (node instanceof Simple s) {
      boolean substituted = hoist(words(s));
      out.add(new Instr.Run(s, substituted));
      errExit(condition);
    } else if (node instanceof Sequence s) {
      s.items().forEach(item -> node(item, condition));
    } else if (node instanceof AndOr a) {
      node(a.left(), true);
      int jump = placeholder();
      node(a.right(), condition);
      out.set(jump, a.and() ? new Instr.JumpIfFail(here()) : new Instr.JumpIfOk(here()));
    } else if (node instanceof Not n) {
      node(n.body(), true);
      out.add(new Instr.Negate());
    } else if (node instanceof Pipeline p) {
      out.add(new Instr.PipeStart());
      int last = p.commands().size() - 1;
      for (int i = 0; i <= last; i++) {
        out.add(new Instr.Call(compile(p.commands().get(i)), -1, i > 0, i < last));
      }
      out.add(new Instr.PipeEnd());
      errExit(condition);
    } else if (node instanceof Background b) {
      out.add(new Instr.Spawn(compile(b.body())));
    } else if (node instanceof Group g) {
      node(g.body(), condition);
    } else if (node instanceof Subshell s) {
      out.add(new Instr.Call(compile(s.body()), -1, false, false));
      errExit(condition);
    } else if (node instanceof If i) {
      ifCommand(i, condition);
    } else if (node instanceof Loop l) {
      loop(l, condition);
    } else if (node instanceof For f) {
      forCommand(f, condition);
    } else if (node instanceof Case c) {
      caseCommand(c, condition);
    } else if (node instanceof FunctionDef f) {
      out.add(new Instr.Define(f.name(), compile(f.body())));
    } else if (node instanceof Redirected r) {
      List<Word> targets = new ArrayList<>();
      r.redirects().forEach(rd -> targets.add(rd.target()));
      hoist(targets);
      int push = placeholder();
      node(r.body(), condition);
      out.add(new Instr.PopRedirects());
      out.set(push, new Instr.PushRedirects(r.redirects(), here()));
    } else {
      throw new IllegalArgumentException("unknown node " + node);
    }
  }

  private void errExit(boolean condition) {
    if (!condition) {
      out.add(new Instr.ErrExit());
    }
  }

  private void ifCommand(If i, boolean condition) {
    List<Integer> toEnd = new ArrayList<>();
    for (Node.Branch b : i.branches()) {
      node(b.condition(), true);
      int skip = placeholder();
      node(b.body(), condition);
      toEnd.add(placeholder());
      out.set(skip, new Instr.JumpIfFail(here()));
    }
    if (i.otherwise() != null) {
      node(i.otherwise(), condition);
    } else {
      out.add(new Instr.SetStatus(0));
    }
    for (int at : toEnd) {
      out.set(at, new Instr.Jump(here()));
    }
  }

  private void loop(Loop l, boolean condition) {
    int enter = placeholder();
    int conditionStart = here();
    node(l.condition(), true);
    int test = placeholder();
    node(l.body(), condition);
    int back = here();
    out.add(new Instr.LoopBack(conditionStart));
    int exit = here();
    out.add(new Instr.LoopExit());
    out.set(test, l.until() ? new Instr.JumpIfOk(exit) : new Instr.JumpIfFail(exit));
    out.set(enter, new Instr.LoopEnter(exit, back, true));
  }

  private void forCommand(For f, boolean condition) {
    if (f.words() != null) {
      hoist(f.words());
    }
    int enter = placeholder();
    int next = here();
    int forNext = placeholder();
    node(f.body(), condition);
    int back = here();
    out.add(new Instr.LoopBack(next));
    int exit = here();
    out.add(new Instr.LoopExit());
    out.set(forNext, new Instr.ForNext(exit));
    out.set(enter, new Instr.ForEnter(f.name(), f.words(), exit, back));
  }

  private void caseCommand(Case c, boolean condition) {
    List<Word> words = new ArrayList<>();
    words.add(c.subject());
    c.items().forEach(item -> words.addAll(item.patterns()));
    hoist(words);
    List<Integer> toEnd = new ArrayList<>();
    for (Node.CaseItem item : c.items()) {
      int test = placeholder();
      if (item.body() != null) {
        node(item.body(), condition);
      } else {
        out.add(new Instr.SetStatus(0));
      }
      toEnd.add(placeholder());
      out.set(test, new Instr.CaseTest(c.subject(), item.patterns(), here()));
    }
    out.add(new Instr.SetStatus(0));
    for (int at : toEnd) {
      out.set(at, new Instr.Jump(here()));
    }
  }

  private static List<Word> words(Simple s) {
    List<Word> words = new ArrayList<>();
    s.assignments().forEach(a -> words.add(a.value()));
    words.addAll(s.words());
    s.redirects().forEach(r -> words.add(r.target()));
    return words;
  }

  /** Emits the command substitutions found in {@code words}; true when there was one. */
  private boolean hoist(List<Word> words) {
    boolean any = false;
    for (Word w : words) {
      any |= hoist(w);
    }
    return any;
  }

  private boolean hoist(Word word) {
    boolean any = false;
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.CommandSub sub) {
        int slot = slots.size();
        slots.put(sub, slot);
        out.add(new Instr.Call(compile(sub.body()), slot, false, false));
        any = true;
      } else if (part instanceof Word.Param p) {
        any |= p.arg() != null && hoist(p.arg());
      } else if (part instanceof Word.Arith a) {
        any |= hoist(a.expression());
      }
    }
    return any;
  }
}
