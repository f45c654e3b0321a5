package io.kubemu.engine.controller.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.core.EndpointAddress;
import io.kubemu.model.core.EndpointPort;
import io.kubemu.model.core.EndpointSubset;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream endpoints_controller_test.go's key cases, against the API server. */
class EndpointsControllerTest {

  static String service(String name, String extraSpec, String ports) {
    return """
    apiVersion: v1
    kind: Service
    metadata:
      name: %s
      namespace: ns
      labels:
        team: a
    spec:
      selector:
        app: web
      %s
      ports: %s
    """
        .formatted(name, extraSpec, ports);
  }

  static final String ONE_PORT = "[{name: http, port: 80, targetPort: 8080}]";
  static final String NO_PORTS = "[]";

  static List<String> ips(List<EndpointAddress> addrs) {
    return addrs.stream().map(EndpointAddress::ip).toList();
  }

  @Test
  void readyPodsAreAddressesWithTargetRefAndNodeName() { // TestSyncEndpointsProtocolTCP
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    Pod p = f.pod("ns", "pod0", "", NO_PORTS);
    f.status("ns", "pod0", "1.2.3.4", true);

    Endpoints ep = f.endpoints("ns", "foo");
    assertThat(ep.metadata().labels())
        .containsEntry("team", "a")
        .doesNotContainKey("service.kubernetes.io/headless");
    assertThat(ep.subsets()).hasSize(1);
    EndpointSubset s = ep.subsets().get(0);
    EndpointAddress a = s.addresses().get(0);
    assertThat(a.ip()).isEqualTo("1.2.3.4");
    assertThat(a.nodeName()).isEqualTo("node-1");
    assertThat(a.hostname()).isNull();
    assertThat(a.targetRef().kind()).isEqualTo("Pod");
    assertThat(a.targetRef().name()).isEqualTo("pod0");
    assertThat(a.targetRef().uid()).isEqualTo(p.metadata().uid());
    assertThat(s.notReadyAddresses()).isEmpty();
    assertThat(s.ports()).containsExactly(new EndpointPort("http", 8080, "TCP", null));
  }

  @Test
  void endpointsExistEvenWithoutPods() {
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    assertThat(f.endpoints("ns", "foo").subsets()).isEmpty();
  }

  @Test
  void notReadyPodsAreNotReadyAddresses() { // TestSyncEndpointsItemsWithLabels, not-ready rows
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    f.pod("ns", "pod0", "", NO_PORTS);
    f.pod("ns", "pod1", "", NO_PORTS);
    f.pod("ns", "pod2", "", NO_PORTS); // no IP yet: left out
    f.status("ns", "pod0", "1.2.3.4", true);
    f.status("ns", "pod1", "1.2.3.5", false);

    EndpointSubset s = f.endpoints("ns", "foo").subsets().get(0);
    assertThat(ips(s.addresses())).containsExactly("1.2.3.4");
    assertThat(ips(s.notReadyAddresses())).containsExactly("1.2.3.5");

    f.status("ns", "pod1", "1.2.3.5", true);
    assertThat(f.endpoints("ns", "foo").subsets()).hasSize(1);
    assertThat(ips(f.endpoints("ns", "foo").subsets().get(0).addresses()))
        .containsExactly("1.2.3.4", "1.2.3.5");
  }

  @Test
  void
      publishNotReadyAddressesListsEveryPodAsReady() { // TestSyncEndpointsServicePublishNotReady...
    Fixture f = new Fixture();
    f.apply(service("foo", "publishNotReadyAddresses: true", ONE_PORT));
    f.pod("ns", "pod0", "", NO_PORTS);
    f.status("ns", "pod0", "1.2.3.4", false);
    EndpointSubset s = f.endpoints("ns", "foo").subsets().get(0);
    assertThat(ips(s.addresses())).containsExactly("1.2.3.4");
    assertThat(s.notReadyAddresses()).isEmpty();

    // terminating pods stay while the service publishes not-ready addresses
    f.api.delete(Pod.class, "ns", "pod0", DeleteOptions.gracePeriod(30));
    f.loop.runDue();
    assertThat(ips(f.endpoints("ns", "foo").subsets().get(0).addresses()))
        .containsExactly("1.2.3.4");
  }

  @Test
  void terminatingPodsAreExcluded() {
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    f.pod("ns", "pod0", "", NO_PORTS);
    f.pod("ns", "pod1", "", NO_PORTS);
    f.status("ns", "pod0", "1.2.3.4", true);
    f.status("ns", "pod1", "1.2.3.5", true);
    f.api.delete(Pod.class, "ns", "pod1", DeleteOptions.gracePeriod(30));
    f.loop.runDue();
    assertThat(f.api.find(Pod.class, "ns", "pod1")).isPresent();
    assertThat(ips(f.endpoints("ns", "foo").subsets().get(0).addresses()))
        .containsExactly("1.2.3.4");
  }

