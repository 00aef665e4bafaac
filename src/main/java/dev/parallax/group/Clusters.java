package dev.parallax.group;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** Articles (by index) in disjoint groups that merge two at a time; groups listed by their first article. */
final class Clusters {
  private final int[] parent;
  private final List<List<Integer>> members = new ArrayList<>();

  Clusters(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
  }

  boolean same(int a, int b) {
    return root(a) == root(b);
  }

  /** Merges the groups of a and b, unless some member of one and some member of the other are incompatible. */
  boolean mergeUnless(int a, int b, BiPredicate<Integer, Integer> incompatible) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb) {
      return false;
    }
    for (int x : members.get(ra)) {
      for (int y : members.get(rb)) {
        if (incompatible.test(x, y)) {
          return false;
        }
      }
    }
    int keep = Math.min(ra, rb);
    int gone = Math.max(ra, rb);
    parent[gone] = keep;
    members.get(keep).addAll(members.get(gone));
    members.get(keep).sort(Integer::compare);
    members.set(gone, List.of());
    return true;
  }

  /** Every group, members ascending, groups in the order of their first member. */
  List<List<Integer>> groups() {
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      if (root(i) == i) {
        groups.add(List.copyOf(members.get(i)));
      }
    }
    return groups;
  }

  private int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
