package org.newsarchive.etl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {

    @Test
    void reportsTheHeapInUseAndWhatAFullCollectionLeft() {
        HeapPeak.start();
        byte[][] held = new byte[16][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        System.gc(); // a full collection: the old generation's pool records what it kept
        assertThat(HeapPeak.usedMb()).isGreaterThan(1.0);
        assertThat(HeapPeak.liveAfterGcMb()).as("16 MB held through a full collection").isGreaterThanOrEqualTo(16.0);
        assertThat(held[15]).hasSize(1 << 20);
    }
}
