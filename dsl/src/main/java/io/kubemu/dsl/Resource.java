package io.kubemu.dsl;

import io.kubemu.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a resource list ({@code cpu: 500m}), for {@code requests(...)}, {@code limits(...)},
 * {@code capacity(...)}. Made by {@link Kubemu#cpu(String)}, {@link Kubemu#memory(String)}, {@link
 * Kubemu#storage(String)}, {@link Kubemu#resource(String, String)}.
 *
 * @param name the resource name, e.g. {@code cpu}
 * @param quantity its amount
 */
public record Resource(String name, Quantity quantity) {
  public Resource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quantity, "quantity");
  }

  /** {@return {@code base} with the resources merged in (insertion order kept)} */
  static Map<String, Quantity> merge(Map<String, Quantity> base, Resource... resources) {
    Map<String, Quantity> out = new LinkedHashMap<>(base);
    for (Resource r : resources) out.put(r.name(), r.quantity());
    return out;
  }
}
