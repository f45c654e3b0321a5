/**
 * The core/v1 API model: Pod, Node, Service, Endpoints, PersistentVolumeClaim, PersistentVolume,
 * Namespace, ConfigMap, Secret, Event and the types they are made of.
 *
 * <p>Immutable records named as the Kubernetes types, components named and ordered as the JSON
 * fields. Scalars are boxed, null meaning unset; lists and maps are never null (empty when unset);
 * nested objects are nullable. Enum-like fields are strings as on the wire, with their values as
 * constants on the record that uses them ({@link io.kubemu.model.core.Pod#RESTART_ALWAYS}).
 */
package io.kubemu.model.core;
