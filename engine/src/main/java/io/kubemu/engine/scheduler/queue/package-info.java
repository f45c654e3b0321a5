/** The scheduling queue and the nominator. Mirrors pkg/scheduler/internal/queue (v1.30). */
package io.kubemu.engine.scheduler.queue;
