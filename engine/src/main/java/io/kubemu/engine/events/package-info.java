/**
 * What happened: the {@link io.kubemu.engine.events.Timeline} of every write and the {@link
 * io.kubemu.engine.events.EventRecorder} of Kubernetes Events. Single-threaded.
 */
package io.kubemu.engine.events;
