package org.newsarchive.etl.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes one file on disk may expand to, counted over the entry streams of all its
 * container levels. Once spent, every read of every level fails: a zip bomb (42.zip and the
 * like, or one entry of a few gigabytes of zeros) ends in rejects after a bounded amount of
 * work, and the walk goes on with the next file.
 */
final class ExpansionBudget {

    private final long limit;
    private long used;

    ExpansionBudget(long limit) {
        this.limit = limit;
    }

    InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check(0);
                int b = super.read();
                if (b >= 0) {
                    check(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                check(0);
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    check(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // skipping still inflates: read through the count
                byte[] buffer = new byte[8192];
                long skipped = 0;
                while (skipped < n) {
                    int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                    if (r < 0) {
                        break;
                    }
                    skipped += r;
                }
                return skipped;
            }
        };
    }

    private void check(long n) throws IOException {
        used += n;
        if (used > limit) {
            throw new IOException("expands to more than " + limit + " bytes (suspected zip bomb); the rest is not read");
        }
    }
}
