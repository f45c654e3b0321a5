package io.kubemu.engine.scheduler;

import java.util.List;
import java.util.Objects;

/**
 * The result of running a plugin: a {@link Code}, the reasons (Kubernetes' own strings, e.g.
 * "node(s) didn't match Pod's node affinity/selector") and the plugin that produced it. Mirrors
 * pkg/scheduler/framework/interface.go Status (v1.30), where a nil status is success.
 *
 * @param code never null
 * @param reasons never null
 * @param plugin the plugin that failed the pod, or null
 */
public record Status(Code code, List<String> reasons, String plugin) {

  /** Success without reasons. */
  public static final Status SUCCESS = new Status(Code.SUCCESS, List.of(), null);

  private static final Status SKIP = new Status(Code.SKIP, List.of(), null);

  public Status {
    Objects.requireNonNull(code, "code");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** {@return a status with this code and reasons} (upstream NewStatus) */
  public static Status of(Code code, String... reasons) {
    return new Status(code, List.of(reasons), null);
  }

  /** {@return {@link Code#UNSCHEDULABLE} with these reasons} */
  public static Status unschedulable(String... reasons) {
    return of(Code.UNSCHEDULABLE, reasons);
  }

  /** {@return {@link Code#UNSCHEDULABLE_AND_UNRESOLVABLE} with these reasons} */
  public static Status unresolvable(String... reasons) {
    return of(Code.UNSCHEDULABLE_AND_UNRESOLVABLE, reasons);
  }

  /** {@return {@link Code#ERROR} with this message} (upstream AsStatus) */
  public static Status error(String message) {
    return of(Code.ERROR, message);
  }

  /** {@return {@link Code#SKIP}} */
  public static Status skip() {
    return SKIP;
  }

  /** {@return this status naming {@code plugin}} (upstream WithPlugin) */
  public Status withPlugin(String plugin) {
    return Objects.equals(plugin, this.plugin) ? this : new Status(code, reasons, plugin);
  }

  /** {@return whether the code is Success; a null status counts as success} */
  public static boolean isSuccess(Status s) {
    return s == null || s.code == Code.SUCCESS;
  }

  /** {@return whether the code is Success} */
  public boolean isSuccess() {
    return code == Code.SUCCESS;
  }

  /** {@return whether the code is Skip} */
  public boolean isSkip() {
    return code == Code.SKIP;
  }

  /**
   * {@return whether the pod was rejected: Unschedulable, UnschedulableAndUnresolvable, Pending}
   */
  public boolean isRejected() {
    return code == Code.UNSCHEDULABLE
        || code == Code.UNSCHEDULABLE_AND_UNRESOLVABLE
        || code == Code.PENDING;
  }

  /** {@return the reasons joined by ", "} (upstream Message) */
  public String message() {
    return String.join(", ", reasons);
  }

  @Override
  public String toString() {
    return code
        + (reasons.isEmpty() ? "" : ": " + message())
        + (plugin == null ? "" : " (" + plugin + ")");
  }
}
