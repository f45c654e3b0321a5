package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.DaemonSetSpec;
import io.kubemu.model.apps.DaemonSetStatus;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentSpec;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.apps.ReplicaSetStatus;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The apps/v1 printers (printers.go printDeployment, printReplicaSet, printDaemonSet,
 * printStatefulSet).
 */
public final class AppsPrinters {
  private AppsPrinters() {}

  private static final Column CONTAINERS = Column.wide("Containers");
  private static final Column IMAGES = Column.wide("Images");
  private static final Column SELECTOR = Column.wide("Selector");

  /** Deployments: NAME READY UP-TO-DATE AVAILABLE AGE, wide CONTAINERS IMAGES SELECTOR. */
  public static final class DeploymentPrinter implements ObjectPrinter<Deployment> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Ready"),
            Column.of("Up-to-date"),
            Column.of("Available"),
            Column.of("Age"),
            CONTAINERS,
            IMAGES,
            SELECTOR);

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(Deployment d, Instant now) {
      DeploymentSpec spec = d.spec();
      DeploymentStatus st = d.status();
      int desired = spec == null || spec.replicas() == null ? 1 : spec.replicas();
      int ready = st == null ? 0 : Formats.intOf(st.readyReplicas());
      int updated = st == null ? 0 : Formats.intOf(st.updatedReplicas());
      int available = st == null ? 0 : Formats.intOf(st.availableReplicas());
      List<String> cells = new ArrayList<>();
      cells.add(d.metadata().name());
      cells.add(ready + "/" + desired);
      cells.add(Integer.toString(updated));
      cells.add(Integer.toString(available));
      cells.add(HumanDuration.since(d.metadata().creationTimestamp(), now));
      cells.addAll(Formats.containerCells(containers(spec == null ? null : spec.template())));
      cells.add(Formats.selector(spec == null ? null : spec.selector()));
      return cells;
    }
  }

  /** ReplicaSets: NAME DESIRED CURRENT READY AGE, wide CONTAINERS IMAGES SELECTOR. */
  public static final class ReplicaSetPrinter implements ObjectPrinter<ReplicaSet> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Desired"),
            Column.of("Current"),
            Column.of("Ready"),
            Column.of("Age"),
            CONTAINERS,
            IMAGES,
            SELECTOR);

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(ReplicaSet rs, Instant now) {
      ReplicaSetSpec spec = rs.spec();
      ReplicaSetStatus st = rs.status();
      int desired = spec == null || spec.replicas() == null ? 1 : spec.replicas();
      List<String> cells = new ArrayList<>();
      cells.add(rs.metadata().name());
      cells.add(Integer.toString(desired));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.replicas())));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.readyReplicas())));
      cells.add(HumanDuration.since(rs.metadata().creationTimestamp(), now));
      cells.addAll(Formats.containerCells(containers(spec == null ? null : spec.template())));
      cells.add(Formats.labelSelector(spec == null ? null : spec.selector()));
      return cells;
    }
  }

  /**
   * DaemonSets: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE, wide CONTAINERS
   * IMAGES SELECTOR.
   */
  public static final class DaemonSetPrinter implements ObjectPrinter<DaemonSet> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Desired"),
            Column.of("Current"),
            Column.of("Ready"),
            Column.of("Up-to-date"),
            Column.of("Available"),
            Column.of("Node Selector"),
            Column.of("Age"),
            CONTAINERS,
            IMAGES,
            SELECTOR);

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(DaemonSet ds, Instant now) {
      DaemonSetSpec spec = ds.spec();
      DaemonSetStatus st = ds.status();
      PodTemplateSpec template = spec == null ? null : spec.template();
      Map<String, String> nodeSelector =
          template == null || template.spec() == null ? Map.of() : template.spec().nodeSelector();
      List<String> cells = new ArrayList<>();
      cells.add(ds.metadata().name());
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.desiredNumberScheduled())));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.currentNumberScheduled())));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.numberReady())));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.updatedNumberScheduled())));
      cells.add(Integer.toString(st == null ? 0 : Formats.intOf(st.numberAvailable())));
      cells.add(Formats.labels(nodeSelector));
      cells.add(HumanDuration.since(ds.metadata().creationTimestamp(), now));
      cells.addAll(Formats.containerCells(containers(template)));
      cells.add(Formats.labelSelector(spec == null ? null : spec.selector()));
      return cells;
    }
  }

  /** StatefulSets: NAME READY AGE, wide CONTAINERS IMAGES. */
  public static final class StatefulSetPrinter implements ObjectPrinter<StatefulSet> {
    private static final List<Column> COLUMNS =
        List.of(Column.nameColumn(), Column.of("Ready"), Column.of("Age"), CONTAINERS, IMAGES);

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(StatefulSet sts, Instant now) {
      StatefulSetSpec spec = sts.spec();
      StatefulSetStatus st = sts.status();
      int desired = spec == null || spec.replicas() == null ? 1 : spec.replicas();
      int ready = st == null ? 0 : Formats.intOf(st.readyReplicas());
      List<String> cells = new ArrayList<>();
      cells.add(sts.metadata().name());
      cells.add(ready + "/" + desired);
      cells.add(HumanDuration.since(sts.metadata().creationTimestamp(), now));
      cells.addAll(Formats.containerCells(containers(spec == null ? null : spec.template())));
      return cells;
    }
  }

  static List<Container> containers(PodTemplateSpec template) {
    if (template == null) return List.of();
    PodSpec spec = template.spec();
    return spec == null ? List.of() : spec.containers();
  }
}
