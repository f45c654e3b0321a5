package io.kubemu.dsl;

import static io.kubemu.dsl.Kubemu.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every document of every seed manifest ({@code seed/manifests/*.yaml}), rebuilt in the DSL, by
 * file name. Each entry reads like its YAML file, document for document.
 */
final class SeedManifestsDsl {
  private SeedManifestsDsl() {}

  static final Map<String, List<ObjectBuilder<?>>> BY_FILE = new TreeMap<>();

  static {
    BY_FILE.put(
        "cronjob.yaml",
        List.of(
            cronJob("hello", "*/1 * * * *")
                .concurrencyPolicy("Forbid")
                .successfulJobsHistoryLimit(3)
                .failedJobsHistoryLimit(10)
                .jobTemplate(
                    job()
                        .template(
                            pod()
                                .container(
                                    container("hello")
                                        .image("busybox")
                                        .imagePullPolicy("IfNotPresent")
                                        .args(
                                            "/bin/sh",
                                            "-c",
                                            "date; echo Hello from the Kubernetes cluster"))
                                .restartPolicy("OnFailure")))));

    BY_FILE.put(
        "job.yaml",
        List.of(
            job("test-job")
                .namespace("default")
                .template(
                    pod()
                        .labels("jobType", "sleep")
                        .restartPolicy("Never")
                        .container(
                            container("job-sleep")
                                .image("busybox:latest")
                                .command("sleep", "60")))));

    BY_FILE.put("nginx-v1.12.yaml", List.of(nginxDeploy("v1.12", 1)));
    BY_FILE.put("nginx-v1.13.yaml", List.of(nginxDeploy("v1.13", 5)));
    BY_FILE.put("nginx-v1.14.yaml", List.of(nginxDeploy("v1.14", 1)));
    BY_FILE.put("nginx-v1.15.yaml", List.of(nginxDeploy("v1.15", 1)));

    BY_FILE.put(
        "nodes-centos7.yaml",
        List.of(
            master("centos-7-51"),
            master("centos-7-52"),
            master("centos-7-53"),
            node("centos-7-54").labels("ssd", "true", "cpu", "high"),
            node("centos-7-55").labels("ssd", "true"),
            node("centos-7-56").labels("cpu", "high")));

    BY_FILE.put("nodes-hdss7.yaml", List.of(node("hdss7-21.host.com"), node("hdss7-22.host.com")));

    BY_FILE.put(
        "pod-01-liveness.yaml",
        List.of(
            pod("pod-01")
                .namespace("app")
                .labels("app", "centos7", "release", "stable", "version", "t1")
                .container(
                    container("centos")
                        .image("harbor.od.com/public/centos:7")
                        .command(
                            "/bin/bash",
                            "-c",
                            "echo 'abc' > /tmp/health;sleep 60;rm -f /tmp/health;sleep 600")
                        .liveness(exec("/bin/bash", "-c", "[ -f /tmp/health ]")))));

    BY_FILE.put(
        "pod-demo.yaml",
        List.of(
            pod("pod-demo")
                .namespace("app")
                .labels("app", "centos7", "release", "stable", "environment", "dev")
                .container(
                    container("centos")
                        .image("harbor.od.com/public/centos:7")
                        .command("/bin/bash", "-c", "sleep 3600"))));

    BY_FILE.put("proxy-v1.12.yaml", List.of(proxyDaemonSet("v1.12")));
    BY_FILE.put("proxy-v1.13.yaml", List.of(proxyDaemonSet("v1.13")));

    BY_FILE.put(
        "sched-nodeaffinity-1-required-match.yaml",
        List.of(
            nginxDemo(5)
                .template(
                    nginxDemoPod()
                        .requiredNodeAffinity(
                            nodeSelectorTerm()
                                .matchExpressions(
                                    expression("ssd", "DoesNotExist"),
                                    expression("cpu", "In", "high"))))));

    BY_FILE.put(
        "sched-nodeaffinity-2-required-nomatch.yaml",
        List.of(
            nginxDemo(5)
                .template(
                    nginxDemoPod()
                        .requiredNodeAffinity(
                            nodeSelectorTerm()
                                .matchExpressions(
                                    expression("ssd", "DoesNotExist"),
                                    expression("cpu", "NotIn", "high"))))));

    BY_FILE.put(
        "sched-nodeaffinity-3-preferred-nomatch.yaml",
        List.of(
            nginxDemo(5)
                .template(
                    nginxDemoPod()
                        .preferredNodeAffinity(
                            5,
                            nodeSelectorTerm()
                                .matchExpressions(
                                    expression("ssd", "DoesNotExist"),
                                    expression("cpu", "NotIn", "high"))))));

    BY_FILE.put(
        "sched-nodeaffinity-4-preferred-match.yaml",
        List.of(
            nginxDemo(5)
                .template(
                    nginxDemoPod()
                        .preferredNodeAffinity(
                            10,
                            nodeSelectorTerm()
                                .matchExpressions(
                                    expression("ssd", "DoesNotExist"),
                                    expression("cpu", "In", "high"))))));

    BY_FILE.put(
        "sched-nodename.yaml",
        List.of(nginxDemo(5).template(nginxDemoPod().nodeName("centos-7-56"))));

    BY_FILE.put(
        "sched-nodeselector.yaml",
        List.of(nginxDemo(5).template(nginxDemoPod().nodeSelector("ssd", "true", "cpu", "high"))));

    BY_FILE.put(
        "sched-podaffinity-1-required.yaml",
        List.of(
            slbDeploy()
                .template(
                    slbPod()
                        .requiredPodAffinity(
                            podAffinityTerm()
                                .labelSelector("app", "nginx")
                                .namespaces("default")
                                .topologyKey("cpu")))));

    BY_FILE.put(
        "sched-podaffinity-2-preferred.yaml",
        List.of(
            slbDeploy()
                .template(
                    slbPod()
                        .preferredPodAffinity(
                            10,
                            podAffinityTerm()
                                .labelSelector("app", "nginx")
                                .namespaces("default")
                                .topologyKey("cpu")))));

    BY_FILE.put(
        "sched-prometheus-dedicated.yaml",
        List.of(
            deployment("prometheus")
                .replicas(1)
                .selector("app", "prometheus")
                .template(
                    pod()
                        .labels("app", "prometheus")
                        .container(container("prometheus-demo").image("linuxduduniao/nginx:v1.0.1"))
                        .nodeSelector("prometheus", "true")
                        .toleration(
                            toleration("monitor").operator("Exists").effect("NoSchedule")))));

    BY_FILE.put("sched-taint-demo.yaml", List.of(nginxDemo(6).template(nginxDemoPod())));

    BY_FILE.put(
        "statefulset-nginx-web.yaml",
        List.of(
            service("my-svc")
                .namespace("apps")
                .selector("app", "nginx-web", "role", "web", "state", "true")
                .clusterIP("None")
                .port("http", 80, 80),
            statefulSet("nginx-web")
                .namespace("apps")
                .labels("app", "nginx", "role", "web")
                .replicas(2)
                .serviceName("my-svc")
                .selector("app", "nginx-web", "role", "web", "state", "true")
                .template(
                    pod()
                        .labels("app", "nginx-web", "role", "web", "state", "true")
                        .container(
                            container("nginx-web")
                                .image("linuxduduniao/nginx:v1.0.0")
                                .port("http", 80)
                                .readiness(httpGet(80, "/health"))
                                .volumeMount("nginx-web", "/usr/share/nginx/html")))
                .volumeClaimTemplate(
                    pvc("nginx-web")
                        .namespace("apps")
                        .accessModes("ReadWriteOnce")
                        .requests(storage("2Gi"))
                        .storageClassName("managed-nfs-storage"))));
  }

  /** nginx-v1.1x.yaml: the Deployment of sections 2-3, one per nginx version. */
  static DeploymentBuilder nginxDeploy(String version, int maxSurge) {
    return deployment("nginx-deploy")
        .namespace("app")
        .replicas(5)
        .selector("app", "nginx", "release", "stable", "tier", "slb", "partition", "website")
        .rollingUpdate(maxSurge(maxSurge), maxUnavailable(0))
        .template(
            pod()
                .labels("app", "nginx", "release", "stable", "tier", "slb")
                .labels("partition", "website", "version", version)
                .container(
                    container("nginx-pod")
                        .image("harbor.od.com/public/nginx:" + version)
                        .postStart(
                            exec(
                                "/bin/bash",
                                "-c",
                                "echo 'health check ok!' > /usr/share/nginx/html/health.html"))
                        .readiness(httpGet(80, "/health.html").initialDelaySeconds(5))
                        .liveness(
                            httpGet(80, "/health.html").initialDelaySeconds(10).periodSeconds(5))));
  }

  /** proxy-v1.1x.yaml: the DaemonSet of section 4 with a hostPort. */
  private static DaemonSetBuilder proxyDaemonSet(String version) {
    return daemonSet("proxy-daemonset")
        .namespace("app")
        .labels("app", "nginx", "release", "stable", "partition", "CRM")
        .selector("app", "nginx", "release", "stable", "tier", "proxy", "partition", "CRM")
        .rollingUpdate(maxUnavailable(1))
        .template(
            pod()
                .labels("app", "nginx", "release", "stable", "tier", "proxy")
                .labels("partition", "CRM", "version", version)
                .container(
                    container("nginx-proxy")
                        .image("harbor.od.com/public/nginx:" + version)
                        .port(port(80).name("http").hostPort(10080))
                        .postStart(
                            exec(
                                "/bin/bash",
                                "-c",
                                "echo 'health check ok!' > /usr/share/nginx/html/health.html"))
                        .readiness(httpGet(80, "/health.html").initialDelaySeconds(5))
                        .liveness(
                            httpGet(80, "/health.html").initialDelaySeconds(10).periodSeconds(5))));
  }

  private static NodeBuilder master(String name) {
    return node(name)
        .label("node-role.kubernetes.io/master", "")
        .taint(taint("node-role.kubernetes.io/master", "NoSchedule"));
  }

  /** The skeleton of the sched-* nginx Deployments, without its template. */
  private static DeploymentBuilder nginxDemo(int replicas) {
    return deployment("nginx-deploy").replicas(replicas).selector("app", "nginx");
  }

  private static PodBuilder nginxDemoPod() {
    return pod()
        .labels("app", "nginx")
        .container(container("nginx-demo").image("linuxduduniao/nginx:v1.0.0"));
  }

  private static DeploymentBuilder slbDeploy() {
    return deployment("slb-deploy").replicas(5).selector("app", "slb");
  }

  private static PodBuilder slbPod() {
    return pod()
        .labels("app", "slb")
        .container(container("slb-demo").image("linuxduduniao/nginx:v1.0.1"));
  }
}
