package io.kubemu.engine.scheduler;

/**
 * A scheduling framework plugin: one named class implementing one or more extension point
 * interfaces ({@link PreFilterPlugin}, {@link FilterPlugin}, {@link PostFilterPlugin}, {@link
 * PreScorePlugin}, {@link ScorePlugin}, {@link ReservePlugin}, {@link BindPlugin}). Mirrors
 * pkg/scheduler/framework/interface.go Plugin (v1.30).
 */
public interface Plugin {

  /** {@return the plugin's name, as in the registry and the scheduler configuration} */
  String name();
}
