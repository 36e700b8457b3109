package id.sinkron.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Packs pembelajaran into teaching loads between the profile's minimum and maximum JTM. */
final class Packing {
  private Packing() {}

  private static int sum(List<Drafts.Pemb> g) {
    int s = 0;
    for (Drafts.Pemb p : g) {
      s += p.jam;
    }
    return s;
  }

  /**
   * Splits one subject's pembelajaran into as many teachers as possible, each with {@code
   * min}..{@code max} JTM (longest-processing-time balancing); what cannot be placed is returned
   * for the multi-subject pool.
   */
  static List<Drafts.Pemb> pack(
      List<Drafts.Pemb> items, int min, int max, List<List<Drafts.Pemb>> out) {
    int total = sum(items);
    List<Drafts.Pemb> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt((Drafts.Pemb p) -> -p.jam));
    for (int k = total / min; k >= 1; k--) {
      List<List<Drafts.Pemb>> groups = new ArrayList<>();
      int[] load = new int[k];
      for (int i = 0; i < k; i++) {
        groups.add(new ArrayList<>());
      }
      for (Drafts.Pemb p : sorted) {
        int best = 0;
        for (int i = 1; i < k; i++) {
          if (load[i] < load[best]) {
            best = i;
          }
        }
        groups.get(best).add(p);
        load[best] += p.jam;
      }
      boolean ok = true;
      for (int l : load) {
        ok &= l >= min && l <= max;
      }
      if (ok) {
        for (List<Drafts.Pemb> g : groups) {
          g.sort(Comparator.comparingInt(items::indexOf));
        }
        out.addAll(groups);
        return List.of();
      }
    }
    return sequential(items, min, out);
  }

  /**
   * Fills teachers in input order until each reaches {@code min}; returns the remainder (less than
   * {@code min} JTM). A group never exceeds {@code min - 1 +} the largest item.
   */
  static List<Drafts.Pemb> sequential(
      List<Drafts.Pemb> items, int min, List<List<Drafts.Pemb>> out) {
    List<Drafts.Pemb> cur = new ArrayList<>();
    for (Drafts.Pemb p : items) {
      cur.add(p);
      if (sum(cur) >= min) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    return cur;
  }
}
