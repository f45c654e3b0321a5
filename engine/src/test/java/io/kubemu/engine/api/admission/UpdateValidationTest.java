package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.updateError;
import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.FieldError;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.EnvVar;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Toleration;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of updates: immutable fields, and what a pod update may change. */
class UpdateValidationTest {

  final ApiServer server = Admit.server();

  static final Deployment DEPLOYMENT =
      yaml(
          Deployment.class,
          """
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: web, namespace: default}
          spec:
            selector: {matchLabels: {app: web}}
            template:
              metadata: {labels: {app: web}}
              spec: {containers: [{name: web, image: nginx}]}
          """);

  static final Pod POD =
      yaml(
          Pod.class,
          """
          apiVersion: v1
          kind: Pod
          metadata: {name: p, namespace: default}
          spec:
            activeDeadlineSeconds: 100
            containers: [{name: web, image: "nginx:1.25"}]
          """);

  @Test
  void a_deployment_selector_is_immutable() {
    server.create(DEPLOYMENT);
    Deployment changed =
        DEPLOYMENT.withSpec(
            DEPLOYMENT
                .spec()
                .withSelector(LabelSelector.of(Map.of("app", "api")))
                .withTemplate(
                    DEPLOYMENT
                        .spec()
                        .template()
                        .withMetadata(ObjectMeta.EMPTY.withLabels(Map.of("app", "api")))));
    assertThat(updateError(server, changed))
        .isEqualTo(
            "Deployment.apps \"web\" is invalid: spec.selector: Invalid value:"
                + " v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"api\"},"
                + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable");
  }

  @Test
  void a_deployment_may_change_its_replicas_and_template() {
    server.create(DEPLOYMENT);
    Deployment updated = server.update(DEPLOYMENT.withReplicas(3).withImage("web", "nginx:1.26"));
    assertThat(updated.spec().replicas()).isEqualTo(3);
  }

  @Test
  void a_stateful_set_may_only_change_some_fields() {
    StatefulSet sts =
        yaml(
            StatefulSet.class,
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: default}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: db, image: postgres}]}
            """);
    server.create(sts);
    assertThat(server.update(sts.withReplicas(3)).spec().replicas()).isEqualTo(3);
    StatefulSet parallel =
        sts.withSpec(RecordEdit.of(sts.spec()).set("podManagementPolicy", "Parallel").build());
    assertThat(updateError(server, parallel))
        .isEqualTo(
            "StatefulSet.apps \"db\" is invalid: spec: Forbidden: updates to statefulset spec for"
                + " fields other than 'replicas', 'ordinals', 'template', 'updateStrategy',"
                + " 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden");
  }

  @Test
  void a_pod_may_change_its_images_and_add_tolerations() {
    Pod created = server.create(POD);
    Pod newer = created.withImage("web", "nginx:1.26");
    List<Toleration> more = new ArrayList<>(created.spec().tolerations());
    more.add(new Toleration("dedicated", "Equal", "db", "NoSchedule", null));
    Pod updated = server.update(newer.withSpec(newer.spec().withTolerations(more)));
    assertThat(updated.spec().containers().get(0).image()).isEqualTo("nginx:1.26");
    assertThat(updated.spec().tolerations()).hasSize(3);
  }

  @Test
  void a_pod_may_not_change_other_fields() {
    Pod created = server.create(POD);
    Container c = created.spec().containers().get(0);
    Pod changed = created.withContainers(List.of(c.withEnv(List.of(new EnvVar("A", "1", null)))));
    assertThat(updateError(server, changed))
        .startsWith(
            "Pod \"p\" is invalid: spec: Forbidden: pod updates may not change fields other than"
                + " `spec.containers[*].image`,`spec.initContainers[*].image`,"
                + "`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing"
                + " tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if"
                + " it was previously negative)\n")
        .contains("Containers");
  }

  @Test
  void a_pod_may_not_add_containers() {
    Pod created = server.create(POD);
    List<Container> two = new ArrayList<>(created.spec().containers());
    two.add(Container.of("sidecar", "busybox"));
    assertThat(updateError(server, created.withContainers(two)))
        .isEqualTo(
            "Pod \"p\" is invalid: spec.containers: Forbidden: pod updates may not add or remove"
                + " containers");
  }

  @Test
  void a_pod_may_not_drop_a_toleration() {
    Toleration dedicated = new Toleration("dedicated", "Equal", "db", "NoSchedule", null);
    Pod created = server.create(POD.withSpec(POD.spec().withTolerations(List.of(dedicated))));
    assertThat(created.spec().tolerations()).hasSize(3);
    // the default NoExecute tolerations come back (DefaultTolerationSeconds runs on updates too)
    Pod fewer = created.withSpec(created.spec().withTolerations(List.of()));
    assertThat(updateError(server, fewer))
        .isEqualTo(
            "Pod \"p\" is invalid: spec.tolerations: Forbidden: existing toleration can not be"
                + " modified except its tolerationSeconds");
  }

  @Test
  void a_pod_deadline_may_only_shrink() {
    Pod created = server.create(POD);
    Pod longer =
        created.withSpec(RecordEdit.of(created.spec()).set("activeDeadlineSeconds", 200L).build());
    assertThat(updateError(server, longer))
        .isEqualTo(
            "Pod \"p\" is invalid: spec.activeDeadlineSeconds: Invalid value: 200: must be less"
                + " than or equal to previous value");
    Pod shorter =
        created.withSpec(RecordEdit.of(created.spec()).set("activeDeadlineSeconds", 50L).build());
    assertThat(server.update(shorter).spec().activeDeadlineSeconds()).isEqualTo(50L);
  }

  @Test
  void binding_sets_the_node_once() {
    // kubemu's scheduler binds with an update (there is no pods/binding subresource)
    Pod created = server.create(POD);
    Pod bound = server.update(created.withNodeName("n1"));
    assertThat(bound.spec().nodeName()).isEqualTo("n1");
    assertThat(updateError(server, bound.withNodeName("n2")))
        .startsWith(
            "Pod \"p\" is invalid: spec: Forbidden: pod updates may not change fields other"
                + " than ")
        .contains("NodeName: \"n1\"", "NodeName: \"n2\"");
  }

  @Test
  void a_job_template_is_immutable_but_parallelism_is_not() {
    Job job =
        yaml(
            Job.class,
            """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi, namespace: default}
            spec:
              manualSelector: true
              selector: {matchLabels: {app: pi}}
              template:
                metadata: {labels: {app: pi}}
                spec: {restartPolicy: Never, containers: [{name: pi, image: perl}]}
            """);
    Job created = server.create(job);
    assertThat(
            server
                .update(
                    created.withSpec(RecordEdit.of(created.spec()).set("parallelism", 3).build()))
                .spec()
                .parallelism())
        .isEqualTo(3);
    Job current = server.get(Job.class, "default", "pi");
    assertThat(
            updateError(
                server,
                current.withSpec(
                    current
                        .spec()
                        .withTemplate(
                            current
                                .spec()
                                .template()
                                .withSpec(
                                    current.spec().template().spec().withImage("pi", "perl:5"))))))
        .isEqualTo(
            "Job.batch \"pi\" is invalid: spec.template: Invalid value: core.PodTemplateSpec{...}:"
                + " field is immutable");
    assertThat(
            updateError(
                server,
                current.withSpec(RecordEdit.of(current.spec()).set("completions", 5).build())))
        .isEqualTo(
            "Job.batch \"pi\" is invalid: spec.completions: Invalid value: 5: field is immutable");
  }

  @Test
  void a_claim_spec_is_immutable_but_for_its_volume_name() {
    PersistentVolumeClaim pvc =
        yaml(
            PersistentVolumeClaim.class,
            """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data, namespace: default}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
            """);
    PersistentVolumeClaim created = server.create(pvc);
    PersistentVolumeClaim bound =
        server.update(created.withSpec(created.spec().withVolumeName("pv1")));
    assertThat(bound.spec().volumeName()).isEqualTo("pv1");
    PersistentVolumeClaim classed =
        server.update(bound.withSpec(bound.spec().withStorageClassName("standard")));
    assertThat(classed.spec().storageClassName()).as("set once from nil").isEqualTo("standard");
    assertThat(updateError(server, classed.withSpec(classed.spec().withStorageClassName("fast"))))
        .startsWith(
            "PersistentVolumeClaim \"data\" is invalid: spec: Forbidden: spec is immutable after"
                + " creation except resources.requests and volumeAttributesClassName for bound"
                + " claims\n");
  }

  @Test
  void an_immutable_config_map_keeps_its_data() {
    ConfigMap cm =
        yaml(
            ConfigMap.class,
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\n"
                + "immutable: true\ndata: {a: \"1\"}\n");
    server.create(cm);
    assertThat(updateError(server, cm.withData(Map.of("a", "2"))))
        .isEqualTo(
            "ConfigMap \"c\" is invalid: data: Forbidden: field is immutable when `immutable` is"
                + " set");
  }

  @Test
  void metadata_immutable_fields() {
    ObjectMeta old =
        ObjectMeta.named("default", "a").withUid("u1").withResourceVersion("5").withGeneration(2L);
    List<FieldError> errs = new ArrayList<>();
    MetaValidation.objectMetaUpdate(errs, old.withName("b").withUid("u2").withGeneration(1L), old);
    assertThat(errs)
        .extracting(FieldError::message)
        .containsExactly(
            "metadata.generation: Invalid value: 1: must not be decremented",
            "metadata.name: Invalid value: \"b\": field is immutable",
            "metadata.uid: Invalid value: \"u2\": field is immutable");
  }

  @Test
  void metadata_namespace_per_scope() {
    List<FieldError> errs = new ArrayList<>();
    MetaValidation.objectMeta(errs, ObjectMeta.named("a"), true, NameValidation.DNS_SUBDOMAIN);
    MetaValidation.objectMeta(
        errs, ObjectMeta.named("ns", "b"), false, NameValidation.DNS_SUBDOMAIN);
    MetaValidation.objectMeta(errs, ObjectMeta.EMPTY, false, NameValidation.DNS_SUBDOMAIN);
    assertThat(errs)
        .extracting(FieldError::message)
        .containsExactly(
            "metadata.namespace: Required value",
            "metadata.namespace: Forbidden: not allowed on this type",
            "metadata.name: Required value: name or generateName is required");
  }

  @Test
  void annotations_are_limited_to_256_kib() {
    List<FieldError> errs = new ArrayList<>();
    LabelValidation.annotations(
        errs,
        Map.of("a", "x".repeat(256 * 1024)),
        io.kubemu.engine.api.FieldPath.root("metadata", "annotations"));
    assertThat(errs)
        .extracting(FieldError::message)
        .containsExactly("metadata.annotations: Too long: must have at most 262144 bytes");
  }

  @Test
  void a_job_selector_must_be_generated_unless_manual() {
    Job job =
        yaml(
            Job.class,
            """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi, namespace: default, uid: u-1}
            spec:
              selector: {matchLabels: {app: pi}}
              template:
                metadata: {labels: {app: pi}}
                spec: {restartPolicy: Never, containers: [{name: pi, image: perl}]}
            """);
    Job defaulted = BatchDefaults.job(job);
    assertThat(ValidatingAdmission.validateCreate(defaulted))
        .extracting(FieldError::message)
        .containsExactly(
            "spec.template.metadata.labels[controller-uid]: Required value: must be 'u-1'",
            "spec.template.metadata.labels[job-name]: Required value: must be 'pi'",
            "spec.template.metadata.labels[batch.kubernetes.io/controller-uid]: Required value:"
                + " must be 'u-1'",
            "spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: must be"
                + " 'pi'",
            "spec.selector: Invalid value:"
                + " v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"pi\"},"
                + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not"
                + " auto-generated");
    Job generated =
        BatchDefaults.generateSelector(
            defaulted.withSpec(RecordEdit.of(defaulted.spec()).set("selector", null).build()));
    assertThat(ValidatingAdmission.validateCreate(generated)).isEmpty();
  }
}
