package io.kubemu.engine.api.admission;

import static io.kubemu.engine.api.admission.Admit.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.kubemu.model.IntOrString;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.storage.StorageClass;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The core/v1 defaults of everything but pods, and storage.k8s.io/v1's. */
class CoreDefaultsTest {

  static final Service SERVICE =
      yaml(
          Service.class,
          """
          apiVersion: v1
          kind: Service
          metadata: {name: web}
          spec:
            selector: {app: web}
            ports:
            - port: 80
            - port: 443
              targetPort: https
          """);

  static final Service NODE_PORT =
      yaml(
          Service.class,
          """
          apiVersion: v1
          kind: Service
          metadata: {name: web}
          spec:
            type: NodePort
            ports: [{port: 80}]
          """);

  static final Service LOAD_BALANCER =
      yaml(
          Service.class,
          """
          apiVersion: v1
          kind: Service
          metadata: {name: web}
          spec:
            type: LoadBalancer
            ports: [{port: 80}]
          """);

  static final PersistentVolumeClaim CLAIM =
      yaml(
          PersistentVolumeClaim.class,
          """
          apiVersion: v1
          kind: PersistentVolumeClaim
          metadata: {name: data}
          spec:
            accessModes: [ReadWriteOnce]
            resources: {requests: {storage: 1Gi}}
          """);

  static final PersistentVolume VOLUME =
      yaml(
          PersistentVolume.class,
          """
          apiVersion: v1
          kind: PersistentVolume
          metadata: {name: pv1}
          spec:
            capacity: {storage: 10Gi}
            accessModes: [ReadWriteOnce]
            hostPath: {path: /data}
          """);

  static final Node NODE =
      yaml(
          Node.class,
          """
          apiVersion: v1
          kind: Node
          metadata: {name: n1}
          status:
            capacity: {cpu: "4", memory: 8Gi, pods: "110"}
          """);

  static final Namespace NAMESPACE =
      yaml(Namespace.class, "apiVersion: v1\nkind: Namespace\nmetadata: {name: app}\n");

  static final Secret SECRET =
      yaml(Secret.class, "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: YQ==}\n");

  static final Endpoints ENDPOINTS =
      yaml(
          Endpoints.class,
          """
          apiVersion: v1
          kind: Endpoints
          metadata: {name: web}
          subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{port: 80}]
          """);

  static final StorageClass STORAGE_CLASS =
      yaml(
          StorageClass.class,
          """
          apiVersion: storage.k8s.io/v1
          kind: StorageClass
          metadata: {name: fast}
          provisioner: kubernetes.io/no-provisioner
          """);

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void sets_the_default(
      String field, KubernetesObject in, Function<KubernetesObject, Object> get, Object expected) {
    KubernetesObject out = DefaultingAdmission.defaults(in);
    assertThat(get.apply(in)).as("before").isNotEqualTo(expected);
    assertThat(get.apply(out)).isEqualTo(expected);
    assertThat(DefaultingAdmission.defaults(out)).as("idempotent").isSameAs(out);
  }

  static Stream<Arguments> defaults() {
    return Stream.of(
        arguments("Service type", SERVICE, svc(s -> s.spec().type()), "ClusterIP"),
        arguments("Service sessionAffinity", SERVICE, svc(s -> s.spec().sessionAffinity()), "None"),
        arguments(
            "Service port protocol", SERVICE, svc(s -> s.spec().ports().get(0).protocol()), "TCP"),
        arguments(
            "Service targetPort = port",
            SERVICE,
            svc(s -> s.spec().ports().get(0).targetPort()),
            IntOrString.of(80)),
        arguments(
            "Service named targetPort kept",
            SERVICE,
            svc(
                s ->
                    s.spec().ports().get(1).targetPort()
                        + "/"
                        + s.spec().ports().get(1).protocol()),
            "https/TCP"),
        arguments(
            "Service internalTrafficPolicy",
            SERVICE,
            svc(s -> s.spec().internalTrafficPolicy()),
            "Cluster"),
        arguments(
            "NodePort externalTrafficPolicy",
            NODE_PORT,
            svc(s -> s.spec().externalTrafficPolicy()),
            "Cluster"),
        arguments(
            "LoadBalancer allocateLoadBalancerNodePorts",
            LOAD_BALANCER,
            svc(s -> s.spec().allocateLoadBalancerNodePorts()),
            true),
        arguments(
            "PersistentVolumeClaim volumeMode",
            CLAIM,
            g(o -> ((PersistentVolumeClaim) o).spec().volumeMode()),
            "Filesystem"),
        arguments(
            "PersistentVolumeClaim phase",
            CLAIM,
            g(o -> phase(((PersistentVolumeClaim) o).status())),
            "Pending"),
        arguments(
            "PersistentVolume reclaim policy",
            VOLUME,
            g(o -> ((PersistentVolume) o).spec().persistentVolumeReclaimPolicy()),
            "Retain"),
        arguments(
            "PersistentVolume volumeMode",
            VOLUME,
            g(o -> ((PersistentVolume) o).spec().volumeMode()),
            "Filesystem"),
        arguments(
            "PersistentVolume hostPath type",
            VOLUME,
            g(o -> ((PersistentVolume) o).spec().hostPath().type()),
            ""),
        arguments(
            "PersistentVolume phase",
            VOLUME,
            g(
                o ->
                    ((PersistentVolume) o).status() == null
                        ? null
                        : ((PersistentVolume) o).status().phase()),
            "Pending"),
        arguments(
            "Node allocatable = capacity",
            NODE,
            g(o -> ((Node) o).status().allocatable()),
            Map.of(
                "cpu",
                Quantity.parse("4"),
                "memory",
                Quantity.parse("8Gi"),
                "pods",
                Quantity.parse("110"))),
        arguments(
            "Namespace name label",
            NAMESPACE,
            g(o -> o.metadata().label("kubernetes.io/metadata.name")),
            "app"),
        arguments(
            "Namespace phase",
            NAMESPACE,
            g(o -> ((Namespace) o).status() == null ? null : ((Namespace) o).status().phase()),
            "Active"),
        arguments("Secret type", SECRET, g(o -> ((Secret) o).type()), "Opaque"),
        arguments(
            "Endpoints port protocol",
            ENDPOINTS,
            g(o -> ((Endpoints) o).subsets().get(0).ports().get(0).protocol()),
            "TCP"),
        arguments(
            "StorageClass reclaimPolicy",
            STORAGE_CLASS,
            g(o -> ((StorageClass) o).reclaimPolicy()),
            "Delete"),
        arguments(
            "StorageClass volumeBindingMode",
            STORAGE_CLASS,
            g(o -> ((StorageClass) o).volumeBindingMode()),
            "Immediate"));
  }

  private static Object phase(io.kubemu.model.core.PersistentVolumeClaimStatus s) {
    return s == null ? null : s.phase();
  }

  private static Function<KubernetesObject, Object> g(Function<KubernetesObject, Object> f) {
    return f;
  }

  private static Function<KubernetesObject, Object> svc(Function<Service, Object> f) {
    return o -> f.apply((Service) o);
  }
}
