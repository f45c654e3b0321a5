package io.kubemu.model.core;

/** A reference to an object by name in the same namespace (core/v1 LocalObjectReference). */
public record LocalObjectReference(String name) {}
