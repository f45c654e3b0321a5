package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.apps.ReplicaSetStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's util/deployment_util_test.go, row for row (v1.30's cases). */
class DeploymentUtilTest {

  static final String HASH = Deployment.POD_TEMPLATE_HASH_LABEL;

  // generateDeployment(image)
  static Deployment generateDeployment(String image) {
    Map<String, String> labels = Map.of("name", image);
    Container c = Container.of(image, image);
    return new Deployment(
        ObjectMeta.named(image),
        new DeploymentSpec(
            1,
            LabelSelector.of(labels),
            new PodTemplateSpec(ObjectMeta.EMPTY.withLabels(labels), PodSpec.of(c)),
            null,
            null,
            null,
            null,
            null),
        null);
  }

  // generateRS(deployment): the template, its labels, replicas 0, a controller reference
  static ReplicaSet generateRS(
      Deployment d, String name, String hash, Instant created, int replicas) {
    PodTemplateSpec t = d.spec().template();
    Map<String, String> labels = new LinkedHashMap<>(t.metadata().labels());
    if (hash != null) labels.put(HASH, hash);
    PodTemplateSpec template = t.withMetadata(t.metadata().withLabels(labels));
    return new ReplicaSet(
        ObjectMeta.named(name).withUid(name).withLabels(labels).withCreationTimestamp(created),
        new ReplicaSetSpec(replicas, null, LabelSelector.of(labels), template),
        null);
  }

  static PodTemplateSpec podTemplate(
      String name, String node, Map<String, String> annotations, Map<String, String> labels) {
    return new PodTemplateSpec(
        ObjectMeta.named(name).withAnnotations(annotations).withLabels(labels),
        PodSpec.EMPTY.withNodeName(node));
  }

  static Stream<Arguments> equalIgnoreHashCases() {
    Map<String, String> none = Map.of();
    return Stream.of(
        Arguments.of(
            "Same spec, same labels",
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1", "something", "else")),
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1", "something", "else")),
            true),
        Arguments.of(
            "Same spec, only pod-template-hash label value is different",
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1", "something", "else")),
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-2", "something", "else")),
            true),
        Arguments.of(
            "Same spec, the former doesn't have pod-template-hash label",
            podTemplate("foo", "foo-node", none, Map.of("something", "else")),
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-2", "something", "else")),
            true),
        Arguments.of(
            "Same spec, the label is different, the former doesn't have pod-template-hash label,"
                + " same number of labels",
            podTemplate("foo", "foo-node", none, Map.of("something", "else")),
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-2")),
            false),
        Arguments.of(
            "Same spec, the label is different, the latter doesn't have pod-template-hash label,"
                + " same number of labels",
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1")),
            podTemplate("foo", "foo-node", none, Map.of("something", "else")),
            false),
        Arguments.of(
            "Same spec, the label is different, and the pod-template-hash label value is the same",
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1")),
            podTemplate("foo", "foo-node", none, Map.of(HASH, "value-1", "something", "else")),
            false),
        Arguments.of(
            "Different spec, same labels",
            podTemplate(
                "foo",
                "foo-node",
                Map.of("former", "value"),
                Map.of(HASH, "value-1", "something", "else")),
            podTemplate(
                "foo",
                "foo-node",
                Map.of("latter", "value"),
                Map.of(HASH, "value-1", "something", "else")),
            false),
        Arguments.of(
            "Different spec, different pod-template-hash label value",
            podTemplate("foo-1", "foo-node", none, Map.of(HASH, "value-1", "something", "else")),
            podTemplate("foo-2", "foo-node", none, Map.of(HASH, "value-2", "something", "else")),
            false),
        Arguments.of(
            "Different spec, the former doesn't have pod-template-hash label",
            podTemplate("foo-1", "foo-node-1", none, Map.of("something", "else")),
            podTemplate("foo-2", "foo-node-2", none, Map.of(HASH, "value-2", "something", "else")),
            false),
        Arguments.of(
            "Different spec, different labels",
            podTemplate("foo", "foo-node-1", none, Map.of("something", "else")),
            podTemplate("foo", "foo-node-2", none, Map.of("nothing", "else")),
            false));
  }

