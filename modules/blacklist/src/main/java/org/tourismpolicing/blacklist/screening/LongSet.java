package org.tourismpolicing.blacklist.screening;

import java.util.Arrays;

/** A small set of longs for the terms of one name: few elements, so a sorted array is enough. */
final class LongSet {

  private long[] values = new long[16];
  private int size;

  void add(long value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return;
      }
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
