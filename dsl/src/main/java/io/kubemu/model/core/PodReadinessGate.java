package io.kubemu.model.core;

/** An extra pod condition that must be True for the pod to be Ready. */
public record PodReadinessGate(String conditionType) {}
