/**
 * The scheduler cache with assumed pods, and the node tree. Mirrors pkg/scheduler/internal/cache
 * (v1.30).
 */
package io.kubemu.engine.scheduler.cache;
