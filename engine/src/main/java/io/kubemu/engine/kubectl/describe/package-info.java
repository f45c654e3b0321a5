/** {@code kubectl describe} for pods, deployments and nodes (k8s.io/kubectl/pkg/describe). */
package io.kubemu.engine.kubectl.describe;
