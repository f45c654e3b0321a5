package io.kubemu.engine.scheduler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-cycle scratch space plugins share with themselves between extension points, plus the sets of
 * plugins whose PreFilter/PreScore answered Skip. Mirrors pkg/scheduler/framework/cycle_state.go
 * (v1.30). Not thread-safe; one scheduling cycle uses it.
 */
public final class CycleState {

  private final Map<String, StateData> storage = new LinkedHashMap<>();
  private Set<String> skipFilterPlugins = new TreeSet<>();
  private Set<String> skipScorePlugins = new TreeSet<>();
  // the filter plugins not skipped this cycle, computed once after PreFilter (a cache)
  FilterPlugin[] activeFilters;

  /** Stores {@code data} under {@code key} (by convention "PreFilter" + plugin name). */
  public void write(String key, StateData data) {
    storage.put(key, data);
  }

  /** {@return the data under key, or null when nothing was written (upstream ErrNotFound)} */
  @SuppressWarnings("unchecked")
  public <T extends StateData> T read(String key) {
    return (T) storage.get(key);
  }

  /** Removes the data under key. */
  public void delete(String key) {
    storage.remove(key);
  }

  /** {@return the plugins whose Filter is skipped this cycle} */
  public Set<String> skipFilterPlugins() {
    return skipFilterPlugins;
  }

  /** {@return the plugins whose Score is skipped this cycle} */
  public Set<String> skipScorePlugins() {
    return skipScorePlugins;
  }

  void setSkipFilterPlugins(Set<String> plugins) {
    this.skipFilterPlugins = plugins;
  }

  void setSkipScorePlugins(Set<String> plugins) {
    this.skipScorePlugins = plugins;
  }

  /** {@return a copy whose data items are copied with {@link StateData#copy()}} (upstream Clone) */
  public CycleState copy() {
    CycleState c = new CycleState();
    storage.forEach((k, v) -> c.storage.put(k, v == null ? null : v.copy()));
    c.skipFilterPlugins = new TreeSet<>(skipFilterPlugins);
    c.skipScorePlugins = new TreeSet<>(skipScorePlugins);
    c.activeFilters = activeFilters;
    return c;
  }
}
