package io.kubemu.engine.kubectl;

import static io.kubemu.engine.kubectl.Fixtures.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubectlGetTest {

  Cluster cluster;
  Kubectl kubectl;

  @BeforeEach
  void setUp() {
    cluster = Fixtures.quietCluster();
    kubectl = new Kubectl(cluster);
    create(
        cluster,
        """
        metadata: {name: web-1, namespace: app, labels: {app: web, version: v1}}
        spec: {nodeName: n1, containers: [{name: web, image: "nginx:1.25"}]}
        status:
          phase: Running
          podIP: 10.4.0.2
          podIPs: [{ip: 10.4.0.2}]
          conditions: [{type: Ready, status: "True"}]
          containerStatuses: [{name: web, ready: true, restartCount: 0, state: {running: {}}}]
        """,
        Pod.class);
    cluster.advance(Duration.ofSeconds(312));
    create(
        cluster,
        """
        metadata: {name: web-2, namespace: app, labels: {app: web, version: v2}}
        spec: {containers: [{name: web, image: "nginx:1.26"}]}
        status:
          phase: Pending
          containerStatuses:
          - {name: web, ready: false, restartCount: 0, state: {waiting: {reason: ContainerCreating}}}
        """,
        Pod.class);
    create(
        cluster,
        """
        metadata: {name: tools, namespace: default}
        spec: {containers: [{name: sh, image: busybox}]}
        status: {phase: Succeeded, containerStatuses: [{name: sh, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}]}
        """,
        Pod.class);
    cluster.advance(Duration.ofSeconds(30));
  }

  @Test
  void get_pods_in_a_namespace() {
    assertThat(kubectl.run("get pods -n app"))
        .isEqualTo(
            """
            NAME    READY   STATUS              RESTARTS   AGE
            web-1   1/1     Running             0          5m42s
            web-2   0/1     ContainerCreating   0          30s
            """);
  }

  @Test
  void get_pods_wide_with_labels_and_label_columns() {
    assertThat(kubectl.run("kubectl get po -n app -o wide --show-labels -L version"))
        .isEqualTo(
            """
            NAME    READY   STATUS              RESTARTS   AGE     IP         NODE     NOMINATED NODE   READINESS GATES   VERSION   LABELS
            web-1   1/1     Running             0          5m42s   10.4.0.2   n1       <none>           <none>            v1        app=web,version=v1
            web-2   0/1     ContainerCreating   0          30s     <none>     <none>   <none>           <none>            v2        app=web,version=v2
            """);
  }

  @Test
  void label_and_field_selectors() {
    assertThat(kubectl.run("get pods -n app -l version=v2 --no-headers"))
        .isEqualTo("web-2   0/1   ContainerCreating   0     30s\n");
    assertThat(kubectl.run("get pods -n app --field-selector status.phase=Running -o name"))
        .isEqualTo("pod/web-1\n");
  }

  @Test
  void all_namespaces_adds_the_namespace_column() {
    assertThat(kubectl.run("get pods -A"))
        .isEqualTo(
            """
            NAMESPACE   NAME    READY   STATUS              RESTARTS   AGE
            app         web-1   1/1     Running             0          5m42s
            app         web-2   0/1     ContainerCreating   0          30s
            default     tools   0/1     Completed           0          30s
            """);
  }

  @Test
  void several_kinds_print_one_table_each_with_kind_prefixes() {
    create(
        cluster,
        """
        metadata: {name: web, namespace: app}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: "nginx:1.25"}]}
        status: {replicas: 2, readyReplicas: 1, updatedReplicas: 2, availableReplicas: 1}
        """,
        Deployment.class);
    assertThat(kubectl.run("get deploy,po -n app"))
        .isEqualTo(
            """
            NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
            deployment.apps/web   1/2     2            1           0s

            NAME        READY   STATUS              RESTARTS   AGE
            pod/web-1   1/1     Running             0          5m42s
            pod/web-2   0/1     ContainerCreating   0          30s
            """);
  }

  @Test
  void names_and_type_slash_name() {
    assertThat(kubectl.run("get pod web-2 -n app"))
        .isEqualTo(
            """
            NAME    READY   STATUS              RESTARTS   AGE
            web-2   0/1     ContainerCreating   0          30s
            """);
    assertThat(kubectl.run("get pod/web-1 pods/web-2 -n app -o name"))
        .isEqualTo("pod/web-1\npod/web-2\n");
  }

  @Test
  void a_missing_name_fails_after_printing_the_others() {
    assertThatThrownBy(() -> kubectl.run("get pods web-1 nope -n app"))
        .isInstanceOf(KubectlException.class)
        .hasMessage("Error from server (NotFound): pods \"nope\" not found")
        .extracting(e -> ((KubectlException) e).output())
        .isEqualTo(
            """
            NAME    READY   STATUS    RESTARTS   AGE
            web-1   1/1     Running   0          5m42s
            """);
    assertThatThrownBy(() -> kubectl.run("get deployment nginx -n app"))
        .hasMessage("Error from server (NotFound): deployments.apps \"nginx\" not found");
  }

  @Test
  void nothing_found() {
    assertThat(kubectl.run("get deploy -n app"))
        .isEqualTo("No resources found in app namespace.\n");
    assertThat(kubectl.run("get pods -n empty -o wide"))
        .isEqualTo("No resources found in empty namespace.\n");
    // kubectl says so even for cluster-scoped kinds when nothing was listed
    assertThat(kubectl.run("get nodes")).isEqualTo("No resources found in default namespace.\n");
    assertThat(kubectl.run("get pods -A -l app=none")).isEqualTo("No resources found\n");
  }

  @Test
  void output_json_is_go_style_with_sorted_keys_and_escaped_html() {
    String json = kubectl.run("get pod tools -o json");
    assertThat(json)
        .startsWith("{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"Pod\",\n    \"metadata\": {\n")
        .contains("\n        \"name\": \"tools\",\n")
        .contains("\"phase\": \"Succeeded\"")
        .endsWith("}\n");
    create(
        cluster,
        "metadata: {name: html, annotations: {note: \"<a & b>\"}}\n"
            + "spec: {containers: [{name: c, image: i}]}",
        Pod.class);
    assertThat(kubectl.run("get pod html -o json"))
        .contains("\"note\": \"\\u003ca \\u0026 b\\u003e\"");
    assertThat(kubectl.run("get pods -n app -o json"))
        .startsWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n")
        .endsWith(
            "    ],\n"
                + "    \"kind\": \"List\",\n"
                + "    \"metadata\": {\n"
                + "        \"resourceVersion\": \"\"\n"
                + "    }\n"
                + "}\n");
  }

  @Test
  void output_yaml_is_one_object_for_one_name_and_a_list_otherwise() {
    assertThat(kubectl.run("get pod tools -o yaml"))
        .startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n")
        .contains("  name: tools\n");
    assertThat(kubectl.run("get pods -l app=none -o yaml"))
        .isEqualTo("apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: \"\"\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"po", "pod", "pods", "Pod"})
  void short_and_long_names(String type) {
    assertThat(kubectl.run("get " + type + " -o name")).isEqualTo("pod/tools\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"deploy", "deployment", "deployments", "deployments.apps", "deploy.v1.apps"})
  void group_qualified_names(String type) {
    assertThat(ResourceTypes.resolve(type).kind()).isEqualTo("Deployment");
    assertThatThrownBy(() -> ResourceTypes.resolve(type.replace("deploy", "frob")))
        .hasMessageStartingWith("error: the server doesn't have a resource type");
  }

  @Test
  void errors_name_what_is_supported() {
    assertThatThrownBy(() -> kubectl.run("get frobs"))
        .isInstanceOf(KubectlException.class)
        .hasMessage("error: the server doesn't have a resource type \"frobs\"");
    assertThatThrownBy(() -> kubectl.run("frobnicate pods"))
        .hasMessageStartingWith(
            "error: unknown command \"frobnicate\" for \"kubectl\"\n"
                + "Supported commands: get, describe,");
    assertThatThrownBy(() -> kubectl.run("get pods --colour"))
        .hasMessageStartingWith(
            "error: unknown flag: --colour\nSupported flags of \"kubectl get\": -n|--namespace,");
    assertThatThrownBy(() -> kubectl.run("get pods -x"))
        .hasMessageStartingWith("error: unknown shorthand flag: 'x' in -x");
    assertThatThrownBy(() -> kubectl.run("get pods -o table"))
        .hasMessageStartingWith(
            "error: unable to match a printer suitable for the output format \"table\"");
    assertThatThrownBy(() -> kubectl.run("get"))
        .hasMessageStartingWith("error: You must specify the type of resource to get.");
    assertThatThrownBy(() -> kubectl.run("get pods --field-selector spec.foo=bar"))
        .hasMessage("Error from server (BadRequest): field label not supported: spec.foo");
  }

  @Test
  void the_table_and_describe_helpers_render_objects_directly() {
    Pod pod = cluster.get(Pod.class, "app/web-1");
    assertThat(
            kubectl.table(
                io.kubemu.model.Kinds.of(Pod.class),
                java.util.List.of(pod),
                io.kubemu.engine.kubectl.printers.PrintOptions.DEFAULT))
        .isEqualTo(
            """
            NAME    READY   STATUS    RESTARTS   AGE
            web-1   1/1     Running   0          5m42s
            """);
    assertThat(kubectl.describe(pod))
        .startsWith("Name:             web-1\nNamespace:        app\n");
  }
}