  /** TestEqualIgnoreHash, in both orders. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("equalIgnoreHashCases")
  void equalIgnoreHash(
      String name, PodTemplateSpec former, PodTemplateSpec latter, boolean expected) {
    assertThat(DeploymentUtil.equalIgnoreHash(former, latter)).isEqualTo(expected);
    assertThat(DeploymentUtil.equalIgnoreHash(latter, former)).isEqualTo(expected);
  }

  static final Instant NOW = Instant.parse("2016-01-01T00:01:00Z");
  static final Instant LATER = NOW.plusSeconds(60);
  static final Instant BEFORE = NOW.minusSeconds(60);
  static final Deployment NGINX = generateDeployment("nginx");
  static final Deployment OLD_NGINX =
      NGINX.withSpec(
          NGINX
              .spec()
              .withTemplate(
                  NGINX
                      .spec()
                      .template()
                      .withSpec(PodSpec.of(Container.of("nginx-old-1", "nginx")))));

  /** TestFindNewReplicaSet. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Get new ReplicaSet with the same template as Deployment spec but different pod-template-hash"
        + " value, 'new,old', new",
    "Get the oldest new ReplicaSet when there are more than one ReplicaSet with the same template,"
        + " 'new,old,dup', dup",
    "Get nil new ReplicaSet, old, "
  })
  void findNewReplicaSet(String name, String rsList, String expected) {
    Map<String, ReplicaSet> sets = findSets(0);
    List<ReplicaSet> list = Stream.of(rsList.split(",")).map(sets::get).toList();
    ReplicaSet found = DeploymentUtil.findNewReplicaSet(NGINX, list);
    assertThat(found == null ? null : found.metadata().name())
        .isEqualTo(expected == null ? null : sets.get(expected).metadata().name());
  }

  private static Map<String, ReplicaSet> findSets(int newReplicas) {
    Map<String, ReplicaSet> m = new HashMap<>();
    m.put("new", generateRS(NGINX, "new", "hash", LATER, newReplicas));
    m.put("dup", generateRS(NGINX, "dup", "different-hash", NOW, 0));
    m.put("old", generateRS(OLD_NGINX, "old", null, BEFORE, 0));
    return m;
  }

  /** TestFindOldReplicaSets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Get old ReplicaSets, 'new,old', old, ''",
    "Get old ReplicaSets with no new ReplicaSet, old, old, ''",
    "'Get old ReplicaSets with two new ReplicaSets, only the oldest new ReplicaSet is seen as new"
        + " ReplicaSet', 'old,new,dup', 'old,new', new",
    "Get empty old ReplicaSets, new, '', ''"
  })
  void findOldReplicaSets(String name, String rsList, String expected, String expectedRequire) {
    Map<String, ReplicaSet> sets = findSets(1);
    List<ReplicaSet> list = Stream.of(rsList.split(",")).map(sets::get).toList();
    DeploymentUtil.OldReplicaSets old = DeploymentUtil.findOldReplicaSets(NGINX, list);
    assertThat(old.all())
        .extracting(rs -> rs.metadata().name())
        .containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split(","));
    assertThat(old.required())
        .extracting(rs -> rs.metadata().name())
        .containsExactlyInAnyOrder(
            expectedRequire.isEmpty() ? new String[0] : expectedRequire.split(","));
  }

  static ReplicaSet counted(String name, int spec, int status) {
    return generateRS(generateDeployment(name), name, null, null, spec)
        .withStatus(new ReplicaSetStatus(status, null, null, null, null, 1L, null));
  }

  /** TestGetReplicaCountForReplicaSets (v1.30's columns). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "scaling down rs1, rs1, 1, 2",
    "scaling down rs1 and rs2, 'rs1,rs2', 3, 5",
    "scaling up rs3, rs3, 3, 0",
    "scaling down rs1 and rs2 and scaling up rs3, 'rs1,rs2,rs3', 6, 5",
    "rs4, rs4, 1, 1",
    "rs4 with rs1 rs2 and rs3, 'rs1,rs2,rs3,rs4', 7, 6"
  })
  void replicaCounts(String name, String sets, int expectedCount, int expectedActual) {
    Map<String, ReplicaSet> all =
        Map.of(
            "rs1",
            counted("foo-rs", 1, 2),
            "rs2",
            counted("bar-rs", 2, 3),
            "rs3",
            counted("unsynced-rs", 3, 0),
            "rs4",
            counted("dropped-rs", 1, 1));
    List<ReplicaSet> list = Stream.of(sets.split(",")).map(all::get).toList();
    assertThat(DeploymentUtil.replicaCount(list)).isEqualTo(expectedCount);
    assertThat(DeploymentUtil.actualReplicaCount(list)).isEqualTo(expectedActual);
  }

  /** TestAnnotationUtils. */
  @Test
  void annotationUtils() {
    Deployment d = generateDeployment("nginx");
    d = d.withMetadata(d.metadata().withAnnotation(DeploymentUtil.REVISION_ANNOTATION, "1"));
    Map<String, String> a = Map.of();
    for (int i = 10; i < 20; i++) {
      String next = Integer.toString(i + 1);
      a = ReplicaSetAnnotations.setNewReplicaSetAnnotations(d, a, next, true, 5).annotations();
      if (i >= 12) {
        assertThat(a).containsEntry(DeploymentUtil.REVISION_HISTORY_ANNOTATION, (i - 1) + "," + i);
      }
      assertThat(a).containsEntry(DeploymentUtil.REVISION_ANNOTATION, next);
    }
    Map<String, String> m = new LinkedHashMap<>(a);
    assertThat(ReplicaSetAnnotations.setReplicasAnnotations(m, 10, 11)).isTrue();
    assertThat(m)
        .containsEntry(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, "10")
        .containsEntry(DeploymentUtil.MAX_REPLICAS_ANNOTATION, "11");
    m.put(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, "1");
    ReplicaSet rs =
        generateRS(d, "rs", null, null, 1)
            .withMetadata(ObjectMeta.named("rs").withAnnotations(m))
            .withStatus(new ReplicaSetStatus(1, null, null, 1, null, null, null));
    assertThat(Fenceposts.isSaturated(d, rs)).isTrue();
  }

