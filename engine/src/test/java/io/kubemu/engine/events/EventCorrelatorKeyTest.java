package io.kubemu.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The correlator's cache keys: the joined fields, null as empty, compared field by field. */
class EventCorrelatorKeyTest {

  @Test
  void equalFieldsMakeEqualKeys() {
    EventCorrelator.Key a = new EventCorrelator.Key("kubelet", "n1", "Pod", null, "web");
    EventCorrelator.Key b = new EventCorrelator.Key("kubelet", "n1", "Pod", "", "web");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).hasToString("kubeletn1Podweb");
  }

  @Test
  void differentFieldsMakeDifferentKeys() {
    EventCorrelator.Key a = new EventCorrelator.Key("kubelet", "n1", "Pod", "app", "web");
    assertThat(a).isNotEqualTo(new EventCorrelator.Key("kubelet", "n1", "Pod", "app", "db"));
    assertThat(a).isNotEqualTo(new EventCorrelator.Key("kubelet", "n2", "Pod", "app", "web"));
  }
}
