package io.kubemu.model.core;

/**
 * The observed state of a namespace.
 *
 * @param phase Active or Terminating; defaults to Active
 */
public record NamespaceStatus(String phase) {}
