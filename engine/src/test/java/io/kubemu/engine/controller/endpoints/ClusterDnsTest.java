package io.kubemu.engine.controller.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DNS answers for the seed's headless service my-svc and for a ClusterIP service. */
class ClusterDnsTest {

  /** The seed's my-svc with the two StatefulSet pods written by hand. */
  static Fixture seed() {
    Fixture f = new Fixture();
    f.apply("apiVersion: v1\nkind: Namespace\nmetadata: {name: apps}\n");
    for (KubernetesObject o : Manifests.readResource("seed/manifests/statefulset-nginx-web.yaml")) {
      if (o instanceof Service s) f.api.create(s);
    }
    String labels = "role: web\n    state: \"true\"\n    statefulset.kubernetes.io/pod-name: %s";
    for (int i = 0; i < 2; i++) {
      String name = "nginx-web-" + i;
      Pod p =
          f.pod(
              "apps",
              name,
              labels.formatted(name),
              "[{name: http, containerPort: 80}]",
              "hostname: " + name + "\n  subdomain: my-svc");
      f.api.update(p.withMetadata(p.metadata().withLabel("app", "nginx-web")));
      f.loop.runDue();
    }
    f.status("apps", "nginx-web-0", "10.244.1.7", true);
    f.status("apps", "nginx-web-1", "10.244.2.3", true);
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my-svc.apps.svc.cluster.local | 10.244.1.7 10.244.2.3",
        "my-svc.apps.svc.cluster.local. | 10.244.1.7 10.244.2.3",
        "my-svc.apps | 10.244.1.7 10.244.2.3",
        "my-svc.apps.svc | 10.244.1.7 10.244.2.3",
        "nginx-web-0.my-svc.apps.svc.cluster.local | 10.244.1.7",
        "nginx-web-1.my-svc.apps.svc.cluster.local | 10.244.2.3",
        "nginx-web-1.my-svc.apps | 10.244.2.3",
        "nginx-web-2.my-svc.apps.svc.cluster.local | ''",
        "my-svc.default.svc.cluster.local | ''",
        "nope.apps.svc.cluster.local | ''",
        "10-244-1-7.apps.pod.cluster.local | 10.244.1.7",
        "10-244-1-300.apps.pod.cluster.local | ''",
      })
  void answersLikeCoreDns(String name, String answer) {
    Fixture f = seed();
    List<String> want = answer.isEmpty() ? List.of() : List.of(answer.split(" "));
    assertThat(new ClusterDns(f.api).resolve(name)).containsExactlyElementsOf(want);
  }

  @Test
  void headlessAnswersOnlyReadyPods() {
    Fixture f = seed();
    f.status("apps", "nginx-web-1", "10.244.2.3", false);
    ClusterDns dns = new ClusterDns(f.api);
    assertThat(dns.resolve("my-svc.apps.svc.cluster.local")).containsExactly("10.244.1.7");
    assertThat(dns.resolve("nginx-web-1.my-svc.apps.svc.cluster.local")).isEmpty();
  }

  @Test
  void clusterIpServiceResolvesToItsClusterIp() {
    Fixture f = new Fixture();
    f.apply(EndpointsControllerTest.service("web", "", EndpointsControllerTest.ONE_PORT));
    String ip = f.service("ns", "web").spec().clusterIP();
    assertThat(ip).isNotBlank().isNotEqualTo("None");
    ClusterDns dns = new ClusterDns(f.api);
    assertThat(dns.resolve("web.ns.svc.cluster.local")).containsExactly(ip);
    assertThat(dns.resolveFrom("ns", "web")).containsExactly(ip);
    assertThat(dns.resolve("web")).isEmpty();
  }

  @Test
  void verifiedPodRecordsNeedAPodWithThatIp() {
    Fixture f = seed();
    ClusterDns dns = new ClusterDns(f.api, ClusterDns.PodRecords.VERIFIED);
    assertThat(dns.resolve("10-244-1-7.apps.pod.cluster.local")).containsExactly("10.244.1.7");
    assertThat(dns.resolve("10-244-9-9.apps.pod.cluster.local")).isEmpty();
    assertThat(new ClusterDns(f.api).resolve("10-244-9-9.apps.pod.cluster.local"))
        .containsExactly("10.244.9.9");
  }
}
