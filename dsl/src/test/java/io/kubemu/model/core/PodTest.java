package io.kubemu.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.meta.ObjectMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodTest {

  private static final Pod FULL = CoreYaml.read("io/kubemu/model/core/pod-full.yaml", Pod.class);

  @Test
  void readsTheSeedLivenessPod() {
    Pod pod = CoreYaml.read("seed/manifests/pod-01-liveness.yaml", Pod.class);

    assertThat(pod.metadata().key()).isEqualTo("app/pod-01");
    assertThat(pod.metadata().labels())
        .containsExactly(
            entry("app", "centos7"), entry("release", "stable"), entry("version", "t1"));
    Container centos = pod.spec().containers().get(0);
    assertThat(centos.name()).isEqualTo("centos");
    assertThat(centos.image()).isEqualTo("harbor.od.com/public/centos:7");
    assertThat(centos.command()).hasSize(3).startsWith("/bin/bash", "-c");
    assertThat(centos.livenessProbe().exec().command())
        .containsExactly("/bin/bash", "-c", "[ -f /tmp/health ]");
    assertThat(centos.livenessProbe().periodSeconds()).as("unset, not defaulted").isNull();
    assertThat(pod.spec().initContainers()).isEmpty();
    assertThat(pod.spec().restartPolicy()).isNull();
    assertThat(pod.status()).isNull();
  }

  @Test
  void readsContainerFields() {
    Container nginx = FULL.spec().container("nginx");

    assertThat(nginx.ports())
        .containsExactly(new ContainerPort(80, "0.0.0.0", 8080, "http", "TCP"));
    assertThat(nginx.env())
        .extracting(EnvVar::name)
        .containsExactly("MODE", "POD_NAME", "MEM_LIMIT", "LEVEL", "PASSWORD");
    assertThat(nginx.env().get(1).valueFrom().fieldRef())
        .isEqualTo(new ObjectFieldSelector("v1", "metadata.name"));
    assertThat(nginx.env().get(2).valueFrom().resourceFieldRef().divisor()).isEqualTo(q("1Mi"));
    assertThat(nginx.envFrom().get(0).configMapRef().name()).isEqualTo("web-config");
    assertThat(nginx.resources().limits())
        .containsExactly(entry("cpu", q("500m")), entry("memory", q("256Mi")));
    assertThat(nginx.resources().requests()).containsKeys("cpu", "memory");
    assertThat(nginx.volumeMounts().get(0))
        .isEqualTo(new VolumeMount("/usr/share/nginx/html", "www", null, true, "html", null));
    assertThat(nginx.lifecycle().preStop().sleep().seconds()).isEqualTo(5L);
    assertThat(nginx.securityContext().capabilities().drop()).containsExactly("ALL");
    assertThat(nginx.tty()).isTrue();
  }

  @Test
  void readsProbesWithPortsAsNumberOrName() {
    Container nginx = FULL.spec().container("nginx");

    Probe liveness = nginx.livenessProbe();
    assertThat(liveness.httpGet().port()).isEqualTo(ios("http"));
    assertThat(liveness.httpGet().httpHeaders())
        .containsExactly(new HTTPHeader("X-Probe", "liveness"));
    assertThat(liveness.initialDelaySeconds()).isEqualTo(10);
    assertThat(liveness.terminationGracePeriodSeconds()).isEqualTo(15L);
    assertThat(liveness.failureThreshold()).isEqualTo(4);
    assertThat(nginx.readinessProbe().tcpSocket().port()).isEqualTo(ios("80"));
    assertThat(nginx.startupProbe().grpc()).isEqualTo(new GRPCAction(9090, "health"));
  }

  @Test
  void readsSchedulingFields() {
    PodSpec spec = FULL.spec();

    NodeSelectorTerm term =
        spec.affinity()
            .nodeAffinity()
            .requiredDuringSchedulingIgnoredDuringExecution()
            .nodeSelectorTerms()
            .get(0);
    assertThat(term.matchExpressions().get(1))
        .isEqualTo(new NodeSelectorRequirement("cores", NodeSelectorRequirement.GT, List.of("4")));
    assertThat(term.matchFields().get(0).key()).isEqualTo("metadata.name");
    PodAffinityTerm affinity =
        spec.affinity().podAffinity().requiredDuringSchedulingIgnoredDuringExecution().get(0);
    assertThat(affinity.topologyKey()).isEqualTo("topology.kubernetes.io/zone");
    assertThat(affinity.mismatchLabelKeys()).containsExactly("tenant");
    assertThat(spec.affinity().podAntiAffinity().preferredDuringSchedulingIgnoredDuringExecution())
        .singleElement()
        .satisfies(w -> assertThat(w.weight()).isEqualTo(100));
    assertThat(spec.tolerations().get(0))
        .isEqualTo(
            new Toleration(
                Taint.NOT_READY, Toleration.OPERATOR_EXISTS, null, Taint.EFFECT_NO_EXECUTE, 300L));
    assertThat(spec.topologySpreadConstraints().get(0).minDomains()).isEqualTo(2);
    assertThat(spec.overhead()).containsExactly(entry("cpu", q("100m")));
    assertThat(spec.initContainers().get(1).restartPolicy()).isEqualTo(Container.RESTART_ALWAYS);
    assertThat(spec.securityContext().supplementalGroups()).containsExactly(4000L);
    assertThat(spec.volumes())
        .extracting(Volume::name)
        .containsExactly(
            "www", "config", "secret", "podinfo", "token", "cache", "logs", "shared", "raw");
    assertThat(spec.volumes().get(4).projected().sources().get(0).serviceAccountToken().path())
        .isEqualTo("token");
  }

  @Test
  void readsStatus() {
    PodStatus status = FULL.status();

    assertThat(status.phase()).isEqualTo(Pod.PHASE_RUNNING);
    assertThat(status.condition(PodCondition.READY).status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(status.condition(PodCondition.READY).lastProbeTime())
        .isEqualTo(Instant.parse("2024-05-01T10:00:30Z"));
    assertThat(status.condition(PodCondition.INITIALIZED)).isNull();
    assertThat(status.podIPs()).containsExactly(new PodIP("10.244.1.5"), new PodIP("fd00::5"));
    assertThat(status.qosClass()).isEqualTo(Pod.QOS_BURSTABLE);
    ContainerStatus nginx = status.containerStatus("nginx");
    assertThat(nginx.state().running().startedAt())
        .isEqualTo(Instant.parse("2024-05-01T10:00:10Z"));
    assertThat(nginx.lastState().terminated().exitCode()).isEqualTo(137);
    assertThat(nginx.restartCount()).isEqualTo(1);
    assertThat(status.containerStatus("init").state().terminated().reason()).isEqualTo("Completed");
    assertThat(status.containerStatus("waiting").state())
        .isEqualTo(
            ContainerState.waiting("CrashLoopBackOff", "back-off 10s restarting failed container"));
    assertThat(status.containerStatus("nope")).isNull();
  }

  @Test
  void rejectsAnUnknownField() {
    String yaml =
        """
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            imagee: nginx
        """;

    assertThatThrownBy(() -> CoreYaml.MAPPER.readValue(yaml, Pod.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"imagee\"");
  }

  @Test
  void withImageReplacesOnlyTheNamedContainer() {
    Pod updated = FULL.withImage("nginx", "nginx:1.26");

    assertThat(updated.spec().container("nginx").image()).isEqualTo("nginx:1.26");
    assertThat(updated.spec().container("nginx").withImage("nginx:1.25"))
        .isEqualTo(FULL.spec().container("nginx"));
    assertThat(updated.spec().initContainers()).isEqualTo(FULL.spec().initContainers());
    assertThat(updated.metadata()).isSameAs(FULL.metadata());
    assertThat(updated.status()).isSameAs(FULL.status());
    assertThat(FULL.spec().container("nginx").image())
        .as("original untouched")
        .isEqualTo("nginx:1.25");
  }

  @Test
  void withImageReachesInitContainers() {
    PodSpec spec = FULL.spec().withImage("log-shipper", "fluent-bit:4");

    assertThat(spec.initContainers().get(1).image()).isEqualTo("fluent-bit:4");
    assertThat(spec.containers()).isEqualTo(FULL.spec().containers());
  }

  @Test
  void withImageOfAMissingContainerFails() {
    assertThatThrownBy(() -> FULL.withImage("nope", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unable to find container named \"nope\"");
  }

  @Test
  void buildsAPodFromFactoriesAndWithers() {
    Pod pod =
        Pod.of(ObjectMeta.named("app", "p"), PodSpec.of(Container.of("c", "nginx")))
            .withNodeName("node-1");

    assertThat(pod.spec().nodeName()).isEqualTo("node-1");
    assertThat(pod.spec().containers()).containsExactly(Container.of("c", "nginx"));
    assertThat(new Pod(null, null, null).withContainers(List.of(Container.of("a", "b"))).spec())
        .isEqualTo(PodSpec.of(Container.of("a", "b")));
    assertThat(new Pod(null, null, null).metadata()).isSameAs(ObjectMeta.EMPTY);
    assertThat(pod.withStatus(PodStatus.EMPTY.withPhase(Pod.PHASE_PENDING)).status().phase())
        .isEqualTo("Pending");
  }

  @Test
  void copiesAndFreezesLists() {
    List<Container> containers = new ArrayList<>(List.of(Container.of("a", "x")));
    PodSpec spec = PodSpec.EMPTY.withContainers(containers);
    containers.add(Container.of("b", "y"));

    assertThat(spec.containers()).hasSize(1);
    assertThatThrownBy(() -> spec.containers().add(Container.of("c", "z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(PodSpec.EMPTY.volumes()).isEmpty();
    assertThat(PodSpec.EMPTY.nodeSelector()).isEmpty();
  }

  @Test
  void containerLookupPrefersAppContainers() {
    PodSpec spec =
        PodSpec.of(Container.of("x", "app"))
            .withInitContainers(List.of(Container.of("x", "init"), Container.of("y", "init")));

    assertThat(spec.container("x").image()).isEqualTo("app");
    assertThat(spec.container("y").image()).isEqualTo("init");
    assertThat(spec.container("z")).isNull();
  }

  @Test
  void templateMetadataIsNeverNull() {
    assertThat(new PodTemplateSpec(null, PodSpec.EMPTY).metadata()).isSameAs(ObjectMeta.EMPTY);
  }

  static Quantity q(String text) {
    return CoreYaml.bind(CoreYaml.MAPPER.getNodeFactory().textNode(text), Quantity.class);
  }

  /** The IntOrString a manifest holds for this scalar: a number when it parses as one. */
  static IntOrString ios(String scalar) {
    try {
      return CoreYaml.MAPPER.readValue(scalar, IntOrString.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
