package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.policy.PodDisruptionBudget;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Printers for disruption budgets and controller revisions (printers.go printPodDisruptionBudget,
 * printControllerRevision), and the fallback of kinds without one (NAME AGE, printObjectMeta).
 */
public final class PolicyPrinters {
  private PolicyPrinters() {}

  /** PodDisruptionBudgets: NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE. */
  public static final class PodDisruptionBudgetPrinter
      implements ObjectPrinter<PodDisruptionBudget> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(),
            Column.of("Min Available"),
            Column.of("Max Unavailable"),
            Column.of("Allowed Disruptions"),
            Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(PodDisruptionBudget pdb, Instant now) {
      String min = "N/A";
      String max = "N/A";
      if (pdb.spec() != null && pdb.spec().minAvailable() != null) {
        min = pdb.spec().minAvailable().toString();
      }
      if (pdb.spec() != null && pdb.spec().maxUnavailable() != null) {
        max = pdb.spec().maxUnavailable().toString();
      }
      int allowed = pdb.status() == null ? 0 : Formats.intOf(pdb.status().disruptionsAllowed());
      return List.of(
          pdb.metadata().name(),
          min,
          max,
          Integer.toString(allowed),
          HumanDuration.since(pdb.metadata().creationTimestamp(), now));
    }
  }

  /** ControllerRevisions: NAME CONTROLLER REVISION AGE. */
  public static final class ControllerRevisionPrinter implements ObjectPrinter<ControllerRevision> {
    private static final List<Column> COLUMNS =
        List.of(
            Column.nameColumn(), Column.of("Controller"), Column.of("Revision"), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(ControllerRevision cr, Instant now) {
      OwnerReference ref = cr.metadata().controllerRef();
      String controller = "<none>";
      if (ref != null) {
        // formatResourceName: lower-cased Kind.group/name
        String apiVersion = ref.apiVersion() == null ? "" : ref.apiVersion();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String kind = ref.kind() + (group.isEmpty() ? "" : "." + group);
        controller = kind.toLowerCase(Locale.ROOT) + "/" + ref.name();
      }
      return List.of(
          cr.metadata().name(),
          controller,
          cr.revision() == null ? "0" : cr.revision().toString(),
          HumanDuration.since(cr.metadata().creationTimestamp(), now));
    }
  }

  /** Kinds without a printer of their own: NAME AGE. */
  public static final class MetadataPrinter implements ObjectPrinter<KubernetesObject> {
    private static final List<Column> COLUMNS = List.of(Column.nameColumn(), Column.of("Age"));

    @Override
    public List<Column> columns() {
      return COLUMNS;
    }

    @Override
    public List<String> cells(KubernetesObject o, Instant now) {
      return List.of(
          o.metadata().name(), HumanDuration.since(o.metadata().creationTimestamp(), now));
    }
  }
}
