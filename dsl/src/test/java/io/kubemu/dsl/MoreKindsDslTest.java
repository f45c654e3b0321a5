package io.kubemu.dsl;

import static io.kubemu.dsl.Kubemu.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.NodeSelectorRequirement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fields the seed manifests do not use, each kind built in the DSL and compared with its YAML. */
class MoreKindsDslTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(
            "pod with resources, env, volumes, probes, sidecar, affinity",
            pod("web")
                .namespace("shop")
                .annotation("team", "a")
                .generateName("web-")
                .serviceAccountName("sa")
                .terminationGracePeriodSeconds(5)
                .activeDeadlineSeconds(60)
                .hostname("h")
                .subdomain("s")
                .hostNetwork(true)
                .priorityClassName("high")
                .schedulerName("my-scheduler")
                .imagePullSecrets("regcred")
                .volume(emptyDirVolume("cache"))
                .volume(claimVolume("data", "data-claim"))
                .volume(configMapVolume("cfg", "web-config"))
                .initContainer(
                    container("log").image("busybox").restartPolicy("Always").args("tail", "-f"))
                .container(
                    container("web")
                        .image("nginx:1.25")
                        .port(8080)
                        .port(port(9090).name("metrics").protocol("TCP"))
                        .env("MODE", "prod")
                        .requests(cpu("500m"), memory("128Mi"))
                        .limits(cpu("1"), memory("256Mi"))
                        .volumeMount("cache", "/cache")
                        .workingDir("/app")
                        .startup(tcpSocket(8080).failureThreshold(30).periodSeconds(2))
                        .liveness(grpc(9090).timeoutSeconds(3))
                        .readiness(
                            httpGet("metrics", "/ready")
                                .scheme("HTTPS")
                                .httpHeader("X-Probe", "1")
                                .successThreshold(2))
                        .preStop(sleep(5)))
                .toleration(
                    toleration("node.kubernetes.io/not-ready")
                        .operator("Exists")
                        .effect("NoExecute")
                        .tolerationSeconds(30))
                .requiredPodAntiAffinity(
                    podAffinityTerm()
                        .labelSelector(
                            matchLabels("app", "web").matchExpression("tier", "In", "fe"))
                        .topologyKey("kubernetes.io/hostname"))
                .preferredPodAntiAffinity(
                    50, podAffinityTerm().labelSelector("app", "db").topologyKey("zone"))
                .requiredNodeAffinity(
                    nodeSelectorTerm()
                        .matchExpression("cores", NodeSelectorRequirement.GT, "4")
                        .matchFields(expression("metadata.name", "NotIn", "n9"))),
            """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
              generateName: web-
              namespace: shop
              annotations: {team: a}
            spec:
              serviceAccountName: sa
              terminationGracePeriodSeconds: 5
              activeDeadlineSeconds: 60
              hostname: h
              subdomain: s
              hostNetwork: true
              priorityClassName: high
              schedulerName: my-scheduler
              imagePullSecrets: [{name: regcred}]
              volumes:
              - {name: cache, emptyDir: {}}
              - {name: data, persistentVolumeClaim: {claimName: data-claim}}
              - {name: cfg, configMap: {name: web-config}}
              initContainers:
              - {name: log, image: busybox, restartPolicy: Always, args: [tail, -f]}
              containers:
              - name: web
                image: nginx:1.25
                workingDir: /app
                ports:
                - containerPort: 8080
                - {containerPort: 9090, name: metrics, protocol: TCP}
                env: [{name: MODE, value: prod}]
                resources:
                  requests: {cpu: 500m, memory: 128Mi}
                  limits: {cpu: "1", memory: 256Mi}
                volumeMounts: [{name: cache, mountPath: /cache}]
                startupProbe: {tcpSocket: {port: 8080}, failureThreshold: 30, periodSeconds: 2}
                livenessProbe: {grpc: {port: 9090}, timeoutSeconds: 3}
                readinessProbe:
                  httpGet:
                    port: metrics
                    path: /ready
                    scheme: HTTPS
                    httpHeaders: [{name: X-Probe, value: "1"}]
                  successThreshold: 2
                lifecycle:
                  preStop: {sleep: {seconds: 5}}
              tolerations:
              - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                    - matchExpressions: [{key: cores, operator: Gt, values: ["4"]}]
                      matchFields: [{key: metadata.name, operator: NotIn, values: [n9]}]
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels: {app: web}
                      matchExpressions: [{key: tier, operator: In, values: [fe]}]
                    topologyKey: kubernetes.io/hostname
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 50
                    podAffinityTerm:
                      labelSelector: {matchLabels: {app: db}}
                      topologyKey: zone
            """),
        Arguments.of(
            "deployment with Recreate and every spec number",
            deployment("d")
                .recreate()
                .minReadySeconds(3)
                .revisionHistoryLimit(2)
                .paused(true)
                .progressDeadlineSeconds(60)
                .selector(matchLabels("app", "d").matchExpression("env", "NotIn", "dev")),
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              strategy: {type: Recreate}
              minReadySeconds: 3
              revisionHistoryLimit: 2
              paused: true
              progressDeadlineSeconds: 60
              selector:
                matchLabels: {app: d}
                matchExpressions: [{key: env, operator: NotIn, values: [dev]}]
            """),
        Arguments.of(
            "replicaset",
            replicaSet("rs").replicas(2).minReadySeconds(1).selector("app", "rs"),
            """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata: {name: rs}
            spec: {replicas: 2, minReadySeconds: 1, selector: {matchLabels: {app: rs}}}
            """),
        Arguments.of(
            "daemonset with surge",
            daemonSet("ds").rollingUpdate(maxSurge("10%"), maxUnavailable(0)).minReadySeconds(4),
            """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: ds}
            spec:
              updateStrategy: {rollingUpdate: {maxSurge: 10%, maxUnavailable: 0}}
              minReadySeconds: 4
            """),
        Arguments.of(
            "statefulset with partition, parallel, retention, ordinals",
            statefulSet("web")
                .podManagementPolicy("Parallel")
                .partition(2)
                .rollingUpdate(maxUnavailable(1))
                .persistentVolumeClaimRetentionPolicy("Delete", "Retain")
                .ordinalsStart(5)
                .revisionHistoryLimit(3),
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec:
              podManagementPolicy: Parallel
              updateStrategy: {rollingUpdate: {partition: 2, maxUnavailable: 1}}
              persistentVolumeClaimRetentionPolicy: {whenDeleted: Delete, whenScaled: Retain}
              ordinals: {start: 5}
              revisionHistoryLimit: 3
            """),
        Arguments.of(
            "statefulset OnDelete",
            statefulSet("web").onDelete(),
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: web}
            spec: {updateStrategy: {type: OnDelete}}
            """),
        Arguments.of(
            "job with completions",
            job("pi")
                .completions(5)
                .parallelism(2)
                .backoffLimit(4)
                .activeDeadlineSeconds(100)
                .ttlSecondsAfterFinished(10)
                .completionMode("Indexed")
                .suspend(true),
            """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi}
            spec:
              completions: 5
              parallelism: 2
              backoffLimit: 4
              activeDeadlineSeconds: 100
              ttlSecondsAfterFinished: 10
              completionMode: Indexed
              suspend: true
            """),
        Arguments.of(
            "cronjob with a labelled job template",
            cronJob("c", "0 3 * * *")
                .timeZone("Etc/UTC")
                .startingDeadlineSeconds(30)
                .suspend(false)
                .jobTemplate(job().label("kind", "nightly").backoffLimit(0)),
            """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: c}
            spec:
              schedule: "0 3 * * *"
              timeZone: Etc/UTC
              startingDeadlineSeconds: 30
              suspend: false
              jobTemplate:
                metadata: {labels: {kind: nightly}}
                spec: {backoffLimit: 0}
            """),
        Arguments.of(
            "nodeport service",
            service("web")
                .type("NodePort")
                .selector("app", "web")
                .port(servicePort(80).name("http").targetPort("http").nodePort(30080))
                .port(servicePort(53).name("dns").protocol("UDP"))
                .sessionAffinity("ClientIP")
                .externalTrafficPolicy("Local")
                .publishNotReadyAddresses(true),
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: http, nodePort: 30080}
              - {name: dns, port: 53, protocol: UDP}
              sessionAffinity: ClientIP
              externalTrafficPolicy: Local
              publishNotReadyAddresses: true
            """),
        Arguments.of(
            "claim",
            pvc("data")
                .accessModes("ReadWriteOnce", "ReadOnlyMany")
                .requests(storage("1Gi"))
                .limits(storage("2Gi"))
                .volumeName("pv1")
                .volumeMode("Block")
                .selector("tier", "gold"),
            """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce, ReadOnlyMany]
              resources: {requests: {storage: 1Gi}, limits: {storage: 2Gi}}
              volumeName: pv1
              volumeMode: Block
              selector: {matchLabels: {tier: gold}}
            """),
        Arguments.of(
            "local volume",
            pv("pv1")
                .capacity(storage("10Gi"))
                .accessModes("ReadWriteOnce")
                .local("/mnt/disk1")
                .persistentVolumeReclaimPolicy("Delete")
                .storageClassName("local")
                .mountOptions("ro")
                .nodeAffinity(
                    nodeSelectorTerm().matchExpression("kubernetes.io/hostname", "In", "n1")),
            """
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: pv1}
            spec:
              capacity: {storage: 10Gi}
              accessModes: [ReadWriteOnce]
              local: {path: /mnt/disk1}
              persistentVolumeReclaimPolicy: Delete
              storageClassName: local
              mountOptions: [ro]
              nodeAffinity:
                required:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [n1]}]
            """),
        Arguments.of(
            "storage class",
            storageClass("fast", "kubernetes.io/no-provisioner")
                .volumeBindingMode("WaitForFirstConsumer")
                .reclaimPolicy("Retain")
                .allowVolumeExpansion(true)
                .parameters("type", "ssd")
                .allowedTopology("topology.kubernetes.io/zone", "a", "b"),
            """
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: fast}
            provisioner: kubernetes.io/no-provisioner
            volumeBindingMode: WaitForFirstConsumer
            reclaimPolicy: Retain
            allowVolumeExpansion: true
            parameters: {type: ssd}
            allowedTopologies:
            - matchLabelExpressions: [{key: topology.kubernetes.io/zone, values: [a, b]}]
            """),
        Arguments.of(
            "pdb",
            pdb("web")
                .minAvailable("50%")
                .selector("app", "web")
                .unhealthyPodEvictionPolicy("AlwaysAllow"),
            """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web}
            spec:
              minAvailable: 50%
              selector: {matchLabels: {app: web}}
              unhealthyPodEvictionPolicy: AlwaysAllow
            """),
        Arguments.of(
            "configmap and its data",
            configMap("cfg").data("a", "1", "b", "2").immutable(true),
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cfg}
            immutable: true
            data: {a: "1", b: "2"}
            """),
        Arguments.of(
            "secret",
            secret("s").type("Opaque").stringData("user", "admin"),
            """
            apiVersion: v1
            kind: Secret
            metadata: {name: s}
            type: Opaque
            stringData: {user: admin}
            """),
        Arguments.of(
            "node with status",
            node("n1")
                .label("kubernetes.io/hostname", "n1")
                .taint(taint("dedicated", "db", "NoExecute"))
                .unschedulable(true)
                .capacity(cpu("4"), memory("8Gi"), pods(110))
                .allocatable(cpu("3800m"))
                .address("InternalIP", "10.0.0.1"),
            """
            apiVersion: v1
            kind: Node
            metadata: {name: n1, labels: {kubernetes.io/hostname: n1}}
            spec:
              taints: [{key: dedicated, value: db, effect: NoExecute}]
              unschedulable: true
            status:
              capacity: {cpu: "4", memory: 8Gi, pods: "110"}
              allocatable: {cpu: 3800m}
              addresses: [{type: InternalIP, address: 10.0.0.1}]
            """),
        Arguments.of(
            "namespace",
            namespace("app").labels("team", "web").finalizers("example.com/keep"),
            """
            apiVersion: v1
            kind: Namespace
            metadata: {name: app, labels: {team: web}, finalizers: [example.com/keep]}
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void dslEqualsYaml(String name, ObjectBuilder<?> builder, String yaml) {
    assertThat(builder.build()).isEqualTo(Manifests.read(yaml).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void toBuilderKeepsEveryField(String name, ObjectBuilder<?> builder, String yaml) {
    assertThat(Derive.toBuilder(builder.build()).build()).isEqualTo(builder.build());
  }
}
