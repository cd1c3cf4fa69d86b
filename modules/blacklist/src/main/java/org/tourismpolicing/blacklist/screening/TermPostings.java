package org.tourismpolicing.blacklist.screening;

import java.util.Arrays;

/**
 * An inverted index from 64-bit terms to the slots that hold them: an open-addressing hash table of
 * terms and one growable int array of slots per term. No boxing, so a million names with a few
 * terms each fit in a few tens of MiB. Not thread-safe: {@link ScreeningIndex} locks around it.
 */
final class TermPostings {

  private long[] keys = new long[1024];
  private int[] termOf = new int[1024];
  private int terms;
  // a term's only slot is kept here, without an array: most terms of a million names are rare
  private int[] firsts = new int[1024];
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];

  /** Appends a slot to a term's list; slots arrive in increasing order. */
  void add(long term, int slot) {
    int t = termId(term, true);
    int[] list = lists[t];
    int size = sizes[t];
    if (size == 0) {
      firsts[t] = slot;
      sizes[t] = 1;
      return;
    }
    if (list == null) {
      list = new int[4];
      list[0] = firsts[t];
      lists[t] = list;
    } else if (size == list.length) {
      list = Arrays.copyOf(list, size + (size >> 1) + 1);
      lists[t] = list;
    }
    list[size] = slot;
    sizes[t] = size + 1;
  }

  /** The id of a term, or -1 when no slot has it. */
  int find(long term) {
    return termId(term, false);
  }

  /** How many slots a term has. */
  int frequency(int t) {
    return sizes[t];
  }

  /** The slots of a term with more than one (read the first {@link #frequency}), else null. */
  int[] list(int t) {
    return lists[t];
  }

  /** The slot of a term with only one. */
  int only(int t) {
    return firsts[t];
  }

  /** Renumbers slots: {@code remap[old]} is the new slot, or -1 to drop it. Keeps the order. */
  void remap(int[] remap) {
    for (int t = 0; t < terms; t++) {
      int[] list = lists[t];
      if (list == null) {
        if (sizes[t] == 1) {
          int slot = remap[firsts[t]];
          firsts[t] = Math.max(slot, 0);
          sizes[t] = slot >= 0 ? 1 : 0;
        }
        continue;
      }
      int kept = 0;
      for (int i = 0; i < sizes[t]; i++) {
        int slot = remap[list[i]];
        if (slot >= 0) {
          list[kept++] = slot;
        }
      }
      sizes[t] = kept;
      if (kept <= 1) {
        firsts[t] = kept == 1 ? list[0] : 0;
        lists[t] = null;
      } else if (kept < list.length / 2) {
        lists[t] = Arrays.copyOf(list, kept);
      }
    }
  }

  int termCount() {
    return terms;
  }

  long postingCount() {
    long total = 0;
    for (int t = 0; t < terms; t++) {
      total += sizes[t];
    }
    return total;
  }

  /** Approximate heap bytes of the table and lists. */
  long bytes() {
    long total = keys.length * 8L + termOf.length * 4L + lists.length * 8L + sizes.length * 8L;
    for (int t = 0; t < terms; t++) {
      if (lists[t] != null) {
        total += 16 + lists[t].length * 4L;
      }
    }
    return total;
  }

  private int termId(long term, boolean create) {
    int mask = keys.length - 1;
    int i = mix(term) & mask;
    while (true) {
      long k = keys[i];
      if (k == term) {
        return termOf[i];
      }
      if (k == 0) {
        if (!create) {
          return -1;
        }
        return insert(term);
      }
      i = (i + 1) & mask;
    }
  }

  private int insert(long term) {
    if ((terms + 1) * 4 > keys.length * 3) {
      rehash(keys.length * 2);
    }
    int t = terms++;
    if (t == lists.length) {
      lists = Arrays.copyOf(lists, t * 2);
      sizes = Arrays.copyOf(sizes, t * 2);
      firsts = Arrays.copyOf(firsts, t * 2);
    }
    int mask = keys.length - 1;
    int i = mix(term) & mask;
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = term;
    termOf[i] = t;
    return t;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldTerms = termOf;
    keys = new long[capacity];
    termOf = new int[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        termOf[i] = oldTerms[j];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
