package io.kubemu.engine.kubectl.printers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabWriterTest {

  @Test
  void pads_columns_to_the_widest_cell_plus_padding_and_leaves_the_last_cell_alone() {
    TabWriter w = new TabWriter(0, 1, false);
    w.write("a\tb\tc\n").write("aa\tbb\tcc\n").write("aaa\tbbb\tccc\n");
    assertThat(w.text()).isEqualTo("a   b   c\naa  bb  cc\naaa bbb ccc\n");
  }

  @Test
  void kubectl_tables_have_a_minimum_width_of_6_and_a_padding_of_3() {
    TabWriter w = TabWriter.forTables();
    w.write("NAME\tAGE\n").write("x\t5s\n");
    assertThat(w.text()).isEqualTo("NAME   AGE\nx      5s\n");
  }

  @Test
  void a_line_without_cells_ends_a_column_block() {
    // Go's example: text/tabwriter ExampleWriter_Init with elastic blocks
    TabWriter w = new TabWriter(0, 2, false);
    w.write("Name:\tshort\n").write("Longer name:\tx\n").write("Section:\n").write("  a:\tb\n");
    assertThat(w.text()).isEqualTo("Name:         short\nLonger name:  x\nSection:\n  a:  b\n");
  }

  @Test
  void cells_of_different_depths_form_nested_blocks() {
    // the trailing-tab example of text/tabwriter: the third line's last cell is not aligned
    TabWriter w = new TabWriter(0, 3, false);
    w.write("a\tb\taligned\t\n")
        .write("aa\tbb\taligned\t\n")
        .write("aaa\tbbb\tunaligned\n")
        .write("aaaa\tbbbb\taligned\t\n");
    assertThat(w.text())
        .isEqualTo(
            "a      b      aligned   \n"
                + "aa     bb     aligned   \n"
                + "aaa    bbb    unaligned\n"
                + "aaaa   bbbb   aligned   \n");
  }

  @Test
  void remembered_widths_keep_later_rows_aligned_with_earlier_flushes() {
    TabWriter w = TabWriter.forTables();
    w.write("NAME\tREADY\n").write("a\t1/1\n").flush();
    w.write("a-much-longer-name\t0/1\n").flush();
    w.write("b\t1/1\n");
    assertThat(w.text())
        .isEqualTo(
            "NAME   READY\n"
                + "a      1/1\n"
                + "a-much-longer-name   0/1\n"
                + "b                    1/1\n");
  }

  @Test
  void widths_count_characters_not_bytes() {
    TabWriter w = new TabWriter(0, 1, false);
    w.write("é\tx\n").write("ab\ty\n");
    assertThat(w.text()).isEqualTo("é  x\nab y\n");
  }
}
