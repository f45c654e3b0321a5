package io.kubemu.engine.controller.job;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorted, disjoint, non-adjacent intervals of completion indexes (orderedIntervals), written as
 * status.completedIndexes does: {@code "1,3-5,7"} (two adjacent indexes as {@code "1,2"}).
 * Immutable.
 *
 * @param intervals in increasing order
 */
record OrderedIntervals(List<Interval> intervals) {

  /** An inclusive interval [first, last]. */
  record Interval(int first, int last) {}

  static final OrderedIntervals EMPTY = new OrderedIntervals(List.of());

  OrderedIntervals {
    intervals = List.copyOf(intervals);
  }

  /**
   * succeededIndexesFromString: parses status.completedIndexes, ignoring corrupt parts and indexes
   * at or above {@code completions}.
   */
  static OrderedIntervals parse(String completedIndexes, int completions) {
    if (completedIndexes == null || completedIndexes.isEmpty()) return EMPTY;
    List<Interval> out = new ArrayList<>();
    for (String part : completedIndexes.split(",", -1)) {
      String[] limits = part.split("-", -1);
      Integer first = atoi(limits[0]);
      if (first == null) continue; // corrupted: ignored
      if (first >= completions) break;
      int last;
      if (limits.length > 1) {
        Integer l = atoi(limits[1]);
        if (l == null) continue;
        last = Math.min(l, completions - 1);
      } else {
        last = first;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).last() == first - 1) {
        out.set(out.size() - 1, new Interval(out.get(out.size() - 1).first(), last));
      } else {
        out.add(new Interval(first, last));
      }
    }
    return new OrderedIntervals(out);
  }

  private static Integer atoi(String s) {
    return s.matches("[+-]?[0-9]{1,9}") ? Integer.valueOf(s) : null;
  }

  /** withOrderedIndexes: these intervals plus the given increasing indexes, merged. */
  OrderedIntervals withOrderedIndexes(List<Integer> newIndexes) {
    List<Interval> result = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < intervals.size() && j < newIndexes.size()) {
      if (intervals.get(i).first() < newIndexes.get(j)) {
        appendOrMerge(result, intervals.get(i++));
      } else {
        int ix = newIndexes.get(j++);
        appendOrMerge(result, new Interval(ix, ix));
      }
    }
    while (i < intervals.size()) appendOrMerge(result, intervals.get(i++));
    while (j < newIndexes.size()) {
      int ix = newIndexes.get(j++);
      appendOrMerge(result, new Interval(ix, ix));
    }
    return new OrderedIntervals(result);
  }

  private static void appendOrMerge(List<Interval> result, Interval iv) {
    if (result.isEmpty() || iv.first() > result.get(result.size() - 1).last() + 1) {
      result.add(iv);
      return;
    }
    Interval last = result.get(result.size() - 1);
    if (last.last() < iv.last())
      result.set(result.size() - 1, new Interval(last.first(), iv.last()));
  }

  /** total: the number of indexes. */
  int total() {
    int n = 0;
    for (Interval iv : intervals) n += iv.last() - iv.first() + 1;
    return n;
  }

  /** has: whether the index is in an interval. */
  boolean has(int ix) {
    for (Interval iv : intervals) {
      if (iv.last() >= ix) return iv.first() <= ix;
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Interval v : intervals) {
      if (sb.length() > 0) sb.append(',');
      sb.append(v.first());
      if (v.last() > v.first()) {
        sb.append(v.last() == v.first() + 1 ? ',' : '-').append(v.last());
      }
    }
    return sb.toString();
  }
}
