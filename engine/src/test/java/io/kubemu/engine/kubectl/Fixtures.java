package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Json;
import io.kubemu.model.HasStatus;
import io.kubemu.model.KubernetesObject;
import java.time.Duration;

/** Hand-written objects for kubectl tests, on a cluster whose control plane is switched off. */
final class Fixtures {
  private Fixtures() {}

  /** A cluster with nothing reacting: objects stay as the test writes them. */
  static Cluster quietCluster() {
    return Cluster.builder().controllers(false).scheduler(false).kubelets(false).build();
  }

  static <T> T yaml(String text, Class<T> type) {
    try {
      return Json.yamlMapper().readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Creates the object through the API (spec only) and then writes its status, if it has one. */
  @SuppressWarnings("unchecked")
  static <T extends KubernetesObject> T create(Cluster cluster, String yaml, Class<T> type) {
    T object = yaml(yaml, type);
    T created = cluster.api().create(object);
    if (object instanceof HasStatus<?> h && h.status() != null) {
      HasStatus<Object> c = (HasStatus<Object>) created;
      return (T) cluster.api().updateStatus(c.withStatus(h.status()));
    }
    return created;
  }

  static void advance(Cluster cluster, Duration d) {
    cluster.advance(d);
  }
}
