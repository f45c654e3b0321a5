package io.kubemu.engine.controller.volume;

import io.kubemu.model.Quantity;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the volume a claim binds to (upstream index.go's persistentVolumeOrderedIndex and
 * FindMatchingVolume). Volumes are grouped by their set of access modes ("RWO,ROX"); the groups
 * offering every mode the claim asks for are searched fewest modes first, and within a group a
 * volume pre-bound to the claim wins, else the smallest sufficient Available volume of the claim's
 * class whose labels match the claim's selector. Ties (equal sizes) go to the first name in order,
 * where upstream's order is its cache's. Stateless.
 */
public final class VolumeIndex {
  private VolumeIndex() {}

  private static final String[][] MODES = {
    {PersistentVolumeClaim.READ_WRITE_ONCE, "RWO"},
    {PersistentVolumeClaim.READ_ONLY_MANY, "ROX"},
    {PersistentVolumeClaim.READ_WRITE_MANY, "RWX"},
    {PersistentVolumeClaim.READ_WRITE_ONCE_POD, "RWOP"},
  };

  /**
   * findBestMatchForClaim.
   *
   * @param delayBinding the claim's class binds on first consumer: only volumes pre-bound to the
   *     claim are returned (the scheduler picks the others)
   * @return the volume, or null when none fits
   */
  public static PersistentVolume findBestMatchForClaim(
      PersistentVolumeClaim claim, List<PersistentVolume> volumes, boolean delayBinding) {
    Map<String, List<PersistentVolume>> byModes = new TreeMap<>();
    List<PersistentVolume> sorted = new ArrayList<>(volumes);
    sorted.sort(Comparator.comparing(v -> v.metadata().name()));
    for (PersistentVolume v : sorted) {
      byModes
          .computeIfAbsent(
              accessModesAsString(VolumeUtil.spec(v).accessModes()), k -> new ArrayList<>())
          .add(v);
    }
    for (String modes : allPossibleMatchingAccessModes(byModes.keySet(), claim)) {
      PersistentVolume best = findMatchingVolume(claim, byModes.get(modes), delayBinding);
      if (best != null) return best;
    }
    return null;
  }

  /**
   * allPossibleMatchingAccessModes: {@return the index keys offering every requested mode, fewest
   * modes first}
   */
  static List<String> allPossibleMatchingAccessModes(
      Iterable<String> keys, PersistentVolumeClaim claim) {
    List<String> requested = VolumeUtil.spec(claim).accessModes();
    List<String> matched = new ArrayList<>();
    for (String key : keys) {
      if (modesFromString(key).containsAll(requested)) matched.add(key);
    }
    matched.sort(Comparator.comparingInt((String k) -> modesFromString(k).size()));
    return matched;
  }

  /** GetAccessModesAsString: e.g. "RWO,ROX", in the order RWO, ROX, RWX, RWOP. */
  static String accessModesAsString(List<String> modes) {
    List<String> out = new ArrayList<>();
    for (String[] m : MODES) if (modes.contains(m[0])) out.add(m[1]);
    return String.join(",", out);
  }

  private static List<String> modesFromString(String key) {
    List<String> out = new ArrayList<>();
    for (String[] m : MODES) {
      for (String part : key.split(",")) if (part.equals(m[1])) out.add(m[0]);
    }
    return out;
  }

  /**
   * FindMatchingVolume (the PV controller's path: no node): the volume pre-bound to the claim if
   * big enough, else (unless delayBinding) the smallest Available, unclaimed, not deleted volume of
   * the claim's class and volume mode, matching the selector, at least as big as the request.
   */
  static PersistentVolume findMatchingVolume(
      PersistentVolumeClaim claim, List<PersistentVolume> volumes, boolean delayBinding) {
    Quantity requested = VolumeUtil.requestedStorage(claim);
    String requestedClass = VolumeUtil.claimClass(claim);
    var claimSelector = VolumeUtil.spec(claim).selector();
    Selector selector = claimSelector == null ? null : Selector.from(claimSelector);
    PersistentVolume smallest = null;
    for (PersistentVolume volume : volumes) {
      Quantity qty = VolumeUtil.capacity(volume);
      if (VolumeUtil.checkVolumeModeMismatches(VolumeUtil.spec(claim), VolumeUtil.spec(volume))) {
        continue;
      }
      if (volume.metadata().deletionTimestamp() != null) continue;
      if (VolumeUtil.isVolumeBoundToClaim(volume, claim)) {
        if (qty.compareTo(requested) < 0) continue; // pre-bound but too small: keep looking
        return volume;
      }
      if (delayBinding) continue; // the scheduler binds unbound volumes
      if (!PersistentVolume.PHASE_AVAILABLE.equals(VolumeUtil.phase(volume))) continue;
      if (VolumeUtil.spec(volume).claimRef() != null) continue;
      if (selector != null && !selector.matches(volume.metadata().labels())) continue;
      if (!VolumeUtil.volumeClass(volume).equals(requestedClass)) continue;
      if (qty.compareTo(requested) >= 0
          && (smallest == null || VolumeUtil.capacity(smallest).compareTo(qty) > 0)) {
        smallest = volume;
      }
    }
    return smallest;
  }
}
