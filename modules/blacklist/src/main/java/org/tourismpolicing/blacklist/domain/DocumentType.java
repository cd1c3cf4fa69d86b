package org.tourismpolicing.blacklist.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Evidence documents accepted, each recognised by its leading bytes, not by what the client says.
 */
public enum DocumentType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final byte[] magic;

  DocumentType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<DocumentType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  /** Whether {@code content} starts as a file of this type does. */
  public boolean matches(byte[] content) {
    if (content == null || content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
