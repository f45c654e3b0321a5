package io.kubemu.engine.kubectl;

import io.kubemu.model.core.Taint;
import java.util.List;

/**
 * What {@code kubectl taint} asks for (taint.go parseTaints): taints to add ({@code
 * key=value:Effect}, {@code key:Effect}) and to remove ({@code key:Effect-}, or {@code key-} for
 * every effect: {@link Taint#effect()} null).
 *
 * @param add the taints to add or, with {@code overwrite}, replace (same key and effect)
 * @param remove the taints to remove, matched by key and (when set) effect
 * @param overwrite {@code --overwrite}: replace a taint with the same key and effect; default false
 */
public record TaintChange(List<Taint> add, List<Taint> remove, boolean overwrite) {

  public TaintChange {
    add = List.copyOf(add);
    remove = List.copyOf(remove);
  }
}
