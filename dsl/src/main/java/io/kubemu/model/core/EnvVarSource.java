package io.kubemu.model.core;

/**
 * Where an environment variable's value comes from; exactly one is set.
 *
 * @param fieldRef a field of the pod, e.g. {@code metadata.name}, {@code status.podIP}
 * @param resourceFieldRef a container's limit or request, e.g. {@code limits.cpu}
 */
public record EnvVarSource(
    ConfigMapKeySelector configMapKeyRef,
    ObjectFieldSelector fieldRef,
    ResourceFieldSelector resourceFieldRef,
    SecretKeySelector secretKeyRef) {}
