package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.createError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each validation rule with its full message, as {@code kubectl} prints it, for objects created
 * through the API server (defaulted first, as the real server does).
 */
class ValidationMessagesTest {

  static final String TEMPLATE =
      "template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}";
  static final String SELECTOR = "selector: {matchLabels: {app: web}}";

  static String deployment(String... spec) {
    return object("apps/v1", "Deployment", "web", spec);
  }

  static String object(String apiVersion, String kind, String name, String... spec) {
    return "apiVersion: "
        + apiVersion
        + "\nkind: "
        + kind
        + "\nmetadata: {name: "
        + name
        + ", namespace: default}\nspec:\n  "
        + String.join("\n  ", spec)
        + "\n";
  }

  static String pod(String... spec) {
    return object("v1", "Pod", "p", spec);
  }

  static String container(String extra) {
    return "containers: [{name: web, image: nginx" + (extra.isEmpty() ? "" : ", " + extra) + "}]";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"metadata", "workloads", "pods", "batch", "others"})
  void message(String rule, String yaml, String expected) {
    KubernetesObject obj = Manifests.read(yaml).get(0);
    assertThat(createError(obj)).isEqualTo(expected);
  }

  static Stream<Arguments> metadata() {
    return Stream.of(
        arguments(
            "name is a DNS-1123 subdomain",
            object("apps/v1", "Deployment", "Web_1", SELECTOR, TEMPLATE),
            "Deployment.apps \"Web_1\" is invalid: metadata.name: Invalid value: \"Web_1\": a"
                + " lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
                + " characters, '-' or '.', and must start and end with an alphanumeric character"
                + " (e.g. 'example.com', regex used for validation is"
                + " '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"),
        arguments(
            "a service name is a DNS-1035 label",
            object("v1", "Service", "1web", "ports: [{port: 80}]"),
            "Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": a DNS-1035 label"
                + " must consist of lower case alphanumeric characters or '-', start with an"
                + " alphabetic character, and end with an alphanumeric character (e.g. 'my-name', "
                + " or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"),
        arguments(
            "a namespace name is a DNS-1123 label",
            "apiVersion: v1\nkind: Namespace\nmetadata: {name: team.a}\n",
            "Namespace \"team.a\" is invalid: metadata.name: Invalid value: \"team.a\": must not"
                + " contain dots"),
        arguments(
            "a stateful set name is a DNS-1123 label",
            object(
                "apps/v1",
                "StatefulSet",
                "db.main",
                "selector: {matchLabels: {app: web}}",
                TEMPLATE),
            "StatefulSet.apps \"db.main\" is invalid: metadata.name: Invalid value: \"db.main\":"
                + " must not contain dots"),
        arguments(
            "label keys are qualified names",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default, labels:"
                + " {\"a/b/c\": x}}\n",
            "ConfigMap \"c\" is invalid: metadata.labels: Invalid value: \"a/b/c\": a qualified"
                + " name must consist of alphanumeric characters, '-', '_' or '.', and must start"
                + " and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or"
                + " '123-abc', regex used for validation is"
                + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain"
                + " prefix and '/' (e.g. 'example.com/MyName')"),
        arguments(
            "label values",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default, labels: {a:"
                + " \"not valid\"}}\n",
            "ConfigMap \"c\" is invalid: metadata.labels: Invalid value: \"not valid\": a valid"
                + " label must be an empty string or consist of alphanumeric characters, '-', '_'"
                + " or '.', and must start and end with an alphanumeric character (e.g."
                + " 'MyValue',  or 'my_value',  or '12345', regex used for validation is"
                + " '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        arguments(
            "finalizers are qualified or standard",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default, finalizers:"
                + " [cleanup]}\n",
            "ConfigMap \"c\" is invalid: metadata.finalizers[0]: Invalid value: \"cleanup\": name"
                + " is neither a standard finalizer name nor is it fully qualified"));
  }

  static Stream<Arguments> workloads() {
    return Stream.of(
        arguments(
            "replicas >= 0",
            deployment("replicas: -1", SELECTOR, TEMPLATE),
            "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater"
                + " than or equal to 0"),
        arguments(
            "selector required",
            deployment(TEMPLATE),
            "Deployment.apps \"web\" is invalid: [spec.selector: Required value,"
                + " spec.template.metadata.labels: Invalid value:"
                + " map[string]string{\"app\":\"web\"}: `selector` does not match template"
                + " `labels`]"),
        arguments(
            "selector matches the template",
            deployment("selector: {matchLabels: {app: api}}", TEMPLATE),
            "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: Invalid value:"
                + " map[string]string{\"app\":\"web\"}: `selector` does not match template"
                + " `labels`"),
        arguments(
            "an empty selector",
            deployment("selector: {}", TEMPLATE),
            "Deployment.apps \"web\" is invalid: spec.selector: Invalid value:"
                + " v1.LabelSelector{MatchLabels:map[string]string(nil),"
                + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is"
                + " invalid for deployment"),
        arguments(
            "a selector operator",
            deployment(
                "selector: {matchExpressions: [{key: app, operator: Like, values: [web]}]}",
                TEMPLATE),
            "Deployment.apps \"web\" is invalid: [spec.selector.matchExpressions[0].operator:"
                + " Invalid value: \"Like\": not a valid selector operator, spec.selector: Invalid"
                + " value: v1.LabelSelector{MatchLabels:map[string]string(nil),"
                + " MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:\"app\","
                + " Operator:\"Like\", Values:[]string{\"web\"}}}}: invalid label selector]"),
        arguments(
            "containers required",
            deployment(SELECTOR, "template: {metadata: {labels: {app: web}}}"),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers: Required value"),
        arguments(
            "restartPolicy of a Deployment's pods",
            deployment(
                SELECTOR,
                "template: {metadata: {labels: {app: web}}, spec: {restartPolicy: Never,"
                    + " containers: [{name: web, image: nginx}]}}"),
            "Deployment.apps \"web\" is invalid: spec.template.spec.restartPolicy: Unsupported"
                + " value: \"Never\": supported values: \"Always\""),
        arguments(
            "maxSurge and maxUnavailable not both 0",
            deployment(
                SELECTOR, TEMPLATE, "strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}"),
            "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable:"
                + " Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0"
                + " when `maxSurge` is 0"),
        arguments(
            "percent syntax of a string",
            deployment(SELECTOR, TEMPLATE, "strategy: {rollingUpdate: {maxSurge: \"25\"}}"),
            "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxSurge: Invalid"
                + " value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: a valid percent"
                + " string must be a numeric string followed by an ending '%' (e.g. '1%',  or"
                + " '93%', regex used for validation is '[0-9]+%')"),
        arguments(
            "at most 100%",
            deployment(SELECTOR, TEMPLATE, "strategy: {rollingUpdate: {maxUnavailable: 120%}}"),
            "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable:"
                + " Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"120%\"}: must not"
                + " be greater than 100%"),
        arguments(
            "strategy type",
            deployment(SELECTOR, TEMPLATE, "strategy: {type: BlueGreen}"),
            "Deployment.apps \"web\" is invalid: spec.strategy: Unsupported value:"
                + " apps.DeploymentStrategy{Type:\"BlueGreen\","
                + " RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values:"
                + " \"Recreate\", \"RollingUpdate\""),
        arguments(
            "Recreate has no rollingUpdate",
            deployment(
                SELECTOR, TEMPLATE, "strategy: {type: Recreate, rollingUpdate: {maxSurge: 1}}"),
            "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be"
                + " specified when strategy `type` is 'Recreate'"),
        arguments(
            "progressDeadlineSeconds greater than minReadySeconds",
            deployment(SELECTOR, TEMPLATE, "minReadySeconds: 30", "progressDeadlineSeconds: 30"),
            "Deployment.apps \"web\" is invalid: spec.progressDeadlineSeconds: Invalid value: 30:"
                + " must be greater than minReadySeconds"),
        arguments(
            "revisionHistoryLimit >= 0",
            deployment(SELECTOR, TEMPLATE, "revisionHistoryLimit: -1"),
            "Deployment.apps \"web\" is invalid: spec.revisionHistoryLimit: Invalid value: -1:"
                + " must be greater than or equal to 0"),
        arguments(
            "ReplicaSet replicas",
            object("apps/v1", "ReplicaSet", "rs", "replicas: -2", SELECTOR, TEMPLATE),
            "ReplicaSet.apps \"rs\" is invalid: spec.replicas: Invalid value: -2: must be greater"
                + " than or equal to 0"),
        arguments(
            "DaemonSet maxSurge with maxUnavailable",
            object(
                "apps/v1",
                "DaemonSet",
                "ds",
                SELECTOR,
                TEMPLATE,
                "updateStrategy: {rollingUpdate: {maxUnavailable: 1, maxSurge: 1}}"),
            "DaemonSet.apps \"ds\" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid"
                + " value: intstr.IntOrString{Type:0, IntVal:1, StrVal:\"\"}: may not be set when"
                + " maxUnavailable is non-zero"),
        arguments(
            "DaemonSet update strategy type",
            object(
                "apps/v1", "DaemonSet", "ds", SELECTOR, TEMPLATE, "updateStrategy: {type: Fast}"),
            "DaemonSet.apps \"ds\" is invalid: spec.updateStrategy: Unsupported value:"
                + " apps.DaemonSetUpdateStrategy{Type:\"Fast\","
                + " RollingUpdate:(*apps.RollingUpdateDaemonSet)(nil)}: supported values:"
                + " \"RollingUpdate\", \"OnDelete\""),
        arguments(
            "StatefulSet podManagementPolicy",
            object(
                "apps/v1", "StatefulSet", "db", SELECTOR, TEMPLATE, "podManagementPolicy: Random"),
            "StatefulSet.apps \"db\" is invalid: spec.podManagementPolicy: Invalid value:"
                + " \"Random\": must be 'OrderedReady' or 'Parallel'"),
        arguments(
            "StatefulSet partition >= 0",
            object(
                "apps/v1",
                "StatefulSet",
                "db",
                SELECTOR,
                TEMPLATE,
                "updateStrategy: {rollingUpdate: {partition: -1}}"),
            "StatefulSet.apps \"db\" is invalid: spec.updateStrategy.rollingUpdate.partition:"
                + " Invalid value: -1: must be greater than or equal to 0"),
        arguments(
            "StatefulSet update strategy type",
            object(
                "apps/v1", "StatefulSet", "db", SELECTOR, TEMPLATE, "updateStrategy: {type: Now}"),
            "StatefulSet.apps \"db\" is invalid: spec.updateStrategy: Invalid value:"
                + " apps.StatefulSetUpdateStrategy{Type:\"Now\","
                + " RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be"
                + " 'RollingUpdate' or 'OnDelete'"),
        arguments(
            "StatefulSet empty selector",
            object("apps/v1", "StatefulSet", "db", "selector: {}", TEMPLATE),
            "StatefulSet.apps \"db\" is invalid: spec.selector: Invalid value:"
                + " v1.LabelSelector{MatchLabels:map[string]string(nil),"
                + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is"
                + " invalid for statefulset"));
  }

  static Stream<Arguments> pods() {
    String twoWebs = "containers: [{name: web, image: nginx}, {name: web, image: nginx}]";
    return Stream.of(
        arguments(
            "container name is a DNS-1123 label",
            pod("containers: [{name: Web_1, image: nginx}]"),
            "Pod \"p\" is invalid: spec.containers[0].name: Invalid value: \"Web_1\": a lowercase"
                + " RFC 1123 label must consist of lower case alphanumeric characters or '-', and"
                + " must start and end with an alphanumeric character (e.g. 'my-name',  or"
                + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"),
        arguments(
            "image required",
            pod("containers: [{name: web}]"),
            "Pod \"p\" is invalid: spec.containers[0].image: Required value"),
        arguments(
            "container names unique",
            pod(twoWebs),
            "Pod \"p\" is invalid: spec.containers[1].name: Duplicate value: \"web\""),
        arguments(
            "init container names unique with containers",
            pod(container(""), "initContainers: [{name: web, image: busybox}]"),
            "Pod \"p\" is invalid: spec.initContainers[0].name: Duplicate value: \"web\""),
        arguments(
            "containerPort range",
            pod(container("ports: [{containerPort: 70000}]")),
            "Pod \"p\" is invalid: spec.containers[0].ports[0].containerPort: Invalid value:"
                + " 70000: must be between 1 and 65535, inclusive"),
        arguments(
            "hostPort range",
            pod(container("ports: [{containerPort: 80, hostPort: 65536}]")),
            "Pod \"p\" is invalid: spec.containers[0].ports[0].hostPort: Invalid value: 65536:"
                + " must be between 1 and 65535, inclusive"),
        arguments(
            "port protocol",
            pod(container("ports: [{containerPort: 80, protocol: HTTP}]")),
            "Pod \"p\" is invalid: spec.containers[0].ports[0].protocol: Unsupported value:"
                + " \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
        arguments(
            "host ports unique",
            pod(
                "containers: [{name: a, image: nginx, ports: [{containerPort: 80, hostPort:"
                    + " 8080}]}, {name: b, image: nginx, ports: [{containerPort: 81, hostPort:"
                    + " 8080}]}]"),
            "Pod \"p\" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value:"
                + " \"TCP//8080\""),
        arguments(
            "probe handler",
            pod(container("livenessProbe: {periodSeconds: 5}")),
            "Pod \"p\" is invalid: spec.containers[0].livenessProbe: Required value: must specify"
                + " a handler type"),
        arguments(
            "one probe handler",
            pod(container("readinessProbe: {httpGet: {port: 80}, tcpSocket: {port: 80}}")),
            "Pod \"p\" is invalid: spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not"
                + " specify more than 1 handler type"),
        arguments(
            "probe fields >= 0",
            pod(container("readinessProbe: {httpGet: {port: 80}, initialDelaySeconds: -5}")),
            "Pod \"p\" is invalid: spec.containers[0].readinessProbe.initialDelaySeconds: Invalid"
                + " value: -5: must be greater than or equal to 0"),
        arguments(
            "liveness successThreshold is 1",
            pod(container("livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}")),
            "Pod \"p\" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid"
                + " value: 2: must be 1"),
        arguments(
            "probe port",
            pod(container("readinessProbe: {httpGet: {port: 0}}")),
            "Pod \"p\" is invalid: spec.containers[0].readinessProbe.httpGet.port: Invalid value:"
                + " 0: must be between 1 and 65535, inclusive"),
        arguments(
            "pod restartPolicy",
            pod(container(""), "restartPolicy: Sometimes"),
            "Pod \"p\" is invalid: spec.restartPolicy: Unsupported value: \"Sometimes\":"
                + " supported values: \"Always\", \"OnFailure\", \"Never\""),
        arguments(
            "pull policy",
            pod(container("imagePullPolicy: Sometimes")),
            "Pod \"p\" is invalid: spec.containers[0].imagePullPolicy: Unsupported value:"
                + " \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\""),
        arguments(
            "requests at most limits",
            pod(container("resources: {limits: {cpu: \"1\"}, requests: {cpu: \"2\"}}")),
            "Pod \"p\" is invalid: spec.containers[0].resources.requests: Invalid value: \"2\":"
                + " must be less than or equal to cpu limit of 1"),
        arguments(
            "quantities non-negative",
            pod(container("resources: {requests: {memory: -1Gi}}")),
            "Pod \"p\" is invalid: spec.containers[0].resources.requests[memory]: Invalid value:"
                + " \"-1Gi\": must be greater than or equal to 0"),
        arguments(
            "toleration with Exists has no value",
            pod(container(""), "tolerations: [{key: a, operator: Exists, value: b}]"),
            "Pod \"p\" is invalid: spec.tolerations[0].operator: Invalid value: \"b\": value must"
                + " be empty when `operator` is 'Exists'"),
        arguments(
            "toleration operator",
            pod(container(""), "tolerations: [{key: a, operator: Is, value: b}]"),
            "Pod \"p\" is invalid: spec.tolerations[0].operator: Unsupported value: \"Is\":"
                + " supported values: \"Equal\", \"Exists\""),
        arguments(
            "toleration without key",
            pod(container(""), "tolerations: [{operator: Equal, value: b}]"),
            "Pod \"p\" is invalid: spec.tolerations[0].operator: Invalid value: \"Equal\":"
                + " operator must be Exists when `key` is empty, which means \"match all values"
                + " and all keys\""),
        arguments(
            "tolerationSeconds needs NoExecute",
            pod(
                container(""),
                "tolerations: [{key: a, operator: Exists, effect: NoSchedule, tolerationSeconds:"
                    + " 5}]"),
            "Pod \"p\" is invalid: spec.tolerations[0].effect: Invalid value: \"NoSchedule\":"
                + " effect must be 'NoExecute' when `tolerationSeconds` is set"),
        arguments(
            "volume mount names a volume",
            pod(container("volumeMounts: [{name: data, mountPath: /data}]")),
            "Pod \"p\" is invalid: spec.containers[0].volumeMounts[0].name: Not found: \"data\""),
        arguments(
            "node affinity weight",
            pod(
                container(""),
                "affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution:"
                    + " [{weight: 200, preference: {matchExpressions: [{key: a, operator:"
                    + " Exists}]}}]}}"),
            "Pod \"p\" is invalid:"
                + " spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight:"
                + " Invalid value: 200: must be in the range 1-100"),
        arguments(
            "several errors are aggregated in order",
            pod("containers: [{name: Web, ports: [{containerPort: 0}]}]"),
            "Pod \"p\" is invalid: [spec.containers[0].name: Invalid value: \"Web\": a lowercase"
                + " RFC 1123 label must consist of lower case alphanumeric characters or '-', and"
                + " must start and end with an alphanumeric character (e.g. 'my-name',  or"
                + " '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?'),"
                + " spec.containers[0].image: Required value,"
                + " spec.containers[0].ports[0].containerPort: Required value]"));
  }

  static Stream<Arguments> batch() {
    String jobTemplate =
        "template: {metadata: {labels: {app: pi}}, spec: {restartPolicy: Never, containers:"
            + " [{name: pi, image: perl}]}}";
    String manual = "manualSelector: true\n  selector: {matchLabels: {app: pi}}";
    return Stream.of(
        arguments(
            "Job restartPolicy",
            object(
                "batch/v1",
                "Job",
                "pi",
                manual,
                "template: {metadata: {labels: {app: pi}}, spec: {containers: [{name: pi, image:"
                    + " perl}]}}"),
            "Job.batch \"pi\" is invalid: spec.template.spec.restartPolicy: Required value: valid"
                + " values: \"OnFailure\", \"Never\""),
        arguments(
            "Job completions >= 0",
            object("batch/v1", "Job", "pi", manual, jobTemplate, "completions: -1"),
            "Job.batch \"pi\" is invalid: spec.completions: Invalid value: -1: must be greater"
                + " than or equal to 0"),
        arguments(
            "Job parallelism >= 0",
            object("batch/v1", "Job", "pi", manual, jobTemplate, "parallelism: -1"),
            "Job.batch \"pi\" is invalid: spec.parallelism: Invalid value: -1: must be greater"
                + " than or equal to 0"),
        arguments(
            "Job backoffLimit >= 0",
            object("batch/v1", "Job", "pi", manual, jobTemplate, "backoffLimit: -1"),
            "Job.batch \"pi\" is invalid: spec.backoffLimit: Invalid value: -1: must be greater"
                + " than or equal to 0"),
        arguments(
            "Job completionMode",
            object("batch/v1", "Job", "pi", manual, jobTemplate, "completionMode: Sometimes"),
            "Job.batch \"pi\" is invalid: spec.completionMode: Unsupported value: \"Sometimes\":"
                + " supported values: \"NonIndexed\", \"Indexed\""),
        arguments(
            "CronJob schedule required",
            object("batch/v1", "CronJob", "hello", "jobTemplate: {spec: {" + jobTemplate + "}}"),
            "CronJob.batch \"hello\" is invalid: spec.schedule: Required value"),
        arguments(
            "CronJob restartPolicy",
            object(
                "batch/v1",
                "CronJob",
                "hello",
                "schedule: '* * * * *'",
                "jobTemplate: {spec: {template: {spec: {containers: [{name: hello, image:"
                    + " busybox}]}}}}"),
            "CronJob.batch \"hello\" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy:"
                + " Required value: valid values: \"OnFailure\", \"Never\""),
        arguments(
            "CronJob concurrencyPolicy",
            object(
                "batch/v1",
                "CronJob",
                "hello",
                "schedule: '* * * * *'",
                "concurrencyPolicy: Sometimes",
                "jobTemplate: {spec: {" + jobTemplate + "}}"),
            "CronJob.batch \"hello\" is invalid: spec.concurrencyPolicy: Unsupported value:"
                + " \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\""),
        arguments(
            "CronJob job template selector",
            object(
                "batch/v1",
                "CronJob",
                "hello",
                "schedule: '* * * * *'",
                "jobTemplate: {spec: {selector: {matchLabels: {app: pi}}, " + jobTemplate + "}}"),
            "CronJob.batch \"hello\" is invalid: spec.jobTemplate.spec.selector: Invalid value:"
                + " v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"pi\"},"
                + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be"
                + " auto-generated"));
  }

  static Stream<Arguments> others() {
    return Stream.of(
        arguments(
            "service ports are named when several",
            object("v1", "Service", "web", "ports: [{port: 80}, {port: 443}]"),
            "Service \"web\" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name:"
                + " Required value]"),
        arguments(
            "service port range",
            object("v1", "Service", "web", "ports: [{port: 0, targetPort: 80}]"),
            "Service \"web\" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1"
                + " and 65535, inclusive"),
        arguments(
            "service ports unique",
            object("v1", "Service", "web", "ports: [{name: a, port: 80}, {name: b, port: 80}]"),
            "Service \"web\" is invalid: spec.ports[1]: Duplicate value:"
                + " core.ServicePort{Name:\"\", Protocol:\"TCP\", AppProtocol:(*string)(nil),"
                + " Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"},"
                + " NodePort:0}"),
        arguments(
            "service type",
            object("v1", "Service", "web", "type: Internal", "ports: [{port: 80}]"),
            "Service \"web\" is invalid: spec.type: Unsupported value: \"Internal\": supported"
                + " values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""),
        arguments(
            "node taint effect",
            "apiVersion: v1\nkind: Node\nmetadata: {name: n1}\nspec: {taints: [{key: a, effect:"
                + " Never}]}\n",
            "Node \"n1\" is invalid: metadata.taints[0].effect: Unsupported value: \"Never\":"
                + " supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\""),
        arguments(
            "node taints unique",
            "apiVersion: v1\nkind: Node\nmetadata: {name: n1}\nspec: {taints: [{key: a, effect:"
                + " NoSchedule}, {key: a, value: b, effect: NoSchedule}]}\n",
            "Node \"n1\" is invalid: metadata.taints[1]: Duplicate value: core.Taint{Key:\"a\","
                + " Value:\"b\", Effect:\"NoSchedule\", TimeAdded:(*v1.Time)(nil)}: taints must"
                + " be unique by key and effect pair"),
        arguments(
            "claim access modes",
            object("v1", "PersistentVolumeClaim", "data", "resources: {requests: {storage: 1Gi}}"),
            "PersistentVolumeClaim \"data\" is invalid: spec.accessModes: Required value: at least"
                + " 1 access mode is required"),
        arguments(
            "claim storage request",
            object("v1", "PersistentVolumeClaim", "data", "accessModes: [ReadWriteOnce]"),
            "PersistentVolumeClaim \"data\" is invalid: spec.resources[storage]: Required value"),
        arguments(
            "storage class provisioner",
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: fast}\n",
            "StorageClass.storage.k8s.io \"fast\" is invalid: provisioner: Required value"),
        arguments(
            "disruption budget",
            object(
                "policy/v1",
                "PodDisruptionBudget",
                "pdb",
                "minAvailable: 1",
                "maxUnavailable: 1",
                SELECTOR),
            "PodDisruptionBudget.policy \"pdb\" is invalid: spec: Invalid value:"
                + " policy.PodDisruptionBudgetSpec{...}: minAvailable and maxUnavailable cannot be"
                + " both set"));
  }
}
