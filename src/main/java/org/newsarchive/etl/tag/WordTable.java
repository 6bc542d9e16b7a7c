package org.newsarchive.etl.tag;

import java.util.BitSet;
import java.util.Collection;

/**
 * A fixed set of words that answers for a stretch of a text without cutting it out: for scans that test every
 * word of every paragraph, where a substring per word (and its hash) costs more than the test. Open addressing
 * over the words' {@link String#hashCode}, computed on the stretch in place; a stretch whose length no word has,
 * or whose first two characters open no word, is answered before any hash.
 */
final class WordTable {

    private final String[] slots;
    private final int mask;
    private final int shortest;
    private final int longest;
    /** The words' first two characters, as {@link #pair}. */
    private final BitSet openings = new BitSet(1 << 16);

    WordTable(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new String[size];
        mask = size - 1;
        int min = Integer.MAX_VALUE, max = 0;
        for (String w : words) {
            int i = spread(w.hashCode()) & mask;
            while (slots[i] != null && !slots[i].equals(w)) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            min = Math.min(min, w.length());
            max = Math.max(max, w.length());
            if (w.length() >= 2) {
                openings.set(pair(w, 0));
            }
        }
        shortest = min;
        longest = max;
    }

    /** True if {@code text.substring(from, to)} is one of the words. */
    boolean contains(String text, int from, int to) {
        int len = to - from;
        if (len < shortest || len > longest || len >= 2 && !openings.get(pair(text, from))) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String w = slots[i];
            if (w.length() == len && text.regionMatches(from, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static int pair(String s, int at) {
        return (s.charAt(at) * 31 + s.charAt(at + 1)) & 0xFFFF;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
