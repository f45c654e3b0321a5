package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printer of each kind (printers.go AddHandlers), and tables built with them. Stateless. */
public final class Printers {
  private Printers() {}

  private static final Map<Class<?>, ObjectPrinter<?>> PRINTERS = new LinkedHashMap<>();

  static {
    PRINTERS.put(Pod.class, new PodPrinter());
    PRINTERS.put(Node.class, new NodePrinter());
    PRINTERS.put(Namespace.class, new CorePrinters.NamespacePrinter());
    PRINTERS.put(Service.class, new CorePrinters.ServicePrinter());
    PRINTERS.put(Endpoints.class, new CorePrinters.EndpointsPrinter());
    PRINTERS.put(ConfigMap.class, new CorePrinters.ConfigMapPrinter());
    PRINTERS.put(Secret.class, new CorePrinters.SecretPrinter());
    PRINTERS.put(Event.class, new EventPrinter());
    PRINTERS.put(PersistentVolumeClaim.class, new StoragePrinters.PersistentVolumeClaimPrinter());
    PRINTERS.put(PersistentVolume.class, new StoragePrinters.PersistentVolumePrinter());
    PRINTERS.put(StorageClass.class, new StoragePrinters.StorageClassPrinter());
    PRINTERS.put(Deployment.class, new AppsPrinters.DeploymentPrinter());
    PRINTERS.put(ReplicaSet.class, new AppsPrinters.ReplicaSetPrinter());
    PRINTERS.put(DaemonSet.class, new AppsPrinters.DaemonSetPrinter());
    PRINTERS.put(StatefulSet.class, new AppsPrinters.StatefulSetPrinter());
    PRINTERS.put(ControllerRevision.class, new PolicyPrinters.ControllerRevisionPrinter());
    PRINTERS.put(Job.class, new BatchPrinters.JobPrinter());
    PRINTERS.put(CronJob.class, new BatchPrinters.CronJobPrinter());
    PRINTERS.put(PodDisruptionBudget.class, new PolicyPrinters.PodDisruptionBudgetPrinter());
  }

  private static final ObjectPrinter<KubernetesObject> FALLBACK =
      new PolicyPrinters.MetadataPrinter();

  /** {@return the printer of a kind; NAME AGE for kinds without one} */
  @SuppressWarnings("unchecked")
  public static ObjectPrinter<KubernetesObject> forKind(Kind kind) {
    ObjectPrinter<?> p = PRINTERS.get(kind.type());
    return p == null ? FALLBACK : (ObjectPrinter<KubernetesObject>) p;
  }

  /** {@return the table of objects of one kind, ages computed at {@code now}} */
  public static Table table(Kind kind, List<? extends KubernetesObject> objects, Instant now) {
    ObjectPrinter<KubernetesObject> printer = forKind(kind);
    List<Table.Row> rows = new ArrayList<>();
    for (KubernetesObject o : objects) rows.add(new Table.Row(o, printer.cells(o, now)));
    return new Table(printer.columns(), rows);
  }
}
