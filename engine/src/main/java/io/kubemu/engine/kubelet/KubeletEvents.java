package io.kubemu.engine.kubelet;

/** The kubelet's event reasons (pkg/kubelet/events/event.go). */
final class KubeletEvents {
  private KubeletEvents() {}

  static final String COMPONENT = "kubelet";

  // container events
  static final String CREATED_CONTAINER = "Created";
  static final String STARTED_CONTAINER = "Started";
  static final String FAILED_TO_CREATE_CONTAINER = "Failed";
  static final String KILLING_CONTAINER = "Killing";
  static final String BACK_OFF_START_CONTAINER = "BackOff";

  // image events
  static final String PULLING_IMAGE = "Pulling";
  static final String PULLED_IMAGE = "Pulled";
  static final String FAILED_TO_PULL_IMAGE = "Failed";
  static final String BACK_OFF_PULL_IMAGE = "BackOff";
  static final String ERR_IMAGE_NEVER_PULL_POLICY = "ErrImageNeverPull";

  // probe events
  static final String CONTAINER_UNHEALTHY = "Unhealthy";

  // lifecycle hooks
  static final String FAILED_POST_START_HOOK = "FailedPostStartHook";
  static final String FAILED_PRE_STOP_HOOK = "FailedPreStopHook";

  // node events
  static final String STARTING_KUBELET = "Starting";
  static final String NODE_READY = "NodeReady";
  static final String NODE_ALLOCATABLE_ENFORCED = "NodeAllocatableEnforced";

  // pod events
  static final String DEADLINE_EXCEEDED = "DeadlineExceeded";
}
