package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.engine.scheduler.StateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PodTopologySpread's PreFilter state. Mirrors
 * pkg/scheduler/framework/plugins/podtopologyspread/filtering.go preFilterState and criticalPaths
 * (v1.30).
 */
final class Filtering {

  /** The reason when placing the pod would exceed a constraint's maxSkew. */
  static final String ERR_REASON_CONSTRAINTS_NOT_MATCH =
      "node(s) didn't match pod topology spread constraints";

  /** The reason when the node lacks a constraint's topology key. */
  static final String ERR_REASON_NODE_LABEL_NOT_MATCH =
      ERR_REASON_CONSTRAINTS_NOT_MATCH + " (missing required label)";

  private Filtering() {}

  /**
   * The two domains with the fewest matching pods per topology key: [0] always holds the minimum;
   * [1] is at least [0], not necessarily the second minimum. Enough because preemption only removes
   * pods of one node, on a copy per node (upstream criticalPaths).
   */
  static final class CriticalPaths {
    final String[] value = {"", ""};
    final int[] matchNum = {Integer.MAX_VALUE, Integer.MAX_VALUE};

    CriticalPaths copy() {
      CriticalPaths c = new CriticalPaths();
      c.value[0] = value[0];
      c.value[1] = value[1];
      c.matchNum[0] = matchNum[0];
      c.matchNum[1] = matchNum[1];
      return c;
    }

    // upstream criticalPaths.update
    void update(String tpVal, int num) {
      int i = -1;
      if (tpVal.equals(value[0])) {
        i = 0;
      } else if (tpVal.equals(value[1])) {
        i = 1;
      }
      if (i >= 0) {
        matchNum[i] = num;
        if (matchNum[0] > matchNum[1]) {
          swap();
        }
      } else if (num < matchNum[0]) {
        value[1] = value[0];
        matchNum[1] = matchNum[0];
        value[0] = tpVal;
        matchNum[0] = num;
      } else if (num < matchNum[1]) {
        value[1] = tpVal;
        matchNum[1] = num;
      }
    }

    private void swap() {
      String v = value[0];
      value[0] = value[1];
      value[1] = v;
      int n = matchNum[0];
      matchNum[0] = matchNum[1];
      matchNum[1] = n;
    }
  }

  /** Counts per domain, the critical paths and the domain count per topology key. */
  static final class PreFilterState implements StateData {
    List<SpreadConstraint> constraints = List.of();
    Map<String, CriticalPaths> tpKeyToCriticalPaths = new LinkedHashMap<>();
    Map<String, Integer> tpKeyToDomainsNum = new LinkedHashMap<>();
    Map<TopologyPair, Integer> tpPairToMatchNum = new LinkedHashMap<>();

    @Override
    public StateData copy() {
      PreFilterState c = new PreFilterState();
      c.constraints = constraints;
      tpKeyToCriticalPaths.forEach((k, v) -> c.tpKeyToCriticalPaths.put(k, v.copy()));
      c.tpKeyToDomainsNum = new LinkedHashMap<>(tpKeyToDomainsNum);
      c.tpPairToMatchNum = new LinkedHashMap<>(tpPairToMatchNum);
      return c;
    }

    /**
     * {@return the global minimum for the skew: the critical path's count, or 0 while fewer than
     * minDomains domains exist} (upstream minMatchNum), or -1 when unknown
     */
    int minMatchNum(String tpKey, int minDomains) {
      CriticalPaths paths = tpKeyToCriticalPaths.get(tpKey);
      Integer domains = tpKeyToDomainsNum.get(tpKey);
      if (paths == null || domains == null) {
        return -1;
      }
      return domains < minDomains ? 0 : paths.matchNum[0];
    }
  }
}
