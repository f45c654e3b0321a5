package io.kubemu.engine.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.nodeports.NodePorts;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ported from upstream node_ports_test.go TestNodePorts (v1.30). */
class NodePortsTest {

  private static final String ERR = "node(s) didn't have free ports for the requested pod ports";

  // "UDP/127.0.0.1/8080 TCP/0.0.0.0/8001": one container per port
  static Pod pod(String name, String ports) {
    St.PodBuilder b = St.pod(name);
    for (String spec : ports.split(" ")) {
      String[] p = spec.split("/");
      b.hostPort(p[1], p[0], Integer.parseInt(p[2]));
    }
    return b.obj();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "other port | UDP/127.0.0.1/8080 | UDP/127.0.0.1/9090 | true",
        "same udp port | UDP/127.0.0.1/8080 | UDP/127.0.0.1/8080 | false",
        "same tcp port | TCP/127.0.0.1/8080 | TCP/127.0.0.1/8080 | false",
        "different host ip | TCP/127.0.0.1/8080 | TCP/127.0.0.2/8080 | true",
        "different protocol | UDP/127.0.0.1/8080 | TCP/127.0.0.1/8080 | true",
        "second udp port conflict | UDP/127.0.0.1/8000 UDP/127.0.0.1/8080 | UDP/127.0.0.1/8080"
            + " | false",
        "first tcp port conflict | TCP/127.0.0.1/8001 UDP/127.0.0.1/8080 | TCP/127.0.0.1/8001"
            + " UDP/127.0.0.1/8081 | false",
        "first tcp port conflict due to 0.0.0.0 hostIP | TCP/0.0.0.0/8001 | TCP/127.0.0.1/8001"
            + " | false",
        "TCP hostPort conflict due to 0.0.0.0 hostIP | TCP/10.0.10.10/8001 TCP/0.0.0.0/8001 |"
            + " TCP/127.0.0.1/8001 | false",
        "second tcp port conflict to 0.0.0.0 hostIP | TCP/127.0.0.1/8001 | TCP/0.0.0.0/8001 |"
            + " false",
        "second different protocol | UDP/127.0.0.1/8001 | TCP/0.0.0.0/8001 | true",
        "UDP hostPort conflict due to 0.0.0.0 hostIP | UDP/127.0.0.1/8001 | TCP/0.0.0.0/8001"
            + " UDP/0.0.0.0/8001 | false",
      })
  void filter(String name, String wantPorts, String existingPorts, boolean fits) {
    NodeInfo ni = NodeInfo.of(St.node("n").obj(), pod("existing", existingPorts));
    Status got =
        Fwk.filter(
            Fwk.of(Names.NODE_PORTS, List.of(ni)), Names.NODE_PORTS, pod("m1", wantPorts), ni);
    assertThat(got).isEqualTo(fits ? Status.SUCCESS : Status.unschedulable(ERR));
  }

  @Test
  void aPodWithoutHostPortsSkipsTheFilter() {
    NodePorts p = new NodePorts();
    assertThat(p.preFilter(new CycleState(), St.pod("p").obj()).status().isSkip()).isTrue();
  }

  @Test
  void aRemovedPodFreesItsPorts() {
    Pod existing = pod("existing", "TCP/0.0.0.0/80");
    NodeInfo ni = NodeInfo.of(St.node("n").obj(), existing);
    assertThat(NodePorts.fits(pod("m", "TCP/0.0.0.0/80"), ni)).isFalse();
    ni.removePod(existing);
    assertThat(NodePorts.fits(pod("m", "TCP/0.0.0.0/80"), ni)).isTrue();
  }
}
