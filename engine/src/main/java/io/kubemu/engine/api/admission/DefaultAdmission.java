package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.AdmissionChain;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Service;
import java.util.Random;

/**
 * Kubernetes' default admission, installed in the API server's order:
 *
 * <ol>
 *   <li>decoding defaults for every kind ({@link DefaultingAdmission});
 *   <li>the mutating plugins kube-apiserver enables by default that change modelled fields, in its
 *       plugin order: {@link ServiceAccountAdmission}, {@link PriorityAdmission}, {@link
 *       DefaultTolerationSeconds};
 *   <li>the service REST storage's IP allocation ({@link ClusterIPAllocator});
 *   <li>validation of every kind ({@link ValidatingAdmission}).
 * </ol>
 *
 * <p>Not modelled: the plugins that need other objects or controllers kubemu does not run
 * (LimitRanger, ResourceQuota, DefaultStorageClass, StorageObjectInUseProtection,
 * TaintNodesByCondition, NodePort allocation).
 */
public final class DefaultAdmission {
  private DefaultAdmission() {}

  /**
   * Installs the default admission on {@code chain}.
   *
   * @param random the cluster's seeded Random, for cluster IPs
   * @return the cluster IP allocator, to be told of committed writes ({@link
   *     ClusterIPAllocator#onWrite}) so that deleted services give their IPs back
   */
  public static ClusterIPAllocator install(AdmissionChain chain, Random random) {
    ClusterIPAllocator allocator = new ClusterIPAllocator(random);
    chain.registerForAll(new DefaultingAdmission());
    chain.register(Pod.class, new ServiceAccountAdmission());
    chain.register(Pod.class, new PriorityAdmission());
    chain.register(Pod.class, new DefaultTolerationSeconds());
    chain.register(Service.class, allocator);
    chain.registerForAll(new ValidatingAdmission());
    return allocator;
  }

  /**
   * Installs the default admission on {@code server}, with the server loop's Random, and registers
   * the IP allocator as a write listener.
   *
   * @return the cluster IP allocator
   */
  public static ClusterIPAllocator install(ApiServer server) {
    ClusterIPAllocator allocator = install(server.admission(), server.loop().random());
    server.addWriteListener(allocator);
    return allocator;
  }
}
