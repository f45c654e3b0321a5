package io.kubemu.engine.scheduler.plugins.interpodaffinity;

/**
 * A topology domain: a node label key and value.
 *
 * @param key the topology key
 * @param value the label value
 */
record TopologyPair(String key, String value) {

  // written out: hashed on every count update and every filtered node
  @Override
  public int hashCode() {
    return 31 * key.hashCode() + value.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TopologyPair p && key.equals(p.key) && value.equals(p.value);
  }
}
