package io.kubemu.engine.controller.history;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.meta.Selector;
import java.util.List;

/**
 * A controller's history as ControllerRevisions (upstream history.Interface). {@link ApiHistory}
 * reads and writes them through the API server; tests may fake it.
 */
public interface History {

  /**
   * The outcome of {@link #createControllerRevision}.
   *
   * @param revision the stored revision (possibly an equal one that already existed)
   * @param collisionCount the collision count after the name collisions met on the way
   */
  record Created(ControllerRevision revision, int collisionCount) {}

  /**
   * ListControllerRevisions: {@return the revisions in the parent's namespace matching the selector
   * and either owned by the parent or by no controller at all}
   */
  List<ControllerRevision> listControllerRevisions(KubernetesObject parent, Selector selector);

  /**
   * CreateControllerRevision: stores the revision owned by parent; on a name collision with
   * different data the collision count is raised and the name recomputed.
   */
  Created createControllerRevision(
      KubernetesObject parent, ControllerRevision revision, int collisionCount);

  /** DeleteControllerRevision. */
  void deleteControllerRevision(ControllerRevision revision);

  /**
   * UpdateControllerRevision: {@return the revision with its revision number set to {@code
   * newRevision}}
   */
  ControllerRevision updateControllerRevision(ControllerRevision revision, long newRevision);

  /**
   * AdoptControllerRevision: {@return the revision with a controller reference to parent}
   *
   * @throws io.kubemu.engine.api.ApiException if another controller owns it (the sync is retried)
   */
  ControllerRevision adoptControllerRevision(KubernetesObject parent, ControllerRevision revision);
}
