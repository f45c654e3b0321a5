package io.kubemu.engine.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A path to a field, rendered as Kubernetes' field.Path: {@code
 * spec.template.spec.containers[0].name}, {@code metadata.labels[app]}. Immutable.
 */
public final class FieldPath {
  private final FieldPath parent;
  private final String name;
  private final String index;

  private FieldPath(FieldPath parent, String name, String index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** {@return a root path: {@code root("spec", "template")} is {@code spec.template}} */
  public static FieldPath root(String name, String... more) {
    return new FieldPath(null, Objects.requireNonNull(name), null).child(more);
  }

  /** {@return this path with child fields appended} */
  public FieldPath child(String name, String... more) {
    FieldPath p = new FieldPath(this, Objects.requireNonNull(name), null);
    return p.child(more);
  }

  private FieldPath child(String[] more) {
    FieldPath p = this;
    for (String m : more) p = new FieldPath(p, Objects.requireNonNull(m), null);
    return p;
  }

  /** {@return this path subscripted by a list index: {@code containers[0]}} */
  public FieldPath index(int i) {
    return new FieldPath(this, null, Integer.toString(i));
  }

  /** {@return this path subscripted by a map key: {@code labels[app]}} */
  public FieldPath key(String key) {
    return new FieldPath(this, null, Objects.requireNonNull(key));
  }

  /** {@return the root element of this path} */
  public FieldPath root() {
    FieldPath p = this;
    while (p.parent != null) p = p.parent;
    return p;
  }

  @Override
  public String toString() {
    Deque<FieldPath> elems = new ArrayDeque<>();
    for (FieldPath p = this; p != null; p = p.parent) elems.push(p);
    StringBuilder sb = new StringBuilder();
    for (FieldPath p : elems) {
      if (p.name != null) {
        if (p.parent != null) sb.append('.');
        sb.append(p.name);
      } else {
        sb.append('[').append(p.index).append(']');
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
