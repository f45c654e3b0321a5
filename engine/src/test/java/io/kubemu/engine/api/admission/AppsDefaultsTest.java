package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.IntOrString;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStrategy;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The apps/v1 defaults (pkg/apis/apps/v1/defaults.go). */
class AppsDefaultsTest {

  static final Deployment DEPLOYMENT =
      yaml(
          Deployment.class,
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: web}
          spec:
            selector: {matchLabels: {app: web}}
            template:
              metadata: {labels: {app: web}}
              spec:
                containers: [{name: web, image: nginx}]
          """);

  static final ReplicaSet REPLICA_SET =
      yaml(
          ReplicaSet.class,
          """
          apiVersion: apps/v1
          kind: ReplicaSet
          metadata: {name: web}
          spec:
            selector: {matchLabels: {app: web}}
            template:
              metadata: {labels: {app: web}}
              spec:
                containers: [{name: web, image: nginx}]
          """);

  static final DaemonSet DAEMON_SET =
      yaml(
          DaemonSet.class,
          """
          apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: agent}
          spec:
            selector: {matchLabels: {app: agent}}
            template:
              metadata: {labels: {app: agent}}
              spec:
                containers: [{name: agent, image: fluentd}]
          """);

  static final StatefulSet STATEFUL_SET =
      yaml(
          StatefulSet.class,
          """
          apiVersion: apps/v1
          kind: StatefulSet
          metadata: {name: db}
          spec:
            serviceName: db
            selector: {matchLabels: {app: db}}
            template:
              metadata: {labels: {app: db}}
              spec:
                containers: [{name: db, image: postgres}]
            volumeClaimTemplates:
            - metadata: {name: data}
              spec:
                accessModes: [ReadWriteOnce]
                resources: {requests: {storage: 1Gi}}
          """);

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void sets_the_default(
      String field, KubernetesObject in, Function<KubernetesObject, Object> get, Object expected) {
    KubernetesObject out = DefaultingAdmission.defaults(in);
    assertThat(get.apply(in)).as("before").isNotEqualTo(expected);
    assertThat(get.apply(out)).isEqualTo(expected);
  }

  static Stream<Arguments> defaults() {
    return Stream.of(
        arguments("Deployment replicas", DEPLOYMENT, d(d -> d.spec().replicas()), 1),
        arguments(
            "Deployment strategy type",
            DEPLOYMENT,
            d(d -> d.spec().strategy() == null ? null : d.spec().strategy().type()),
            "RollingUpdate"),
        arguments(
            "Deployment maxUnavailable",
            DEPLOYMENT,
            d(d -> rollingDeployment(d) == null ? null : rollingDeployment(d).maxUnavailable()),
            IntOrString.of("25%")),
        arguments(
            "Deployment maxSurge",
            DEPLOYMENT,
            d(d -> rollingDeployment(d) == null ? null : rollingDeployment(d).maxSurge()),
            IntOrString.of("25%")),
        arguments(
            "Deployment revisionHistoryLimit",
            DEPLOYMENT,
            d(d -> d.spec().revisionHistoryLimit()),
            10),
        arguments(
            "Deployment progressDeadlineSeconds",
            DEPLOYMENT,
            d(d -> d.spec().progressDeadlineSeconds()),
            600),
        arguments(
            "Deployment template restartPolicy",
            DEPLOYMENT,
            d(d -> d.spec().template().spec().restartPolicy()),
            "Always"),
        arguments(
            "Deployment template imagePullPolicy",
            DEPLOYMENT,
            d(d -> d.spec().template().spec().containers().get(0).imagePullPolicy()),
            "Always"),
        arguments("ReplicaSet replicas", REPLICA_SET, rs(r -> r.spec().replicas()), 1),
        arguments(
            "ReplicaSet template dnsPolicy",
            REPLICA_SET,
            rs(r -> r.spec().template().spec().dnsPolicy()),
            "ClusterFirst"),
        arguments(
            "DaemonSet updateStrategy type",
            DAEMON_SET,
            ds(d -> d.spec().updateStrategy() == null ? null : d.spec().updateStrategy().type()),
            "RollingUpdate"),
        arguments(
            "DaemonSet maxUnavailable",
            DAEMON_SET,
            ds(
                d ->
                    d.spec().updateStrategy() == null
                        ? null
                        : d.spec().updateStrategy().rollingUpdate().maxUnavailable()),
            IntOrString.of(1)),
        arguments(
            "DaemonSet maxSurge",
            DAEMON_SET,
            ds(
                d ->
                    d.spec().updateStrategy() == null
                        ? null
                        : d.spec().updateStrategy().rollingUpdate().maxSurge()),
            IntOrString.of(0)),
        arguments(
            "DaemonSet revisionHistoryLimit",
            DAEMON_SET,
            ds(d -> d.spec().revisionHistoryLimit()),
            10),
        arguments("StatefulSet replicas", STATEFUL_SET, sts(s -> s.spec().replicas()), 1),
        arguments(
            "StatefulSet podManagementPolicy",
            STATEFUL_SET,
            sts(s -> s.spec().podManagementPolicy()),
            "OrderedReady"),
        arguments(
            "StatefulSet updateStrategy type",
            STATEFUL_SET,
            sts(s -> s.spec().updateStrategy() == null ? null : s.spec().updateStrategy().type()),
            "RollingUpdate"),
        arguments(
            "StatefulSet partition",
            STATEFUL_SET,
            sts(
                s ->
                    s.spec().updateStrategy() == null
                        ? null
                        : s.spec().updateStrategy().rollingUpdate().partition()),
            0),
        arguments(
            "StatefulSet revisionHistoryLimit",
            STATEFUL_SET,
            sts(s -> s.spec().revisionHistoryLimit()),
            10),
        arguments(
            "StatefulSet persistentVolumeClaimRetentionPolicy",
            STATEFUL_SET,
            sts(
                s ->
                    s.spec().persistentVolumeClaimRetentionPolicy() == null
                        ? null
                        : s.spec().persistentVolumeClaimRetentionPolicy().whenDeleted()
                            + "/"
                            + s.spec().persistentVolumeClaimRetentionPolicy().whenScaled()),
            "Retain/Retain"),
        arguments(
            "StatefulSet claim template volumeMode",
            STATEFUL_SET,
            sts(s -> s.spec().volumeClaimTemplates().get(0).spec().volumeMode()),
            "Filesystem"),
        arguments(
            "StatefulSet claim template phase",
            STATEFUL_SET,
            sts(
                s ->
                    s.spec().volumeClaimTemplates().get(0).status() == null
                        ? null
                        : s.spec().volumeClaimTemplates().get(0).status().phase()),
            "Pending"));
  }

  private static io.kubemu.model.apps.RollingUpdateDeployment rollingDeployment(Deployment d) {
    return d.spec().strategy() == null ? null : d.spec().strategy().rollingUpdate();
  }

  private static Function<KubernetesObject, Object> d(Function<Deployment, Object> f) {
    return o -> f.apply((Deployment) o);
  }

  private static Function<KubernetesObject, Object> rs(Function<ReplicaSet, Object> f) {
    return o -> f.apply((ReplicaSet) o);
  }

  private static Function<KubernetesObject, Object> ds(Function<DaemonSet, Object> f) {
    return o -> f.apply((DaemonSet) o);
  }

  private static Function<KubernetesObject, Object> sts(Function<StatefulSet, Object> f) {
    return o -> f.apply((StatefulSet) o);
  }

  @Test
  void recreate_gets_no_rolling_update() {
    Deployment d =
        AppsDefaults.deployment(
            DEPLOYMENT.withSpec(DEPLOYMENT.spec().withStrategy(DeploymentStrategy.recreate())));
    assertThat(d.spec().strategy()).isEqualTo(DeploymentStrategy.recreate());
  }

  @Test
  void a_partial_rolling_update_keeps_what_is_set() {
    Deployment d =
        AppsDefaults.deployment(
            DEPLOYMENT.withSpec(
                DEPLOYMENT
                    .spec()
                    .withStrategy(
                        new DeploymentStrategy(
                            null,
                            new io.kubemu.model.apps.RollingUpdateDeployment(
                                IntOrString.of(0), null)))));
    assertThat(d.spec().strategy().type()).isEqualTo("RollingUpdate");
    assertThat(d.spec().strategy().rollingUpdate().maxUnavailable()).isEqualTo(IntOrString.of(0));
    assertThat(d.spec().strategy().rollingUpdate().maxSurge()).isEqualTo(IntOrString.of("25%"));
  }

  @Test
  void an_on_delete_stateful_set_gets_no_partition() {
    StatefulSet s =
        AppsDefaults.statefulSet(
            STATEFUL_SET.withSpec(
                STATEFUL_SET
                    .spec()
                    .withUpdateStrategy(
                        new io.kubemu.model.apps.StatefulSetUpdateStrategy("OnDelete", null))));
    assertThat(s.spec().updateStrategy().rollingUpdate()).isNull();
  }

  @Test
  void defaults_are_idempotent() {
    for (KubernetesObject o :
        new KubernetesObject[] {DEPLOYMENT, REPLICA_SET, DAEMON_SET, STATEFUL_SET}) {
      KubernetesObject once = DefaultingAdmission.defaults(o);
      assertThat(DefaultingAdmission.defaults(once)).isSameAs(once);
    }
  }
}
