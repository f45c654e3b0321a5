package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import java.util.Locale;

/**
 * The outcome of an apply, as {@code kubectl apply} reports it.
 *
 * @param object the stored object
 * @param outcome created, configured or unchanged
 * @param <T> the object type
 */
public record ApplyResult<T extends KubernetesObject>(T object, Outcome outcome) {

  /** What the apply did. */
  public enum Outcome {
    CREATED("created"),
    CONFIGURED("configured"),
    UNCHANGED("unchanged");

    private final String text;

    Outcome(String text) {
      this.text = text;
    }

    /** {@return the word kubectl prints} */
    public String text() {
      return text;
    }
  }

  /** {@return kubectl's line, e.g. {@code deployment.apps/web created}} */
  public String message() {
    Kind kind = Kinds.of(object.getClass());
    String resource = kind.kind().toLowerCase(Locale.ROOT);
    if (!kind.group().isEmpty()) resource += "." + kind.group();
    return resource + "/" + object.metadata().name() + " " + outcome.text();
  }
}
