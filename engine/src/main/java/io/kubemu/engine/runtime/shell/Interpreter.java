package io.kubemu.engine.runtime.shell;

import io.kubemu.engine.runtime.fs.FileSystemView;
import io.kubemu.engine.runtime.fs.FsPaths;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs compiled code for one process, step by step on virtual time. The process is a list of jobs
 * (the main script first, then {@code &} commands); each job is a stack of frames; each frame runs
 * {@link Instr}uctions from its program counter. A job stops when it sleeps, waits, becomes
 * long-running or ends, so the whole state can wait for the next {@link #run} call.
 */
final class Interpreter {
  /** Commands one job may run without sleeping in one step before it counts as a busy loop. */
  static final int STEP_BUDGET = 100_000;

  final FileSystemView fs;
  final OutputSink output;
  final String shellName;
  final UnknownCommandPolicy unknownCommands;
  Instant time;
  private boolean started;
  private final List<Job> jobs = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Redirections redirections = new Redirections(this);

  /** Grows when a job changes state the loop snapshot cannot see (stdin read, job started). */
  long progress;

  Interpreter(ShellContext ctx, Code code, ShellInvocation invocation) {
    this.fs = ctx.fileSystem();
    this.output = ctx.output();
    this.shellName = invocation.shellName();
    this.unknownCommands = ctx.unknownCommands();
    ShellState state = new ShellState(ctx.workingDir());
    state.set("HOME", "/root");
    state.set("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    state.export("HOME");
    state.export("PATH");
    ctx.environment()
        .forEach(
            (k, v) -> {
              state.set(k, v);
              state.export(k);
            });
    state.set("PWD", ctx.workingDir());
    state.export("PWD");
    invocation.applyOptions(state);
    Frame root =
        new Frame(
            code,
            Frame.Kind.SHELL,
            state,
            invocation.positional(),
            invocation.arg0(),
            Fds.standard(new Fds.Input("")),
            null,
            -1,
            false,
            false);
    jobs.add(new Job(1, null, root));
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  // ---------------------------------------------------------------- stepping

  Step run(Instant now) {
    if (!started) {
      started = true;
      time = now;
    }
    Job main = jobs.get(0);
    while (main.state != Job.State.DONE) {
      Job next = nextRunnable(now);
      if (next == null) {
        break;
      }
      if (next.state == Job.State.SLEEPING) {
        if (next.wakeAt.isAfter(time)) {
          time = next.wakeAt;
        }
        next.state = Job.State.RUNNABLE;
      }
      runJob(next);
    }
    return step();
  }

  /** The current step, without running anything. */
  Step step() {
    Job main = jobs.get(0);
    if (main.state == Job.State.DONE) {
      return new Step.Exited(main.exitStatus);
    }
    Instant wake = null;
    for (Job j : jobs) {
      if (j.state == Job.State.SLEEPING && (wake == null || j.wakeAt.isBefore(wake))) {
        wake = j.wakeAt;
      }
    }
    if (wake != null) {
      return new Step.Sleeping(wake);
    }
    String reason = main.reason;
    for (Job j : jobs) {
      if (reason == null && j.reason != null) {
        reason = j.reason;
      }
    }
    return new Step.LongRunning(reason == null ? "waiting for a job that never ends" : reason);
  }

  /** A runnable job (first in order), else the sleeping job that wakes first by {@code now}. */
  private Job nextRunnable(Instant now) {
    Job best = null;
    for (Job j : jobs) {
      if (j.state == Job.State.RUNNABLE) {
        return j;
      }
      if (j.state == Job.State.SLEEPING
          && !j.wakeAt.isAfter(now)
          && (best == null || j.wakeAt.isBefore(best.wakeAt))) {
        best = j;
      }
    }
    return best;
  }

  private void runJob(Job job) {
    int steps = 0;
    while (job.state == Job.State.RUNNABLE) {
      Frame f = job.frames.peek();
      if (f.exitAfter || f.pc >= f.code.instructions.length) {
        popFrame(job, f.state.status);
        continue;
      }
      if (++steps > STEP_BUDGET) {
        longRunning(
            job, "ran " + STEP_BUDGET + " commands without sleeping: treated as a busy loop");
        return;
      }
      execute(job, f, f.code.instructions[f.pc++]);
    }
  }

  private void longRunning(Job job, String reason) {
    job.state = Job.State.LONG_RUNNING;
    job.reason = reason;
    note(reason);
  }

  private void popFrame(Job job, int status) {
    Frame f = job.frames.pop();
    Frame parent = job.frames.peek();
    if (parent == null) {
      job.state = Job.State.DONE;
      job.exitStatus = status & 0xFF;
      wakeWaiters();
      return;
    }
    parent.state.status = status & 0xFF;
    if (f.captureSlot >= 0) {
      parent.slots[f.captureSlot] = stripTrailingNewlines(f.capture);
    }
    if (f.toPipe) {
      parent.pipe = f.capture.toString();
    }
    if (f.pipeElement && status != 0) {
      parent.pipeFailStatus = status & 0xFF;
    }
    if (f.kind == Frame.Kind.EVAL || f.kind == Frame.Kind.SOURCE) {
      parent.positional = f.positional;
    }
  }

  private static String stripTrailingNewlines(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '\n') {
      end--;
    }
    return sb.substring(0, end);
  }

  private void wakeWaiters() {
    for (Job j : jobs) {
      if (j.state == Job.State.WAITING && !hasLiveChildren(j)) {
        j.state = Job.State.RUNNABLE;
        j.frames.peek().state.status = 0;
      }
    }
  }

  private boolean hasLiveChildren(Job parent) {
    for (Job j : jobs) {
      if (j.parent == parent && j.state != Job.State.DONE) {
        return true;
      }
    }
    return false;
  }

  /** {@code exit}: pops frames up to and including the innermost shell. */
  private void exitShell(Job job, int status) {
    while (job.state != Job.State.DONE) {
      Frame f = job.frames.peek();
      popFrame(job, status);
      if (f.kind == Frame.Kind.SHELL) {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- instructions

  private void execute(Job job, Frame f, Instr instr) {
    ShellState st = f.state;
    if (instr instanceof Instr.Run r) {
      runSimple(job, f, r);
    } else if (instr instanceof Instr.Call c) {
      call(job, f, c);
    } else if (instr instanceof Instr.PipeStart) {
      f.pipe = "";
      f.pipeFailStatus = 0;
    } else if (instr instanceof Instr.PipeEnd) {
      if (st.pipefail && f.pipeFailStatus != 0) {
        st.status = f.pipeFailStatus;
      }
    } else if (instr instanceof Instr.Jump j) {
      f.pc = j.target();
    } else if (instr instanceof Instr.JumpIfFail j) {
      if (st.status != 0) {
        f.pc = j.target();
      }
    } else if (instr instanceof Instr.JumpIfOk j) {
      if (st.status == 0) {
        f.pc = j.target();
      }
    } else if (instr instanceof Instr.Negate) {
      st.status = st.status == 0 ? 1 : 0;
    } else if (instr instanceof Instr.SetStatus s) {
      st.status = s.status();
    } else if (instr instanceof Instr.ErrExit) {
      if (st.errexit && st.status != 0) {
        exitShell(job, st.status);
      }
    } else if (instr instanceof Instr.PushRedirects p) {
      try {
        f.redirects.push(redirections.apply(f, f.fds(), p.redirects()));
      } catch (Redirections.RedirectError | ExpansionError e) {
        new Io(this, f.fds()).err(shellName + ": " + e.getMessage() + "\n");
        st.status = 1;
        f.pc = p.skip();
      }
    } else if (instr instanceof Instr.PopRedirects) {
      f.redirects.pop();
    } else if (instr instanceof Instr.LoopEnter l) {
      Frame.Loop loop =
          new Frame.Loop(l.breakTarget(), l.continueTarget(), l.busyCheck(), f.redirects.size());
      loop.snapshot = snapshot(job, f);
      f.loops.push(loop);
    } else if (instr instanceof Instr.ForEnter l) {
      forEnter(f, l);
    } else if (instr instanceof Instr.ForNext n) {
      Frame.Loop loop = f.loops.peek();
      if (loop.index < loop.values.size()) {
        st.set(loop.name, loop.values.get(loop.index++));
      } else {
        f.pc = n.exit();
      }
    } else if (instr instanceof Instr.LoopBack b) {
      loopBack(job, f, b);
    } else if (instr instanceof Instr.LoopExit) {
      st.status = f.loops.pop().lastStatus;
    } else if (instr instanceof Instr.CaseTest c) {
      caseTest(job, f, c);
    } else if (instr instanceof Instr.Spawn s) {
      spawn(job, f, s);
    } else if (instr instanceof Instr.Define d) {
      st.functions.put(d.name(), d.body());
      st.status = 0;
    } else if (instr instanceof Instr.Fail fail) {
      new Io(this, f.fds()).err(fail.message() + "\n");
      st.status = fail.status();
    } else if (instr instanceof Instr.Forever forever) {
      longRunning(job, forever.reason());
    } else {
      throw new IllegalStateException("unknown instruction " + instr);
    }
  }

  private void call(Job job, Frame f, Instr.Call c) {
    Fds fds = f.fds();
    if (c.stdinFromPipe()) {
      fds = fds.with(0, new Fds.Input(f.pipe));
    }
    StringBuilder capture = null;
    if (c.captureSlot() >= 0 || c.stdoutToPipe()) {
      capture = new StringBuilder();
      fds = fds.with(1, new Fds.Buffer(capture));
    }
    job.frames.push(
        new Frame(
            c.code(),
            Frame.Kind.SHELL,
            f.state.copy(),
            f.positional,
            f.arg0,
            fds,
            capture,
            c.captureSlot(),
            c.stdoutToPipe(),
            c.stdinFromPipe() || c.stdoutToPipe()));
  }

  private void forEnter(Frame f, Instr.ForEnter l) {
    Frame.Loop loop =
        new Frame.Loop(l.breakTarget(), l.continueTarget(), false, f.redirects.size());
    loop.name = l.name();
    try {
      loop.values =
          l.words() == null ? List.copyOf(f.positional) : new Expander(this, f).fields(l.words());
    } catch (ExpansionError e) {
      new Io(this, f.fds()).err(shellName + ": " + e.getMessage() + "\n");
      loop.values = List.of();
      loop.lastStatus = 1;
    }
    f.loops.push(loop);
  }

  private void loopBack(Job job, Frame f, Instr.LoopBack b) {
    Frame.Loop loop = f.loops.peek();
    loop.lastStatus = f.state.status;
    if (loop.busyCheck) {
      Frame.Snapshot now = snapshot(job, f);
      if (now.equals(loop.snapshot)) {
        longRunning(
            job,
            "a loop repeats without sleeping or changing anything: treated as running forever");
        return;
      }
      loop.snapshot = now;
    }
    f.pc = b.target();
  }

  private Frame.Snapshot snapshot(Job job, Frame f) {
    return new Frame.Snapshot(
        new LinkedHashMap<>(f.state.vars),
        f.state.cwd,
        f.state.status,
        List.copyOf(f.positional),
        fs.modificationCount(),
        job.sleeps,
        progress);
  }

  private void caseTest(Job job, Frame f, Instr.CaseTest c) {
    Expander ex = new Expander(this, f);
    try {
      String subject = ex.string(c.subject());
      for (Word p : c.patterns()) {
        if (Glob.matches(ex.pattern(p), subject)) {
          return;
        }
      }
    } catch (ExpansionError e) {
      expansionFailed(job, f, e);
    }
    f.pc = c.next();
  }

  private void spawn(Job job, Frame f, Instr.Spawn s) {
    int id = jobs.size() + 1;
    Frame root =
        new Frame(
            s.code(),
            Frame.Kind.SHELL,
            f.state.copy(),
            f.positional,
            f.arg0,
            f.fds(),
            null,
            -1,
            false,
            false);
    jobs.add(new Job(id, job, root));
    f.state.lastBackground = Integer.toString(id);
    f.state.status = 0;
    progress++;
  }

  private void expansionFailed(Job job, Frame f, ExpansionError e) {
    new Io(this, f.fds()).err(shellName + ": " + e.getMessage() + "\n");
    f.state.status = 1;
    if (e.fatal) {
      exitShell(job, 1);
    }
  }

  // ---------------------------------------------------------------- simple commands

  private void runSimple(Job job, Frame f, Instr.Run run) {
    Node.Simple cmd = run.command();
    ShellState st = f.state;
    Expander ex = new Expander(this, f);
    try {
      List<String> argv;
      List<String> patterns = null;
      if (!cmd.words().isEmpty()
          && cmd.words().get(0).isPlain()
          && cmd.words().get(0).literalText().equals("[[")) {
        argv = new ArrayList<>();
        patterns = new ArrayList<>();
        for (Word w : cmd.words()) {
          argv.add(ex.string(w));
          patterns.add(ex.pattern(w));
        }
      } else {
        argv = ex.fields(cmd.words());
      }
      Fds fds;
      try {
        fds = redirections.apply(f, f.fds(), cmd.redirects());
      } catch (Redirections.RedirectError e) {
        new Io(this, f.fds()).err(shellName + ": " + e.getMessage() + "\n");
        st.status = 1;
        return;
      }
      if (argv.isEmpty()) {
        for (Node.Assignment a : cmd.assignments()) {
          st.set(a.name(), ex.string(a.value()));
        }
        if (!run.substituted()) {
          st.status = 0;
        }
        return;
      }
      Map<String, String> temp = new LinkedHashMap<>();
      for (Node.Assignment a : cmd.assignments()) {
        temp.put(a.name(), ex.string(a.value()));
      }
      if (st.xtrace) {
        new Io(this, fds).err("+ " + String.join(" ", argv) + "\n");
      }
      dispatch(job, f, argv, temp, fds, patterns);
    } catch (ExpansionError e) {
      expansionFailed(job, f, e);
    }
  }

  /** Runs one command line: a function, a builtin, a script file, or an unknown command. */
  private void dispatch(
      Job job,
      Frame f,
      List<String> argv,
      Map<String, String> temp,
      Fds fds,
      List<String> patterns) {
    ShellState st = f.state;
    String name = argv.get(0);
    Code function = st.functions.get(name);
    if (function != null) {
      job.frames.push(
          new Frame(
              function,
              Frame.Kind.FUNCTION,
              st,
              List.copyOf(argv.subList(1, argv.size())),
              f.arg0,
              fds,
              null,
              -1,
              false,
              false));
      return;
    }
    Builtin builtin = Builtins.lookup(name);
    List<String> args = argv;
    if (builtin == null && name.contains("/") && isShellScript(FsPaths.resolve(st.cwd, name))) {
      builtin = Builtins.lookup("sh");
      args = new ArrayList<>(argv);
      args.add(0, "sh");
    }
    Io io = new Io(this, fds);
    Outcome outcome =
        builtin == null
            ? new Outcome.NotFound()
            : builtin.run(new Invocation(args, io, st, f, this, temp, patterns));
    handle(job, f, outcome, argv, fds, io);
  }

  /** A file a shell would run: no {@code #!} line, or one naming a shell. */
  private boolean isShellScript(String path) {
    if (!fs.isFile(path)) {
      return false;
    }
    String text = fs.readString(path);
    if (!text.startsWith("#!")) {
      return true;
    }
    int nl = text.indexOf('\n');
    String[] interpreter = text.substring(2, nl < 0 ? text.length() : nl).trim().split("\\s+");
    String program = FsPaths.name(interpreter[0]);
    if (program.equals("env") && interpreter.length > 1) {
      program = interpreter[1];
    }
    return ShellInvocation.isShell(program);
  }

  private void handle(Job job, Frame f, Outcome outcome, List<String> argv, Fds fds, Io io) {
    ShellState st = f.state;
    if (outcome instanceof Outcome.Status s) {
      st.status = s.code() & 0xFF;
    } else if (outcome instanceof Outcome.Sleep s) {
      st.status = 0;
      if (s.duration().isZero() || s.duration().isNegative()) {
        return;
      }
      try {
        job.wakeAt = time.plus(s.duration());
        job.state = Job.State.SLEEPING;
        job.sleeps++;
      } catch (DateTimeException | ArithmeticException e) {
        longRunning(job, "sleeps past the end of time: treated as running forever");
      }
    } else if (outcome instanceof Outcome.Forever forever) {
      longRunning(job, forever.reason());
    } else if (outcome instanceof Outcome.Exit e) {
      exitShell(job, e.code());
    } else if (outcome instanceof Outcome.Return r) {
      returnFromFunction(job, r.code(), io);
    } else if (outcome instanceof Outcome.LoopControl lc) {
      loopControl(f, lc);
    } else if (outcome instanceof Outcome.RunCode rc) {
      job.frames.push(
          new Frame(
              rc.code(),
              rc.kind(),
              rc.state(),
              rc.positional(),
              rc.arg0(),
              fds,
              null,
              -1,
              false,
              false));
    } else if (outcome instanceof Outcome.Delegate d) {
      if (d.exitAfter()) {
        f.exitAfter = true;
      }
      if (d.argv().isEmpty()) {
        st.status = 0;
      } else {
        dispatch(job, f, d.argv(), Map.of(), fds, null);
      }
    } else if (outcome instanceof Outcome.Wait) {
      st.status = 0;
      if (hasLiveChildren(job)) {
        job.state = Job.State.WAITING;
      }
    } else if (outcome instanceof Outcome.NotFound) {
      unknown(job, st, argv, io);
    }
  }

  private void unknown(Job job, ShellState st, List<String> argv, Io io) {
    String line = String.join(" ", argv);
    switch (unknownCommands) {
      case LONG_RUNNING -> {
        String reason = "`" + line + "` is not simulated: treated as a long-running process";
        longRunning(job, reason);
      }
      case SUCCEED -> {
        note("`" + line + "` is not simulated: treated as succeeding");
        st.status = 0;
      }
      case NOT_FOUND -> {
        String what = shellName.equals("bash") ? "command not found" : "not found";
        io.err(shellName + ": " + argv.get(0) + ": " + what + "\n");
        st.status = 127;
      }
    }
  }

  private void returnFromFunction(Job job, int status, Io io) {
    boolean inFunction = false;
    for (Frame fr : job.frames) {
      if (fr.kind == Frame.Kind.FUNCTION || fr.kind == Frame.Kind.SOURCE) {
        inFunction = true;
        break;
      }
      if (fr.kind == Frame.Kind.SHELL) {
        break;
      }
    }
    if (!inFunction) {
      io.err(shellName + ": return: can only `return' from a function or sourced script\n");
      job.frames.peek().state.status = 1;
      return;
    }
    while (true) {
      Frame fr = job.frames.peek();
      popFrame(job, status);
      if (fr.kind == Frame.Kind.FUNCTION || fr.kind == Frame.Kind.SOURCE) {
        return;
      }
    }
  }

  private void loopControl(Frame f, Outcome.LoopControl lc) {
    if (f.loops.isEmpty()) {
      f.state.status = 0;
      return;
    }
    int levels = Math.max(1, Math.min(lc.levels(), f.loops.size()));
    for (int i = 1; i < levels; i++) {
      f.loops.pop();
    }
    Frame.Loop loop = f.loops.peek();
    while (f.redirects.size() > loop.redirectDepth) {
      f.redirects.pop();
    }
    f.state.status = 0;
    if (lc.again()) {
      f.pc = loop.continueTarget;
    } else {
      loop.lastStatus = 0;
      f.pc = loop.breakTarget;
    }
  }
}
