package io.kubemu.engine.kubectl.printers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kubemu.manifest.Json;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Column rendering of every kind, as whole tables with kubectl's spacing. */
class PrintersTest {

  static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");
  static final String T0 = "2026-01-01T00:00:00Z"; // an hour before NOW

  static <T extends KubernetesObject> T yaml(String text, Class<T> type) {
    try {
      return Json.yamlMapper().readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String render(List<? extends KubernetesObject> objects, PrintOptions options) {
    return TablePrinter.render(
        Printers.table(Kinds.of(objects.get(0).getClass()), objects, NOW), options);
  }

  static String render(KubernetesObject o) {
    return render(List.of(o), PrintOptions.DEFAULT);
  }

  static String wide(KubernetesObject o) {
    return render(List.of(o), PrintOptions.DEFAULT.withWide(true));
  }

  static final Deployment DEPLOYMENT =
      yaml(
          """
          metadata: {name: nginx-deploy, namespace: app, creationTimestamp: "2026-01-01T00:59:00Z"}
          spec:
            replicas: 5
            selector: {matchLabels: {app: nginx, tier: slb}}
            template:
              metadata: {labels: {app: nginx, tier: slb}}
              spec:
                containers:
                - {name: nginx-pod, image: "harbor.od.com/public/nginx:v1.12"}
          status: {replicas: 6, updatedReplicas: 2, readyReplicas: 4, availableReplicas: 4}
          """,
          Deployment.class);

  @Test
  void deployments() {
    assertThat(render(DEPLOYMENT))
        .isEqualTo(
            """
            NAME           READY   UP-TO-DATE   AVAILABLE   AGE
            nginx-deploy   4/5     2            4           60s
            """);
    assertThat(wide(DEPLOYMENT))
        .isEqualTo(
            """
            NAME           READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES                             SELECTOR
            nginx-deploy   4/5     2            4           60s   nginx-pod    harbor.od.com/public/nginx:v1.12   app=nginx,tier=slb
            """);
  }

  @Test
  void replica_sets_with_label_columns() {
    ReplicaSet v12 =
        yaml(
            """
            metadata:
              name: nginx-deploy-5d4f8b7c9
              creationTimestamp: "2026-01-01T00:00:00Z"
              labels: {app: nginx, version: v1.12}
            spec: {replicas: 0, selector: {matchLabels: {app: nginx}}}
            status: {replicas: 0}
            """,
            ReplicaSet.class);
    ReplicaSet v13 =
        yaml(
            """
            metadata:
              name: nginx-deploy-6b8c7d5f4
              creationTimestamp: "2026-01-01T00:57:00Z"
              labels: {app: nginx, version: v1.13}
            spec: {replicas: 5, selector: {matchLabels: {app: nginx}}}
            status: {replicas: 5, readyReplicas: 5}
            """,
            ReplicaSet.class);
    assertThat(render(List.of(v12, v13), PrintOptions.DEFAULT.withColumnLabels(List.of("version"))))
        .isEqualTo(
            """
            NAME                     DESIRED   CURRENT   READY   AGE   VERSION
            nginx-deploy-5d4f8b7c9   0         0         0       60m   v1.12
            nginx-deploy-6b8c7d5f4   5         5         5       3m    v1.13
            """);
  }

  @Test
  void daemon_sets() {
    DaemonSet ds =
        yaml(
            """
            metadata: {name: proxy-daemonset, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              selector: {matchLabels: {tier: proxy}}
              template:
                metadata: {labels: {tier: proxy}}
                spec:
                  nodeSelector: {kubernetes.io/os: linux}
                  containers: [{name: proxy, image: "nginx:1.12"}]
            status:
              desiredNumberScheduled: 2
              currentNumberScheduled: 2
              numberReady: 1
              updatedNumberScheduled: 2
              numberAvailable: 1
            """,
            DaemonSet.class);
    assertThat(render(ds))
        .isEqualTo(
            """
            NAME              DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE
            proxy-daemonset   2         2         1       2            1           kubernetes.io/os=linux   60m
            """);
  }

  @Test
  void stateful_sets() {
    StatefulSet sts =
        yaml(
            """
            metadata: {name: nginx-web, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              replicas: 2
              serviceName: my-svc
              selector: {matchLabels: {app: web}}
              template:
                spec: {containers: [{name: nginx-web, image: "linuxduduniao/nginx:v1.0.0"}]}
            status: {replicas: 2, readyReplicas: 1}
            """,
            StatefulSet.class);
    assertThat(wide(sts))
        .isEqualTo(
            """
            NAME        READY   AGE   CONTAINERS   IMAGES
            nginx-web   1/2     60m   nginx-web    linuxduduniao/nginx:v1.0.0
            """);
  }

  @Test
  void jobs_have_status_completions_and_duration() {
    Job running =
        yaml(
            """
            metadata: {name: pi, creationTimestamp: "2026-01-01T00:59:00Z"}
            spec: {template: {spec: {containers: [{name: pi, image: perl}]}}}
            status: {startTime: "2026-01-01T00:59:00Z", active: 1}
            """,
            Job.class);
    Job complete =
        yaml(
            """
            metadata: {name: sleep-60, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {completions: 1, template: {spec: {containers: [{name: sleep, image: busybox}]}}}
            status:
              startTime: "2026-01-01T00:00:00Z"
              completionTime: "2026-01-01T00:01:05Z"
              succeeded: 1
              conditions: [{type: Complete, status: "True"}]
            """,
            Job.class);
    Job parallel =
        yaml(
            """
            metadata: {name: work, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              parallelism: 3
              suspend: true
              template: {spec: {containers: [{name: w, image: busybox}]}}
            status: {conditions: [{type: Suspended, status: "True"}]}
            """,
            Job.class);
    assertThat(render(List.of(running, complete, parallel), PrintOptions.DEFAULT))
        .isEqualTo(
            """
            NAME       STATUS      COMPLETIONS   DURATION   AGE
            pi         Running     0/1           60s        60s
            sleep-60   Complete    1/1           65s        60m
            work       Suspended   0/1 of 3                 60m
            """);
  }

  @Test
  void cron_jobs() {
    CronJob cj =
        yaml(
            """
            metadata: {name: hello, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              schedule: "*/1 * * * *"
              jobTemplate:
                spec: {template: {spec: {containers: [{name: hello, image: busybox}]}}}
            status: {lastScheduleTime: "2026-01-01T00:59:00Z"}
            """,
            CronJob.class);
    assertThat(render(cj))
        .isEqualTo(
            """
            NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE
            hello   */1 * * * *   <none>     False     0        60s             60m
            """);
  }

  @Test
  void services_headless_and_node_ports() {
    Service web =
        yaml(
            """
            metadata: {name: web, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              type: NodePort
              clusterIP: 10.96.0.10
              clusterIPs: [10.96.0.10]
              selector: {app: web}
              ports: [{port: 80, protocol: TCP, nodePort: 30080}, {port: 443, protocol: TCP}]
            """,
            Service.class);
    Service headless =
        yaml(
            """
            metadata: {name: my-svc, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              clusterIP: None
              clusterIPs: [None]
              selector: {app: web}
              ports: [{port: 80}]
            """,
            Service.class);
    Service lb =
        yaml(
            """
            metadata: {name: edge, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {type: LoadBalancer, clusterIP: 10.96.0.11, ports: [{port: 80, protocol: UDP}]}
            """,
            Service.class);
    assertThat(render(List.of(web, headless, lb), PrintOptions.DEFAULT.withWide(true)))
        .isEqualTo(
            """
            NAME     TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)                AGE   SELECTOR
            web      NodePort       10.96.0.10   <none>        80:30080/TCP,443/TCP   60m   app=web
            my-svc   ClusterIP      None         <none>        80/TCP                 60m   app=web
            edge     LoadBalancer   10.96.0.11   <pending>     80/UDP                 60m   <none>
            """);
  }

  @Test
  void endpoints_show_three_addresses_then_a_count() {
    Endpoints ep =
        yaml(
            """
            metadata: {name: web, creationTimestamp: "2026-01-01T00:00:00Z"}
            subsets:
            - addresses: [{ip: 10.4.1.2}, {ip: 10.4.1.3}, {ip: 10.4.2.2}, {ip: 10.4.2.3}, {ip: 10.4.2.4}]
              ports: [{port: 80}]
            """,
            Endpoints.class);
    Endpoints empty =
        yaml(
            "metadata: {name: none, creationTimestamp: \"2026-01-01T00:00:00Z\"}", Endpoints.class);
    assertThat(render(List.of(ep, empty), PrintOptions.DEFAULT))
        .isEqualTo(
            """
            NAME   ENDPOINTS                                         AGE
            web    10.4.1.2:80,10.4.1.3:80,10.4.2.2:80 + 2 more...   60m
            none   <none>                                            60m
            """);
  }

  @Test
  void persistent_volume_claims_and_volumes() {
    PersistentVolumeClaim bound =
        yaml(
            """
            metadata: {name: nginx-web-nginx-web-0, namespace: apps, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              accessModes: [ReadWriteOnce]
              storageClassName: managed-nfs-storage
              volumeName: pvc-1
              resources: {requests: {storage: 1Gi}}
            status: {phase: Bound, accessModes: [ReadWriteOnce, ReadWriteMany], capacity: {storage: 1Gi}}
            """,
            PersistentVolumeClaim.class);
    PersistentVolumeClaim pending =
        yaml(
            """
            metadata: {name: data, namespace: apps, creationTimestamp: "2026-01-01T00:59:30Z"}
            spec: {accessModes: [ReadWriteOncePod], resources: {requests: {storage: 5Gi}}}
            status: {phase: Pending}
            """,
            PersistentVolumeClaim.class);
    assertThat(render(List.of(bound, pending), PrintOptions.DEFAULT.withWide(true)))
        .isEqualTo(
            """
            NAME                    STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS          VOLUMEATTRIBUTESCLASS   AGE   VOLUMEMODE
            nginx-web-nginx-web-0   Bound     pvc-1    1Gi        RWO,RWX        managed-nfs-storage   <unset>                 60m   <unset>
            data                    Pending                                                            <unset>                 30s   <unset>
            """);
    PersistentVolume pv =
        yaml(
            """
            metadata: {name: pvc-1, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec:
              capacity: {storage: 1Gi}
              accessModes: [ReadWriteOnce]
              persistentVolumeReclaimPolicy: Delete
              storageClassName: managed-nfs-storage
              claimRef: {namespace: apps, name: nginx-web-nginx-web-0}
            status: {phase: Bound}
            """,
            PersistentVolume.class);
    assertThat(render(pv))
        .isEqualTo(
            """
            NAME    CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM                        STORAGECLASS          VOLUMEATTRIBUTESCLASS   REASON   AGE
            pvc-1   1Gi        RWO            Delete           Bound    apps/nginx-web-nginx-web-0   managed-nfs-storage   <unset>                          60m
            """);
  }

  @Test
  void nodes_status_roles_and_version() {
    Node master =
        yaml(
            """
            metadata:
              name: centos-7-51
              creationTimestamp: "2025-12-29T01:00:00Z"
              labels: {node-role.kubernetes.io/master: ""}
            spec: {unschedulable: true}
            status:
              conditions: [{type: Ready, status: "True"}]
              addresses: [{type: InternalIP, address: 10.4.7.51}]
              nodeInfo: {kubeletVersion: v1.30.0, osImage: CentOS Linux 7 (Core), kernelVersion: 3.10.0, containerRuntimeVersion: "containerd://1.7.0"}
            """,
            Node.class);
    Node worker =
        yaml(
            """
            metadata:
              name: centos-7-54
              creationTimestamp: "2025-12-31T21:00:00Z"
              labels: {kubernetes.io/role: worker}
            status:
              conditions: [{type: Ready, status: "False"}]
              nodeInfo: {kubeletVersion: v1.30.0}
            """,
            Node.class);
    Node fresh =
        yaml("metadata: {name: new, creationTimestamp: \"2026-01-01T00:59:55Z\"}", Node.class);
    assertThat(render(List.of(master, worker, fresh), PrintOptions.DEFAULT))
        .isEqualTo(
            """
            NAME          STATUS                     ROLES    AGE   VERSION
            centos-7-51   Ready,SchedulingDisabled   master   3d    v1.30.0
            centos-7-54   NotReady                   worker   4h    v1.30.0
            new           Unknown                    <none>   5s   \s
            """);
    assertThat(wide(master))
        .isEqualTo(
            """
            NAME          STATUS                     ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                KERNEL-VERSION   CONTAINER-RUNTIME
            centos-7-51   Ready,SchedulingDisabled   master   3d    v1.30.0   10.4.7.51     <none>        CentOS Linux 7 (Core)   3.10.0           containerd://1.7.0
            """);
  }

  @Test
  void events_with_namespace_column() {
    Event scheduled =
        yaml(
            """
            metadata: {name: pod-demo.1, namespace: app, creationTimestamp: "2026-01-01T00:00:00Z"}
            involvedObject: {kind: Pod, name: pod-demo, namespace: app}
            reason: Scheduled
            message: "Successfully assigned app/pod-demo to hdss7-21.host.com"
            source: {component: default-scheduler}
            firstTimestamp: "2026-01-01T00:58:00Z"
            lastTimestamp: "2026-01-01T00:58:00Z"
            count: 1
            type: Normal
            """,
            Event.class);
    Event backoff =
        yaml(
            """
            metadata: {name: pod-demo.2, namespace: app, creationTimestamp: "2026-01-01T00:00:00Z"}
            involvedObject: {kind: Pod, name: pod-demo, namespace: app, fieldPath: "spec.containers{app}"}
            reason: BackOff
            message: "Back-off restarting failed container app in pod pod-demo_app(1)\\n"
            source: {component: kubelet, host: hdss7-21.host.com}
            firstTimestamp: "2026-01-01T00:50:00Z"
            lastTimestamp: "2026-01-01T00:59:30Z"
            count: 7
            type: Warning
            """,
            Event.class);
    assertThat(render(List.of(scheduled, backoff), PrintOptions.DEFAULT.withNamespace(true)))
        .isEqualTo(
            """
            NAMESPACE   LAST SEEN   TYPE      REASON      OBJECT         MESSAGE
            app         2m          Normal    Scheduled   pod/pod-demo   Successfully assigned app/pod-demo to hdss7-21.host.com
            app         30s         Warning   BackOff     pod/pod-demo   Back-off restarting failed container app in pod pod-demo_app(1)
            """);
    assertThat(render(List.of(backoff), PrintOptions.DEFAULT.withWide(true)))
        .isEqualTo(
            """
            LAST SEEN   TYPE      REASON    OBJECT         SUBOBJECT              SOURCE                       MESSAGE                                                           FIRST SEEN   COUNT   NAME
            30s         Warning   BackOff   pod/pod-demo   spec.containers{app}   kubelet, hdss7-21.host.com   Back-off restarting failed container app in pod pod-demo_app(1)   10m          7       pod-demo.2
            """);
  }

  @Test
  void namespaces_show_labels_and_kind_prefixes() {
    Namespace ns =
        yaml(
            """
            metadata: {name: app, creationTimestamp: "2026-01-01T00:00:00Z", labels: {team: web, env: prod}}
            status: {phase: Active}
            """,
            Namespace.class);
    assertThat(render(List.of(ns), PrintOptions.DEFAULT.withShowLabels(true)))
        .isEqualTo(
            """
            NAME   STATUS   AGE   LABELS
            app    Active   60m   env=prod,team=web
            """);
    assertThat(
            render(
                List.of(ns), PrintOptions.DEFAULT.withKindPrefix("namespace").withNoHeaders(true)))
        .isEqualTo("namespace/app   Active   60m\n");
  }

  @Test
  void an_empty_table_prints_nothing() {
    assertThat(
            TablePrinter.render(
                Printers.table(Kinds.of(Pod.class), List.of(), NOW), PrintOptions.DEFAULT))
        .isEmpty();
  }
}
