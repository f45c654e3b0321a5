package io.kubemu.engine.kubectl;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemu.model.KubernetesObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl get --sort-by=FIELD} (get/sorter.go): orders objects by the value of a field path
 * such as {@code .metadata.creationTimestamp}, {@code {.spec.replicas}} or {@code
 * .status.containerStatuses[0].restartCount}. Numbers compare numerically, everything else as text
 * in natural order (digit runs by value, as sortorder.NaturalLess); objects without the field come
 * first; ties keep the listing order. Immutable.
 */
record SortBy(List<String> steps) {

  // get.go RelaxedJSONPathExpression: optional braces, optional leading dot
  private static final Pattern RELAXED = Pattern.compile("^\\{?(\\.?[^{}]+)}?$");
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  /**
   * {@return the parsed field path}
   *
   * @throws KubectlException for an expression that is not a simple field path
   */
  static SortBy parse(String expression) {
    Matcher m = RELAXED.matcher(expression.strip());
    if (!m.matches()) {
      throw KubectlException.error(
          "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}'"
              + " or '{.name1.name2}'");
    }
    String path = m.group(1).startsWith(".") ? m.group(1).substring(1) : m.group(1);
    List<String> steps = new ArrayList<>();
    Matcher s = STEP.matcher(path);
    int end = 0;
    while (s.find()) {
      String gap = path.substring(end, s.start());
      if (!gap.isEmpty() && !gap.equals(".")) throw badPath(expression);
      steps.add(s.group(1) != null ? s.group(1) : "[" + s.group(2) + "]");
      end = s.end();
    }
    if (steps.isEmpty() || end != path.length()) throw badPath(expression);
    return new SortBy(List.copyOf(steps));
  }

  private static KubectlException badPath(String expression) {
    return KubectlException.error("kubemu's --sort-by takes a field path, not " + expression);
  }

  /** {@return the objects ordered by the field, stably} */
  List<KubernetesObject> sort(List<KubernetesObject> objects) {
    List<KubernetesObject> out = new ArrayList<>(objects);
    out.sort(Comparator.comparing(this::value, SortBy::compare));
    return out;
  }

  private JsonNode value(KubernetesObject o) {
    JsonNode n = ObjectOutput.tree(o);
    for (String step : steps) {
      if (n == null) return null;
      n =
          step.startsWith("[")
              ? n.get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : n.get(step);
    }
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  // sorter.go isLess: missing values first, numbers by value, the rest in natural order
  private static int compare(JsonNode a, JsonNode b) {
    if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
    if (a.isNumber() && b.isNumber()) return Double.compare(a.asDouble(), b.asDouble());
    return natural(
        a.isValueNode() ? a.asText() : a.toString(), b.isValueNode() ? b.asText() : b.toString());
  }

  /** {@return sortorder.NaturalLess as a comparison: digit runs compare by value} */
  static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
        while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
        String da = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String db = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        if (da.length() != db.length()) return Integer.compare(da.length(), db.length());
        int c = da.compareTo(db);
        if (c != 0) return c;
      } else {
        if (ca != cb) return Character.compare(ca, cb);
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
