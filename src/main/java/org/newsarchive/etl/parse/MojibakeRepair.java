package org.newsarchive.etl.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Repairs text that was UTF-8, decoded as windows-1252 (or ISO-8859-1) and encoded again:
 * {@code â€œ} → {@code “}, {@code cafÃ©} → {@code café}. A sequence is repaired only where
 * its characters are exactly the single-byte rendering of one well-formed UTF-8 multi-byte
 * character (a lead byte C2–F4 followed by the right number of continuation bytes 80–BF), so
 * ordinary accented text is left alone; mojibake that a tool later decomposed (NFD: "Ã" as "A" and a
 * combining tilde) is repaired in its composed form. Every repair is counted: {@link #total()} for the
 * run, and the parser logs the count per document.
 */
public final class MojibakeRepair {

    private static final AtomicLong TOTAL = new AtomicLong();
    /** Byte value of each char that windows-1252 or ISO-8859-1 gives a byte 80–FF; -1 otherwise. */
    private static final int[] BYTE = new int[0x2200];

    static {
        java.util.Arrays.fill(BYTE, -1);
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.charAt(0);
            if (c != '\uFFFD' && c < BYTE.length) {
                BYTE[c] = b;
            }
        }
        for (int b = 0x80; b <= 0xFF; b++) {
            if (BYTE[b] == -1) {
                BYTE[b] = b; // ISO-8859-1 C1 controls (and 81, 8D, 8F, 90, 9D, undefined in windows-1252)
            }
        }
    }

    private MojibakeRepair() {
    }

    /** Repairs made since the JVM started (all documents of the run). */
    public static long total() {
        return TOTAL.get();
    }

    /** The repaired text and the number of sequences repaired. */
    public record Result(String text, int repairs) {
    }

    public static Result repair(String text) {
        Result r = repairComposed(text);
        if (r.repairs() == 0 && hasCombiningMark(text)) {
            // "FranA\u0303\u00a7ois": a tool decomposed the "Ã" of the mojibake (NFD) into A and a combining tilde;
            // composed again (as every paragraph is later), the two characters are the rendering of "ç" again
            Result composed = repairComposed(Normalizer.normalize(text, Normalizer.Form.NFC));
            if (composed.repairs() > 0) {
                return composed;
            }
        }
        return r;
    }

    /** True if {@code text} holds a combining diacritical mark (U+0300–U+036F). */
    private static boolean hasCombiningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') {
                return true;
            }
        }
        return false;
    }

    private static Result repairComposed(String text) {
        StringBuilder out = null;
        int repairs = 0;
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            if (text.startsWith("\u00e2\u20ac\uFFFD", i)) {
                // "â€" + a replacement character: the 9D byte of ” was lost on the way (undefined in windows-1252)
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append('\u201d');
                i += 3;
                copied = i;
                repairs++;
                continue;
            }
            int lead = byteOf(text.charAt(i));
            int n = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (n > 0 && i + n < text.length()) {
                byte[] bytes = new byte[n + 1];
                bytes[0] = (byte) lead;
                boolean ok = true;
                for (int k = 1; k <= n && ok; k++) {
                    int b = byteOf(text.charAt(i + k));
                    ok = b >= 0x80 && b <= 0xBF;
                    bytes[k] = (byte) b;
                }
                String decoded = ok ? decode(bytes) : null;
                if (decoded != null) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, i).append(decoded);
                    i += n + 1;
                    copied = i;
                    repairs++;
                    continue;
                }
            }
            i++;
        }
        if (out == null) {
            return new Result(text, 0);
        }
        out.append(text, copied, text.length());
        TOTAL.addAndGet(repairs);
        return new Result(out.toString(), repairs);
    }

    private static int byteOf(char c) {
        return c < BYTE.length ? BYTE[c] : -1;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
