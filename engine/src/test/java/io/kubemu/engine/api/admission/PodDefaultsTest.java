package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.IntOrString;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSecurityContext;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Probe;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The core/v1 pod defaults (SetDefaults_Pod, SetDefaults_PodSpec, containers, probes, volumes). */
class PodDefaultsTest {

  static final Pod POD =
      yaml(
          Pod.class,
          """
          apiVersion: v1
          kind: Pod
          metadata: {name: p, namespace: default}
          spec:
            hostNetwork: true
            containers:
            - name: app
              image: nginx:1.25
              ports:
              - containerPort: 80
              - containerPort: 53
                protocol: UDP
                hostPort: 5353
              env:
              - name: NODE
                valueFrom:
                  fieldRef: {fieldPath: spec.nodeName}
              resources:
                limits: {cpu: "1", memory: 1Gi}
                requests: {cpu: 500m}
              livenessProbe:
                httpGet: {port: 80}
              readinessProbe:
                grpc: {port: 9090}
              lifecycle:
                preStop:
                  httpGet: {port: 80, path: /stop}
            - name: small
              image: busybox
              resources:
                limits: {cpu: "0.0001"}
            volumes:
            - name: scratch
            - name: creds
              secret: {secretName: s}
            - name: conf
              configMap: {name: c}
            - name: host
              hostPath: {path: /var/log}
            - name: info
              downwardAPI:
                items:
                - path: labels
                  fieldRef: {fieldPath: metadata.labels}
          """);

  static final Pod DEFAULTED = PodDefaults.pod(POD);

