package io.kubemu.engine.kubectl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arguments of the form {@code key=value} and {@code key-} after the resources (cmdutil
 * GetResourcesAndPairs and ParsePairs), for label, annotate, set image and taint.
 *
 * @param resources the arguments before the first pair
 * @param set the pairs to set, in order
 * @param remove the keys to remove, in order
 */
record Pairs(List<String> resources, Map<String, String> set, List<String> remove) {

  /**
   * {@return the arguments split}
   *
   * @param pairType {@code label}, {@code annotation}, {@code image}
   * @param supportRemove whether {@code key-} is allowed
   */
  static Pairs parse(List<String> args, String pairType, boolean supportRemove) {
    List<String> resources = new ArrayList<>();
    List<String> pairArgs = new ArrayList<>();
    boolean foundPair = false;
    for (String s : args) {
      boolean nonResource =
          (s.contains("=") && s.charAt(0) != '=') || (s.endsWith("-") && !s.equals("-"));
      if (nonResource) {
        foundPair = true;
        pairArgs.add(s);
      } else if (!foundPair) {
        resources.add(s);
      } else {
        throw KubectlException.error(
            "all resources must be specified before " + pairType + " changes: " + s);
      }
    }
    Map<String, String> set = new LinkedHashMap<>();
    List<String> remove = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (String p : pairArgs) {
      if (p.contains("=") && p.charAt(0) != '=') {
        int eq = p.indexOf('=');
        set.put(p.substring(0, eq), p.substring(eq + 1));
      } else if (supportRemove && p.endsWith("-") && !p.equals("-")) {
        remove.add(p.substring(0, p.length() - 1));
      } else {
        invalid.add(p);
      }
    }
    if (!invalid.isEmpty()) {
      throw KubectlException.error("invalid " + pairType + " format: " + String.join(" ", invalid));
    }
    return new Pairs(resources, set, remove);
  }
}
