package io.kubemu.examples.tour;

import java.util.List;

/**
 * One section of the seed, played as a terminal session: a short script of kubectl command lines
 * and pauses of virtual time. Implementations are stateless.
 */
public interface Scenario {

  /** Nodes of the seed's sections 1-6: two hdss7 workers. */
  String HDSS7 = "seed/manifests/nodes-hdss7.yaml";

  /** Nodes of the seed's section 8: three tainted masters and three labelled workers. */
  String CENTOS7 = "seed/manifests/nodes-centos7.yaml";

  /** {@return the name that selects the scenario on the command line, e.g. {@code deployment}} */
  String name();

  /** {@return the seed section it plays, e.g. {@code 2. Deployment}} */
  String title();

  /** {@return the classpath manifest of the cluster's nodes; default the two hdss7 workers} */
  default String nodes() {
    return HDSS7;
  }

  /** Plays the script on a fresh session. */
  void play(Session s);

  /** {@return every scenario, in the seed's order} */
  static List<Scenario> all() {
    return List.of(
        new PodsScenario(),
        new DeploymentScenario(),
        new DaemonSetScenario(),
        new JobScenario(),
        new CronJobScenario(),
        new StatefulSetScenario(),
        new SchedulingScenario());
  }
}
