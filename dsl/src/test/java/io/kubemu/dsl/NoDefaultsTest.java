package io.kubemu.dsl;

import static io.kubemu.dsl.Kubemu.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DSL adds no defaults: a bare builder equals the bare YAML (spec and status null, lists and
 * maps empty), so that defaulting stays the API server's job.
 */
class NoDefaultsTest {

  static Stream<Arguments> bare() {
    return Stream.of(
        Arguments.of(namespace("x"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}"),
        Arguments.of(node("x"), "apiVersion: v1\nkind: Node\nmetadata: {name: x}"),
        Arguments.of(pod("x"), "apiVersion: v1\nkind: Pod\nmetadata: {name: x}"),
        Arguments.of(deployment("x"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}"),
        Arguments.of(replicaSet("x"), "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: x}"),
        Arguments.of(daemonSet("x"), "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: x}"),
        Arguments.of(
            statefulSet("x"), "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: x}"),
        Arguments.of(job("x"), "apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}"),
        Arguments.of(
            cronJob("x", "@daily"),
            "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: x}\nspec: {schedule: '@daily'}"),
        Arguments.of(service("x"), "apiVersion: v1\nkind: Service\nmetadata: {name: x}"),
        Arguments.of(pvc("x"), "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: x}"),
        Arguments.of(pv("x"), "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: x}"),
        Arguments.of(
            storageClass("x", "p"),
            "apiVersion: storage.k8s.io/v1\n"
                + "kind: StorageClass\n"
                + "metadata: {name: x}\n"
                + "provisioner: p"),
        Arguments.of(
            pdb("x"), "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: x}"),
        Arguments.of(configMap("x"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}"),
        Arguments.of(secret("x"), "apiVersion: v1\nkind: Secret\nmetadata: {name: x}"),
        Arguments.of(endpoints("x"), "apiVersion: v1\nkind: Endpoints\nmetadata: {name: x}"),
        // one field set: only that field, no strategy, no template defaults
        Arguments.of(
            deployment("x").replicas(1),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: 1}"),
        Arguments.of(
            deployment("x").rollingUpdate(maxSurge("25%")),
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\n"
                + "spec: {strategy: {rollingUpdate: {maxSurge: 25%}}}"),
        Arguments.of(
            pod("x").container(container("c")),
            "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: {containers: [{name: c}]}"),
        Arguments.of(
            node("x").capacity(cpu("2")),
            "apiVersion: v1\nkind: Node\nmetadata: {name: x}\nstatus: {capacity: {cpu: '2'}}"));
  }

  @ParameterizedTest
  @MethodSource("bare")
  void bareBuilderEqualsBareYaml(ObjectBuilder<?> builder, String yaml) {
    assertThat(builder.build()).isEqualTo(Manifests.read(yaml).get(0));
  }

  @ParameterizedTest
  @MethodSource("bare")
  void bareBuilderSurvivesToBuilder(ObjectBuilder<?> builder, String yaml) {
    assertThat(Derive.toBuilder(builder.build()).build()).isEqualTo(builder.build());
  }
}
