package io.kubemu.engine.controller.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubemu.engine.controller.endpoints.ServiceTraffic.Backend;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Traffic shares per revision, now and over a window. */
class ServiceTrafficTest {

  static Fixture canary() {
    Fixture f = new Fixture();
    f.apply(EndpointsControllerTest.service("web", "", EndpointsControllerTest.ONE_PORT));
    for (int i = 0; i < 5; i++) {
      f.pod("ns", "old-" + i, "pod-template-hash: aaa", "[]");
      f.status("ns", "old-" + i, "10.0.0." + (10 + i), true);
    }
    return f;
  }

  @Test
  void oneNewPodOfSixGetsASixth() {
    Fixture f = canary();
    f.pod("ns", "new-0", "pod-template-hash: bbb", "[]");
    f.status("ns", "new-0", "10.0.0.20", true);
    ServiceTraffic t = new ServiceTraffic(f.api, f.timeline);
    assertThat(t.backends("ns", "web")).hasSize(6);
    assertThat(t.backends("ns", "web")).extracting(Backend::revision).containsOnly("aaa", "bbb");
    Map<String, Double> shares = t.shares("ns", "web");
    assertThat(shares.get("bbb")).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(shares.get("aaa")).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void notReadyPodsGetNoTraffic() {
    Fixture f = canary();
    f.pod("ns", "new-0", "pod-template-hash: bbb", "[]");
    f.status("ns", "new-0", "10.0.0.20", false);
    assertThat(new ServiceTraffic(f.api, null).shares("ns", "web")).containsOnlyKeys("aaa");
  }

  @Test
  void sharesOverAWindowAreTimeWeighted() {
    Fixture f = canary();
    Instant start = f.loop.now();
    f.loop.advance(Duration.ofSeconds(30)); // 30 s of old only
    f.pod("ns", "new-0", "pod-template-hash: bbb", "[]");
    f.status("ns", "new-0", "10.0.0.20", true); // 30 s at 1/6
    f.loop.advance(Duration.ofSeconds(30));
    Instant end = f.loop.now();
    ServiceTraffic t = new ServiceTraffic(f.api, f.timeline);
    Map<String, Double> shares = t.shares("ns", "web", start, end);
    assertThat(shares.get("bbb")).isCloseTo(1.0 / 12, within(1e-9));
    assertThat(shares.get("aaa")).isCloseTo(11.0 / 12, within(1e-9));
    assertThat(t.shares("ns", "web", start, start.plusSeconds(30))).containsOnlyKeys("aaa");
  }
}
