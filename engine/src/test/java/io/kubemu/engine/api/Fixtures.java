package io.kubemu.engine.api;

import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.core.Pod;
import java.time.Instant;

/** Objects and servers for the API server tests. */
final class Fixtures {
  private Fixtures() {}

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  static EventLoop loop() {
    return new EventLoop(T0, 7);
  }

  static Deployment deployment(String name, int replicas) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %s
          labels:
            app: %s
        spec:
          replicas: %d
          selector:
            matchLabels:
              app: %s
          template:
            metadata:
              labels:
                app: %s
            spec:
              containers:
              - name: web
                image: nginx:1.25
        """
            .formatted(name, name, replicas, name, name),
        Deployment.class);
  }

  static Pod pod(String name, String nodeName) {
    String node = nodeName == null ? "" : "  nodeName: " + nodeName + "\n";
    return Manifests.readOne(
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: %s
          labels:
            app: web
        spec:
        %s  containers:
          - name: web
            image: nginx:1.25
        """
            .formatted(name, node),
        Pod.class);
  }

  /** A server whose writes are recorded on the timeline. */
  record Server(EventLoop loop, ApiServer api, Timeline timeline) {}

  static Server server(ApiServer.Options options) {
    EventLoop loop = loop();
    Timeline timeline = new Timeline();
    return new Server(loop, new ApiServer(loop, options, timeline), timeline);
  }

  static Server server() {
    return server(ApiServer.Options.DEFAULT);
  }
}
