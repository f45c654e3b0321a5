package io.kubemu.engine.kubectl;

import static io.kubemu.engine.kubectl.Fixtures.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kubectl describe} of hand-written pods, nodes and deployments, whole texts. */
class KubectlDescribeTest {

  Cluster cluster;
  Kubectl kubectl;

  @BeforeEach
  void setUp() {
    cluster = Fixtures.quietCluster();
    kubectl = new Kubectl(cluster);
    create(
        cluster,
        """
        metadata: {name: n1, labels: {kubernetes.io/hostname: n1, node-role.kubernetes.io/worker: ""}}
        spec: {podCIDR: 10.244.1.0/24, podCIDRs: [10.244.1.0/24], taints: [{key: monitor, value: "true", effect: NoSchedule}]}
        status:
          capacity: {cpu: "2", memory: 4Gi, pods: "110", ephemeral-storage: 20Gi}
          allocatable: {cpu: "2", memory: 4Gi, pods: "110", ephemeral-storage: 20Gi}
          conditions: [{type: Ready, status: "True", lastHeartbeatTime: "2026-01-01T00:00:00Z", lastTransitionTime: "2026-01-01T00:00:00Z", reason: KubeletReady, message: kubelet is posting ready status}]
          addresses: [{type: InternalIP, address: 10.4.7.21}, {type: Hostname, address: n1}]
          nodeInfo: {kubeletVersion: v1.30.0, osImage: CentOS Linux 7 (Core), kernelVersion: 3.10.0, containerRuntimeVersion: "containerd://1.7.0", operatingSystem: linux, architecture: amd64}
        """,
        Node.class);
    Pod pod =
        create(
            cluster,
            """
            metadata: {name: pod-demo, namespace: app, labels: {app: demo}}
            spec:
              nodeName: n1
              containers:
              - name: centos
                image: "harbor.od.com/public/centos:7"
                command: [/bin/bash, -c, sleep 3600]
                ports: [{containerPort: 80}]
                env: [{name: MODE, value: dev}]
                resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}
                livenessProbe: {exec: {command: [test, -f, /tmp/health]}, periodSeconds: 10}
                readinessProbe: {httpGet: {port: 80, path: health.html}, initialDelaySeconds: 5}
                volumeMounts: [{name: data, mountPath: /data}, {name: cfg, mountPath: /etc/cfg, readOnly: true}]
              volumes:
              - {name: data, emptyDir: {}}
              - {name: cfg, configMap: {name: settings}}
            status:
              phase: Running
              hostIP: 10.4.7.21
              podIP: 10.244.1.2
              podIPs: [{ip: 10.244.1.2}]
              startTime: "2026-01-01T00:00:00Z"
              qosClass: Burstable
              conditions: [{type: Initialized, status: "True"}, {type: Ready, status: "True"}, {type: ContainersReady, status: "True"}, {type: PodScheduled, status: "True"}]
              containerStatuses:
              - name: centos
                ready: true
                restartCount: 1
                image: "harbor.od.com/public/centos:7"
                imageID: "harbor.od.com/public/centos@sha256:0f1e"
                containerID: "containerd://abc123"
                state: {running: {startedAt: "2026-01-01T01:00:05Z"}}
                lastState: {terminated: {exitCode: 0, reason: Completed, startedAt: "2026-01-01T00:00:05Z", finishedAt: "2026-01-01T01:00:05Z"}}
            """,
            Pod.class);
    String uid = pod.metadata().uid();
    create(
        cluster,
        """
        metadata: {name: pod-demo.a, namespace: app}
        involvedObject: {kind: Pod, name: pod-demo, namespace: app, uid: %s}
        reason: Scheduled
        message: Successfully assigned app/pod-demo to n1
        source: {component: default-scheduler}
        firstTimestamp: "2026-01-01T00:00:00Z"
        lastTimestamp: "2026-01-01T00:00:00Z"
        count: 1
        type: Normal
        """
            .formatted(uid),
        Event.class);
    create(
        cluster,
        """
        metadata: {name: pod-demo.b, namespace: app}
        involvedObject: {kind: Pod, name: pod-demo, namespace: app, uid: %s, fieldPath: "spec.containers{centos}"}
        reason: Pulled
        message: Container image "harbor.od.com/public/centos:7" already present on machine
        source: {component: kubelet, host: n1}
        firstTimestamp: "2026-01-01T00:00:03Z"
        lastTimestamp: "2026-01-01T01:00:05Z"
        count: 2
        type: Normal
        """
            .formatted(uid),
        Event.class);
    cluster.advance(Duration.ofMinutes(62));
  }

