package io.kubemu.engine.api;

import static io.kubemu.engine.api.Fixtures.T0;
import static io.kubemu.engine.api.Fixtures.deployment;
import static io.kubemu.engine.api.Fixtures.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiServerCreateTest {
  final Fixtures.Server s = Fixtures.server();
  final ApiServer api = s.api();

  @Test
  void systemNamespacesExistFromTheStart() {
    assertThat(api.list(Namespace.class))
        .extracting(n -> n.metadata().name())
        .containsExactly("default", "kube-node-lease", "kube-public", "kube-system");
    Namespace ns = api.get(Namespace.class, null, "default");
    assertThat(ns.status().phase()).isEqualTo("Active");
    assertThat(ns.spec().finalizers()).containsExactly("kubernetes");
    assertThat(ns.metadata().labels()).containsEntry("kubernetes.io/metadata.name", "default");
    assertThat(api.resourceVersion()).isEqualTo("4");
  }

  @Test
  void createAssignsServerFields() {
    s.loop().advance(Duration.ofSeconds(3));

    Deployment d = api.create(deployment("web", 3));

    ObjectMeta m = d.metadata();
    assertThat(m.namespace()).isEqualTo("default");
    assertThat(m.uid())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(m.resourceVersion()).isEqualTo("5");
    assertThat(m.generation()).isEqualTo(1L);
    assertThat(m.creationTimestamp()).isEqualTo(T0.plusSeconds(3));
    assertThat(api.get(Deployment.class, "default", "web")).isEqualTo(d);
    assertThat(api.create(deployment("api", 1)).metadata().resourceVersion()).isEqualTo("6");
  }

  @Test
  void createIgnoresStatusExceptForNodes() {
    Deployment withStatus =
        deployment("web", 3)
            .withStatus(new DeploymentStatus(null, 3, null, 3, 3, null, null, null, null));
    assertThat(api.create(withStatus).status()).isNull();
    assertThat(api.create(pod("p", null)).status().phase()).isEqualTo("Pending");
  }

  @Test
  void theSameNameTwiceIsAlreadyExists() {
    api.create(deployment("web", 1));
    assertThatThrownBy(() -> api.create(deployment("web", 2)))
        .isInstanceOf(ApiException.AlreadyExists.class)
        .hasMessage("deployments.apps \"web\" already exists")
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(409));
  }

  @Test
  void aNameOrGenerateNameIsRequired() {
    Deployment d = deployment("x", 1);
    assertThatThrownBy(() -> api.create(d.withMetadata(d.metadata().withName(null))))
        .isInstanceOf(ApiException.Invalid.class)
        .hasMessage(
            "Deployment.apps \"\" is invalid: metadata.name: Required value: name or generateName"
                + " is required");
  }

  @Test
  void aResourceVersionOnCreateIsABadRequest() {
    Deployment d = deployment("x", 1);
    assertThatThrownBy(() -> api.create(d.withMetadata(d.metadata().withResourceVersion("3"))))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessage("resourceVersion should not be set on objects to be created");
  }

  @Test
  void generateNameAppendsFiveCharactersFromKubernetesAlphabet() {
    Pod p = pod(null, null);
    Pod generated = api.create(p.withMetadata(p.metadata().withGenerateName("web-7d4b9c-")));

    assertThat(generated.metadata().name()).matches("web-7d4b9c-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(generated.metadata().generateName()).isEqualTo("web-7d4b9c-");
  }

  @Test
  void generateNameTruncatesTheBaseTo58Characters() {
    Pod p = pod(null, null);
    String base = "a".repeat(70);
    Pod generated = api.create(p.withMetadata(p.metadata().withGenerateName(base)));
    assertThat(generated.metadata().name()).hasSize(63).startsWith("a".repeat(58));
  }

  @Test
  void generatedNamesAndUidsAreDeterministicForASeed() {
    assertThat(generatedNames(Fixtures.server())).isEqualTo(generatedNames(Fixtures.server()));
  }

  private static List<String> generatedNames(Fixtures.Server server) {
    List<String> out = new ArrayList<>();
    Pod p = pod(null, null);
    for (int i = 0; i < 5; i++) {
      Pod created = server.api().create(p.withMetadata(p.metadata().withGenerateName("web-")));
      out.add(created.metadata().name() + " " + created.metadata().uid());
    }
    return out;
  }

  @Test
  void namespacedObjectsDefaultToDefaultAndMissingNamespacesAreCreated() {
    Deployment d = deployment("web", 1);
    api.create(d.withMetadata(d.metadata().withNamespace("app")));

    assertThat(api.find(Namespace.class, null, "app")).isPresent();
    assertThat(api.get(Deployment.class, "app", "web").metadata().namespace()).isEqualTo("app");
    assertThat(s.timeline().render())
        .endsWith(
            "rv=5 create Namespace app\n"
                + "2024-01-01T00:00:00Z rv=6 create Deployment.apps app/web");
  }

  @Test
  void strictNamespacesRequireTheNamespace() {
    ApiServer strict = Fixtures.server(ApiServer.Options.DEFAULT.withStrictNamespaces(true)).api();
    Deployment d = deployment("web", 1);

    assertThatThrownBy(() -> strict.create(d.withMetadata(d.metadata().withNamespace("app"))))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("namespaces \"app\" not found");
    assertThat(strict.list(Deployment.class)).isEmpty();

    strict.create(new Namespace(ObjectMeta.named("app"), null, null));
    assertThat(strict.create(d.withMetadata(d.metadata().withNamespace("app")))).isNotNull();
  }

  @Test
  void clusterScopedObjectsCarryNoNamespace() {
    Node n = api.create(new Node(ObjectMeta.named("ignored", "n1"), null, null));
    assertThat(n.metadata().namespace()).isNull();
    assertThat(api.get(Node.class, null, "n1")).isEqualTo(n);
    assertThat(api.get(Node.class, "whatever", "n1")).isEqualTo(n);
  }

  @Test
  void getOfAMissingObjectIsNotFound() {
    assertThatThrownBy(() -> api.get(Deployment.class, "default", "web"))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("deployments.apps \"web\" not found");
    assertThatThrownBy(() -> api.get(Pod.class, null, "p")).hasMessage("pods \"p\" not found");
  }

  @Test
  void listsAreSortedByNamespaceThenName() {
    for (String key : List.of("b/x1", "a-b/x1", "a/y1", "a/x1")) {
      String[] nn = key.split("/");
      Deployment d = deployment(nn[1], 1);
      api.create(d.withMetadata(d.metadata().withNamespace(nn[0])));
    }
    assertThat(api.list(Deployment.class))
        .extracting(Deployment::key)
        .containsExactly("a/x1", "a/y1", "a-b/x1", "b/x1");
    assertThat(api.list(Deployment.class, "a"))
        .extracting(Deployment::key)
        .containsExactly("a/x1", "a/y1");
  }

  @Test
  void labelSelectorsSelect() {
    api.create(deployment("web", 1));
    Deployment db = deployment("db", 1);
    api.create(db.withMetadata(db.metadata().withLabel("tier", "db")));

    ObjectList<Deployment> list =
        api.list(Deployment.class, ListOptions.all().labels("tier in (db,cache)"));
    assertThat(list.items()).extracting(d -> d.metadata().name()).containsExactly("db");
    assertThat(list.resourceVersion()).isEqualTo(api.resourceVersion());
    assertThat(api.list(Deployment.class, ListOptions.all().labels("!tier")).items())
        .extracting(d -> d.metadata().name())
        .containsExactly("web");
  }
}
