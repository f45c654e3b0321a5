package io.kubemu.engine.controller.daemonset;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.daemonSet;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.taint;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Taint;
import org.junit.jupiter.api.Test;

/** Answers kept across syncs follow node writes and template changes. */
class ShouldRunCacheTest {

  private static DaemonSet ds(String zone) {
    return daemonSet("ds")
        .namespace("kube-system")
        .selector("app", "a")
        .template(
            pod().label("app", "a").nodeSelector("zone", zone).container(container("c").image("x")))
        .build();
  }

  @Test
  void aNewNodeObjectOrAnotherTemplateIsAskedAgain() {
    ShouldRunCache cache = new ShouldRunCache();
    Node plain = node("n1").label("zone", "a").build();
    Node tainted = node("n1").label("zone", "a").taint(taint("k", Taint.EFFECT_NO_EXECUTE)).build();

    assertThat(cache.of(ds("a"), 1).shouldRun(plain))
        .isEqualTo(new DaemonSetUtil.ShouldRun(true, true));
    assertThat(cache.of(ds("a"), 1).shouldRun(tainted))
        .isEqualTo(new DaemonSetUtil.ShouldRun(false, false));
    assertThat(cache.of(ds("b"), 1).shouldRun(plain))
        .isEqualTo(new DaemonSetUtil.ShouldRun(false, false));
    assertThat(cache.of(ds("a"), 1).shouldRun(plain))
        .isEqualTo(DaemonSetUtil.nodeShouldRunDaemonPod(plain, ds("a")));
  }
}
