package io.kubemu.model.core;

/** Scheduling rules of a pod (core/v1 Affinity). */
public record Affinity(
    NodeAffinity nodeAffinity, PodAffinity podAffinity, PodAntiAffinity podAntiAffinity) {}
