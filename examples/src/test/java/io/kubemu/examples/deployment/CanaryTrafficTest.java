package io.kubemu.examples.deployment;

import static io.kubemu.dsl.Kubemu.service;
import static io.kubemu.examples.deployment.NginxDeploy.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.endpoints.ServiceTraffic;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Beyond the seed: how much traffic does the seed's canary (2.3.4) take? A Service in front of
 * nginx-deploy spreads connections evenly over its ready endpoints, so one v1.15 pod beside five
 * v1.14 pods receives about 1/6 of the requests. {@link ServiceTraffic} replays the Endpoints over
 * a window of virtual time and weighs each revision's share by how long it held.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class CanaryTrafficTest {

  @Test
  void one_canary_pod_beside_five_takes_a_sixth_of_the_traffic(Cluster cluster) {
    cluster.apply(
        service("nginx").namespace("app").selector("app", "nginx", "tier", "slb").port(80));
    NginxDeploy.rolledOut(cluster, "v1.12", "v1.13", "v1.14");
    Terminal t = new Terminal(cluster);

    t.$(NginxDeploy.applyCommand("v1.15"));
    t.$("kubectl rollout pause deployment nginx-deploy -n app");
    cluster.advance(Duration.ofSeconds(30)); // the canary becomes Ready and joins the endpoints
    Instant from = cluster.now();
    cluster.advance(Duration.ofMinutes(10));
    t.$("kubectl get endpoints nginx -n app");
    t.$("kubectl get pod -n app -l partition=website -L version -o wide");

    ServiceTraffic traffic = new ServiceTraffic(cluster.api(), cluster.timeline());
    String canary = NginxDeploy.hashOf(cluster, "v1.15");
    String stable = NginxDeploy.hashOf(cluster, "v1.14");
    Map<String, Double> shares = traffic.shares("app", "nginx", from, cluster.now());
    System.out.printf(
        "traffic over 10 minutes: canary %s %.3f, stable %s %.3f%n",
        canary, shares.get(canary), stable, shares.get(stable));

    assertThat(shares.get(canary)).isCloseTo(1.0 / 6, within(0.001));
    assertThat(shares.get(stable)).isCloseTo(5.0 / 6, within(0.001));
    assertThat(traffic.backends("app", "nginx")).hasSize(6);

    // Resuming ends the experiment: all traffic goes to v1.15.
    cluster.rollout().resume(KEY);
    cluster.rollout().status(KEY);
    assertThat(traffic.shares("app", "nginx")).containsOnlyKeys(canary).containsEntry(canary, 1.0);
  }
}
