package io.kubemu.model.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.ModelYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageClassTest {

  private static final String FULL = "io/kubemu/model/storage/storageclass-full.yaml";

  @Test
  void roundTripsLosslessly() {
    StorageClass sc = ModelYaml.assertRoundTrips(ModelYaml.docs(FULL).get(0), StorageClass.class);

    assertThat(sc.apiVersion()).isEqualTo("storage.k8s.io/v1");
    assertThat(sc.key()).isEqualTo("managed-nfs-storage");
  }

  @Test
  void bindsEveryField() {
    StorageClass sc = ModelYaml.read(FULL, 0, StorageClass.class);

    assertThat(sc.metadata().annotation(StorageClass.IS_DEFAULT_CLASS_ANNOTATION))
        .isEqualTo("true");
    assertThat(sc.provisioner()).isEqualTo("example.com/nfs");
    assertThat(sc.parameters())
        .containsExactly(Map.entry("archiveOnDelete", "false"), Map.entry("server", ""));
    assertThat(sc.reclaimPolicy()).isEqualTo(StorageClass.RETAIN);
    assertThat(sc.mountOptions()).containsExactly("nfsvers=4.1", "hard");
    assertThat(sc.allowVolumeExpansion()).isTrue();
    assertThat(sc.volumeBindingMode()).isEqualTo(StorageClass.WAIT_FOR_FIRST_CONSUMER);
    assertThat(sc.allowedTopologies())
        .containsExactly(
            new TopologySelectorTerm(
                List.of(
                    new TopologySelectorLabelRequirement(
                        "topology.kubernetes.io/zone", List.of("us-east-1a", "us-east-1b")))));
  }

  @Test
  void anEmptyClassHasEmptyCollections() {
    StorageClass sc = new StorageClass(null, "p", null, null, null, null, null, null);

    assertThat(sc.parameters()).isEmpty();
    assertThat(sc.mountOptions()).isEmpty();
    assertThat(sc.allowedTopologies()).isEmpty();
    assertThat(sc.withMetadata(sc.metadata().withName("x")).provisioner()).isEqualTo("p");
  }
}
