package io.kubemu.model.core;

/**
 * The observed state of one container (core/v1 ContainerStatus).
 *
 * @param state the current state
 * @param lastState the last termination, if any
 * @param ready whether it passes its readiness probe
 * @param restartCount restarts since the pod started
 * @param containerID {@code <type>://<id>}
 * @param started whether it passed its startup probe (or has none and is running)
 */
public record ContainerStatus(
    String name,
    ContainerState state,
    ContainerState lastState,
    Boolean ready,
    Integer restartCount,
    String image,
    String imageID,
    String containerID,
    Boolean started) {

  public ContainerStatus withState(ContainerState state) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withLastState(ContainerState lastState) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withReady(Boolean ready) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withRestartCount(Integer restartCount) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withImageID(String imageID) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withContainerID(String containerID) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }

  public ContainerStatus withStarted(Boolean started) {
    return new ContainerStatus(
        name, state, lastState, ready, restartCount, image, imageID, containerID, started);
  }
}
