package org.tourismpolicing.blacklist.screening;

/**
 * Entry id to slot, without a boxed key or value per entry: an open-addressing table of slot
 * numbers whose ids live in the index's own arrays. Linear probing with backward-shift deletion, so
 * removals leave no tombstones. Not thread-safe: {@link ScreeningIndex} locks around it.
 */
final class SlotTable {

  /** The id of a slot, as the index keeps it. */
  interface Ids {
    long high(int slot);

    long low(int slot);
  }

  private final Ids ids;
  private int[] table = new int[1024];
  private int size;

  SlotTable(Ids ids) {
    this.ids = ids;
  }

  /** The slot of the id, or -1. */
  int get(long high, long low) {
    int mask = table.length - 1;
    for (int i = home(high, low, mask); ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        return -1;
      }
      int slot = entry - 1;
      if (ids.high(slot) == high && ids.low(slot) == low) {
        return slot;
      }
    }
  }

  /** Records a slot whose id is not in the table yet. */
  void put(int slot) {
    if ((size + 1) * 4 > table.length * 3) {
      resize(table.length * 2);
    }
    insert(table, slot);
    size++;
  }

  /** Removes the id's entry, if any. */
  void remove(long high, long low) {
    int mask = table.length - 1;
    int i = home(high, low, mask);
    while (true) {
      int entry = table[i];
      if (entry == 0) {
        return;
      }
      if (ids.high(entry - 1) == high && ids.low(entry - 1) == low) {
        break;
      }
      i = (i + 1) & mask;
    }
    // shift back the entries that probed past the freed place
    table[i] = 0;
    size--;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      int entry = table[j];
      if (entry == 0) {
        return;
      }
      int k = home(ids.high(entry - 1), ids.low(entry - 1), mask);
      boolean movable = (j > i) ? (k <= i || k > j) : (k <= i && k > j);
      if (movable) {
        table[i] = entry;
        table[j] = 0;
        i = j;
      }
    }
  }

  /** Forgets everything and records slots 0 to {@code count - 1} (after compaction). */
  void rebuild(int count) {
    int capacity = 1024;
    while (capacity * 3 < count * 4 + 4) {
      capacity *= 2;
    }
    table = new int[capacity];
    size = 0;
    for (int slot = 0; slot < count; slot++) {
      insert(table, slot);
      size++;
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
    int i = home(ids.high(slot), ids.low(slot), mask);
    while (into[i] != 0) {
      i = (i + 1) & mask;
    }
    into[i] = slot + 1;
  }

  private static int home(long high, long low, int mask) {
    long h = (high ^ Long.rotateLeft(low, 32)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }
}
