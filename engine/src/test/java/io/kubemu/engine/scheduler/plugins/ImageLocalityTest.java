package io.kubemu.engine.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.Fwk;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.cache.SchedulerCache;
import io.kubemu.engine.scheduler.plugins.imagelocality.ImageLocality;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ported from upstream image_locality_test.go TestImageLocalityPriority (v1.30). */
class ImageLocalityTest {

  static final long MB = 1024L * 1024;

  static Node node403002000(String name) {
    return St.node(name)
        .image(40 * MB, "gcr.io/40:latest", "gcr.io/40:v1", "gcr.io/40:v1")
        .image(300 * MB, "gcr.io/300:latest", "gcr.io/300:v1")
        .image(2000 * MB, "gcr.io/2000:latest")
        .obj();
  }

  static Node node25010(String name) {
    return St.node(name)
        .image(250 * MB, "gcr.io/250:latest")
        .image(10 * MB, "gcr.io/10:latest", "gcr.io/10:v1")
        .obj();
  }

  // the cache computes how many nodes hold each image
  static long[] score(Pod pod, Node... nodes) {
    SchedulerCache cache = new SchedulerCache();
    for (Node n : nodes) cache.addNode(n);
    List<NodeInfo> infos = cache.snapshot().list();
    return Fwk.score(Fwk.of(Names.IMAGE_LOCALITY, infos), Names.IMAGE_LOCALITY, pod, infos);
  }

  @Test
  void twoImagesSpreadOnTwoNodesPreferTheLargerImageOne() {
    // machine1: 40MB / 2 nodes < 23MB -> 0; machine2: 100 * (250M/2 - 23M) / (2 * 1000M - 23M)
    Pod pod = St.pod("p").images("gcr.io/40", "gcr.io/250").obj();
    assertThat(score(pod, node403002000("machine1"), node25010("machine2"))).containsExactly(0, 5);
  }

  @Test
  void twoImagesOnOneNodePreferThisNode() {
    // machine1: 100 * ((40M + 300M)/2 - 23M) / (2 * 1000M - 23M) = 7
    Pod pod = St.pod("p").images("gcr.io/40", "gcr.io/300").obj();
    assertThat(score(pod, node403002000("machine1"), node25010("machine2"))).containsExactly(7, 0);
  }

  @Test
  void imagesOnEveryNodeAreNotSpreadPenalized() {
    // gcr.io/10 on both nodes: spread 1, but 10MB < 23MB; 250MB only on machine2
    Pod pod = St.pod("p").images("gcr.io/10", "gcr.io/250").obj();
    assertThat(score(pod, node25010("machine1"), node25010("machine2")))
        .containsExactly(11, 11); // 100 * (260M - 23M) / (2000M - 23M)
  }

  @Test
  void normalizesImageNamesWithoutATag() {
    assertThat(ImageLocality.normalizedImageName("gcr.io/40")).isEqualTo("gcr.io/40:latest");
    assertThat(ImageLocality.normalizedImageName("localhost:5000/x"))
        .isEqualTo("localhost:5000/x:latest");
    assertThat(ImageLocality.normalizedImageName("nginx:1.25")).isEqualTo("nginx:1.25");
  }
}
