package io.kubemu.model.core;

/**
 * Container-level security settings (core/v1 SecurityContext); they win over the pod's.
 *
 * @param privileged defaults to false
 */
public record SecurityContext(
    Long runAsUser,
    Boolean runAsNonRoot,
    Long runAsGroup,
    Boolean readOnlyRootFilesystem,
    Boolean privileged,
    Boolean allowPrivilegeEscalation,
    Capabilities capabilities) {}