  @Test
  void describe_pod() {
    assertThat(kubectl.run("describe pod pod-demo -n app"))
        .isEqualTo(
            """
            Name:             pod-demo
            Namespace:        app
            Priority:         0
            Service Account:  default
            Node:             n1/10.4.7.21
            Start Time:       Thu, 01 Jan 2026 00:00:00 +0000
            Labels:           app=demo
            Annotations:      <none>
            Status:           Running
            IP:               10.244.1.2
            IPs:
              IP:  10.244.1.2
            Containers:
              centos:
                Container ID:  containerd://abc123
                Image:         harbor.od.com/public/centos:7
                Image ID:      harbor.od.com/public/centos@sha256:0f1e
                Port:          80/TCP
                Host Port:     0/TCP
                Command:
                  /bin/bash
                  -c
                  sleep 3600
                State:          Running
                  Started:      Thu, 01 Jan 2026 01:00:05 +0000
                Last State:     Terminated
                  Reason:       Completed
                  Exit Code:    0
                  Started:      Thu, 01 Jan 2026 00:00:05 +0000
                  Finished:     Thu, 01 Jan 2026 01:00:05 +0000
                Ready:          True
                Restart Count:  1
                Limits:
                  memory:  128Mi
                Requests:
                  cpu:      100m
                  memory:   64Mi
                Liveness:   exec [test -f /tmp/health] delay=0s timeout=1s period=10s #success=1 #failure=3
                Readiness:  http-get http://:80/health.html delay=5s timeout=1s period=10s #success=1 #failure=3
                Environment:
                  MODE:  dev
                Mounts:
                  /data from data (rw)
                  /etc/cfg from cfg (ro)
            Conditions:
              Type              Status
              Initialized       True\s
              Ready             True\s
              ContainersReady   True\s
              PodScheduled      True\s
            Volumes:
              data:
                Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
                Medium:    \s
                SizeLimit:  <unset>
              cfg:
                Type:        ConfigMap (a volume populated by a ConfigMap)
                Name:        settings
                Optional:    false
            QoS Class:       Burstable
            Node-Selectors:  <none>
            Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type    Reason     Age                 From               Message
              ----    ------     ----                ----               -------
              Normal  Scheduled  62m                 default-scheduler  Successfully assigned app/pod-demo to n1
              Normal  Pulled     115s (x2 over 61m)  kubelet            Container image "harbor.od.com/public/centos:7" already present on machine
            """);
  }

  @Test
  void describe_node() {
    assertThat(kubectl.run("describe no n1"))
        .isEqualTo(
            """
            Name:               n1
            Roles:              worker
            Labels:             kubernetes.io/hostname=n1
                                node-role.kubernetes.io/worker=
            Annotations:        <none>
            CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
            Taints:             monitor=true:NoSchedule
            Unschedulable:      false
            Lease:
              HolderIdentity:  n1
              AcquireTime:     <unset>
              RenewTime:       Thu, 01 Jan 2026 00:00:00 +0000
            Conditions:
              Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message
              ----    ------  -----------------                 ------------------                ------         -------
              Ready   True    Thu, 01 Jan 2026 00:00:00 +0000   Thu, 01 Jan 2026 00:00:00 +0000   KubeletReady   kubelet is posting ready status
            Addresses:
              InternalIP:  10.4.7.21
              Hostname:    n1
            Capacity:
              cpu:                2
              ephemeral-storage:  20Gi
              memory:             4Gi
              pods:               110
            Allocatable:
              cpu:                2
              ephemeral-storage:  20Gi
              memory:             4Gi
              pods:               110
            System Info:
              Machine ID:                \s
              System UUID:               \s
              Boot ID:                   \s
              Kernel Version:             3.10.0
              OS Image:                   CentOS Linux 7 (Core)
              Operating System:           linux
              Architecture:               amd64
              Container Runtime Version:  containerd://1.7.0
              Kubelet Version:            v1.30.0
              Kube-Proxy Version:        \s
            PodCIDR:                      10.244.1.0/24
            PodCIDRs:                     10.244.1.0/24
            Non-terminated Pods:          (1 in total)
              Namespace                   Name        CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
              ---------                   ----        ------------  ----------  ---------------  -------------  ---
              app                         pod-demo    100m (5%)     0 (0%)      64Mi (1%)        128Mi (3%)     62m
            Allocated resources:
              (Total limits may be over 100 percent, i.e., overcommitted.)
              Resource           Requests   Limits
              --------           --------   ------
              cpu                100m (5%)  0 (0%)
              memory             64Mi (1%)  128Mi (3%)
              ephemeral-storage  0 (0%)     0 (0%)
            Events:              <none>
            """);
  }

