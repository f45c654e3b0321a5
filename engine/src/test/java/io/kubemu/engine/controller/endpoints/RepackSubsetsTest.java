package io.kubemu.engine.controller.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.ObjectReference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream pkg/api/v1/endpoints util_test.go TestPackSubsets, the main rows. */
class RepackSubsetsTest {

  static EndpointAddress a(String ip) {
    return new EndpointAddress(ip, null, null, null);
  }

  static EndpointAddress a(String ip, String uid) {
    return new EndpointAddress(
        ip, null, null, new ObjectReference("Pod", "ns", uid, uid, null, null, null));
  }

  static EndpointPort p(int port) {
    return new EndpointPort(null, port, "TCP", null);
  }

  static EndpointSubset s(List<EndpointAddress> ready, List<EndpointPort> ports) {
    return new EndpointSubset(ready, List.of(), ports);
  }

  static EndpointSubset s(
      List<EndpointAddress> ready, List<EndpointAddress> notReady, List<EndpointPort> ports) {
    return new EndpointSubset(ready, notReady, ports);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("empty everything", List.of(), List.of()),
        Arguments.of("empty addresses", List.of(s(List.of(), List.of(p(111)))), List.of()),
        Arguments.of(
            "empty ports",
            List.of(s(List.of(a("1.2.3.4")), List.of())),
            List.of(s(List.of(a("1.2.3.4")), List.of()))),
        Arguments.of(
            "one set, one ip, one port",
            List.of(s(List.of(a("1.2.3.4")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4")), List.of(p(111))))),
        Arguments.of(
            "one set, two ips, one port",
            List.of(s(List.of(a("5.6.7.8"), a("1.2.3.4")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4"), a("5.6.7.8")), List.of(p(111))))),
        Arguments.of(
            "one set, dup ips with target-refs, one port",
            List.of(s(List.of(a("1.2.3.4", "uid-1"), a("1.2.3.4", "uid-2")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4", "uid-1"), a("1.2.3.4", "uid-2")), List.of(p(111))))),
        Arguments.of(
            "two sets, dup ip, dup port",
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(a("1.2.3.4")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4")), List.of(p(111))))),
        Arguments.of(
            "two sets, dup ip, two ports",
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(a("1.2.3.4")), List.of(p(222)))),
            List.of(s(List.of(a("1.2.3.4")), List.of(p(111), p(222))))),
        Arguments.of(
            "two sets, two ips, dup port",
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(a("5.6.7.8")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4"), a("5.6.7.8")), List.of(p(111))))),
        Arguments.of(
            "two sets, two ips, two ports",
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(a("5.6.7.8")), List.of(p(222)))),
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(a("5.6.7.8")), List.of(p(222))))),
        Arguments.of(
            "ready and not ready, same ip and port: ready wins",
            List.of(
                s(List.of(a("1.2.3.4")), List.of(p(111))),
                s(List.of(), List.of(a("1.2.3.4")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4")), List.of(p(111))))),
        Arguments.of(
            "one ready, one not ready, same port",
            List.of(s(List.of(a("1.2.3.4")), List.of(a("5.6.7.8")), List.of(p(111)))),
            List.of(s(List.of(a("1.2.3.4")), List.of(a("5.6.7.8")), List.of(p(111))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void packs(String name, List<EndpointSubset> given, List<EndpointSubset> expect) {
    assertThat(Subsets.repack(given)).isEqualTo(expect);
  }
}
