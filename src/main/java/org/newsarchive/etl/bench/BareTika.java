package org.newsarchive.etl.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: bare Tika text extraction of every file below a folder, one
 * thread, AutoDetectParser with a plain text handler, nothing written. Prints files, characters
 * and peak heap.
 */
public final class BareTika {

    private BareTika() {
    }

    public static void main(String[] args) throws Exception {
        HeapPeak.start();
        Path root = Path.of(args[0]);
        AutoDetectParser parser = new AutoDetectParser();
        long files = 0, chars = 0, failed = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                Metadata metadata = new Metadata();
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
                BodyContentHandler handler = new BodyContentHandler(-1);
                try (InputStream in = Files.newInputStream(file)) {
                    parser.parse(in, handler, metadata, new ParseContext());
                    chars += handler.toString().length();
                } catch (Exception e) {
                    failed++;
                }
                files++;
            }
        }
        System.out.printf(Locale.ROOT, "bare-tika: %d files, %d characters, %d failed, peak heap %.1f MB, live after GC %.1f MB%n",
                files, chars, failed, HeapPeak.usedMb(), HeapPeak.liveAfterGcMb());
    }

}