  static Container app() {
    return DEFAULTED.spec().containers().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void sets_the_default(String field, Function<Pod, Object> get, Object expected) {
    assertThat(get.apply(POD)).as("before").isNotEqualTo(expected);
    assertThat(get.apply(DEFAULTED)).isEqualTo(expected);
  }

  static Stream<Arguments> defaults() {
    Function<Pod, Probe> liveness = p -> p.spec().containers().get(0).livenessProbe();
    return Stream.of(
        arguments("restartPolicy", (Function<Pod, Object>) p -> p.spec().restartPolicy(), "Always"),
        arguments("dnsPolicy", f(p -> p.spec().dnsPolicy()), "ClusterFirst"),
        arguments(
            "terminationGracePeriodSeconds", f(p -> p.spec().terminationGracePeriodSeconds()), 30L),
        arguments("schedulerName", f(p -> p.spec().schedulerName()), "default-scheduler"),
        arguments("securityContext", f(p -> p.spec().securityContext()), PodSecurityContext.EMPTY),
        arguments("enableServiceLinks", f(p -> p.spec().enableServiceLinks()), true),
        arguments(
            "terminationMessagePath",
            f(p -> p.spec().containers().get(0).terminationMessagePath()),
            "/dev/termination-log"),
        arguments(
            "terminationMessagePolicy",
            f(p -> p.spec().containers().get(0).terminationMessagePolicy()),
            "File"),
        arguments(
            "imagePullPolicy of a tagged image",
            f(p -> p.spec().containers().get(0).imagePullPolicy()),
            "IfNotPresent"),
        arguments(
            "imagePullPolicy of an untagged image",
            f(p -> p.spec().containers().get(1).imagePullPolicy()),
            "Always"),
        arguments(
            "port protocol", f(p -> p.spec().containers().get(0).ports().get(0).protocol()), "TCP"),
        arguments("probe timeoutSeconds", f(p -> liveness.apply(p).timeoutSeconds()), 1),
        arguments("probe periodSeconds", f(p -> liveness.apply(p).periodSeconds()), 10),
        arguments("probe successThreshold", f(p -> liveness.apply(p).successThreshold()), 1),
        arguments("probe failureThreshold", f(p -> liveness.apply(p).failureThreshold()), 3),
        arguments("probe httpGet path", f(p -> liveness.apply(p).httpGet().path()), "/"),
        arguments("probe httpGet scheme", f(p -> liveness.apply(p).httpGet().scheme()), "HTTP"),
        arguments(
            "probe grpc service",
            f(p -> p.spec().containers().get(0).readinessProbe().grpc().service()),
            ""),
        arguments(
            "hook httpGet scheme",
            f(p -> p.spec().containers().get(0).lifecycle().preStop().httpGet().scheme()),
            "HTTP"),
        arguments(
            "requests default to limits",
            f(p -> p.spec().containers().get(0).resources().requests()),
            Map.of("cpu", Quantity.parse("500m"), "memory", Quantity.parse("1Gi"))),
        arguments(
            "quantities rounded up to milli units",
            f(p -> p.spec().containers().get(1).resources().limits().get("cpu").toString()),
            "1m"),
        arguments(
            "hostNetwork: hostPort = containerPort",
            f(p -> p.spec().containers().get(0).ports().get(0).hostPort()),
            80),
        arguments(
            "env fieldRef apiVersion",
            f(p -> p.spec().containers().get(0).env().get(0).valueFrom().fieldRef().apiVersion()),
            "v1"),
        arguments(
            "volume without source: emptyDir",
            f(p -> p.spec().volumes().get(0).emptyDir() != null),
            true),
        arguments(
            "secret volume defaultMode 0644",
            f(p -> p.spec().volumes().get(1).secret().defaultMode()),
            420),
        arguments(
            "configMap volume defaultMode 0644",
            f(p -> p.spec().volumes().get(2).configMap().defaultMode()),
            420),
        arguments("hostPath type", f(p -> p.spec().volumes().get(3).hostPath().type()), ""),
        arguments(
            "downwardAPI defaultMode and fieldRef apiVersion",
            f(
                p ->
                    p.spec().volumes().get(4).downwardAPI().defaultMode()
                        + " "
                        + p.spec()
                            .volumes()
                            .get(4)
                            .downwardAPI()
                            .items()
                            .get(0)
                            .fieldRef()
                            .apiVersion()),
            "420 v1"));
  }

  private static Function<Pod, Object> f(Function<Pod, Object> f) {
    return f;
  }

  @Test
  void keeps_what_is_set() {
    Pod defaulted = PodDefaults.pod(POD);
    // an explicit host port and protocol, an explicit request
    assertThat(defaulted.spec().containers().get(0).ports().get(1).hostPort()).isEqualTo(5353);
    assertThat(defaulted.spec().containers().get(0).ports().get(1).protocol()).isEqualTo("UDP");
    assertThat(defaulted.spec().containers().get(0).resources().requests().get("cpu"))
        .hasToString("500m");
    assertThat(defaulted.spec().containers().get(0).lifecycle().preStop().httpGet().path())
        .isEqualTo("/stop");
  }

  @Test
  void is_idempotent_and_returns_the_same_object_when_nothing_is_missing() {
    assertThat(PodDefaults.pod(DEFAULTED)).isSameAs(DEFAULTED);
  }

  @Test
  void templates_do_not_get_the_pod_only_defaults() {
    PodTemplateSpec t = PodDefaults.template(new PodTemplateSpec(null, POD.spec()));
    assertThat(t.spec().enableServiceLinks()).isNull();
    assertThat(t.spec().containers().get(0).resources().requests()).doesNotContainKey("memory");
    assertThat(t.spec().containers().get(0).ports().get(0).hostPort()).isNull();
    assertThat(t.spec().restartPolicy()).isEqualTo("Always");
  }

  @Test
  void an_absent_template_is_defaulted_as_an_empty_one() {
    PodTemplateSpec t = PodDefaults.template(null);
    assertThat(t.spec().restartPolicy()).isEqualTo("Always");
    assertThat(t.spec().terminationGracePeriodSeconds()).isEqualTo(30L);
  }

  // SetDefaults_Container with parsers.ParseImageName: Always for "latest" or no tag
  @ParameterizedTest
  @CsvSource({
    "nginx, Always",
    "nginx:latest, Always",
    "nginx:1.25, IfNotPresent",
    "harbor.od.com/public/nginx:v1.12, IfNotPresent",
    "localhost:5000/team/app, Always",
    "localhost:5000/team/app:latest, Always",
    "localhost:5000/team/app:2, IfNotPresent",
    "docker.io/library/busybox, Always",
    "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, IfNotPresent",
    "nginx:1.25@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,"
        + " IfNotPresent",
    "Nginx, IfNotPresent",
    "'', IfNotPresent",
  })
  void image_pull_policy(String image, String expected) {
    assertThat(PodDefaults.imagePullPolicy(image)).isEqualTo(expected);
  }

  @Test
  void an_explicit_pull_policy_is_kept() {
    Container c = PodDefaults.container(Container.of("a", "nginx").withImagePullPolicy("Never"));
    assertThat(c.imagePullPolicy()).isEqualTo("Never");
  }

  // SetDefaults_ResourceList: Quantity.RoundUp(-3) rounds away from zero
  @ParameterizedTest
  @CsvSource({"0.0001, 1m", "-0.0001, -1m", "1.5, 1500m", "2Gi, 2Gi", "100m, 100m"})
  void quantities_are_rounded_up_to_milli_units(String in, String out) {
    assertThat(PodDefaults.resourceList(Map.of("cpu", Quantity.parse(in))).get("cpu"))
        .hasToString(out);
  }

  @Test
  void probe_handler_defaults_leave_a_set_port() {
    assertThat(app().livenessProbe().httpGet().port()).isEqualTo(IntOrString.of(80));
  }
}
