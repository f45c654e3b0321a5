package io.kubemu.engine.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

class FitErrorTest {

  private static final Pod POD = St.pod("p").obj();

  @Test
  void countsAndSortsReasonsThenAppendsThePreemptionMessage() {
    Diagnosis d = new Diagnosis();
    String taint = "node(s) had untolerated taint {node-role.kubernetes.io/master: }";
    String affinity = "node(s) didn't match Pod's node affinity/selector";
    d.nodeToStatus().put("m1", Status.unresolvable(taint));
    d.nodeToStatus().put("m2", Status.unresolvable(taint));
    d.nodeToStatus().put("m3", Status.unresolvable(taint));
    d.nodeToStatus().put("w1", Status.unresolvable(affinity));
    d.nodeToStatus().put("w2", Status.unresolvable(affinity));
    d.nodeToStatus().put("w3", Status.unresolvable(affinity));
    d.setPostFilterMsg(
        "preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.");

    assertThat(new FitError(POD, 6, d).message())
        .isEqualTo(
            "0/6 nodes are available: 3 node(s) didn't match Pod's node affinity/selector, 3"
                + " node(s) had untolerated taint {node-role.kubernetes.io/master: }. preemption:"
                + " 0/6 nodes are available: 6 Preemption is not helpful for scheduling..");
  }

  @Test
  void everyReasonOfANodeCountsAndTheCountedStringsSort() {
    Diagnosis d = new Diagnosis();
    d.nodeToStatus().put("n1", Status.unschedulable("Insufficient cpu", "Insufficient memory"));
    d.nodeToStatus().put("n2", Status.unschedulable("Insufficient cpu"));
    assertThat(new FitError(POD, 2, d).message())
        .isEqualTo("0/2 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.");
  }

  @Test
  void sortsTheCountedStringsAsStrings() {
    // upstream sorts "count reason" strings: "10 b" comes before "9 a"
    Diagnosis d = new Diagnosis();
    for (int i = 0; i < 10; i++) d.nodeToStatus().put("b" + i, Status.unschedulable("b"));
    for (int i = 0; i < 9; i++) d.nodeToStatus().put("a" + i, Status.unschedulable("a"));
    assertThat(new FitError(POD, 19, d).message())
        .isEqualTo("0/19 nodes are available: 10 b, 9 a.");
  }

  @Test
  void aPreFilterRejectionReplacesTheNodeHistogram() {
    Diagnosis d = new Diagnosis();
    Status s = Status.unresolvable("pod affinity terms conflict");
    d.nodeToStatus().put("n1", s);
    d.nodeToStatus().put("n2", s);
    d.setPreFilterMsg(s.message());
    assertThat(new FitError(POD, 2, d).message())
        .isEqualTo("0/2 nodes are available: pod affinity terms conflict.");
  }

  @Test
  void noReasonsGiveTheBarePrefix() {
    assertThat(new FitError(POD, 0, new Diagnosis()).message())
        .isEqualTo("0/0 nodes are available:");
  }
}
