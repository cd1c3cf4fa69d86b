package org.tourismpolicing.blacklist.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of the indexed subjects, packed into pages of chars: a String per name would cost about
 * three times as much. A record is a length char followed by the names, separated by {@link
 * #SEPARATOR}. Records of removed subjects stay until the index is compacted. Not thread-safe:
 * {@link ScreeningIndex} locks around it.
 */
final class NameStore {

  static final char SEPARATOR = '\u001F';
  static final int MAX_RECORD = 4096;
  private static final int PAGE_BITS = 20;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;

  private final List<char[]> pages = new ArrayList<>();
  private int used = PAGE_SIZE;

  /** Packs names (the first is the registered name) into one record, cut at {@link #MAX_RECORD}. */
  static String pack(List<String> names) {
    StringBuilder record = new StringBuilder();
    for (String name : names) {
      String clean = name.replace(SEPARATOR, ' ');
      if (record.length() == 0 && clean.length() > MAX_RECORD) {
        // the registered name is kept, cut; aliases that do not fit are left out
        return clean.substring(0, MAX_RECORD);
      }
      if (record.length() + clean.length() + 1 > MAX_RECORD) {
        break;
      }
      if (record.length() > 0) {
        record.append(SEPARATOR);
      }
      record.append(clean);
    }
    return record.toString();
  }

  /** Stores a packed record and returns its address. */
  int add(String record) {
    int length = record.length();
    if (used + 1 + length > PAGE_SIZE) {
      pages.add(new char[PAGE_SIZE]);
      used = 0;
    }
    char[] page = pages.get(pages.size() - 1);
    page[used] = (char) length;
    record.getChars(0, length, page, used + 1);
    int address = ((pages.size() - 1) << PAGE_BITS) | used;
    used += 1 + length;
    return address;
  }

  /** The names of the record at an address. */
  List<String> names(int address) {
    char[] page = pages.get(address >>> PAGE_BITS);
    int at = address & (PAGE_SIZE - 1);
    int length = page[at];
    List<String> names = new ArrayList<>(2);
    int from = at + 1;
    int end = from + length;
    for (int i = from; i <= end; i++) {
      if (i == end || page[i] == SEPARATOR) {
        names.add(new String(page, from, i - from));
        from = i + 1;
      }
    }
    return names;
  }

  long bytes() {
    return (long) pages.size() * PAGE_SIZE * 2;
  }
}
