package io.kubemu.model.apps;

/**
 * Replica numbering of a StatefulSet (apps/v1 StatefulSetOrdinals).
 *
 * @param start the first replica's index; replicas are numbered [start, start + replicas); defaults
 *     to 0
 */
public record StatefulSetOrdinals(Integer start) {}
