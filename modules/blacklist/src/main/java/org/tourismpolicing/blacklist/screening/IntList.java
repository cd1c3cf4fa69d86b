package org.tourismpolicing.blacklist.screening;

import java.util.Arrays;

/** A growable list of ints without boxing. Not thread-safe. */
final class IntList {

  private int[] values;
  private int size;

  IntList() {
    this(8);
  }

  IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
