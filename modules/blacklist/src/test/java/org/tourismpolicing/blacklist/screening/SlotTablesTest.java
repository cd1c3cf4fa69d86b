package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's own hash tables against a plain map, through many additions and removals. */
class SlotTablesTest {

  @Test
  void slotTableAgreesWithAMapThroughAdditionsAndRemovals() {
    int n = 20_000;
    long[] high = new long[n];
    long[] low = new long[n];
    SlotTable table =
        new SlotTable(
            new SlotTable.Ids() {
              @Override
              public long high(int slot) {
                return high[slot];
              }

              @Override
              public long low(int slot) {
                return low[slot];
              }
            });
    Random random = new Random(7);
    Map<Long, Integer> expected = new HashMap<>();
    for (int slot = 0; slot < n; slot++) {
      // few distinct highs: many collisions of the home position
      high[slot] = random.nextInt(3);
      low[slot] = random.nextLong();
      table.put(slot);
      expected.put(low[slot], slot);
      if (slot % 3 == 0) {
        int gone = random.nextInt(slot + 1);
        if (expected.remove(low[gone]) != null) {
          table.remove(high[gone], low[gone]);
        }
      }
    }
    for (int slot = 0; slot < n; slot++) {
      Integer want = expected.get(low[slot]);
      assertThat(table.get(high[slot], low[slot])).isEqualTo(want == null ? -1 : want);
    }
  }

  @Test
  void hashSlotsFindEverySlotOfAHashAndForgetRemovedOnes() {
    int n = 10_000;
    long[] keys = new long[n];
    HashSlots slots = new HashSlots(slot -> keys[slot]);
    for (int slot = 0; slot < n; slot++) {
      keys[slot] = slot % 7 == 0 ? 0 : 1 + slot % 1000;
      slots.put(slot);
    }
    for (int slot = 0; slot < n; slot += 2) {
      slots.remove(slot);
    }
    for (long key = 1; key <= 1000; key++) {
      IntList found = new IntList();
      slots.get(key, found);
      int expected = 0;
      for (int slot = 1; slot < n; slot += 2) {
        if (keys[slot] == key) {
          expected++;
        }
      }
      assertThat(found.size()).as("key %d", key).isEqualTo(expected);
      for (int i = 0; i < found.size(); i++) {
        assertThat(found.get(i) % 2).isEqualTo(1);
        assertThat(keys[found.get(i)]).isEqualTo(key);
      }
    }
  }

  @Test
  void postingsKeepTheirOrderAndDropRemovedSlotsWhenRenumbered() {
    TermPostings postings = new TermPostings();
    for (int slot = 0; slot < 100; slot++) {
      postings.add(1L, slot);
      if (slot % 10 == 0) {
        postings.add(2L, slot);
      }
    }
    postings.add(3L, 42);
    int[] remap = new int[100];
    int next = 0;
    for (int slot = 0; slot < 100; slot++) {
      remap[slot] = slot % 2 == 0 ? -1 : next++;
    }

    postings.remap(remap);

    int common = postings.find(1L);
    assertThat(postings.frequency(common)).isEqualTo(50);
    for (int i = 0; i < 50; i++) {
      assertThat(postings.list(common)[i]).isEqualTo(i);
    }
    assertThat(postings.frequency(postings.find(2L))).isZero();
    assertThat(postings.frequency(postings.find(3L))).isZero();
    assertThat(postings.find(4L)).isEqualTo(-1);
  }
}
