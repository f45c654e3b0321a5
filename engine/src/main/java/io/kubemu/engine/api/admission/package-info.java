/**
 * Kubernetes' default admission for the {@link io.kubemu.engine.api.ApiServer}: the decoding
 * defaults of every modelled kind ({@link io.kubemu.engine.api.admission.PodDefaults}, {@link
 * io.kubemu.engine.api.admission.CoreDefaults}, {@link
 * io.kubemu.engine.api.admission.AppsDefaults}, {@link
 * io.kubemu.engine.api.admission.BatchDefaults}, {@link
 * io.kubemu.engine.api.admission.StorageDefaults}), the mutating plugins kube-apiserver enables by
 * default, cluster IP allocation, and validation with Kubernetes' rules and messages. Install it
 * with {@link io.kubemu.engine.api.admission.DefaultAdmission#install}.
 */
package io.kubemu.engine.api.admission;
