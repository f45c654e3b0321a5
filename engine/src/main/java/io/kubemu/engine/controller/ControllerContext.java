package io.kubemu.engine.controller;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.time.EventLoop;

/**
 * What a controller is built with: the API server it reads and writes, the loop it runs on and the
 * event recorder.
 */
public record ControllerContext(ApiServer api, EventLoop loop, EventRecorder recorder) {

  /** {@return a recorder whose events come from {@code component}, e.g. "deployment-controller"} */
  public EventRecorder.ComponentRecorder events(String component) {
    return recorder.forComponent(component, null);
  }

  /** {@return a work queue for a controller, syncing keys with {@code sync}} */
  public WorkQueue queue(String name, java.util.function.Consumer<String> sync) {
    return new WorkQueue(loop, name, sync);
  }
}
