package io.kubemu.model.core;

import static io.kubemu.model.core.PodTest.ios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTest {

  @Test
  void readsTheSeedHeadlessService() {
    Service svc =
        CoreYaml.bind(
            CoreYaml.docs("seed/manifests/statefulset-nginx-web.yaml").get(0), Service.class);

    assertThat(svc.metadata().key()).isEqualTo("apps/my-svc");
    assertThat(svc.spec().clusterIP()).isEqualTo(ServiceSpec.CLUSTER_IP_NONE);
    assertThat(svc.spec().selector())
        .containsExactly(entry("app", "nginx-web"), entry("role", "web"), entry("state", "true"));
    assertThat(svc.spec().ports())
        .containsExactly(new ServicePort("http", null, null, 80, ios("80"), null));
    assertThat(svc.spec().type()).as("unset, not defaulted").isNull();
    assertThat(svc.status()).isNull();
  }

  @Test
  void readsEveryField() {
    Service svc = CoreYaml.read("io/kubemu/model/core/service-full.yaml", Service.class);
    ServiceSpec spec = svc.spec();

    assertThat(spec.type()).isEqualTo(ServiceSpec.TYPE_LOAD_BALANCER);
    assertThat(spec.ports().get(0).targetPort()).isEqualTo(ios("http"));
    assertThat(spec.ports().get(1).targetPort()).isEqualTo(ios("9100"));
    assertThat(spec.ports()).extracting(ServicePort::nodePort).containsExactly(30080, 30091);
    assertThat(spec.sessionAffinity()).isEqualTo(ServiceSpec.AFFINITY_CLIENT_IP);
    assertThat(spec.externalTrafficPolicy()).isEqualTo(ServiceSpec.TRAFFIC_LOCAL);
    assertThat(spec.publishNotReadyAddresses()).isTrue();
    assertThat(spec.ipFamilies()).containsExactly("IPv4");
    assertThat(svc.status().loadBalancer().ingress())
        .containsExactly(
            new LoadBalancerIngress("203.0.113.10", null),
            new LoadBalancerIngress(null, "lb.example.com"));
  }

  @Test
  void withersDeriveADefaultedSpec() {
    ServiceSpec spec =
        ServiceSpec.EMPTY
            .withPorts(List.of(new ServicePort(null, null, null, 80, null, null)))
            .withType(ServiceSpec.TYPE_CLUSTER_IP)
            .withClusterIP("10.96.0.1")
            .withClusterIPs(List.of("10.96.0.1"));

    ServicePort port = spec.ports().get(0).withProtocol(ContainerPort.PROTOCOL_TCP);
    assertThat(port).isEqualTo(new ServicePort(null, "TCP", null, 80, null, null));
    assertThat(spec.type()).isEqualTo("ClusterIP");
    assertThat(spec.clusterIPs()).containsExactly("10.96.0.1");
    assertThat(spec.selector()).isEmpty();
  }
}
