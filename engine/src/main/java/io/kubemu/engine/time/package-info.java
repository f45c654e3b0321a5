/**
 * Virtual time: the {@link io.kubemu.engine.time.SimClock} and the {@link
 * io.kubemu.engine.time.EventLoop} of timed tasks that moves it, with the cluster's one seeded
 * {@link java.util.Random}. Nothing here reads the wall clock or starts a thread; everything is
 * single-threaded.
 */
package io.kubemu.engine.time;
