package io.kubemu.engine.runtime;

/** The three kinds of container probe, named as the kubelet names them in events. */
public enum ProbeType {
  /** {@code livenessProbe}: failing it kills and restarts the container. */
  LIVENESS("Liveness"),
  /** {@code readinessProbe}: sets the container's (and the pod's) readiness; never restarts. */
  READINESS("Readiness"),
  /** {@code startupProbe}: gates the other two until it succeeds; failing it restarts. */
  STARTUP("Startup");

  private final String label;

  ProbeType(String label) {
    this.label = label;
  }

  /** {@return the word events use: {@code Liveness}, {@code Readiness}, {@code Startup}} */
  public String label() {
    return label;
  }
}