  @Test
  void multiplePortsShareOneSubset() { // TestSyncEndpointsItemsPreexisting, multiple ports
    Fixture f = new Fixture();
    f.apply(
        service(
            "foo",
            "",
            "[{name: port0, port: 80, targetPort: 8080}, {name: port1, port: 88, targetPort:"
                + " 8088}]"));
    f.pod("ns", "pod0", "", NO_PORTS);
    f.status("ns", "pod0", "1.2.3.4", true);
    EndpointSubset s = f.endpoints("ns", "foo").subsets().get(0);
    assertThat(f.endpoints("ns", "foo").subsets()).hasSize(1);
    assertThat(s.ports())
        .containsExactly(
            new EndpointPort("port0", 8080, "TCP", null),
            new EndpointPort("port1", 8088, "TCP", null));
  }

  @Test
  void namedTargetPortsResolvePerPodAndSplitSubsets() {
    Fixture f = new Fixture();
    f.apply(service("foo", "", "[{name: http, port: 80, targetPort: web}]"));
    f.pod("ns", "pod0", "", "[{name: web, containerPort: 8080}]");
    f.pod("ns", "pod1", "", "[{name: web, containerPort: 9090}]");
    f.pod("ns", "pod2", "", "[{name: other, containerPort: 7070}]"); // no such port: left out
    f.status("ns", "pod0", "1.2.3.4", true);
    f.status("ns", "pod1", "1.2.3.5", true);
    f.status("ns", "pod2", "1.2.3.6", true);
    List<EndpointSubset> subsets = f.endpoints("ns", "foo").subsets();
    assertThat(subsets).hasSize(2);
    assertThat(ips(subsets.get(0).addresses())).containsExactly("1.2.3.4");
    assertThat(subsets.get(0).ports()).containsExactly(new EndpointPort("http", 8080, "TCP", null));
    assertThat(ips(subsets.get(1).addresses())).containsExactly("1.2.3.5");
    assertThat(subsets.get(1).ports()).containsExactly(new EndpointPort("http", 9090, "TCP", null));
  }

  @Test
  void headlessServiceSetsHostnamesOfItsSubdomainPodsAndAllowsNoPorts() {
    Fixture f = new Fixture();
    f.apply(service("foo", "clusterIP: None", "[]"));
    f.pod("ns", "pod0", "", NO_PORTS, "hostname: pod0\n  subdomain: foo");
    f.pod("ns", "pod1", "", NO_PORTS, "hostname: pod1\n  subdomain: other");
    f.status("ns", "pod0", "1.2.3.4", true);
    f.status("ns", "pod1", "1.2.3.5", true);

    Endpoints ep = f.endpoints("ns", "foo");
    assertThat(ep.metadata().labels()).containsEntry("service.kubernetes.io/headless", "");
    assertThat(ep.subsets()).hasSize(1);
    EndpointSubset s = ep.subsets().get(0);
    assertThat(s.ports()).isEmpty();
    assertThat(s.addresses())
        .extracting(EndpointAddress::ip, EndpointAddress::hostname)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.2.3.4", "pod0"),
            org.assertj.core.groups.Tuple.tuple("1.2.3.5", null));
  }

  @Test
  void endpointsGoWithTheServiceAndSelectorlessServicesAreLeftAlone() {
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    assertThat(f.endpoints("ns", "foo")).isNotNull();
    f.api.delete(Service.class, "ns", "foo");
    f.loop.runDue();
    assertThat(f.endpoints("ns", "foo")).isNull();

    // TestSyncEndpointsItemsPreserveNoSelector
    f.apply(
        """
        apiVersion: v1
        kind: Service
        metadata: {name: manual, namespace: ns}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Endpoints
        metadata: {name: manual, namespace: ns}
        subsets:
        - addresses: [{ip: 6.7.8.9}]
          ports: [{port: 1000}]
        """);
    assertThat(ips(f.endpoints("ns", "manual").subsets().get(0).addresses()))
        .containsExactly("6.7.8.9");
  }

  @Test
  void podsLeavingTheSelectorOrFinishingAreRemoved() {
    Fixture f = new Fixture();
    f.apply(service("foo", "", ONE_PORT));
    f.pod("ns", "pod0", "", NO_PORTS);
    f.status("ns", "pod0", "1.2.3.4", true);
    Pod cur = f.api.get(Pod.class, "ns", "pod0");
    f.api.update(cur.withMetadata(cur.metadata().withLabel("app", "other")));
    f.loop.runDue();
    assertThat(f.endpoints("ns", "foo").subsets()).isEmpty();
  }
}
