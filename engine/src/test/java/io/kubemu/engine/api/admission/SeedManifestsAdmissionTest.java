package io.kubemu.engine.api.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.FieldError;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import io.kubemu.model.meta.LabelSelector;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed manifest passes validation once defaulted, alone and through the API server. */
class SeedManifestsAdmissionTest {

  static Stream<String> manifests() throws IOException, URISyntaxException {
    Path dir = Path.of(SeedManifestsAdmissionTest.class.getResource("/seed/manifests").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void is_valid_after_defaulting(String file) {
    for (KubernetesObject o : Manifests.readResource("seed/manifests/" + file)) {
      KubernetesObject obj = DefaultingAdmission.defaults(o);
      if (obj instanceof Service) {
        // the service storage's IP step (normalizes clusterIP None into clusterIPs)
        obj =
            new ClusterIPAllocator(new Random(1))
                .admit(
                    new AdmissionRequest(
                        Admission.Operation.CREATE,
                        "",
                        io.kubemu.model.Kinds.of(Service.class),
                        obj,
                        null));
      }
      obj = withServerFields(obj);
      List<FieldError> errors = ValidatingAdmission.validateCreate(obj);
      assertThat(errors).as(file + ": " + o.key()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void is_created_by_the_api_server(String file) {
    ApiServer server = Admit.server();
    for (KubernetesObject o : Manifests.readResource("seed/manifests/" + file)) {
      if (o instanceof Job job) {
        // the API server does not generate job selectors yet (jobStrategy.PrepareForCreate)
        o =
            job.withSpec(
                RecordEdit.of(job.spec())
                    .set("manualSelector", true)
                    .set("selector", LabelSelector.of(job.spec().template().metadata().labels()))
                    .build());
      }
      KubernetesObject stored = server.create(o);
      assertThat(stored.metadata().resourceVersion()).as(file + ": " + o.key()).isNotNull();
      if (stored instanceof Pod pod) {
        assertThat(pod.spec().tolerations()).hasSize(2);
        assertThat(pod.spec().serviceAccountName()).isEqualTo("default");
      }
    }
  }

  // what the API server sets before validation: namespace, uid, and the job's selector
  private static <T extends KubernetesObject> T withServerFields(T o) {
    var m = o.metadata().withUid("4f2b9a1e-0000-4000-8000-000000000001");
    if (Kinds.namespaced(o) && (m.namespace() == null || m.namespace().isEmpty())) {
      m = m.withNamespace("default");
    }
    @SuppressWarnings("unchecked")
    T out = (T) o.withMetadata(m);
    if (out instanceof Job job) {
      @SuppressWarnings("unchecked")
      T generated = (T) BatchDefaults.generateSelector(job);
      return generated;
    }
    return out;
  }

  /** Scope lookups. */
  static final class Kinds {
    static boolean namespaced(KubernetesObject o) {
      return io.kubemu.model.Kinds.of(o.getClass()).namespaced();
    }
  }
}
