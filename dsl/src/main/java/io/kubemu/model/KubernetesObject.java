package io.kubemu.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A top-level API object: it has a type ({@code apiVersion}, {@code kind}) and {@link ObjectMeta}.
 *
 * <p>Implementations are immutable records. {@code apiVersion} and {@code kind} are not record
 * components: each type returns its canonical values (an object read from {@code batch/v1beta1}
 * comes back as {@code batch/v1}, as the API server converts it), and the manifest reader checks
 * them before binding.
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata"})
@JsonIgnoreProperties(
    value = {"apiVersion", "kind"},
    allowGetters = true)
public interface KubernetesObject {

  /** {@return the canonical apiVersion, e.g. {@code apps/v1}} */
  @JsonProperty("apiVersion")
  String apiVersion();

  /** {@return the kind, e.g. {@code Deployment}} */
  @JsonProperty("kind")
  String kind();

  /** {@return the object's metadata; never null} */
  ObjectMeta metadata();

  /** {@return a copy of this object with the given metadata} */
  KubernetesObject withMetadata(ObjectMeta metadata);

  /** {@return {@code namespace/name}, or {@code name} for cluster-scoped objects} */
  default String key() {
    return metadata().key();
  }
}
