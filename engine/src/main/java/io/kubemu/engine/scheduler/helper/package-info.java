/**
 * Matching helpers the scheduler's plugins share, and other components may use: node affinity
 * (component-helpers nodeaffinity), taints and tolerations, pod resource requests
 * (component-helpers resource), score normalization.
 */
package io.kubemu.engine.scheduler.helper;