  @Test
  void describe_deployment_names_the_new_and_old_replica_sets() {
    Deployment d =
        create(
            cluster,
            """
            metadata: {name: web, namespace: app, annotations: {kubernetes.io/change-cause: "kubectl apply -f web.yaml --record=true"}}
            spec:
              replicas: 3
              selector: {matchLabels: {app: web}}
              strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: web, image: "nginx:1.26"}]}
            status:
              replicas: 4
              updatedReplicas: 1
              availableReplicas: 3
              unavailableReplicas: 1
              conditions: [{type: Available, status: "True", reason: MinimumReplicasAvailable}, {type: Progressing, status: "True", reason: ReplicaSetUpdated}]
            """,
            Deployment.class);
    String owner =
        "ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: %s, controller: true}]"
            .formatted(d.metadata().uid());
    create(
        cluster,
        """
        metadata: {name: web-old, namespace: app, labels: {app: web, pod-template-hash: old}, %s}
        spec:
          replicas: 3
          selector: {matchLabels: {app: web, pod-template-hash: old}}
          template:
            metadata: {labels: {app: web, pod-template-hash: old}}
            spec: {containers: [{name: web, image: "nginx:1.25"}]}
        status: {replicas: 3}
        """
            .formatted(owner),
        ReplicaSet.class);
    create(
        cluster,
        """
        metadata: {name: web-new, namespace: app, labels: {app: web, pod-template-hash: new}, %s}
        spec:
          replicas: 1
          selector: {matchLabels: {app: web, pod-template-hash: new}}
          template:
            metadata: {labels: {app: web, pod-template-hash: new}}
            spec: {containers: [{name: web, image: "nginx:1.26"}]}
        status: {replicas: 1}
        """
            .formatted(owner),
        ReplicaSet.class);
    create(
        cluster,
        """
        metadata: {name: web.1, namespace: app}
        involvedObject: {kind: Deployment, name: web, namespace: app, uid: %s}
        reason: ScalingReplicaSet
        message: Scaled up replica set web-new to 1
        source: {component: deployment-controller}
        firstTimestamp: "2026-01-01T01:02:00Z"
        lastTimestamp: "2026-01-01T01:02:00Z"
        count: 1
        type: Normal
        """
            .formatted(d.metadata().uid()),
        Event.class);
    cluster.advance(Duration.ofSeconds(30));
    assertThat(kubectl.run("describe deployment/web -n app"))
        .isEqualTo(
            """
            Name:                   web
            Namespace:              app
            CreationTimestamp:      Thu, 01 Jan 2026 01:02:00 +0000
            Labels:                 <none>
            Annotations:            kubernetes.io/change-cause: kubectl apply -f web.yaml --record=true
            Selector:               app=web
            Replicas:               3 desired | 1 updated | 4 total | 3 available | 1 unavailable
            StrategyType:           RollingUpdate
            MinReadySeconds:        0
            RollingUpdateStrategy:  0 max unavailable, 1 max surge
            Pod Template:
              Labels:  app=web
              Containers:
               web:
                Image:         nginx:1.26
                Port:          <none>
                Host Port:     <none>
                Environment:   <none>
                Mounts:        <none>
              Volumes:         <none>
              Node-Selectors:  <none>
              Tolerations:     <none>
            Conditions:
              Type           Status  Reason
              ----           ------  ------
              Available      True    MinimumReplicasAvailable
              Progressing    True    ReplicaSetUpdated
            OldReplicaSets:  web-old (3/3 replicas created)
            NewReplicaSet:   web-new (1/1 replicas created)
            Events:
              Type    Reason             Age   From                   Message
              ----    ------             ----  ----                   -------
              Normal  ScalingReplicaSet  30s   deployment-controller  Scaled up replica set web-new to 1
            """);
  }

  @Test
  void several_objects_are_separated_by_a_blank_line_and_other_kinds_are_refused() {
    String both = kubectl.run("describe pods -n app");
    assertThat(both).startsWith("Name:             pod-demo\n").doesNotContain("\n\n\nName:");
    assertThatThrownBy(() -> kubectl.run("describe pvc x"))
        .hasMessage(
            "error: kubemu's kubectl describes pods, deployments, nodes and services, not"
                + " persistentvolumeclaims");
    assertThatThrownBy(() -> kubectl.run("describe pod nope -n app"))
        .hasMessage("Error from server (NotFound): pods \"nope\" not found");
    assertThat(kubectl.run("describe deploy -n app"))
        .isEqualTo("No resources found in app namespace.\n");
  }
}
