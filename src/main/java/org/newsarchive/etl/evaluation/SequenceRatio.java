package org.newsarchive.etl.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarity ratio of Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False)}:
 * {@code 2 * M / (len(a) + len(b))}, where M is the number of characters in the matching
 * blocks found by recursively taking the longest common substring. Ported so that the
 * project's evaluation gives the same numbers as {@code shared/tools/score_roles.py}.
 */
final class SequenceRatio {

    private SequenceRatio() {
    }

    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        if (total == 0) {
            return 1.0;
        }
        return 2.0 * matches(a, b) / total;
    }

    static int matches(String a, String b) {
        Map<Character, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length(); j++) {
            b2j.computeIfAbsent(b.charAt(j), c -> new ArrayList<>()).add(j);
        }
        int matched = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length(), 0, b.length()});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
            int[] m = longestMatch(a, b2j, alo, ahi, blo, bhi);
            int i = m[0], j = m[1], k = m[2];
            if (k > 0) {
                matched += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return matched;
    }

    /** difflib's find_longest_match without junk: earliest longest block in a, then in b. */
    private static int[] longestMatch(String a, Map<Character, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            List<Integer> js = b2j.get(a.charAt(i));
            if (js != null) {
                for (int j : js) {
                    if (j < blo) {
                        continue;
                    }
                    if (j >= bhi) {
                        break;
                    }
                    int k = j2len.getOrDefault(j - 1, 0) + 1;
                    newj2len.put(j, k);
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            j2len = newj2len;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
