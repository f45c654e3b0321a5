package io.kubemu.engine.api.admission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.KubernetesObject;
import java.time.Instant;

/** Test helpers: an API server with the default admission, and YAML objects. */
final class Admit {
  private Admit() {}

  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** {@return a fresh API server with {@link DefaultAdmission} installed, seed 7} */
  static ApiServer server() {
    ApiServer server = new ApiServer(new EventLoop(START, 7));
    DefaultAdmission.install(server);
    return server;
  }

  /** {@return the one object of a YAML text} */
  static <T extends KubernetesObject> T yaml(Class<T> type, String text) {
    return Manifests.readOne(text, type);
  }

  /** {@return the message of the error creating {@code object} on a fresh server} */
  static String createError(KubernetesObject object) {
    return createError(server(), object);
  }

  /** {@return the message of the Invalid error creating {@code object}} */
  static String createError(ApiServer server, KubernetesObject object) {
    ApiException[] caught = new ApiException[1];
    assertThatThrownBy(() -> server.create(object))
        .isInstanceOfSatisfying(ApiException.class, e -> caught[0] = e);
    return caught[0].getMessage();
  }

  /** {@return the message of the error updating to {@code object}} */
  static String updateError(ApiServer server, KubernetesObject object) {
    ApiException[] caught = new ApiException[1];
    assertThatThrownBy(() -> server.update(object))
        .isInstanceOfSatisfying(ApiException.class, e -> caught[0] = e);
    return caught[0].getMessage();
  }
}
