package org.tourismpolicing.informantrewards.domain;

import java.util.Optional;

/** The photo types a tip accepts, recognised by their first bytes, never by the declared type. */
public enum PhotoType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  private final String mediaType;
  private final byte[] magic;

  PhotoType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<PhotoType> sniff(byte[] content) {
    for (PhotoType t : values()) {
      if (content.length >= t.magic.length) {
        boolean match = true;
        for (int i = 0; i < t.magic.length && match; i++) {
          match = content[i] == t.magic[i];
        }
        if (match) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }
}
