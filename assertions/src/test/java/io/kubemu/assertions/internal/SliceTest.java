package io.kubemu.assertions.internal;

import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {

  private static List<Slice.Row> rows(int n) {
    List<Slice.Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++)
      rows.add(new Slice.Row("#" + i + " write" + "x".repeat(i % 3), "count=" + i));
    return rows;
  }

  @Test
  void should_cap_around_the_marked_row_and_align_the_values() {
    then(Slice.render(rows(12), 6))
        .isEqualTo(
            format(
                "  ... 3 earlier%n"
                    + "  #3 write    count=3%n"
                    + "  #4 writex   count=4%n"
                    + "  #5 writexx  count=5%n"
                    + "  #6 write    count=6  <-- here%n"
                    + "  #7 writex   count=7%n"
                    + "  #8 writexx  count=8%n"
                    + "  #9 write    count=9%n"
                    + "  ... 2 later"));
  }

  @Test
  void should_show_everything_near_the_edges() {
    then(Slice.render(rows(2), 0))
        .isEqualTo(format("  #0 write   count=0  <-- here%n  #1 writex  count=1"));
  }
}
