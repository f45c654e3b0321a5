/**
 * {@code kubectl describe} for pods, deployments, nodes and services (k8s.io/kubectl/pkg/describe).
 */
package io.kubemu.engine.kubectl.describe;
