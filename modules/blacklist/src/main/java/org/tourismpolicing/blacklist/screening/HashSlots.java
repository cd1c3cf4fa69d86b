package org.tourismpolicing.blacklist.screening;

/**
 * Slots by a 64-bit hash that each slot keeps in the index's own arrays (a credit code's, an
 * ID-number's): an open-addressing table of slot numbers, several slots per hash allowed. A million
 * identifiers cost 8 MiB here, against some 60 MiB as posting lists. Linear probing with
 * backward-shift deletion. Not thread-safe: {@link ScreeningIndex} locks around it.
 */
final class HashSlots {

  /** The hash a slot is filed under, 0 for none. */
  interface Keys {
    long key(int slot);
  }

  private final Keys keys;
  private int[] table = new int[1024];
  private int size;

  HashSlots(Keys keys) {
    this.keys = keys;
  }

  /** Adds the slots filed under the hash to {@code out}. */
  void get(long hash, IntList out) {
    int mask = table.length - 1;
    for (int i = home(hash, mask); ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        return;
      }
      if (keys.key(entry - 1) == hash) {
        out.add(entry - 1);
      }
    }
  }

  /** Files a slot under its hash, unless that is 0. */
  void put(int slot) {
    if (keys.key(slot) == 0) {
      return;
    }
    if ((size + 1) * 4 > table.length * 3) {
      resize(table.length * 2);
    }
    insert(table, slot);
    size++;
  }

  /** Takes a slot out, if it is filed. */
  void remove(int slot) {
    long hash = keys.key(slot);
    if (hash == 0) {
      return;
    }
    int mask = table.length - 1;
    int i = home(hash, mask);
    while (true) {
      int entry = table[i];
      if (entry == 0) {
        return;
      }
      if (entry == slot + 1) {
        break;
      }
      i = (i + 1) & mask;
    }
    table[i] = 0;
    size--;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      int entry = table[j];
      if (entry == 0) {
        return;
      }
      int k = home(keys.key(entry - 1), mask);
      boolean movable = (j > i) ? (k <= i || k > j) : (k <= i && k > j);
      if (movable) {
        table[i] = entry;
        table[j] = 0;
        i = j;
      }
    }
  }

  /** Forgets everything and files slots 0 to {@code count - 1} (after compaction). */
  void rebuild(int count) {
    table = new int[1024];
    size = 0;
    for (int slot = 0; slot < count; slot++) {
      put(slot);
    }
  }

  long bytes() {
    return table.length * 4L;
  }

  private void resize(int capacity) {
    int[] old = table;
    table = new int[capacity];
    for (int entry : old) {
      if (entry != 0) {
        insert(table, entry - 1);
      }
    }
  }

  private void insert(int[] into, int slot) {
    int mask = into.length - 1;
    int i = home(keys.key(slot), mask);
    while (into[i] != 0) {
      i = (i + 1) & mask;
    }
    into[i] = slot + 1;
  }

  private static int home(long hash, int mask) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 31)) & mask;
  }
}