  /** TestReplicasAnnotationsNeedUpdate. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "test Annotations nil, , , true",
    "test desiredReplicas update, 8, 20, true",
    "test maxReplicas update, 10, 16, true",
    "test needn't update, 10, 20, false"
  })
  void replicasAnnotationsNeedUpdate(String name, String desired, String max, boolean expected) {
    Map<String, String> a = new LinkedHashMap<>();
    if (desired != null) a.put(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, desired);
    if (max != null) a.put(DeploymentUtil.MAX_REPLICAS_ANNOTATION, max);
    ReplicaSet rs =
        new ReplicaSet(ObjectMeta.named("test", "hello").withAnnotations(a), null, null);
    assertThat(ReplicaSetAnnotations.replicasAnnotationsNeedUpdate(rs, 10, 20)).isEqualTo(expected);
  }

  /** TestGetDeploymentsForReplicaSet. */
  @ParameterizedTest(name = "rs-{0}")
  @CsvSource({"0, deployment-0", "1, deployment-1", "2, deployment-2", "3, ", "4, "})
  void deploymentsForReplicaSet(int i, String expected) {
    List<Deployment> deployments =
        Stream.of(0, 1, 2)
            .map(
                n ->
                    new Deployment(
                        ObjectMeta.named("test", "deployment-" + n),
                        DeploymentSpec.EMPTY.withSelector(
                            LabelSelector.of(Map.of("app", "test-" + n))),
                        null))
            .toList();
    ReplicaSet rs =
        new ReplicaSet(
            ObjectMeta.named("test", "test-replicaSet-" + i)
                .withLabels(Map.of("app", "test-" + i, "label", "label-" + i)),
            null,
            null);
    assertThat(DeploymentUtil.getDeploymentsForReplicaSet(deployments, rs))
        .extracting(d -> d.metadata().name())
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
  }
}
