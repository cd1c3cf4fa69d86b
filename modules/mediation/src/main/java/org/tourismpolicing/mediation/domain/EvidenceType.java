package org.tourismpolicing.mediation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence file accepted: photos (JPEG, PNG) and PDF documents (receipts, contracts).
 * A file is recognised by its first bytes, never by the name or the type the client declares, so a
 * script renamed to {@code .jpg} is not stored as a photo.
 */
public enum EvidenceType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final byte[] signature;

  EvidenceType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The type whose signature the content starts with. */
  public static Optional<EvidenceType> sniff(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
  }

  public static Optional<EvidenceType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }

  private boolean matches(byte[] content) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
